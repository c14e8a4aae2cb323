// holdout69-wdes-2021-22-harrowdene: mental health trust, portrait A4 with the PAGE FURNITURE TYPED INTO CELLS on every page – a running
// header row (trust | plan | OFFICIAL), the column header typed again, a footer row (document ref | Page n of 4) – manual page breaks,
// one metric section running over a page break, and a Board sign-off block with signature lines on the last page.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harrowdene Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout69-wdes-2021-22-harrowdene', sheet: 'Print version', standard: 'WDES', period: '2021-22', trust, widths: [6, 52, 26, 16, 34], font: { name: 'Calibri', size: 10 } });
  const ws = p.ws; const furn = [];
  let page = 0; const HDR = ['No.', 'What we will do', 'Responsible officer', 'Complete by', 'How we will know it has worked'];
  const top = () => { page++; furn.push(p.line([trust, '', '', 'OFFICIAL', ''], { merge: [['A', 'C'], ['D', 'E']], styles: [{ color: 'FF7F7F7F', font: { size: 8 } }, {}, {}, { bold: true, color: C.darkred, alignment: { horizontal: 'right' } }] })); };
  const colHead = () => p.header(HDR, { style: { bold: true, fill: C.teal, color: C.white } });
  const foot = () => { const r = p.line([`Ref: HMH/PEO/WDES/2122  v2.0`, '', `Page ${page} of 4`, '', 'Printed 14/10/2021'], { merge: [['A', 'B'], ['C', 'D']], styles: [{ font: { size: 8 } }, {}, { font: { size: 8 }, alignment: { horizontal: 'center' } }, {}, { font: { size: 8 }, alignment: { horizontal: 'right' } }] }); furn.push(r); ws.getRow(r).addPageBreak(); };
  top();
  const ttl = p.line(['Workforce Disability Equality Standard – Action Plan 2021/22'], { merge: ['A', 'E'], style: { bold: true, font: { size: 16 }, color: C.teal } });
  const intro = p.line(['This plan responds to our 2021 WDES data (staff survey 2020, ESR at 31 March 2021). It was agreed with the Disability and Long-Term Conditions Staff Network and will be reported to the People Committee each quarter.'], { merge: ['A', 'E'], height: 42 });
  const heads = [colHead()];
  const secs = []; const sec = (t) => { const r = p.line([t], { merge: ['A', 'E'], style: { bold: true, fill: 'FFD9F2EF' }, border: true }); secs.push(r); return t; };
  const add = (theme, no, a, lead, due, how, inds) => p.action([no, a, lead, due, how], { ref: no, indicators: inds, theme, action: a, lead, due, outcome: how });
  let t = sec('Metrics 1 and 2: representation and recruitment');
  add(t, '1', 'Run a "Count Me In" campaign so staff can update their disability status in ESR self-service, with a prize draw for each ward that reaches 80%.', 'Head of Workforce Information', '31 December 2021', 'Metric 1: declared disability status rises from 68% to 80% of staff', ['1']);
  add(t, '2', 'Guarantee an interview to disabled applicants who meet the essential criteria and audit ten vacancies a quarter to check it happens.', 'Recruitment Manager', 'Quarterly from Q2', 'Metric 2: relative likelihood of appointment from shortlisting at 1.0–1.1', ['2']);
  add(t, '3', 'Add a named reasonable-adjustments contact to every job advert and interview invitation letter.', 'Recruitment Manager', '30 September 2021', 'Metric 2: contact on 100% of adverts sampled', ['2']);
  foot(); top(); heads.push(colHead());
  add(t, '4', 'Train all recruiting managers on the Disability Confident Leader requirements before they chair a panel.', 'Head of Learning and Development', '31 March 2022', 'Metric 2: 90% of panel chairs trained', ['2']);
  t = sec('Metrics 3 and 4: capability and harassment');
  add(t, '5', 'Stop formal capability proceedings that start on the grounds of attendance until an occupational health referral and a reasonable-adjustments review have both taken place.', 'Deputy Director of Workforce', '31 October 2021', 'Metric 3: relative likelihood of entering formal capability below 1.2', ['3']);
  add(t, '6', 'Include disability as a category on the incident reporting form for bullying and harassment from service users, relatives and the public.', 'Head of Patient Safety', '30 November 2021', 'Metric 4a: category live; numbers reported quarterly', ['4a']);
  add(t, '7', 'Give managers a short guide on responding when a disabled colleague reports harassment, and promote the reporting routes at every team brief.', 'Freedom to Speak Up Guardian', '31 January 2022', 'Metric 4b: more disabled staff saying they reported their last experience of harassment', ['4b']);
  foot(); top(); heads.push(colHead());
  t = sec('Metrics 5 to 9: progression, adjustments and voice');
  add(t, '8', 'Introduce a Health and Wellbeing Passport that moves with the member of staff when they change team or manager.', 'Occupational Health Manager', '31 December 2021', 'Metric 8: passport in use in every directorate', ['8']);
  add(t, '9', 'Ring-fence four places on each Mary Seacole cohort for disabled staff at Bands 5 to 7.', 'Head of Learning and Development', 'March 2022', 'Metric 5: places filled', ['5']);
  add(t, '10', 'Fund the staff network chair with two protected days a month and a seat on the People Committee.', 'Chief People Officer', '31 July 2021', 'Metric 9b: network chair attends every People Committee', ['9b']);
  t = sec('Metric 10: Board');
  add(t, '11', 'Invite Board members to share their own disability or long-term condition status through a confidential declaration form.', 'Trust Secretary', '31 March 2022', 'Metric 10: Board declaration rate reported in the 2022 return', ['10']);
  foot(); top();
  const sign = [];
  sign.push(p.line(['Approval'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } }));
  sign.push(p.line(['This plan was approved by the Board of Directors at its meeting held in public on 30 September 2021.'], { merge: ['A', 'E'] }));
  sign.push(p.line(['', 'Name', 'Role', 'Date', 'Signature'], { style: { bold: true }, border: true }));
  sign.push(p.line(['', 'Dr Helen Osei-Barnes', 'Chief Executive', '30/09/2021', '……………………………………'], { border: true, height: 28 }));
  sign.push(p.line(['', 'Martin Cawley', 'Chair, People Committee', '30/09/2021', '……………………………………'], { border: true, height: 28 }));
  sign.push(p.line(['', 'Gwen Ashdown', 'Chair, Disability and LTC Staff Network', '30/09/2021', '……………………………………'], { border: true, height: 28 }));
  furn.push(...sign);
  foot();
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional mental health foundation trust) kept as the PRINT VERSION of its WDES plan on the 2021 metrics (4a / 4b, 9a / 9b): four A4 pages separated by manual page breaks, and the page furniture TYPED INTO CELLS on every page – a running header row (trust name in small grey | 'OFFICIAL' in dark red, rows ${furn.filter((r) => rowTextIsTop(r)).join(', ')}), the column header 'No. | What we will do | Responsible officer | Complete by | How we will know it has worked' typed again at the top of pages 1–3 (rows ${heads.join(', ')}), and a footer row 'Ref: HMH/PEO/WDES/2122 v2.0 | Page n of 4 | Printed 14/10/2021' at the foot of each page. Page 1 also has the title and an intro paragraph; the actions sit under four teal metric-group section rows, and the first group ('Metrics 1 and 2 …') RUNS OVER THE PAGE BREAK (action 4 is on page 2 under the repeated header, with no section row of its own). Page 4 is an APPROVAL block: a sentence giving the Board date, then 'Name | Role | Date | Signature' with three signatories and dotted signature lines. Judgement calls: running headers, repeated headers, footers, the approval sentence and signatories are not actions and give no field – the Chief Executive and committee chair are not leads, 30/09/2021 and 14/10/2021 are not dues, 'OFFICIAL' and 'v2.0' are not statuses; action 4 keeps the theme of the section it continues (the section above it before the page break); indicators from the metric each action's measure starts with ('Metric 4a: …' → ['4a'], 'Metric 9b: …' → ['9b']), not from the section row, which covers several metrics (the passport action sits under 'Metrics 5 to 9' but its measure names Metric 8); ref = 'No.'; lead = 'Responsible officer'; due as written ('Quarterly from Q2', 'March 2022'); outcome = 'How we will know it has worked'; no status, rag null.`,
    { sections: secs, forbidden: ['Dr Helen Osei-Barnes', 'Martin Cawley', 'Gwen Ashdown', 'Chief Executive', '30/09/2021', '14/10/2021', 'OFFICIAL'], print: { furniture: furn, sameHeaders: true, pageWords: 4 } });
  function rowTextIsTop(r) { const v = ws.getRow(r).getCell(4).value; return v === 'OFFICIAL'; }
}
