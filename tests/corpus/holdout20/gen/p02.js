// holdout20-wres-2016-17-dovecombe: ORDINARY WRES plan of a WOMEN'S HOSPITAL, Calibri 11 – a KEY ROW of filled words above
// a plum header 'WRES indicator | Objective | Action | Responsible | Target date | Progress update | RAG'; indicators as
// 'Indicator N – short title'; an Objective column (context); real dates dd/mm/yyyy + 'Quarterly'; status words filled.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout20-wres-2016-17-dovecombe', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust: "Dovecombe Women's Hospital NHS Trust", widths: [26, 34, 54, 26, 13, 40, 13], font });
  p.line(["Dovecombe Women's Hospital NHS Trust – Workforce Race Equality Standard Action Plan 2016-17"], { merge: ['A', 'G'], style: { bold: true, font: { ...font, size: 14 }, color: 'FF7B2C5E' } });
  p.blank();
  const K = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'Some delay': [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  p.line(['Key:', 'Complete', 'On track', 'Some delay', 'Not started'], { styles: [{ bold: true }, ...['Complete', 'On track', 'Some delay', 'Not started'].map((w) => ({ fill: K[w][0], ...(K[w][2] ? { color: K[w][2] } : {}), alignment: { horizontal: 'center' } }))] });
  p.blank();
  p.header(['WRES indicator', 'Objective', 'Action', 'Responsible', 'Target date', 'Progress update', 'RAG'], { style: { fill: 'FF7B2C5E', color: C.white } });
  const F = 'dd/mm/yyyy';
  const data = [
    ['Indicator 1 – workforce profile', ['1'], 'Know the ethnicity of our midwifery and neonatal workforce by band.', 'Add ethnicity to the monthly workforce dashboard for maternity and neonatal services.', 'Head of Workforce Planning', D(2016, 9, 30), 'Dashboard live from September.', 'Complete'],
    ['Indicator 1 – workforce profile', ['1'], 'Reduce "not stated" below 5%.', 'Write to all staff with no ethnicity recorded, explaining why it matters.', 'Head of Workforce Planning', D(2016, 11, 30), 'Letters sent; 61% replied.', 'On track'],
    ['Indicator 2 – shortlisting', ['2'], 'Fair selection for midwifery posts.', 'Include a BME midwife on every Band 7 midwifery interview panel.', 'Head of Midwifery', D(2017, 1, 31), 'Pool of 14 panel members trained.', 'On track'],
    ['Indicator 2 – shortlisting', ['2'], 'Fair selection for all posts.', 'Remove personal details from application forms at shortlisting.', 'Recruitment Manager', D(2017, 3, 31), 'Waiting for NHS Jobs change.', 'Some delay'],
    ['Indicator 3 – disciplinary', ['3'], 'Proportionate use of formal processes.', 'Review every case where a BME member of staff is suspended within 48 hours.', 'Deputy Director of HR', 'Quarterly', 'Two cases reviewed.', 'On track'],
    ['Indicator 4 – training', ['4'], 'Equal access to CPD.', 'Report study leave approvals by ethnicity to the Education Board.', 'Head of Education', D(2017, 2, 28), '', 'Not started'],
    ['Indicators 5 and 6 – harassment', ['5', '6'], 'Staff feel safe at work.', 'Run "Speak up, it matters" sessions for BME staff on night shifts.', 'Freedom to Speak Up Guardian', D(2016, 12, 31), 'Four sessions held.', 'Complete'],
    ['Indicator 7 – career progression', ['7'], 'More BME midwives in senior roles.', 'Offer shadowing placements with matrons and consultant midwives.', 'Director of Midwifery', D(2017, 3, 31), 'Six placements agreed.', 'On track'],
    ['Indicator 8 – discrimination', ['8'], 'Zero tolerance of discrimination by managers.', 'Add a session on unconscious bias to the new managers\' programme.', 'Head of Organisational Development', D(2017, 1, 31), 'Session designed; first run February.', 'Some delay'],
    ['Indicator 9 – Board', ['9'], 'A Board that reflects our community.', 'Encourage applications from BME women for the governor and NED vacancies.', 'Company Secretary', D(2017, 3, 31), '', 'Not started'],
    ['All indicators', ALL_WRES, 'Openness and accountability.', 'Publish the WRES report and this plan and update the Board every six months.', 'Director of HR', D(2016, 9, 30), 'Published 29 September.', 'Complete'],
  ];
  for (const [ind, inds, obj, action, lead, due, upd, st] of data)
    p.action([ind, obj, action, lead, due, upd || null, st], { indicators: inds, action, lead, due: due instanceof Date ? shown(due, F) : due, status: st, rag: K[st][1], progress: upd }, { styles: [{}, {}, {}, {}, { numFmt: F }, {}, { fill: K[st][0], ...(K[st][2] ? { color: K[st][2] } : {}) }] });
  p.blank();
  p.line(['Owner: Director of HR. Reviewed by the Equality and Diversity Steering Group, January 2017.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES plan of a WOMEN'S HOSPITAL, Calibri 11: a merged plum title naming trust and plan, a blank row, then a KEY ROW (row 3: 'Key:' then four filled words Complete blue / On track green / Some delay amber / Not started red), a blank row and a plum header 'WRES indicator | Objective | Action | Responsible | Target date | Progress update | RAG' (row 5). Indicators as 'Indicator N – short title', 'Indicators 5 and 6 – harassment', 'All indicators' (= all nine). The Objective column states the aim (context). Responsible = job titles. Target dates real dd/mm/yyyy plus 'Quarterly' as text. RAG cell holds the status WORD filled in its key colour; two 'Not started' actions have no update. Owner / review line below. Judgement calls: the key row is neither header nor action; Objective is the aim behind the action, not its outcome (outcome ''); 'Quarterly' is kept as written.", { ragCol: 'G', mode: 'fill', notFrom: ['B'] });
}
