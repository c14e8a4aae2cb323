// holdout16-wres-2023-24-hazelbrook: ORDINARY post-2023 WRES plan mapped to the EDI Improvement Plan – title rows in
// column A with a STATUS KEY BLOCK beside them (H1:I6); 'Ref | HIA | WRES indicator | Action | Executive lead | Delivery
// lead | Due date | Status | Evidence / update' (gold lead = Delivery lead); 'HIA 2' codes (column, not theme); 'WRES 5, 6';
// real 'mmm yyyy' + quarters; unfilled 'Not yet started' → rag null; frozen + autofilter.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wres-2023-24-hazelbrook', sheet: 'WRES 2023-24', standard: 'WRES', period: '2023-24', trust: 'Hazelbrook University Hospitals NHS Foundation Trust', widths: [8, 8, 12, 54, 24, 28, 12, 16, 44] });
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white], 'Not yet started': [null, null] };
  const keyRows = [['Status key', ''], ['Complete', 'Delivered and evidenced'], ['On track', 'Will be delivered by the due date'], ['At risk', 'Some risk to the due date'], ['Off track', 'Will miss the due date'], ['Not yet started', 'Not due to start yet']];
  const top = ['Hazelbrook University Hospitals NHS Foundation Trust', 'Workforce Race Equality Standard – Action Plan 2023/24', 'Actions mapped to the six high impact actions (HIA) of the NHS EDI Improvement Plan (June 2023)', 'Owner: Chief People Officer   |   Updated: January 2024', '', ''];
  top.forEach((t, i) => {
    const [w, m] = keyRows[i]; const st = S[w];
    p.line([t, null, null, null, null, null, null, w, m], { styles: [i < 2 ? { bold: true, font: { size: i ? 11 : 13 }, color: C.navy, alignment: { wrapText: false, vertical: 'top' } } : { italic: i === 2, alignment: { wrapText: false, vertical: 'top' } }, {}, {}, {}, {}, {}, {}, i === 0 ? { bold: true } : st ? { fill: st[0] || undefined, ...(st[2] ? { color: st[2] } : {}) } : {}] });
    if (i > 0) ['H', 'I'].forEach((c) => { p.ws.getCell(`${c}${p.r}`).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }; });
  });
  const h = p.header(['Ref', 'HIA', 'WRES indicator', 'Action', 'Executive lead', 'Delivery lead', 'Due date', 'Status', 'Evidence / update'], { style: { fill: C.navy, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }]; p.ws.autoFilter = `A${h}:I${h}`;
  const F = 'mmm yyyy';
  const data = [
    ['HZ-01', 'HIA 1', 'WRES 9', ['9'], 'Set a specific, measurable race equality objective for the Chair, Chief Executive and every Board member, assessed at appraisal.', 'Chair', 'Director of Corporate Governance', D(2023, 9, 30), 'Complete', 'Objectives agreed for all 14 Board members.'],
    ['HZ-02', 'HIA 2', 'WRES 1', ['1'], 'Agree representation targets for BME staff at Band 8a and above with each division, using the Model Employer trajectory.', 'Chief People Officer', 'Head of Workforce Planning', D(2023, 12, 31), 'On track', 'Four of six divisions have agreed targets.'],
    ['HZ-03', 'HIA 2', 'WRES 2', ['2'], 'Use structured interviews with scored questions agreed in advance for all posts at Band 6 and above.', 'Chief People Officer', 'Head of Recruitment', 'Q3 2023/24', 'At risk', 'Question bank built; TRAC changes delayed.'],
    ['HZ-04', 'HIA 2', 'WRES 7', ['7'], 'Launch a talent pool for BME nurses and midwives at Bands 5–7 with coaching and stretch projects.', 'Chief Nurse', 'Deputy Chief Nurse (Workforce)', D(2024, 3, 31), 'On track', 'First cohort of 24 selected.'],
    ['HZ-05', 'HIA 3', 'WRES 1', ['1'], 'Publish our first ethnicity pay gap report alongside the gender pay gap report, with an action plan.', 'Chief Finance Officer', 'Head of Reward', D(2024, 3, 31), 'Not yet started', ''],
    ['HZ-06', 'HIA 4', 'WRES 5, 6', ['5', '6'], 'Analyse sickness absence and occupational health referrals by ethnicity to find health inequalities in the workforce.', 'Chief People Officer', 'Head of Occupational Health', 'Q4 2023/24', 'Not yet started', 'Data request raised.'],
    ['HZ-07', 'HIA 5', 'WRES 5, 6, 8', ['5', '6', '8'], 'Give every internationally recruited nurse a named buddy and a 12-month pastoral programme covering how to raise concerns.', 'Chief Nurse', 'International Recruitment Lead', D(2023, 10, 31), 'Complete', 'Programme in place for all 2023 arrivals.'],
    ['HZ-08', 'HIA 6', 'WRES 3', ['3'], 'Apply the just culture review to every proposed disciplinary investigation and report outcomes by ethnicity each quarter.', 'Chief People Officer', 'Head of Employee Relations', 'Quarterly', 'On track', 'Q2 report: 11 cases reviewed, 7 resolved informally.'],
    ['HZ-09', 'HIA 6', 'WRES 5', ['5'], 'Roll out the "Unacceptable behaviour" policy for patients and visitors, with sanctions for racist abuse.', 'Chief Operating Officer', 'Head of Security', D(2023, 11, 30), 'Off track', 'Legal review not finished; revised date February.'],
    ['HZ-10', 'HIA 6', 'WRES 6, 8', ['6', '8'], 'Train 200 managers in the civility and respect programme, starting with the areas with the worst survey scores.', 'Chief People Officer', 'Head of OD', D(2024, 3, 31), 'At risk', '86 managers trained.'],
    ['HZ-11', 'HIA 1–6', 'WRES 1–9', ALL_WRES, 'Report progress on this plan and the WRES data to the People Committee each quarter and to the Board annually.', 'Chief People Officer', 'Head of EDI', 'Quarterly', 'On track', 'Q2 report taken in October.'],
  ];
  for (const [ref, hia, ind, inds, action, exec, lead, due, st, ev] of data) {
    const isDate = due instanceof Date;
    p.action([ref, hia, ind, action, exec, lead, due, st, ev], { ref, indicators: inds, action, lead, due: isDate ? shown(due, F) : due, status: st, rag: S[st][1], progress: ev }, { styles: [{}, {}, {}, {}, {}, {}, isDate ? { numFmt: F } : {}, S[st][0] ? { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) } : {}] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY post-2023 WRES plan mapped to the EDI Improvement Plan: four lines in column A (navy trust name, title, italic HIA mapping line, 'Owner: … | Updated: January 2024') with a bordered STATUS KEY BLOCK BESIDE them in H1:I6 ('Status key' label, then five rows of a word + meaning: Complete blue, On track green, At risk amber, Off track red, 'Not yet started' UNFILLED) – rows 1–6 are non-action rows – then a navy header 'Ref | HIA | WRES indicator | Action | Executive lead | Delivery lead | Due date | Status | Evidence / update' (row 7, frozen, autofilter). Refs 'HZ-01'…'HZ-11'. HIA as codes 'HIA 1'…'HIA 6' and 'HIA 1–6' (a column; theme null). Indicators 'WRES N', 'WRES 5, 6', 'WRES 5, 6, 8', 'WRES 1–9' (= all nine). Gold lead = Delivery lead, not Executive lead. Due dates real, shown 'mmm yyyy', or text ('Q3 2023/24', 'Q4 2023/24', 'Quarterly'). Status words filled per the key; 'Not yet started' unfilled → rag null. Progress = 'Evidence / update' (one empty). Judgement calls: lead = Delivery lead; the HIA column is not a theme; the key block beside the title rows is not an action; 'Not yet started' has no colour.", { ragCol: 'H', mode: 'fill' });
}
