// holdout86-wdes-2023-24-hollybourne: specialist heart and lung hospital; the metric is named ONLY by its staff-survey wording ('Disabled
// staff who feel the organisation values their work'), never by number; a two-row header ('THE GAP' over the measure and the gap in points,
// 'OUR RESPONSE' over the rest); section rows for three themes; status words on soft fills, grey 'Not started' uncoloured in the key.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollybourne Heart and Lung Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout86-wdes-2023-24-hollybourne', sheet: 'Action plan 23-24', standard: 'WDES', period: '2023-24', trust, widths: [6, 36, 10, 50, 26, 14, 13, 34], font: { name: 'Segoe UI', size: 9 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard action plan 2023-24, written with the Enable Network'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['', 'THE GAP', '', 'OUR RESPONSE', '', '', '', ''], { merge: [['B', 'C'], ['D', 'H']], style: { fill: C.darkblue, color: C.white, alignment: { horizontal: 'center' } } });
  p.header(['No.', 'WDES measure', 'Gap 2023 (pts / ratio)', 'Action', 'Lead', 'Target date', 'Status', 'Comments'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const F = { Complete: C.goodG, 'On track': C.goodG, Delayed: C.neutralA, 'Off track': C.badR, 'Not started': C.palegrey };
  const RAG = { Complete: 'green', 'On track': 'green', Delayed: 'amber', 'Off track': 'red', 'Not started': null };
  const secs = [];
  const groups = [
    ['Theme 1 – Getting in and getting on', [
      ['1', 'Disabled staff appointed from shortlisting, compared with non-disabled staff', -0.21, 'Publish adjustments available at interview on every advert and offer a pre-interview call with the recruiting manager.', 'Head of Talent Acquisition', 'Sep 2023', 'Complete', 'On all adverts from August.', '2'],
      ['2', 'Disabled staff who believe the trust gives equal opportunities for career progression', -6.4, 'Ring-fence four places a year on the Aspiring Ward Manager programme for disabled applicants.', 'Head of Leadership Development', 'Jan 2024', 'On track', 'Two places filled for the January cohort.', '5'],
      ['3', 'Disabled staff in each pay band compared with the whole workforce', -2.8, 'Run a declaration campaign in theatres, critical care and the cardiac catheter labs, where non-declaration is highest.', 'Workforce Analytics Lead', 'Nov 2023', 'Delayed', 'Moved to December to avoid the winter rota launch.', '1'],
    ]],
    ['Theme 2 – Safe and well at work', [
      ['4', 'Disabled staff experiencing harassment, bullying or abuse from managers', -5.9, 'Make the Enable Network\'s "lived experience" session part of the mandatory first-line manager programme.', 'Head of Organisational Development', 'Mar 2024', 'On track', 'Session recorded; first live delivery in February.', '4a'],
      ['5', 'Disabled staff who have felt pressure from their manager to come to work when not feeling well enough', -9.3, 'Audit return-to-work interviews in three divisions for whether adjustments were discussed.', 'HR Business Partner (Surgery)', 'Feb 2024', 'Off track', 'Audit tool not yet agreed with staff side.', '6'],
      ['6', 'Disabled staff saying the trust has made adequate adjustments to let them do their work', -4.0, 'Launch a digital adjustments passport and report how long requests take at the People Committee.', 'Occupational Health & Wellbeing Manager', 'Mar 2024', 'Not started', 'Waiting for the new OH system.', '8'],
    ]],
    ['Theme 3 – Heard and valued', [
      ['7', 'Disabled staff who feel the organisation values their work', -7.7, 'Add a disability category to the annual staff awards, judged with the Enable Network.', 'Head of Communications & Engagement', 'Oct 2023', 'Complete', 'Category awarded at the October ceremony.', '7'],
      ['8', 'Board voting membership compared with the overall workforce', -3.5, 'Include lived experience of disability in the person specification for the next two non-executive appointments.', 'Company Secretary', 'Jun 2024', 'On track', 'Specification agreed with the Council of Governors.', '10'],
    ]],
  ];
  for (const [sec, acts] of groups) {
    secs.push(p.line([sec], { merge: ['A', 'H'], style: { bold: true, fill: C.lilac } }));
    for (const [no, meas, gap, act, lead, due, st, com, ind] of acts) {
      p.action([no, meas, gap, act, lead, due, st, com], { ref: no, indicators: [ind], theme: sec, action: act, lead, due, status: st, rag: RAG[st], progress: com }, { styles: [{ alignment: { horizontal: 'center' } }, { italic: true }, { numFmt: '+0.0;-0.0;0.0', alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: F[st] }, {}] });
    }
  }
  p.blank();
  p.line(['Status colours: green – complete or on track; amber – delayed; red – off track; grey – not started.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist heart and lung hospital). Sheet 'Action plan 23-24': trust, subtitle, a blank row, a TWO-ROW header – row 4 'THE GAP' merged over B–C and 'OUR RESPONSE' merged over D–H, row 5 'No. | WDES measure | Gap 2023 (pts / ratio) | Action | Lead | Target date | Status | Comments' (frozen below row 5) – three lilac THEME rows over eight actions, and a status-colour key line. The WDES measure column names each metric ONLY BY ITS SURVEY / DATA WORDING (no metric number anywhere) and the gap is a real number shown '+0.0;-0.0;0.0' (here always negative, '-6.4'). Judgement calls: indicators read from the measure's wording – appointed from shortlisting → 2; equal opportunities for career progression → 5; staff in each pay band → 1; harassment from managers → 4a (the lettered metric from 2022: 4a is harassment, bullying or abuse from patients, managers or colleagues, 4b is reporting it; the gold first said 4b, corrected in session 22 after the blind measure); pressure to come to work → 6; adequate adjustments → 8; feel the organisation values their work → 7; board voting membership → 10; theme = the theme row above; ref = No.; lead = Lead; due = Target date as typed ('Sep 2023'); status = the word as written, rag from its soft fill (green Complete / On track, amber Delayed, red Off track; pale grey 'Not started' → null as the key gives it no RAG); progress = Comments; the gap figure is context, never a status or progress; neither header row is a theme.", { mode: 'fill', ragCol: 7, sections: secs, notFrom: ['B', 'C'], forbidden: ['THE GAP', 'OUR RESPONSE'] });
}
