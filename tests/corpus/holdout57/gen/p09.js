// holdout57-wres-2025-26-colehaven: a commissioning support unit's WRES plan in TWO columns – 'Priority' and 'Our commitment' – where
// each commitment is ONE RICH-TEXT CELL of bold labels ('What we will do:', 'Lead:', 'Timescale:', 'We will know we have succeeded
// when:', 'Status:', 'Progress (Q2):'), under merged pillar headings. ASSUMED layout (a Word template pasted into Excel).
import { Book, Plan, C, rich } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Colehaven Commissioning Support Unit';
  const p = new Plan(book, { name: 'holdout57-wres-2025-26-colehaven', sheet: 'WRES plan 25-26', standard: 'WRES', period: '2025-26', trust, widths: [34, 110], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Workforce Race Equality Standard plan 2025/26`], { merge: ['A', 'B'], style: { bold: true, font: { size: 13 }, color: C.navy } });
  p.line(['Position at the end of quarter 2 (30 September 2025). This plan covers the CSU\'s 1,140 staff; it is hosted by NHS England and reported to the CSU Leadership Team.'], { merge: ['A', 'B'], height: 28 });
  p.header(['Priority', 'Our commitment'], { style: { fill: C.navy, color: C.white } });
  const F = { name: 'Arial', size: 10 };
  const LABELS = ['What we will do:', 'Lead:', 'Timescale:', 'We will know we have succeeded when:', 'Status:', 'Progress (Q2):'];
  const cell = (vals) => rich(...vals.flatMap((v, i) => (v ? [...(i ? ['\n'] : []), { text: LABELS[i] + ' ', font: { bold: true } }, v] : [])));
  const pillars = [
    ['Pillar 1: Fair recruitment and progression', [
      ['Representation at senior levels (WRES 1)', ['1'], 'Set a representation goal for ethnic minority staff at Band 8b and above for each of the CSU\'s four directorates, agreed with each director, and publish the goals and each year\'s position to all staff.', 'Director of People', 'Goals agreed by 31 October 2025', 'every directorate has a published goal and reports its position at the year-end review.', 'On track', 'Goals drafted with three directorates; the fourth meets on 14 October.'],
      ['Shortlisting to appointment (WRES 2)', ['2'], 'Remove names, ages and places of education from applications at shortlisting for all CSU posts, and give each shortlisting manager a short guide on scoring against the person specification.', 'Head of Recruitment and Onboarding', 'December 2025', 'the relative likelihood of white applicants being appointed from shortlisting falls from 1.42 to below 1.25 in the 2026 return.', 'Delayed', 'The recruitment system supplier cannot hide these fields until its November release; the guide is written.'],
      ['Development and secondments (WRES 4)', ['4'], 'Advertise every secondment and acting-up opportunity on the intranet for at least five working days and record who applies and who is chosen by ethnicity.', 'Head of Organisational Development', 'From April 2025, reviewed quarterly', 'the share of secondments going to ethnic minority staff matches their share of applicants.', 'On track', 'All 23 opportunities in Q1–Q2 advertised; 35% of appointees were from ethnic minority backgrounds.'],
    ]],
    ['Pillar 2: Tackling bullying, harassment and discrimination', [
      ['Bullying from colleagues and managers (WRES 6 and 8)', ['6', '8'], 'Introduce a "speak up about racism" route that goes straight to a trained senior manager outside the person\'s directorate, and publish anonymised themes twice a year.', 'Freedom to Speak Up Guardian', 'March 2026', 'more staff use the route and the 2025 staff survey shows fewer ethnic minority staff experiencing discrimination from a manager or colleague.', 'Not started', ''],
      ['Disciplinary cases (WRES 3)', ['3'], 'Use the just and learning culture checklist before any formal case is opened and have an independent senior manager review every case involving an ethnic minority colleague.', 'Head of Employee Relations', 'Already in place; audit by January 2026', 'the audit shows the checklist was used in every case.', 'Complete', 'Checklist in use since 2024; audit of 2024-25 cases found it used in 31 of 32 cases.'],
    ]],
    ['Pillar 3: Leadership and accountability', [
      ['Board and leadership team (WRES 9)', ['9'], 'Give every member of the CSU Leadership Team an objective on race equality and review it at mid-year and year-end appraisal.', 'Managing Director', 'Objectives set by June 2025', 'all objectives are in place and reviewed at mid-year.', 'Complete', 'All nine Leadership Team members have an objective; mid-year reviews done in September.'],
      ['All indicators', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress on this plan to the Leadership Team every quarter and hold an open session with the Race Equality Network after each report.', 'Head of Equality, Diversity and Inclusion', 'Quarterly', 'four reports and four open sessions held in the year.', 'On track', 'Q1 report and session held in July.'],
    ]],
  ];
  const secs = [];
  for (const [h, acts] of pillars) {
    secs.push(p.line([h], { merge: ['A', 'B'], style: { bold: true, fill: C.paleblue }, border: true }));
    for (const [pr, inds, what, lead, when, succ, st, prog] of acts) {
      const vals = [what, lead, when, succ, st, prog];
      p.action([pr, cell(vals)], { indicators: inds, theme: h, action: what, lead, due: when, status: st, outcome: succ, progress: prog, dueSource: 'labelled' }, { styles: [{ bold: true }], height: 120 });
    }
  }
  p.blank();
  p.line(['Status words: Complete, On track, Delayed, Not started. This plan does not use colours.'], { merge: ['A', 'B'], style: { italic: true, font: { size: 9 } } });
  fitRows(p);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a commissioning support unit hosted by NHS England) – a Word template pasted into Excel in TWO COLUMNS: a navy title naming the CSU and 2025/26, a position line (end of Q2, 30 September 2025, 1,140 staff), one navy header 'Priority | Our commitment' (row 3), three pale-blue merged PILLAR HEADINGS, seven commitments and a status-words line. The 'Priority' cell is a short bold title with the WRES indicator(s) in brackets ('Bullying from colleagues and managers (WRES 6 and 8)') or 'All indicators'. EVERYTHING ELSE IS IN ONE RICH-TEXT CELL of bold labels, one per line: 'What we will do:', 'Lead:', 'Timescale:', 'We will know we have succeeded when:', 'Status:', 'Progress (Q2):' (one cell has no Progress line). Judgement calls: the action is the text after 'What we will do:' – the other labelled lines are its fields, not part of it (unlike a paragraph that ends with 'Lead: … By: …', here every field has its own labelled line, so the action line is read alone); lead = after 'Lead:'; due = after 'Timescale:' as written ('Goals agreed by 31 October 2025', 'From April 2025, reviewed quarterly', 'Already in place; audit by January 2026', 'Objectives set by June 2025', 'Quarterly'), dueSource 'labelled'; outcome = after 'We will know we have succeeded when:'; status = the word after 'Status:' – the plan uses NO colours and says so, so rag null; progress = after 'Progress (Q2):', '' where there is none; theme = the pillar heading; indicators from the Priority bracket ('WRES 6 and 8' → ['6','8']; 'All indicators' → all nine); the figures inside outcomes and progress (1.42, 1.25, 35%) give nothing; the position line's date is not a due; ref ''.", { indFrom: { from: 'col', col: 'A', bracket: true }, sections: secs, labels: { col: 'B', action: 'What we will do: ', lead: 'Lead: ', due: 'Timescale: ', outcome: 'We will know we have succeeded when: ', status: 'Status: ', progress: 'Progress (Q2): ' } });
}
