// holdout30-wres-2016-17-saltings: a mental health trust's plan SORTED BY LEAD WITH THE HEADER ROW INCLUDED, so the header (with its grey
// fill) sits in the middle of the actions, alphabetically between 'Head of Learning…' and 'Medical Director'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saltings Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout30-wres-2016-17-saltings', sheet: 'WRES plan', standard: 'WRES', period: '2016-17', trust, widths: [12, 60, 28, 14, 40], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['WRES Action Plan 2016/17 – Mental Health and Learning Disability services'], { merge: ['A', 'E'] });
  p.blank();
  const rows = [
    ['Indicator 2', ['2'], 'Recruitment training for managers to include unconscious bias, refreshed every two years', 'Associate Director of HR', 'Dec 2016', 'Module written, first sessions January'],
    ['Indicators 5-8', ['5', '6', '7', '8'], 'Network to run listening events on inpatient wards about harassment from service users and colleagues', 'BME Staff Network', 'Feb 2017', ''],
    ['Indicator 1', ['1'], 'Breakdown of BME staff by band for each care group presented at the nursing workforce group', 'Director of Nursing', 'Nov 2016', 'Presented 14/11'],
    ['Indicator 4', ['4'], 'Review how places on the leadership programmes are allocated and publish the criteria', 'Head of Learning and Development', 'Mar 2017', ''],
    ['__HEADER__'],
    ['Indicator 3', ['3'], 'Medical staff disciplinary cases to be reviewed for ethnicity in the annual report', 'Medical Director', 'Mar 2017', ''],
    ['Indicator 7', ['7'], 'Coaching offer for BME band 6 nurses and AHPs going for band 7 posts', 'OD Manager', 'Jan 2017', '4 coaches trained'],
    ['Indicator 9', ['9'], 'Work with NHS Improvement to reach a wider field of applicants for the next NED post', 'Trust Secretary', 'Mar 2017', ''],
    ['All indicators', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'WRES data and this plan to go to the Board and be published on the website', 'Workforce Information Manager', 'Sept 2016', 'Published 30 Sept'],
  ];
  let hr;
  for (const r of rows) {
    if (r[0] === '__HEADER__') { hr = p.header(['Indicator', 'Action', 'Lead', 'Target date', 'Progress update'], { style: { fill: C.grey } }); continue; }
    const [ind, inds, a, l, d, up] = r; p.action([ind, a, l, d, up], { indicators: inds, action: a, lead: l, due: d, progress: up });
  }
  p.blank();
  p.line(['Next review: March 2017, Workforce and Equality Committee'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability trust), Arial 10: trust and title merged A:E, a blank row, then the table – but the whole range, HEADER ROW INCLUDED, has been SORTED A→Z BY THE LEAD COLUMN, so the grey bold header 'Indicator | Action | Lead | Target date | Progress update' (row 8) now sits IN THE MIDDLE of the actions, after 'Head of Learning and Development' and before 'Medical Director' (the word 'Lead' sorts between them); four actions above it and four below, in lead order rather than indicator order. A 'Next review' line at the end. Judgement calls: the rows above the displaced header are actions with the same columns as those below (the header applies to the whole table); the header row is a header, not an action or a section; gold actions in sheet row order; indicators from the Indicator cell ('Indicators 5-8' → ['5','6','7','8'], 'All indicators' → all nine); lead, target date and progress as written ('' where empty); no status, rag null; theme null; the next-review line is not an action and its date is not a due.", { forbidden: ['March 2017', 'Lead', 'Indicator'], aboveHeader: { actionRow: hr - 1, headerRow: hr }, sorted: { col: 'C', from: 4, to: 12 } });
}
