// holdout13-wdes-2022-23-millhaven: NEW LAYOUT – ACTIONS GROUPED BY ACCOUNTABLE DIRECTOR: no lead column; grey merged
// section rows naming the director own the actions below them; refs coded by owner (P1, N1, O1, G1); key line below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wdes-2022-23-millhaven', sheet: 'WDES 22-23', standard: 'WDES', period: '2022-23', trust: 'Millhaven and Tarnside NHS Foundation Trust', widths: [7, 60, 14, 13, 12, 48], font: { name: 'Arial', size: 10 } });
  p.line(['Millhaven and Tarnside NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES Action Plan 2022/23 – actions by accountable director'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Each executive director is accountable for delivering the actions in their section and reports progress to the Equality, Diversity and Inclusion Committee. Named delivery leads are recorded in the divisional plans.'], { merge: ['A', 'F'], height: 30, style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'WDES metric', 'Delivery date', 'Status', 'Progress at Q3'], { style: { fill: C.nhs, color: C.white } });
  const S = { Complete: [C.lightblue, 'blue'], 'On track': [C.lightgreen, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red'] };
  let owner = '';
  const section = (name) => { owner = name; p.line([name], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.grey } }); };
  const act = (ref, action, ind, inds, due, s, prog = '') => p.action([ref, action, ind, due, s, prog], { ref, indicators: inds, action, lead: owner, due: due instanceof Date ? shown(due, 'dd/mm/yy') : due, status: s, rag: S[s][1], progress: prog },
    { styles: [{}, {}, {}, due instanceof Date ? { numFmt: 'dd/mm/yy', alignment: { horizontal: 'left' } } : {}, { fill: S[s][0] }] });
  section('Chief People Officer');
  act('P1', 'Run a disability declaration campaign through ESR self-service, led by members of the Disability Network.', 'Metric 1', ['1'], D(2022, 12, 31), 'Complete', 'Declaration up from 4.2% to 6.0%.');
  act('P2', 'Check that every Disabled applicant who meets the essential criteria is offered an interview, and audit TRAC quarterly.', 'Metric 2', ['2'], D(2023, 3, 31), 'On track', 'Q2 audit: 94% compliance.');
  act('P3', 'Separate ill-health capability from performance capability in policy and reporting.', 'Metric 3', ['3'], D(2023, 1, 31), 'Delayed', 'Policy with staff side; agreement expected in March.');
  act('P4', 'Offer places on the Calibre leadership programme to Disabled staff at Bands 4 to 7.', 'Metric 5', ['5'], D(2023, 3, 31), 'On track', '12 places filled.');
  section('Chief Nurse');
  act('N1', 'Add a disability prompt to the violence and aggression incident review on inpatient wards and report themes to the network.', 'Metric 4a', ['4a'], D(2022, 11, 30), 'Complete');
  act('N2', 'Support ward managers to use the Health Passport when Disabled nurses move between wards or shifts.', 'Metric 8', ['8'], D(2023, 3, 31), 'Not started', 'Delayed until the passport is relaunched.');
  section('Chief Operating Officer');
  act('O1', 'Agree a central workplace adjustments budget and a four-week target for agreeing adjustments.', 'Metric 8', ['8'], D(2023, 2, 28), 'Delayed', 'Business case at Finance and Performance Committee in February.');
  act('O2', 'Remind divisional managers that no one should feel pressure to attend work when unwell, and review attendance triggers with Occupational Health.', 'Metric 6', ['6'], 'Ongoing', 'On track');
  act('O3', 'Tackle bullying and harassment from managers and colleagues through the divisional "Respect" plans.', 'Metrics 4b and 7', ['4b', '7'], D(2023, 3, 31), 'On track', 'Plans agreed in three of four divisions.');
  section('Director of Corporate Affairs');
  act('G1', 'Give the Disability Network chair protected time and a standing item at the EDI Committee.', 'Metric 9b', ['9b'], D(2022, 10, 31), 'Complete', 'Two days a month agreed.');
  act('G2', 'Ask Board members to complete equality monitoring and report Board disability data in the annual report.', 'Metric 10', ['10'], D(2023, 3, 31), 'On track');
  p.blank();
  p.line(['Status: Complete (blue) | On track (green) | Delayed (amber) | Not started (red)'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  p.line(['Reported to the Equality, Diversity and Inclusion Committee, 16 January 2023'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("NEW LAYOUT – a plan GROUPED BY ACCOUNTABLE DIRECTOR (fictional trust), as some trusts present plans for executive accountability: trust name, title ('… actions by accountable director'), an italic merged sentence explaining that each director is accountable for the actions in their section, blank, then the NHS-blue header 'Ref | Action | WDES metric | Delivery date | Status | Progress at Q3' (row 5) – there is NO LEAD COLUMN. Grey merged SECTION ROWS name a director ('Chief People Officer', 'Chief Nurse', 'Chief Operating Officer', 'Director of Corporate Affairs'); gold lead of every action = the section row above it (the plan says so), and theme = null (the section is the owner, not a topic – a judgement call: a reader that treats these rows as themes would put the director in theme and leave lead ''). Refs P1–P4, N1–N2, O1–O3, G1–G2 are coded by owner. Metrics in words ('Metric 4a', 'Metrics 4b and 7' → ['4b','7']). Delivery dates are real dates shown dd/mm/yy plus 'Ongoing'. Status words filled: Complete light blue → blue, On track light green → green, Delayed amber, Not started red, keyed by a line under the table; a 'Reported to …' line under that. Progress = 'Progress at Q3' where written.", { ragCol: 'E', mode: 'fill', leadSection: { col: 'A' } });
}
