// holdout37-wres-2025-26-rillvalley: a small PRIMARY CARE COLLABORATIVE (GP federation of member practices) that uses the WRES voluntarily:
// an OUTCOMES TABLE FIRST ('Outcome | How measured | Baseline | Target'), then a short action table organised by HIA with no indicator
// column – the few indicators are written in brackets in the action text. After the EDI Improvement Plan's success-metric-then-actions
// order (as South Yorkshire ICS's page set it out) and the GLA toolkit's plain 'Who / When' wording; ASSUMED (see SOURCES.md).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Rill Valley Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout37-wres-2025-26-rillvalley', sheet: 'Race equality 25-26', standard: 'WRES', period: '2025-26', trust, widths: [30, 60, 24, 16], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'D'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Race equality action plan 2025/26 (Workforce Race Equality Standard)'], { merge: ['A', 'D'], style: { bold: true } });
  p.line(['Our 14 member practices employ just over 400 people. We are not required to submit WRES data, but we use its indicators and the NHS EDI Improvement Plan\'s high impact actions (HIA) to guide this plan.'], { merge: ['A', 'D'], height: 30 });
  p.blank();
  p.line(['1. Our measurable outcomes for 2025/26'], { style: { bold: true, color: C.nhs } });
  p.header(['Outcome', 'How measured', 'Baseline (Mar 2025)', 'Target (Mar 2026)'], { style: { fill: C.paleblue } });
  const outs = [
    ['More diverse shortlists', 'Share of shortlisted candidates from ethnic minority backgrounds', '18%', '25%'],
    ['Less racist abuse from patients', 'Incidents logged by member practices each quarter', '11', 'Down by a third'],
    ['Staff feel safe to report discrimination', 'Pulse survey: "I would feel safe reporting discrimination"', '64%', '80%'],
    ['Leadership that reflects our staff', 'Ethnic minority staff in practice manager and partner roles', '9%', '14%'],
  ].map((r) => p.line(r, { border: true }));
  p.blank();
  p.line(['2. What we will do'], { style: { bold: true, color: C.nhs } });
  p.header(['HIA', 'What we will do', 'Who', 'When'], { style: { fill: C.paleblue } });
  const acts = [
    ['HIA 1 – Board objectives', 'Add an EDI objective to the appraisal of every partner on the collaborative board.', 'Clinical Director', 'By Sept 2025', []],
    ['HIA 2 – Recruitment', 'Use the same anonymised shortlisting in all 14 member practices for salaried GP, nurse and reception posts (WRES indicator 2).', 'Practice Managers Group', 'Apr–Jun 2025', ['2']],
    ['HIA 2 – Recruitment', 'Advertise every vacancy on the collaborative jobs page and through two community organisations.', 'Workforce Lead', 'Ongoing', []],
    ['HIA 4 – Health and wellbeing', 'Open the collaborative\'s employee assistance programme to staff of every member practice.', 'Operations Director', 'By Jul 2025', []],
    ['HIA 5 – International recruits', 'Give internationally recruited clinicians a welcome pack and a named mentor in the training hub.', 'Training Hub Lead', 'Ongoing', []],
    ['HIA 6 – Bullying and harassment', 'Agree one policy across member practices on abusive patients, racist abuse included, with removal from the practice list as the last step (WRES indicator 5).', 'Clinical Director', 'By Dec 2025', ['5']],
    ['HIA 6 – Bullying and harassment', 'Ask staff every quarter in a short pulse survey whether they have experienced or seen discrimination (WRES indicators 6 and 8).', 'Workforce Lead', 'Quarterly', ['6', '8']],
  ];
  for (const [hia, a, who, when, inds] of acts) p.action([hia, a, who, when], { indicators: inds, action: a, lead: who, due: when }, {});
  p.blank();
  p.line(['Signed off by the collaborative board on 3 April 2025. Contact: workforce lead, Rill Valley PCC.'], { merge: ['A', 'D'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative – a federation of 14 GP practices – using the WRES voluntarily): the collaborative's name, the plan title, an intro saying it is not required to submit WRES data but uses the indicators and the EDI Improvement Plan's high impact actions (HIA), a blank row, then TWO SMALL TABLES: '1. Our measurable outcomes for 2025/26' with its own header 'Outcome | How measured | Baseline (Mar 2025) | Target (Mar 2026)' (row 6) and four outcome rows (7–10), a blank row, '2. What we will do' with the header 'HIA | What we will do | Who | When' (row 13) and seven action rows, then a sign-off line. Judgement calls: only the rows of the second table are actions; the outcome rows are the plan's measures (baselines and targets), not actions, and give no gold field – none is tied to a particular action, so no action's outcome is filled from them (outcome ''); both header rows are header rows; the section labels '1. …' / '2. …' are non-action rows and not themes; the HIA column ('HIA 2 – Recruitment') is a mapping with no gold field and is not a theme (it is a per-row label, repeated) – theme null; there is NO indicator column: indicators only where the action text names a WRES indicator in brackets ('(WRES indicator 2)' → ['2']; '(WRES indicators 6 and 8)' → ['6','8']), [] elsewhere, none guessed; lead = Who, due = When as written ('By Sept 2025', 'Apr–Jun 2025', 'Ongoing', 'Quarterly'); the 'Target (Mar 2026)' column is a figure, not a date. No status; ref ''.", { dataRows: outs, forbidden: ['Mar 2026', 'Mar 2025', '25%', '80%', '14%', 'Down by a third'] });
}
