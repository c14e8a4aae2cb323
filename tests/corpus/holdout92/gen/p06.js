// holdout92-wdes-2022-23-crowsmere: acute teaching FT; 'What we are measuring' holds the WDES metric's OWN WORDING (no number) MERGED
// DOWN beside its actions, with the 2022 figures merged beside it; one merged cell covers experiencing harassment AND reporting it;
// 'Where we are' holds numbers (1.42, 8%) that are no indicators. BRAG words on fills; real dates dd mmm yyyy.
import { Book, Plan, C, D, mergeDown, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Crowsmere Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout92-wdes-2022-23-crowsmere', sheet: 'WDES 2022-23', standard: 'WDES', period: '2022-23', trust, widths: [34, 30, 50, 26, 14, 40, 13], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.navy } });
  p.line(['Workforce Disability Equality Standard 2022 – what we will do in 2022/23'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.header(['What we are measuring', 'Where we are (WDES 2022)', 'Action', 'Owner', 'Due date', 'Progress', 'BRAG'], { style: { fill: C.navy, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const M = {
    'Percentage of disabled staff in each AfC pay cluster and in medical and dental subgroups, compared with the overall workforce': ['1'],
    'Relative likelihood of non-disabled applicants being appointed from shortlisting compared with disabled applicants': ['2'],
    'Relative likelihood of disabled staff entering the formal capability process': ['3'],
    'Disabled staff experiencing harassment, bullying or abuse from patients, managers or colleagues – and whether they or a colleague reported it': ['4a', '4b'],
    'Satisfied with the extent to which the organisation values their work': ['7'],
    'Employer has made adequate adjustment(s) to enable them to carry out their work': ['8'],
    'Staff engagement score (disabled compared with non-disabled staff)': ['9a'],
  };
  const BR = { Blue: [C.lightblue, 'blue'], Green: [C.green, 'green'], Amber: [C.amber, 'amber'], Red: [C.red, 'red'] };
  const groups = [
    ['Percentage of disabled staff in each AfC pay cluster and in medical and dental subgroups, compared with the overall workforce', '4.9% declared (2021: 3.8%); 21% unknown', [
      ['Write to the 1,900 staff with no disability recorded asking them to update ESR, with a short film from the Chief Executive.', 'Head of Workforce Information', D(2022, 11, 30), 'Letters and film out in October; unknown down to 17%.', 'Green']]],
    ['Relative likelihood of non-disabled applicants being appointed from shortlisting compared with disabled applicants', '1.42 (2021: 1.21)', [
      ['Check that every disabled applicant who meets the essential criteria is shortlisted under the guaranteed interview scheme, with a monthly TRAC report.', 'Recruitment Manager', D(2022, 9, 30), 'Monthly report running; two misses found and fixed.', 'Blue'],
      ['Add an adjustments question to the interview invitation and log what was asked for and provided.', 'Recruitment Manager', D(2022, 12, 31), 'Template changed; log starts January.', 'Amber']]],
    ['Relative likelihood of disabled staff entering the formal capability process', '2.05 (small numbers: 6 cases)', [
      ['Ask the Disability Network to help review the sickness absence and capability policies so adjustments are considered at every stage.', 'Employee Relations Lead', D(2023, 3, 31), 'Policy working group meets in February.', 'Amber']]],
    ['Disabled staff experiencing harassment, bullying or abuse from patients, managers or colleagues – and whether they or a colleague reported it', 'Patients 31% (non-disabled 24%); managers 15%; colleagues 22%; reported 44%', [
      ['Start a “See it, Say it” campaign in the Emergency Department and outpatients with the Security team, with posters and badges.', 'Head of Patient Experience', D(2023, 1, 31), 'Posters out; badges delayed by the supplier.', 'Amber'],
      ['Make the Freedom to Speak Up champions’ contact details part of every ward and department induction.', 'Freedom to Speak Up Guardian', D(2022, 10, 31), 'Done in all divisions.', 'Blue']]],
    ['Satisfied with the extent to which the organisation values their work', '31% (non-disabled 42%)', [
      ['Include disabled staff’s stories in the monthly “Crowsmere Stars” recognition feature.', 'Internal Communications Lead', D(2022, 12, 31), 'Three features published.', 'Green']]],
    ['Employer has made adequate adjustment(s) to enable them to carry out their work', '68%', [
      ['Set up a central adjustments fund so that equipment under £1,000 is bought within 10 working days without a divisional budget code.', 'Director of Finance', D(2023, 3, 31), 'Business case not yet written.', 'Red'],
      ['Publish an adjustments guide for managers with worked examples for nursing, theatres and estates roles.', 'Disability Network Chair', D(2023, 2, 28), 'Draft with the Network.', 'Green']]],
    ['Staff engagement score (disabled compared with non-disabled staff)', '6.5 against 7.0', [
      ['Hold four listening events run by the Network, two of them on night shifts.', 'Head of Staff Experience', D(2023, 3, 31), 'Two held (one night event).', 'Green']]],
  ];
  for (const [what, where, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([a, owner, due, prog, br], i) => {
      p.action([i ? '' : what, i ? '' : where, a, owner, due, prog, br], { indicators: M[what], action: a, lead: owner, due: shown(due, 'dd mmm yyyy'), status: br, rag: BR[br][1], progress: prog }, { styles: [{ bold: true }, { italic: true }, {}, {}, { numFmt: 'dd mmm yyyy', alignment: { horizontal: 'left' } }, {}, { fill: BR[br][0] }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Metrics on pressure to come to work, equal opportunities for progression and Board make-up are carried forward in the Trust’s EDI plan.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['BRAG: Blue = complete, Green = on track, Amber = at risk, Red = off track.'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching FT). Sheet 'WDES 2022-23', Calibri 10: trust name, title, a blank row, the navy header 'What we are measuring | Where we are (WDES 2022) | Action | Owner | Due date | Progress | BRAG' (row 4, frozen), seven metric groups with ten actions, a blank row, an italic line on what is carried forward and a BRAG key line. THE METRIC IS NEVER A NUMBER: 'What we are measuring' holds the WDES metric's own wording, MERGED DOWN beside the one or two actions of its group (every action in the group takes it; the merged cell is the indicator, not a theme – theme null, as for earlier plans with a merged indicator column). Mapping: 'Percentage of disabled staff in each AfC pay cluster and in medical and dental subgroups …' → 1; 'Relative likelihood of non-disabled applicants being appointed from shortlisting …' → 2; '… entering the formal capability process' → 3; 'Disabled staff experiencing harassment, bullying or abuse from patients, managers or colleagues – and whether they or a colleague reported it' names both parts of metric 4 → ['4a','4b'] for both its actions; 'Satisfied with the extent to which the organisation values their work' → 7; 'Employer has made adequate adjustment(s) …' → 8; 'Staff engagement score (disabled compared with non-disabled staff)' → 9a. 'Where we are' (merged beside it) holds the 2022 figures ('1.42', '2.05', '68%') – context, never an indicator or any field. Other calls: no ref (none given); lead = Owner; due = Due date, real dates shown dd mmm yyyy ('30 Nov 2022'); progress = Progress; status = the BRAG word, rag from its fill (Blue on light blue → blue). The carried-forward line names metrics 6, 5 and 10 in words but is NOT an action; the key line is not an action.", { mode: 'fill', ragCol: 7, notFrom: ['A', 'B'], indWords: { col: 'A', map: M } });
}
