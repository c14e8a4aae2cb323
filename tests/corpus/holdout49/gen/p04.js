// holdout49-wres-2017-18-haddleston: an ambulance trust's WRES plan with NO STATUS COLUMN – progress is a 'Date completed' column
// beside the 'Target date' under a two-row 'Timescale' header; grey area rows group the actions.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Haddleston Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout49-wres-2017-18-haddleston', sheet: 'Action plan', standard: 'WRES', period: '2017-18', trust, widths: [6, 52, 14, 28, 13, 13, 42] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['WRES Action Plan 2017-18 (updated for Trust Board, April 2018)'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['No.', 'Action', 'WRES indicator', 'Lead', 'Timescale', '', 'Evidence'], { style: { fill: C.grey }, merge: ['E', 'F'] });
  p.header(['', '', '', '', 'Target date', 'Date completed', ''], { style: { fill: C.grey } });
  for (const c of ['A', 'B', 'C', 'D', 'G']) p.ws.mergeCells(`${c}4:${c}5`);
  const T = 'dd/mm/yyyy', K = 'dd/mm/yy';
  const areas = [
    ['Data and recruitment', [
      ['1', 'Update ethnicity records for all operational staff through the station ESR refresh.', 'Indicator 1', 'Workforce Information Manager', D(2017, 9, 30), D(2017, 10, 20), 'Not stated down from 11% to 4%.'],
      ['2', 'Take recruitment stalls for student paramedic places to three community festivals in the city.', 'Indicator 2', 'Recruitment and Resourcing Manager', D(2017, 8, 31), D(2017, 8, 26), 'Stalls at Mela, Carnival and Eid fair; 140 contacts.'],
      ['3', 'Offer BME applicants a practice assessment day before the driving and fitness tests.', 'Indicator 2', 'Recruitment and Resourcing Manager', D(2018, 1, 31), null, 'First day booked for May 2018.'],
    ]],
    ['Fair treatment', [
      ['4', 'Review the disciplinary investigations of the last two years by ethnicity with staff side.', 'Indicator 3', 'Head of Employee Relations', D(2017, 12, 31), D(2018, 2, 9), 'Review report to Workforce Committee February 2018.'],
      ['5', 'Ask every operational manager to complete "Fair Investigations" training.', 'Indicator 3', 'Head of Learning and Development', D(2018, 3, 31), null, '61% trained.'],
      ['6', 'Record the ethnicity of every applicant for paramedic mentor and practice educator roles.', 'Indicator 4', 'Head of Learning and Development', D(2017, 10, 31), D(2017, 11, 6), ''],
    ]],
    ['Culture and leadership', [
      ['7', 'Set up a confidential reporting line for crews who face racist abuse from patients.', 'Indicator 5', 'Head of Security and Risk', D(2017, 11, 30), D(2017, 11, 30), 'Line live; 23 calls by March.'],
      ['8', 'Ask each Board member to sponsor a BME member of staff for one year.', 'Indicator 9', 'Director of Workforce', D(2018, 3, 31), null, ''],
    ]],
  ];
  const secs = [];
  for (const [area, acts] of areas) {
    secs.push(p.line([area], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey }, border: true }));
    for (const [n, act, ind, lead, due, done, ev] of acts) {
      p.action([n, act, ind, lead, due, done, ev], { ref: n, indicators: [ind.replace('Indicator ', '')], theme: area, action: act, lead, due: shown(due, T), completed: done ? shown(done, K) : '', progress: ev }, { styles: [{}, {}, {}, {}, { numFmt: T }, { numFmt: K }] });
    }
  }
  p.blank();
  p.line(['A date in "Date completed" means the lead has confirmed the action is finished; an empty cell means it is still open.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) as updated for the Trust Board in April 2018: the trust (row 1), the plan line 'WRES Action Plan 2017-18 (updated for Trust Board, April 2018)' (row 2), a blank row, a TWO-ROW grey header (rows 4–5): 'No.', 'Action', 'WRES indicator', 'Lead' and 'Evidence' merged down over both rows, 'Timescale' merged across E4:F4 over 'Target date' | 'Date completed'; then three grey AREA rows ('Data and recruitment', 'Fair treatment', 'Culture and leadership') each over its actions, and an italic footnote. THERE IS NO STATUS COLUMN: PROGRESS IS RECORDED AS A 'Date completed' DATE BESIDE THE TARGET DATE – five actions have one, three are empty. The two date columns use different formats (Target dd/mm/yyyy, Date completed dd/mm/yy). Judgement calls: completed = the Date completed as shown ('20/10/17'), '' where empty; status '' on every row – the sheet states no status word, and a completion date is recorded in `completed`, not turned into 'Complete' (the footnote says an empty cell means still open, but that is not written against any row); rag null; one action finished early (26/08/17 against 31/08/2017) and one on its target day – completed is kept as shown either way; due = Target date as shown; progress = Evidence, '' where empty; indicators from 'Indicator n'; theme = the area row above; ref = No.; both header rows are header rows; the footnote is not an action.", { sections: secs, progressCol: 'G', completedCol: 'F' });
}
