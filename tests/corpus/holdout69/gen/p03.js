// holdout69-wres-2018-19-colnebrook: community trust, a printed COVER PAGE in cells (logo text, title, prepared-for line), a DISTRIBUTION
// LIST table before the plan, the objective MERGED DOWN beside its actions naming the WRES indicator, and a GLOSSARY OF TERMS after it.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Colnebrook Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout69-wres-2018-19-colnebrook', sheet: 'Sheet1', standard: 'WRES', period: '2018-19', trust, widths: [30, 56, 26, 15, 36], font: { name: 'Arial', size: 10 } });
  const ws = p.ws; const furn = [];
  furn.push(p.line(['', '', '', '', 'NHS'], { styles: [{}, {}, {}, {}, { bold: true, italic: true, color: C.white, fill: C.nhs, font: { size: 20 }, alignment: { horizontal: 'right' } }], height: 30 }));
  furn.push(p.line(['', '', '', trust], { merge: ['D', 'E'], styles: [{}, {}, {}, { bold: true, alignment: { horizontal: 'right' } }] }));
  p.blank(); p.blank();
  furn.push(p.line(['Workforce Race Equality Standard'], { merge: ['A', 'E'], style: { bold: true, font: { size: 22 }, color: C.nhs } , height: 32}));
  furn.push(p.line(['Action Plan 2018/19'], { merge: ['A', 'E'], style: { font: { size: 16 }, color: C.nhs } }));
  furn.push(p.line(['Prepared for: Trust Board, 26 July 2018   |   Prepared by: Equality and Inclusion Manager'], { merge: ['A', 'E'], style: { italic: true } }));
  p.blank();
  furn.push(p.line(['Distribution list'], { style: { bold: true, font: { size: 12 } } }));
  furn.push(p.line(['Name / group', 'Purpose', 'Date issued'], { merge: ['C', 'D'], style: { bold: true, fill: C.grey }, border: true }));
  for (const d of [['Trust Board', 'Approval', '19/07/2018'], ['Workforce and OD Committee', 'Assurance and quarterly monitoring', '02/08/2018'], ['BME Staff Network steering group', 'Information and comment', '02/08/2018'], ['Joint Staff Partnership Forum', 'Information', '09/08/2018'], ['Clinical Commissioning Group (quality team)', 'Information', '09/08/2018']])
    furn.push(p.line([d[0], d[1], d[2]], { merge: ['C', 'D'], border: true }));
  p.blank(); ws.getRow(p.r).addPageBreak();
  const hdr = p.header(['No.', 'Actions', 'Responsible', 'Target date', 'Evidence of completion'], { style: { bold: true, fill: C.nhs, color: C.white } });
  const objs = [
    ['Objective 1 – Fair recruitment and selection (WRES indicator 2)', ['2'], [
      ['Recruiting managers attend the half-day unconscious bias module before sitting on an interview panel.', 'Head of Recruitment', 'September 2018', 'Attendance list held by L&D'],
      ['Shortlisting and interview outcomes are analysed by ethnicity for every Band 6 and 7 campaign.', 'Workforce Information Analyst', 'Quarterly', 'Quarterly report to Workforce and OD Committee'],
      ['Community nursing adverts carry a statement welcoming applications from BME nurses and a named contact.', 'Head of Recruitment', 'July 2018', 'Advert template changed'],
    ]],
    ['Objective 2 – Equal access to development (WRES indicator 4)', ['4'], [
      ['Applications for non-mandatory training are recorded in ESR so uptake can be compared by ethnicity.', 'Learning and Development Manager', 'December 2018', 'Report from ESR'],
      ['Two places on the regional Ready Now programme are offered to BME staff at Band 6 and above.', 'Head of OD', 'March 2019', 'Places taken up'],
    ]],
    ['Objective 3 – Reduce bullying and harassment (WRES indicators 5 and 6)', ['5', '6'], [
      ['Lone-working community staff are briefed on recording racist abuse from patients and carers on Datix.', 'Health and Safety Lead', 'October 2018', 'Datix reports by category'],
      ['The Dignity at Work policy is rewritten with the BME Staff Network and relaunched at team briefs.', 'HR Business Partner', 'January 2019', 'Revised policy ratified'],
    ]],
    ['Objective 4 – A Board that reflects our communities (WRES indicator 9)', ['9'], [
      ['Non-executive director recruitment packs are shared with local BME community organisations.', 'Trust Secretary', 'When vacancies arise', 'Organisations contacted recorded'],
    ]],
  ];
  const secs = [];
  for (const [obj, inds, acts] of objs) {
    secs.push(p.line([obj], { merge: ['A', 'E'], style: { bold: true, fill: C.paleblue }, border: true }));
    acts.forEach(([a, lead, due, ev], i) => p.action([String(i + 1) + '.', a, lead, due, ev], { ref: String(i + 1) + '.', indicators: inds, theme: obj, action: a, lead, due, outcome: ev }, { styles: [{ alignment: { horizontal: 'right' } }] }));
  }
  p.blank();
  furn.push(p.line(['Glossary of terms'], { style: { bold: true, font: { size: 12 } } }));
  furn.push(p.line(['Term', 'Meaning'], { merge: ['B', 'E'], style: { bold: true, fill: C.grey }, border: true }));
  for (const [t, m] of [['BME', 'Black and minority ethnic'], ['WRES', 'Workforce Race Equality Standard – nine indicators comparing the experience of BME and white staff'], ['ESR', 'Electronic Staff Record, the NHS workforce system'], ['L&D', 'Learning and Development'], ['OD', 'Organisational Development'], ['Datix', 'The Trust\'s incident reporting system'], ['Ready Now', 'NHS Leadership Academy programme for BME staff at Band 7 and above']])
    furn.push(p.line([t, m], { merge: ['B', 'E'], border: true }));
  furn.push(p.line(['Printed copies of this document are uncontrolled. Check the intranet for the current version.'], { merge: ['A', 'E'], style: { italic: true, font: { size: 8 } } }));
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hdr}:${hdr}` };
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional community trust) printed as a Board document from one sheet: a COVER PAGE in cells (an 'NHS' logo box in E1, the trust name right-aligned, the title 'Workforce Race Equality Standard' and 'Action Plan 2018/19', a 'Prepared for: Trust Board, 26 July 2018 | Prepared by: …' line), a DISTRIBUTION LIST 'Name / group | Purpose | Date issued' (five groups, one marked 'Approval'), a manual page break, then the plan 'No. | Actions | Responsible | Target date | Evidence of completion' (row ${hdr}, set as the print title) under four light-blue OBJECTIVE rows merged across the table, each naming its WRES indicator in brackets, with the actions numbered 1., 2., … again under each objective, then a GLOSSARY OF TERMS 'Term | Meaning' (BME, WRES, ESR, L&D, OD, Datix, Ready Now) and an 'uncontrolled when printed' line. Judgement calls: the cover, distribution list, glossary and closing line are not actions and give no field ('Approval' is not a status, the issue dates are not dues, the Trust Board is not a lead); each numbered row is one action and takes the objective row above as its theme and the indicators the objective names; ref = the number as written ('1.', restarting per objective) ('(WRES indicators 5 and 6)' → ['5','6']); lead = 'Responsible'; due as written ('Quarterly', 'When vacancies arise'); outcome = 'Evidence of completion'; no status, rag null.`,
    { sections: secs, forbidden: ['Approval', '19/07/2018', '02/08/2018', '09/08/2018', 'Trust Board', 'Equality and Inclusion Manager'], print: { furniture: furn, titles: `${hdr}:${hdr}` } });
}
