// holdout60-wdes-2021-22-kingsmarsh: mental health trust; quirk: a COLUMN LEFT OVER FROM LAST YEAR ('RAG 2020/21', greyed header,
// fills on the carried-over actions) beside this year's 'RAG 2021/22'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kingsmarsh Mental Health NHS Foundation Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout60-wdes-2021-22-kingsmarsh', sheet: 'WDES plan', standard: 'WDES', period: '2021-22', trust, widths: [12, 58, 26, 12, 12, 12, 46], font });
  p.line(['WDES Action Plan 2021-22'], { style: { bold: true, font: { size: 14 } } });
  p.line([`${trust} – Equality, Diversity and Inclusion team`]);
  p.blank();
  p.header(['Metric', 'Action', 'Lead', 'Timescale', 'RAG 2020/21', 'RAG 2021/22', 'Comments'], { style: { fill: C.lightblue }, styles: [{}, {}, {}, {}, { fill: C.grey, italic: true, color: 'FF808080' }] });
  const W = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.blue };
  const R = { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue' };
  const acts = [
    ['1', 'Run a disability declaration campaign on ESR self-service with stories from the Disability Staff Network.', 'Workforce Information Manager', D(2021, 9, 30), 'Amber', 'Green', 'Declaration rate up from 3.1% to 4.4%.'],
    ['2', 'Add a guaranteed interview scheme check to the recruitment system so that no eligible applicant is missed.', 'Recruitment Lead', D(2021, 12, 31), 'Red', 'Amber', 'System change requested; testing in November.'],
    ['3', 'Separate capability for ill health from capability for performance in the policy and report the numbers each quarter.', 'Head of Employee Relations', D(2022, 3, 31), 'Red', 'Amber', ''],
    ['4a', 'Offer disability awareness sessions to ward and team managers, starting with the acute inpatient wards.', 'Head of OD', D(2022, 1, 31), 'Amber', 'Green', 'Four sessions held, 61 managers attended.'],
    ['9b', 'Give the Disability Staff Network protected time of half a day a month for its chair and vice-chair.', 'Director of People', D(2021, 7, 31), 'Amber', 'Blue', 'Agreed by the Executive Team in July.'],
    ['5', 'Publish a short guide to reasonable adjustments for managers and staff, written with the network.', 'EDI Lead', D(2021, 11, 30), '', 'Green', 'Draft shared with the network.'],
    ['7', 'Set up a reasonable adjustments passport that moves with the member of staff when they change team.', 'EDI Lead', D(2022, 2, 28), '', 'Amber', ''],
    ['4b', 'Promote the routes for reporting harassment from patients, including through the network\'s own contacts.', 'Freedom to Speak Up Guardian', D(2022, 3, 31), '', 'Red', 'Delayed while the guardian post was vacant.'],
    ['10', 'Hold a development session on disability for the Board and invite the network chair to a Board meeting.', 'Trust Secretary', D(2022, 3, 31), '', 'Green', 'Board session booked for February.'],
  ];
  for (const [m, a, l, d, old, now, c] of acts) {
    p.action([m, a, l, d, old, now, c], { indicators: [m], action: a, lead: l, due: shown(d, 'mmm-yy'), status: now, rag: R[now], progress: c },
      { styles: [{}, {}, {}, { numFmt: 'mmm-yy' }, old ? { fill: W[old], color: 'FF808080' } : {}, { fill: W[now], color: now === 'Blue' ? 'FFFFFFFF' : undefined }] });
  }
  p.blank();
  p.line(['Blue = complete, Green = on track, Amber = some delay, Red = significant delay or not started'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health trust), Calibri: a title 'WDES Action Plan 2021-22', a line naming the trust and its EDI team, a blank row, a light-blue header 'Metric | Action | Lead | Timescale | RAG 2020/21 | RAG 2021/22 | Comments', nine actions, a blank row and an italic colour key line. Quirk: the 'RAG 2020/21' column is LEFT OVER FROM LAST YEAR's plan – its header greyed and italic, its cells filled (grey text) only on the five actions carried over; this year's position is 'RAG 2021/22'. Timescales are real dates shown mmm-yy. Judgement calls: status = the RAG 2021/22 word and rag = its fill (Blue = complete → blue); the 2020/21 column gives nothing (neither status nor rag); progress = Comments ('' where blank); indicators = the Metric cell (4a, 4b, 9b are the 2021 sub-metrics); ref '' (no reference column); theme null; the key line is not an action.", { cols: { ind: 'A', action: 'B', lead: 'C', due: 'D', status: 'F', progress: 'G' }, mode: 'fill', ragCol: 6, notFrom: ['E'] });
}
