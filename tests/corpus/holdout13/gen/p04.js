// holdout13-wdes-2020-21-kirkbyvale: ORDINARY COVID-YEAR YEAR-END UPDATE – BRAG KEY BLOCK of filled letters above the
// header, 'M1'…'M10' codes, an 'Area of focus' column, quarter timescales, B/R/A/G letters filled.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wdes-2020-21-kirkbyvale', sheet: 'Action plan', standard: 'WDES', period: '2020-21', trust: 'Kirkby Vale Hospitals NHS Foundation Trust', widths: [9, 22, 54, 26, 14, 50, 8], font: { name: 'Arial', size: 10 } });
  p.line(['Kirkby Vale Hospitals NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES Action Plan 2020-21 – year-end update'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['BRAG key'], { style: { bold: true } });
  const K = { B: [C.blue, 'blue'], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red'] };
  p.line(['B', 'Complete'], { border: true, styles: [{ fill: C.blue, bold: true, alignment: { horizontal: 'center' } }] });
  p.line(['G', 'On track'], { border: true, styles: [{ fill: C.green, bold: true, alignment: { horizontal: 'center' } }] });
  p.line(['A', 'Delayed – recovery plan in place'], { border: true, styles: [{ fill: C.amber, bold: true, alignment: { horizontal: 'center' } }] });
  p.line(['R', 'Not started / paused (Covid-19)'], { border: true, styles: [{ fill: C.red, bold: true, alignment: { horizontal: 'center' } }] });
  p.blank();
  p.header(['Metric', 'Area of focus', 'Action', 'Lead', 'By when', 'Progress update (March 2021)', 'BRAG'], { style: { fill: C.grey } });
  const act = (ind, inds, area, action, lead, due, progress, s) => p.action([ind, area, action, lead, due, progress, s], { indicators: inds, action, lead, due, status: s, rag: K[s][1], progress },
    { styles: [{}, {}, {}, {}, {}, {}, { fill: K[s][0], bold: true, alignment: { horizontal: 'center' } }] });
  act('M1', ['1'], 'Declaration rates', 'Promote disability declaration through ESR self-service with a short video from the Chief Executive.', 'Workforce Systems Manager', 'Q2 2020/21', 'Video released in September; declaration now 5.8% (was 3.9%).', 'B');
  act('M1', ['1'], 'Declaration rates', 'Compare ESR declaration with the staff survey and explain the gap to the Disability Network.', 'Workforce Systems Manager', 'Q3 2020/21', 'Presented to the Network in January.', 'B');
  act('M2', ['2'], 'Recruitment', 'Check that the guaranteed interview scheme is applied in TRAC for every vacancy.', 'Head of Recruitment', 'Q3 2020/21', 'Audit shows 87% compliance; reminder issued to managers.', 'G');
  act('M3', ['3'], 'Capability', 'Separate ill-health capability from performance capability in reporting and in the policy.', 'Head of Employee Relations', 'Q4 2020/21', 'Policy revision paused while ER team supported redeployment.', 'R');
  act('M4', ['4'], 'Harassment', 'Add disability to the "Zero tolerance" campaign and the violence and aggression reporting on Datix.', 'Head of Security and Health and Safety', 'Q4 2020/21', 'Datix category added; campaign materials drafted.', 'A');
  act('M5', ['5'], 'Progression', 'Ring-fence places on the Mary Seacole programme for Disabled staff.', 'Head of Leadership and OD', 'Q1 2021/22', 'Two places taken in the spring cohort.', 'G');
  act('M6', ['6'], 'Presenteeism', 'Give managers guidance on supporting Disabled and clinically extremely vulnerable staff to work from home or shield.', 'Head of Health and Wellbeing', 'Q1 2020/21', 'Guidance issued in May 2020 and refreshed in January 2021.', 'B');
  act('M7', ['7'], 'Feeling valued', 'Run quarterly "Ask the Chief Exec" sessions with the Disability Network.', 'Chief Executive', 'Ongoing', 'Three sessions held online.', 'G');
  act('M8', ['8'], 'Reasonable adjustments', 'Introduce a health passport and a central fund for adjustments of up to £1,000.', 'Deputy Director of Workforce', 'Q4 2020/21', 'Passport launched; central fund not yet agreed.', 'A');
  act('M9', ['9'], 'Staff voice', 'Give the Disability Network chair two days a month protected time and a seat on the EDI Committee.', 'Director of Workforce and OD', 'Q2 2020/21', 'Agreed in July.', 'B');
  act('M10', ['10'], 'Board', 'Ask Board members to update their equality monitoring and report the results in the annual WDES report.', 'Company Secretary', 'Q2 2021/22', 'Not started – waiting for new NED appointments.', 'R');
  p.blank();
  p.line(['Source: WDES data return, August 2020. Progress agreed at the EDI Committee, 18 March 2021.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY Covid-year YEAR-END update: trust name and title merged, a 'BRAG key' label and a KEY BLOCK of four rows, each a filled letter in A (B blue, G green, A amber, R red) and its meaning in B ('Not started / paused (Covid-19)' for R), a blank row, then one grey header 'Metric | Area of focus | Action | Lead | By when | Progress update (March 2021) | BRAG' (row 9). Metric codes 'M1' … 'M10' on every row (2020 framework, whole metric 4 and 9). 'Area of focus' is a short label column, not a theme (theme null). 'By when' is text quarters ('Q2 2020/21', 'Q1 2021/22') and 'Ongoing'. BRAG is a filled LETTER: B → blue, G → green, A → amber, R → red. Progress = the March 2021 update. A 'Source:' line under the table is a non-action row.", { ragCol: 'G', mode: 'fill' });
}
