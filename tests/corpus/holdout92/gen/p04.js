// holdout92-wdes-2020-21-otterhope: community trust in the Covid year; the 'Metric' column holds SHORT LABELS the team uses for the
// WDES metrics ('Capability', 'Presenteeism', 'Adequate adjustments' …), never numbers. WDES wording, so 'Career progression' is 5 (not
// WRES 7), 'Harassment and reporting it' is 4a and 4b. RAG letters on fills; a key row above the header.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Otterhope Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout92-wdes-2020-21-otterhope', sheet: 'WDES plan 20-21', standard: 'WDES', period: '2020-21', trust, widths: [7, 24, 52, 28, 13, 6, 44], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard – action plan 2020/21 (refreshed October 2020 after the Covid-19 pause)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['RAG:', 'B – complete', 'G – on track', 'A – behind but recoverable', 'R – not started / stalled'], { styles: [{ bold: true }, { fill: C.blue, color: C.white }, { fill: C.green }, { fill: C.amber }, { fill: C.red, color: C.white }] });
  p.blank();
  p.header(['Ref', 'Metric', 'Action', 'Lead', 'Deadline', 'RAG', 'Update (Feb 2021)'], { style: { fill: C.nhs, color: C.white } });
  const M = {
    'Workforce declaration': ['1'], 'Shortlisting to appointment': ['2'], 'Capability': ['3'],
    'Harassment and reporting it': ['4a', '4b'], 'Career progression': ['5'], 'Presenteeism': ['6'],
    'Feeling valued': ['7'], 'Adequate adjustments': ['8'], 'Disabled staff voice': ['9b'], 'Board representation': ['10'],
  };
  const F = { B: [C.blue, 'blue'], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red'] };
  const rows = [
    ['OT1', 'Workforce declaration', 'Ask every member of staff to check their disability record in ESR self-service during the autumn “Count Me In” fortnight.', 'Workforce Systems Manager', '30/11/2020', 'B', 'Done; declared disabled up from 3.1% to 4.6% of staff.'],
    ['OT2', 'Shortlisting to appointment', 'Send interview questions 48 hours before video interviews for disabled candidates who ask, and say so in every advert.', 'Recruitment Team Leader', '31/12/2020', 'G', 'Advert wording changed; 9 candidates took it up so far.'],
    ['OT3', 'Capability', 'Check that occupational health advice and an adjustments conversation come before any formal capability meeting for ill-health.', 'Employee Relations Manager', '31/01/2021', 'A', 'Flowchart drafted; waiting for union comments.'],
    ['OT4', 'Harassment and reporting it', 'Launch an anonymous online form for disabled staff to report bullying or abuse, with a named HR contact for follow-up.', 'Head of HR Operations', '31/03/2021', 'R', 'Not started; IT capacity taken up by the Covid vaccination programme.'],
    ['OT5', 'Career progression', 'Keep two places on each cohort of the Band 6 team leader course for staff who have declared a disability.', 'Head of Learning & OD', '31/03/2021', 'G', 'First cohort (virtual) runs in March with both places filled.'],
    ['OT6', 'Presenteeism', 'Tell managers in writing that staff shielding or with long-term conditions must not be pressed to come in while unwell during Covid.', 'Director of People', '31/10/2020', 'B', 'Letter sent to all managers 19 October.'],
    ['OT7', 'Feeling valued', 'Thank disabled colleagues publicly for their Covid work in the staff awards, with nominations open through the network.', 'Communications Manager', '28/02/2021', 'A', 'Awards moved online to March.'],
    ['OT8', 'Adequate adjustments', 'Create a Reasonable Adjustments Passport that moves with staff when they are redeployed to Covid duties.', 'Disability Network Chair', '31/12/2020', 'G', 'Passport launched; 31 issued.'],
    ['OT9', 'Disabled staff voice', 'Give the Disability and Long-Term Conditions Network a seat on the Covid staff wellbeing cell.', 'Head of Staff Wellbeing', '30/11/2020', 'B', 'Seat taken from November.'],
    ['OT10', 'Board representation', 'Ask Board members to update their own equality monitoring, including disability, before the annual report.', 'Trust Secretary', '31/03/2021', 'A', '5 of 11 returns received.'],
  ];
  for (const r of rows) {
    const [ref, met, act, lead, dl, rag, upd] = r;
    p.action(r, { ref, indicators: M[met], action: act, lead, due: dl, status: rag, rag: F[rag][1], progress: upd }, { styles: [{}, { bold: true }, {}, {}, {}, { fill: F[rag][0], alignment: { horizontal: 'center' } }, {}] });
  }
  p.blank();
  p.line(['Engagement score: to be picked up when the 2020 staff survey results are published in March 2021.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust, Covid year). Sheet 'WDES plan 20-21', Calibri 10: trust name, title with the October 2020 refresh, a RAG KEY ROW (row 3: 'RAG:' then four filled cells 'B – complete', 'G – on track', 'A – behind but recoverable', 'R – not started / stalled' – a key, not an action), a blank row, the blue header 'Ref | Metric | Action | Lead | Deadline | RAG | Update (Feb 2021)' (row 5), ten actions OT1–OT10, a blank row and an italic line about the engagement score. THE METRIC IS NEVER A NUMBER: the 'Metric' column holds the team's SHORT LABELS for the WDES metrics, mapped as a reader who knows the WDES would: 'Workforce declaration' → 1 (the workforce metric, declared disability by band); 'Shortlisting to appointment' → 2; 'Capability' → 3; 'Harassment and reporting it' names both parts of metric 4 → ['4a','4b'] (experiencing harassment, bullying or abuse, and reporting it); 'Career progression' → 5 (the WDES equal-opportunities metric – not 7, which is WRES's number for it); 'Presenteeism' → 6 (pressure from a manager to come to work when unwell); 'Feeling valued' → 7; 'Adequate adjustments' → 8; 'Disabled staff voice' → 9b (action taken to hear disabled staff's voices – not the engagement score, 9a); 'Board representation' → 10. Other calls: ref = Ref; lead = Lead; due = Deadline typed as text ('30/11/2020'); status = the RAG letter, rag from its fill (B blue = complete); progress = the February 2021 update. The key row and the engagement-score line are not actions (the foot line gives 9a to nothing).", { mode: 'fill', ragCol: 6, dataRows: [3], indWords: { col: 'B', map: M } });
}
