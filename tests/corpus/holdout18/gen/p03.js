// holdout18-wres-2016-17-harnham: ORDINARY YEAR-END REVIEW of a SPECIALIST HEART AND LUNG trust – the trust name typed only
// in the TOP-RIGHT cell (letterhead style), title and 'Year-end review' line in column A; header 'Area | Ind. | Action to
// be taken | Responsible director | Operational lead | Target | Status* | Evidence' (gold lead = Operational lead); 'Area' a
// column of topic words; indicator NUMBERS, '5+6', 'All'; 'd mmmm yyyy' + 'Six-monthly'; Achieved / Partially achieved /
// Not achieved filled green / yellow / red, keyed by an asterisked footnote.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wres-2016-17-harnham', sheet: 'WRES 2016-17 review', standard: 'WRES', period: '2016-17', trust: 'Harnham Heart and Lung Hospital NHS Foundation Trust', widths: [16, 7, 52, 24, 28, 17, 14, 40] });
  const r1 = p.line([null, null, null, null, null, null, null, 'Harnham Heart and Lung Hospital NHS Foundation Trust'], { styles: [{}, {}, {}, {}, {}, {}, {}, { bold: true, color: C.nhs, alignment: { horizontal: 'right' } }] });
  p.line(['Workforce Race Equality Standard – Action Plan 2016/17'], { style: { bold: true, font: { size: 14 } } });
  p.line(['Year-end review of progress at 31 March 2017'], { style: { italic: true } });
  p.blank();
  p.header(['Area', 'Ind.', 'Action to be taken', 'Responsible director', 'Operational lead', 'Target', 'Status*', 'Evidence'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const S = { Achieved: [C.lightgreen, 'green'], 'Partially achieved': [C.yellow, 'amber'], 'Not achieved': [C.red, 'red', C.white] };
  const F = 'd mmmm yyyy';
  const data = [
    ['Workforce data', 1, ['1'], 'Report the ethnicity of staff by band and staff group to the Board each quarter, including medical and scientific staff.', 'Director of Workforce', 'Workforce Information Lead', D(2016, 6, 30), 'Achieved', 'Quarterly reports since June 2016.'],
    ['Recruitment', 2, ['2'], 'Remove names and dates of birth from application forms seen by shortlisting panels.', 'Director of Workforce', 'Recruitment Lead', D(2016, 10, 1), 'Achieved', 'Anonymised shortlisting live on NHS Jobs from October.'],
    ['Recruitment', 2, ['2'], 'Train 40 BME staff as recruitment panel members for Band 6 and above.', 'Director of Workforce', 'Recruitment Lead', D(2017, 3, 31), 'Partially achieved', '26 trained; sessions continue in 2017/18.'],
    ['Discipline', 3, ['3'], 'Ask a senior HR adviser to check every case before a formal disciplinary investigation is opened.', 'Director of Workforce', 'Employee Relations Manager', D(2016, 9, 30), 'Achieved', 'Checklist in use; two cases resolved informally.'],
    ['Training', 4, ['4'], 'Report who receives study leave and CPD funding by ethnicity for nursing and allied health professionals.', 'Director of Nursing', 'Head of Education', D(2017, 3, 31), 'Not achieved', 'Data held on paper; new system in 2017.'],
    ['Bullying & harassment', '5+6', ['5', '6'], 'Launch a "Speak Up" route for staff who are abused by patients, relatives or colleagues, with a named contact in each clinical unit.', 'Director of Nursing', 'Freedom to Speak Up Guardian', D(2016, 12, 31), 'Achieved', 'Guardian appointed November 2016; 14 contacts named.'],
    ['Bullying & harassment', 8, ['8'], 'Hold listening events for BME staff in theatres, critical care and the cardiac wards.', 'Chief Executive', 'Equality and Diversity Manager', D(2017, 2, 28), 'Partially achieved', 'Theatres and critical care done; wards moved to April.'],
    ['Career progression', 7, ['7'], 'Fund places for BME staff on the NHS Leadership Academy "Stepping Up" programme.', 'Director of Workforce', 'Head of Organisational Development', D(2017, 1, 31), 'Achieved', 'Five places taken up.'],
    ['Career progression', 7, ['7'], 'Set up reverse mentoring between BME staff and members of the executive team.', 'Chief Executive', 'Head of Organisational Development', D(2017, 3, 31), 'Not achieved', 'Postponed to 2017/18.'],
    ['Board', 9, ['9'], 'Work with NHS Improvement on a diverse shortlist for the two non-executive posts falling vacant in 2017.', 'Chair', 'Trust Secretary', D(2017, 3, 31), 'Partially achieved', 'One BME NED appointed; second post re-advertised.'],
    ['Governance', 'All', ALL_WRES, 'Review progress against this plan at the Equality and Diversity Group and publish the update on the website.', 'Director of Workforce', 'Equality and Diversity Manager', 'Six-monthly', 'Achieved', 'Published September 2016 and March 2017.'],
  ];
  for (const [area, ind, inds, action, dir, lead, due, st, ev] of data) {
    const isDate = due instanceof Date;
    p.action([area, ind, action, dir, lead, due, st, ev], { indicators: inds, action, lead, due: isDate ? shown(due, F) : due, status: st, rag: S[st][1], progress: ev }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, isDate ? { numFmt: F } : {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['* Status at year end: Achieved – green; Partially achieved – yellow; Not achieved – red. Actions not achieved are carried into the 2017/18 plan.'], { style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY YEAR-END REVIEW of a SPECIALIST HEART AND LUNG trust: the trust name is typed only in the TOP-RIGHT cell H1 (bold NHS blue, right-aligned, as on the trust's letterhead), then the title and an italic 'Year-end review of progress at 31 March 2017' line unmerged in column A, a blank row and a grey header 'Area | Ind. | Action to be taken | Responsible director | Operational lead | Target | Status* | Evidence' (row 5). 'Area' is a topic word on every row (Recruitment, Discipline …; a column, not a theme). Indicators are real NUMBERS, '5+6' and 'All' (= all nine). Two person columns: gold lead = Operational lead (the director is the executive). Targets are real dates shown 'd mmmm yyyy' plus 'Six-monthly'. Status words filled: Achieved light green → green, Partially achieved YELLOW → amber, Not achieved red → red, keyed by the asterisked footnote under the table. Evidence = progress. Judgement calls: lead = Operational lead, not Responsible director; yellow is amber; Area is not a theme; the trust is identified from the top-right cell.", { ragCol: 'G', mode: 'fill' });
}
