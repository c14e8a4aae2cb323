// holdout19-wres-2018-19-sandleigh: ORDINARY WRES tracker of a SPECIALIST CANCER CENTRE – title, 'Owner / Last updated'
// line; frozen header 'Action ID | WRES Ind. | What we will do | Lead Director | Action Owner | Target | Status | Progress
// (Q2)' (lead = Action Owner, a person's name with title); codes 'WRES1', 'WRES5/6', 'WRES1-9'; 'dd/mm/yy' dates; status
// words filled; a bordered key block BELOW the table.
import { Book, Plan, C, D, shown, ALL_WRES, BORDER } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout19-wres-2018-19-sandleigh', sheet: 'WRES tracker', standard: 'WRES', period: '2018-19', trust: 'Sandleigh Cancer Centre NHS Foundation Trust', widths: [13, 11, 52, 22, 20, 10, 13, 40], font });
  p.line(['Sandleigh Cancer Centre NHS Foundation Trust – WRES action tracker 2018/19'], { style: { bold: true, font: { ...font, size: 14 } } });
  p.line(['Owner: Head of Equality and Inclusion | Last updated: 05/10/2018'], { style: { italic: true } });
  const h = p.header(['Action ID', 'WRES Ind.', 'What we will do', 'Lead Director', 'Action Owner', 'Target', 'Status', 'Progress (Q2)'], { style: { fill: 'FF7030A0', color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Behind: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const F = 'dd/mm/yy';
  const data = [
    ['WRES1', ['1'], 'Set up a workforce race dashboard for each clinical directorate, including radiotherapy and research staff.', 'Director of Workforce', 'Mr Daniel Okoro', D(2018, 9, 30), 'Complete', 'Dashboard live in September.'],
    ['WRES1', ['1'], 'Run a targeted ethnicity data-completion exercise for medical staff.', 'Medical Director', 'Dr Fiona Marsh', D(2018, 12, 31), 'On track', 'Data gap down to 9%.'],
    ['WRES2', ['2'], 'Require diverse interview panels for every Band 8a and above and consultant post.', 'Director of Workforce', 'Mrs Priya Nair', D(2018, 10, 31), 'Behind', 'Policy change awaiting JNCC.'],
    ['WRES2', ['2'], 'Offer interview skills workshops to internal BME applicants.', 'Director of Workforce', 'Mrs Priya Nair', D(2019, 1, 31), 'On track', 'First workshop 14 November.'],
    ['WRES3', ['3'], 'Track every formal disciplinary by ethnicity monthly and review outliers with the Director.', 'Director of Workforce', 'Mr Gareth Lloyd', D(2018, 8, 31), 'Complete', 'Monthly report in place.'],
    ['WRES4', ['4'], 'Ring-fence 15% of the CPD budget for staff groups with low uptake, monitored by ethnicity.', 'Chief Nurse', 'Ms Ruth Adebayo', D(2019, 3, 31), 'Not started', 'Budget not yet agreed.'],
    ['WRES5/6', ['5', '6'], 'Give staff on chemotherapy day units a quick-report card for abuse from patients, relatives or colleagues.', 'Chief Nurse', 'Ms Ruth Adebayo', D(2018, 11, 30), 'On track', 'Cards printed.'],
    ['WRES7', ['7'], 'Launch a mentoring scheme pairing senior leaders with BME staff aiming for promotion.', 'Director of Workforce', 'Mr Daniel Okoro', D(2019, 2, 28), 'Behind', 'Mentor recruitment slow.'],
    ['WRES8', ['8'], 'Add a question on discrimination to the quarterly pulse survey and report results by ethnicity.', 'Director of Workforce', 'Mr Gareth Lloyd', D(2018, 12, 31), 'On track', 'Question added for Q3.'],
    ['WRES9', ['9'], 'Include a commitment to Board diversity in the NED recruitment pack.', 'Trust Chair', 'Ms Helen Broad', D(2019, 3, 31), 'Not started', ''],
    ['WRES1-9', ALL_WRES, 'Publish the WRES report with this tracker and present both to the Board.', 'Director of Workforce', 'Mr Daniel Okoro', D(2018, 9, 30), 'Complete', 'Board 27 September 2018.'],
  ];
  let n = 0;
  for (const [ind, inds, action, exec, lead, due, st, prog] of data) {
    const ref = `SCC-${String(++n).padStart(2, '0')}`;
    p.action([ref, ind, action, exec, lead, due, st, prog || null], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: prog }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['Status key'], { style: { bold: true } });
  for (const [w, d] of [['Complete', 'Action finished and evidenced'], ['On track', 'Will be delivered by the target date'], ['Behind', 'Late but recoverable'], ['Not started', 'Not yet begun']]) {
    const r = p.line([w, d], { border: true, merge: ['B', 'C'], styles: [{ fill: S[w][0], ...(S[w][2] ? { color: S[w][2] } : {}) }] });
    p.ws.getRow(r).getCell(3).border = BORDER;
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES tracker of a SPECIALIST CANCER CENTRE, Calibri 11: bold title naming the trust and 'WRES action tracker 2018/19', an italic 'Owner: … | Last updated: 05/10/2018' line, then a PURPLE header (white text) directly under it 'Action ID | WRES Ind. | What we will do | Lead Director | Action Owner | Target | Status | Progress (Q2)' (row 3, frozen). IDs 'SCC-01'…'SCC-11'. Indicator codes without a space: 'WRES1', 'WRES5/6' (= 5 and 6), 'WRES1-9' (= all nine). Two person columns: Lead Director (an executive role) and Action Owner (a titled person's name, 'Mr Daniel Okoro') – gold lead = Action Owner. Targets real dates shown dd/mm/yy. Status words filled: Complete blue, On track green, Behind amber, Not started red. One progress cell empty. A bordered STATUS KEY BLOCK BELOW the table (a 'Status key' label row and four rows: filled word + meaning merged B:C) – non-action rows. Judgement calls: lead = Action Owner, not Lead Director; the key block's rows are not actions though they are bordered like the table.", { ragCol: 'G', mode: 'fill' });
}
