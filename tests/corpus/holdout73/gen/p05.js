// holdout73-wres-2023-24-marshwood: ambulance trust, the Inclusion Team's WRES plan at Q3. Everyday quirks: STATUS TYPED TWO WAYS by
// different editors ('Complete' / 'Completed', 'On track' / 'On Track'), each filled by hand; deadlines typed two ways too ('Mar 24',
// 'Q2 23/24', 'Sept 2023'); and a STRAY 'NB' ROW typed into the Action column between two actions (red italic, nothing else on it).
// 'Not started' on grey.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marshwood Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout73-wres-2023-24-marshwood', sheet: 'WRES plan', standard: 'WRES', period: '2023-24', trust, widths: [6, 10, 58, 30, 12, 13, 46], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: 'FF006747' } });
  p.line(['WRES action plan 2023/24 – progress at Q3 (December 2023)'], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.blank();
  const h = p.header(['Ref', 'Indicator', 'Action', 'Lead', 'Deadline', 'Status', 'Q3 update'], { style: { fill: 'FF006747', color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.green, 'green'], Completed: [C.green, 'green'], 'On track': [C.lightgreen, 'green'], 'On Track': [C.lightgreen, 'green'], 'At risk': [C.amber, 'amber'], 'Not started': [C.grey, null] };
  const rows = [
    ['M1', '1', ['1'], 'Publish workforce ethnicity by band and by operational division (A&E, EOC, 111, PTS) twice a year.', 'Head of Workforce Planning & Information', 'Sept 2023', 'Complete', 'Published in September and included in the Board workforce report.'],
    ['M2', '2', ['2'], 'Hold positive action open days for paramedic and EMT apprenticeships in the three most diverse towns we serve.', 'Head of Recruitment', 'Q2 23/24', 'Completed', 'Four open days held; 212 attended, 38% from BME backgrounds.'],
    ['M3', '2', ['2'], 'Include a BME assessor at every paramedic and EMT assessment centre.', 'Head of Recruitment', 'Mar 24', 'On track', 'Assessor pool is now 14.'],
    ['M4', '3', ['3'], "Apply a 'just culture' check to every case before a BME colleague is suspended or moved to a formal investigation.", 'Head of HR Operations', 'Dec 23', 'On Track', 'Check used in 23 cases since June.'],
    null,
    ['M5', '3', ['3'], 'Audit a sample of disciplinary cases in the EOC and 111 for consistency of outcome by ethnicity.', 'Head of HR Operations', 'Jan 24', 'At risk', 'Sample pulled; the reviewer is off sick.'],
    ['M6', '5', ['5'], 'Give crews clear guidance, and body-worn cameras, for racist abuse from patients and the public, and report every incident to the police.', 'Head of Security & Violence Reduction', 'Dec 23', 'On track', 'Guidance issued; cameras at 60% of stations.'],
    ['M7', '6', ['6'], "Run 'Civility Saves Lives' sessions at every station and in the EOC, led by station managers.", 'Head of Organisational Development', 'Mar 24', 'Not started', 'Train-the-trainer moved to Q4.'],
    ['M8', '7', ['7'], 'Offer a shadowing scheme for BME call handlers and EMTs into clinical supervisor and team leader roles.', 'Head of Organisational Development', 'Mar 24', 'At risk', 'Five placements agreed; operational pressure stopped releases in December.'],
    ['M9', '8', ['8'], 'Appoint a Freedom to Speak Up champion from the Race Equality Network in each operational division.', 'Freedom to Speak Up Guardian', 'Nov 23', 'Completed', 'Three champions in post.'],
    ['M10', '9', ['9'], 'Include a diversity objective in the search brief for the Chair and the two non-executive posts.', 'Director of Corporate Affairs', 'Mar 24', 'On Track', 'Brief agreed with NHS England.'],
  ];
  let nb = 0;
  for (const row of rows) {
    if (!row) { nb = p.line(['', '', 'NB – M4 and M5 overlap; propose we combine them in the 2024/25 plan (for discussion at EDI Steering Group).', '', '', '', ''], { border: true, style: { italic: true, color: C.red } }); continue; }
    const [ref, ind, inds, act, lead, dl, st, upd] = row;
    p.action([ref, ind, act, lead, dl, st, upd], { ref, indicators: inds, action: act, lead, due: dl, status: st, rag: S[st][1], progress: upd }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { fill: S[st][0] }] });
  }
  p.blank();
  p.line(['Status colours:', '', 'Complete', 'On track', 'At risk', 'Not started'], { styles: [{ bold: true }, {}, { fill: C.green }, { fill: C.lightgreen }, { fill: C.amber }, { fill: C.grey }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust). Sheet 'WRES plan': trust name, title 'WRES action plan 2023/24 – progress at Q3 (December 2023)', a blank row, the green header 'Ref | Indicator | Action | Lead | Deadline | Status | Q3 update' (row 4, frozen), ten actions M1–M10 and, after a blank row, a one-row colour key. Everyday quirks: different editors TYPED THE STATUS TWO WAYS – 'Complete' (M1) and 'Completed' (M2, M9), 'On track' (M3, M6) and 'On Track' (M4, M10) – each filled by hand in the same colour; deadlines are typed text written several ways ('Sept 2023', 'Q2 23/24', 'Dec 23', 'Mar 24'); and a STRAY NOTE ROW (row 9) typed in red italic into the Action column alone between M4 and M5: 'NB – M4 and M5 overlap; propose we combine them in the 2024/25 plan …'. Judgement calls: the NB row is an editor's note, not an action (no ref, lead, deadline or status; it proposes, it sets out no work) – it merges nothing, so M4 and M5 stay two actions and the note is not M4's progress; status = the word exactly as typed (both spellings kept); rag from its fill (Complete / Completed on green and On track / On Track on light green → green; At risk amber; Not started on GREY → null); lead = Lead; due = Deadline as typed; progress = Q3 update; indicators from the Indicator column; theme null.", { mode: 'fill', ragCol: 6, indCol: 'B', spellings: [['Complete', 'Completed'], ['On track', 'On Track']], dataRows: [nb], forbidden: ['NB – M4 and M5 overlap; propose we combine them in the 2024/25 plan (for discussion at EDI Steering Group).'] });
}
