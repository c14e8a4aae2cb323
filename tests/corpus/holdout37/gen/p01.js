// holdout37-wres-2024-25-brackenfold: ONE JOINT WRES + WDES PLAN IN WHICH EACH ROW NAMES ITS STANDARD BY THE PREFIX OF ITS REFERENCE
// ('R-', 'D-', 'RD-'), grouped under the six high impact actions of the NHS EDI Improvement Plan, with a 'Measure of success' beside each
// action. Structure after the joint race-and-disability plans trusts published from 2023 (East of England Ambulance Service's Board paper
// 'WDES 2024/25 Annual Report & WDES & WRES 2025/26 Action Plans' put both plans before one Board; North West Ambulance Service numbered
// its actions against the HIAs); the ref-prefix key and the columns are ASSUMED (see SOURCES.md).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenfold Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout37-wres-2024-25-brackenfold', sheet: 'Joint plan 2024-25', standard: 'WRES', period: '2024-25', trust, widths: [8, 58, 14, 26, 11, 40, 13] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race and Disability Equality Standards – joint action plan 2024/25'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Approved by the People and Culture Committee on 17 October 2024. One plan for both standards: each action is grouped under the high impact action of the NHS EDI Improvement Plan it delivers.'], { merge: ['A', 'G'], height: 28 });
  p.line(['Reference key: R = race (WRES)   D = disability (WDES)   RD = both standards.   Indicator codes: W1–W9 are WRES indicators, M1–M10 are WDES metrics.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'What we will do', 'Indicator(s)', 'Lead', 'By when', 'Measure of success', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const F = { 'Complete': C.green, 'On track': C.lightgreen, 'At risk': C.amber, 'Not started': C.grey };
  const R = { 'Complete': 'green', 'On track': 'green', 'At risk': 'amber', 'Not started': null };
  const hias = [
    ['HIA 1 – Board accountability for EDI', [
      ['RD-01', 'Give every executive and non-executive director a SMART objective on race and disability equality, reviewed at their appraisal.', 'W9; M10', 'Chief People Officer', 'Jun 2024', 'All Board members have an EDI objective in their 2024/25 appraisal', 'Complete'],
      ['R-02', 'Pair each executive director with a member of the Race Equality Network for a year of reverse mentoring.', 'W9', 'Director of Corporate Affairs', 'Sep 2024', 'Eight pairs in place; what they learnt taken to a Board development session', 'On track'],
    ]],
    ['HIA 2 – Fair recruitment and talent management', [
      ['R-03', 'Put a trained inclusion panellist on every interview panel for posts at Band 8a and above.', 'W2', 'Head of Recruitment', 'Dec 2024', 'Relative likelihood of White applicants being appointed (W2) below 1.25', 'On track'],
      ['D-04', 'Guarantee an interview to disabled applicants who meet the essential criteria and report the numbers every quarter.', 'M2', 'Head of Recruitment', 'Sep 2024', 'Relative likelihood (M2) between 0.80 and 1.25', 'Complete'],
      ['R-05', 'Run a development programme for ethnic minority nurses and midwives at Bands 5 to 7, with an executive sponsor for each participant.', 'W4, W7', 'Deputy Chief Nurse', 'Mar 2025', '30 participants; 40% promoted within 18 months', 'At risk'],
      ['D-06', 'Introduce a workplace adjustments passport that stays with colleagues when they change post.', 'M8', 'Head of Employee Wellbeing', 'Nov 2024', 'Passport in use in every division; M8 up five points', 'On track'],
    ]],
    ['HIA 3 – Pay gaps', [
      ['RD-07', 'Publish the ethnicity and disability pay gaps beside the gender pay gap, with one improvement plan for all three.', 'n/a', 'Head of Reward', 'Mar 2025', 'Pay gaps published; improvement plan agreed by the Remuneration Committee', 'Not started'],
    ]],
    ['HIA 4 – Health inequalities in the workforce', [
      ['D-08', 'Offer a wellbeing conversation to every colleague on long-term sickness absence, with occupational health involved by week four.', 'M3', 'Head of Employee Wellbeing', 'Jan 2025', 'Formal capability cases on ill-health grounds down by a quarter', 'On track'],
      ['RD-09', 'Analyse sickness absence and occupational health referrals by ethnicity and disability, and act on the gaps found.', 'W8; M6', 'Head of Workforce Intelligence', 'Oct 2024', 'Report to the People and Culture Committee; two targeted actions agreed', 'Complete'],
    ]],
    ['HIA 5 – Internationally recruited colleagues', [
      ['R-10', 'Give every internationally recruited nurse a named pastoral lead and a 12-week induction on UK workplace culture and how to raise concerns.', 'W6, W8', 'Head of International Recruitment', 'Jul 2024', 'Internationally recruited nurses reporting bullying from colleagues below the trust average', 'Complete'],
    ]],
    ['HIA 6 – Bullying, harassment, discrimination and violence', [
      ['RD-11', 'Train 400 managers in active bystander skills, with one session on racism and one on disability harassment.', 'W5, W6; M4a', 'Head of Organisational Development', 'Mar 2025', '400 managers trained; W6 and M4a both improve in the 2024 staff survey', 'On track'],
      ['R-12', 'Take every proposed formal disciplinary case involving an ethnic minority colleague to a pre-decision panel before it goes ahead.', 'W3', 'Head of Employee Relations', 'Aug 2024', 'Relative likelihood of entering a formal disciplinary process (W3) below 1.25', 'Complete'],
      ['D-13', 'Add a disability harassment category to the incident reporting system and report the figures to the Board each quarter.', 'M4b', 'Head of Health and Safety', 'Dec 2024', 'Reporting rate (M4b) up ten points', 'At risk'],
    ]],
  ];
  const secs = []; let from = 0;
  for (const [h, acts] of hias) {
    secs.push(p.line([h], { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue }, border: true }));
    if (!from) from = p.r;
    for (const [ref, a, ind, lead, due, m, st] of acts) {
      const vals = [ref, a, ind, lead, due, m, st]; const styles = [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { fill: F[st] }];
      if (ref.startsWith('D-')) { p.line(vals, { border: true, styles, ambiguous: true }); continue; }
      const inds = ind === 'n/a' ? [] : ind.split(';')[0].match(/\d+/g);
      p.action(vals, { ref, indicators: inds, theme: h, action: a, lead, due, status: st, rag: R[st], outcome: m }, { styles });
    }
  }
  const to = p.r;
  p.blank();
  p.line(['Status key: Complete (green) · On track (light green) · At risk (amber) · Not started (grey).'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Plan owner: Head of Equality, Diversity and Inclusion. Progress is reported to the People and Culture Committee every quarter; next review January 2025.'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust) kept as ONE JOINT WRES + WDES PLAN in which EACH ROW NAMES ITS STANDARD BY THE PREFIX OF ITS REFERENCE: a blue trust-name title, the plan title ('Workforce Race and Disability Equality Standards – joint action plan 2024/25'), an approval line that says the actions are grouped under the high impact actions of the NHS EDI Improvement Plan, an italic reference key ('R = race (WRES) D = disability (WDES) RD = both standards', 'W1–W9 … M1–M10 …'), a blank row, then one NHS-blue header 'Ref | What we will do | Indicator(s) | Lead | By when | Measure of success | Status' (row 6) and six pale-blue merged HIGH IMPACT ACTION section rows ('HIA 1 – Board accountability for EDI' … 'HIA 6 – Bullying, harassment, discrimination and violence'), each over its actions. There is NO Standard column: only the ref prefix says which standard a row serves. Under the table a status key line and a plan-owner line. Judgement calls: this gold is the WRES reading (the file name's standard): the 'R-' and 'RD-' rows are the actions (9); the four 'D-' rows (disability only: D-04, D-06, D-08, D-13) are real actions of the WDES reading of the same sheet, so they are non-action rows listed as AMBIGUOUS (as holdout11 marrowfield's WDES-only rows) – a WRES reading need not report them and is not faulted if it does. Indicators come from the Indicator(s) column, WRES codes only: 'W4, W7' → ['4','7']; on joint rows the WRES part before the ';' ('W5, W6; M4a' → ['5','6']; 'W9; M10' → ['9']; 'W8; M6' → ['8']); the M-codes are WDES metrics and are never WRES indicators; 'n/a' → []. Ref as written with its prefix ('RD-01', 'R-02'). Theme = the HIA section row (the high impact action has no gold field of its own; here it is the section heading). Lead and due as written ('Jun 2024' is text). Outcome = 'Measure of success' (figures in it such as 'below 1.25' or 'M4a both improve' are targets, not indicators or dates). Status = the word, rag = its fill per the key line: Complete green, On track light green (green), At risk amber, Not started grey (no RAG colour → rag null).", { sections: secs, combined: { col: 'A', from, to, own: '^(R|RD)-', other: '^D-', joint: '^RD-', indCol: 'C', ownSeg: '^\\s*W' }, ragCol: 'G', mode: 'fill' });
}
