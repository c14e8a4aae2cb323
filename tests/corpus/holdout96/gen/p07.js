// holdout96-wres-2023-24-tillingbourne: ambulance service, WRES report and plan interleaved in ONE grid: each indicator's heading row
// carries that indicator's figures IN THE OWNER / DUE / STATUS COLUMNS ('2022: 1.58', '2023: 1.71', '▲ worse' on a red fill), then an
// italic narrative row, then the indicator's actions (No. 2.1, 2.2 …). Indicator 4 has figures and a 'no action' line only.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tillingbourne Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout96-wres-2023-24-tillingbourne', sheet: 'WRES report & plan', standard: 'WRES', period: '2023-24', trust, widths: [7, 52, 24, 13, 14, 40], font: { name: 'Arial', size: 9 } });
  const M = ['A', 'F'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 13 }, color: 'FF00573F' } });
  p.line(['Workforce Race Equality Standard – 2023 report and 2023/24 action plan (Q2 update)'], { merge: M, style: { bold: true } });
  p.line(['Covers A&E operations, the Emergency Operations Centre (EOC), NHS 111, patient transport and support services. Data: ESR 31 March 2023; 2022 NHS Staff Survey.'], { merge: M, style: { italic: true }, height: 26 });
  p.blank();
  const hdr = p.header(['No.', 'Action', 'Owner', 'Due', 'Status', 'Q2 update'], { style: { fill: 'FF00573F', color: C.white } });
  const secs = []; const figRows = []; const narr = [];
  const RED = 'FFFFC7CE', GRN = 'FFC6EFCE', GRY = C.grey;
  const heading = (t, y1, y2, trend, fill, note) => { const r = p.line([t, '', y1, y2, trend, note], { border: true, merge: ['A', 'B'], style: { bold: true, fill: 'FFE2EFDA' }, styles: [{}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { fill, alignment: { horizontal: 'center' } }, { bold: false, italic: true }] }); secs.push(r); figRows.push(r); return t; };
  const story = (t) => narr.push(p.line(['', t], { merge: ['B', 'F'], style: { italic: true, color: 'FF404040' } }));
  const F = { 'On track': C.goodG, Behind: C.neutralA, Complete: C.lightblue, 'Not yet due': undefined };
  const R = { 'On track': 'green', Behind: 'amber', Complete: 'blue', 'Not yet due': null };
  const act = (theme, inds, ref, action, lead, due, st, prog) => p.action([ref, action, lead, due, st, prog], { ref, indicators: inds, theme, action, lead, due, status: st, rag: R[st], progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { fill: F[st], alignment: { horizontal: 'center' } }] });

  let t = heading('Indicator 1 – BME staff in Bands 6 and above', '2022: 5.9%', '2023: 6.6%', '▼ better', GRN, 'Whole workforce 8.4% BME');
  story('Paramedic (Band 6) is the band where BME representation has grown; there is still only one BME manager at Band 8a or above in A&E operations.');
  act(t, ['1'], '1.1', 'Fund 12 BME emergency medical technicians through the paramedic degree apprenticeship.', 'Head of Education', 'Sep 2023', 'Complete', 'Twelve started in September; all are still on the course.');
  act(t, ['1'], '1.2', 'Open a shadowing scheme for BME staff into operations manager and EOC duty manager roles.', 'Deputy Director of Operations', 'Q3 23/24', 'On track', 'Nine shadowing placements booked.');
  t = heading('Indicator 2 – Relative likelihood of appointment from shortlisting', '2022: 1.58', '2023: 1.71', '▲ worse', RED, 'National ambulance figure 1.55');
  story('The gap is widest in EOC call-handler and 111 health adviser recruitment, where most of our BME applicants apply.');
  act(t, ['2'], '2.1', 'Move EOC and 111 call-handler assessments from a timed typing test to a scenario-based assessment.', 'Head of Resourcing', 'Q3 23/24', 'Behind', 'New assessment written; testing delayed by winter recruitment.');
  act(t, ['2'], '2.2', 'Put an inclusion panel member on every Band 6 and above interview panel and record it on TRAC.', 'Head of Resourcing', 'Q2 23/24', 'On track', '81% of panels in Q2.');
  t = heading('Indicator 3 – Relative likelihood of entering formal disciplinary', '2022: 2.04', '2023: 1.86', '▼ better', GRN, '14 BME staff in two years');
  story('Most cases followed complaints about conduct on scene. A cultural-ambassador review now takes place before any formal process starts.');
  act(t, ['3'], '3.1', 'Keep the cultural-ambassador review before formal disciplinary action and report outcomes to the People Committee twice a year.', 'Head of Employee Relations', 'Mar 2024', 'Not yet due', '');
  heading('Indicator 4 – Relative likelihood of accessing non-mandatory training', '2022: 0.97', '2023: 1.02', '►', GRY, 'Not adverse');
  story('No adverse impact in either year; no action is planned for this indicator in 2023/24.');
  t = heading('Indicators 5 and 6 – Harassment, bullying or abuse (BME staff)', '2022: 33% / 29%', '2023: 36% / 27%', '▲ / ▼', RED, 'From patients / from staff');
  story('Racist abuse from patients on scene has increased. Crews say they rarely report it because nothing follows.');
  act(t, ['5'], '5.1', 'Add a racist-abuse option to the on-scene incident reporting app and give crews a written reply within 10 days.', 'Head of Health, Safety and Security', 'Dec 2023', 'Behind', 'App change waiting for the supplier’s release in January.');
  act(t, ['5', '6'], '5.2', 'Train all station and team leaders in supporting staff after racist abuse, on scene or from colleagues.', 'Head of Leadership Development', 'Jan 2024', 'On track', '142 of 210 leaders trained.');
  t = heading('Indicators 7 and 8 – Progression and discrimination (BME staff)', '2022: 44% / 17%', '2023: 46% / 18%', '►', GRY, 'White staff 54% / 9%');
  story('BME staff in the EOC are the least positive about progression.');
  act(t, ['7'], '7.1', 'Give every EOC and 111 colleague a career conversation at their annual appraisal, using the new career map.', 'EOC and 111 Head of Service', 'Feb 2024', 'Not yet due', '');
  act(t, ['8'], '8.1', 'Set up a reverse-mentoring scheme between BME staff network members and the executive team.', 'Director of People', 'Oct 2023', 'Complete', 'Six pairs meeting monthly.');
  t = heading('Indicator 9 – BME voting Board members', '2022: 0', '2023: 1', '▼ better', GRN, '1 of 11 members');
  story('A BME non-executive director joined in April 2023.');
  act(t, ['9'], '9.1', 'Use a specialist search firm with a diverse long list for the next two non-executive appointments.', 'Chair', 'Mar 2024', 'Not yet due', 'Vacancy expected in February.');
  p.blank();
  p.line(['Arrows show the change in the figure: ▲ / ▼ shaded red = worse for BME staff, green = better, grey ► = no real change.'], { merge: M, style: { font: { size: 8 } } });
  p.ws.views = [{ state: 'frozen', ySplit: hdr, showGridLines: false }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original report (fictional ambulance service), the WRES 2023 report and 2023/24 plan at Q2 in ONE GRID. Trust, title and a scope / data line, then one green header 'No. | Action | Owner | Due | Status | Q2 update' (row ${hdr}, frozen). Then eight indicator HEADING ROWS (light green, bold, A–B merged: 'Indicator 2 – Relative likelihood of appointment from shortlisting'), each carrying that indicator's FIGURES in the Owner, Due and Status columns ('2022: 1.58', '2023: 1.71', '▲ worse' on a red fill) and a comment in the update column – they look like action rows. Under each heading an italic narrative row (B–F merged), then the indicator's actions numbered 1.1, 2.1, … Indicator 4 has figures and a 'no action is planned' line only. Ten actions. Judgement calls: heading rows are NOT actions and their figures are no owner, due or status (the arrow fill is no RAG); narrative rows are not actions; theme = the indicator heading above; indicators from the heading, and in the 5-and-6 group from each action's own subject (5.1 abuse from patients → ['5']; 5.2 abuse on scene or from colleagues → ['5','6']); in the 7-and-8 group 7.1 → ['7'], 8.1 → ['8'] (ref and subject agree); ref = No.; lead = Owner; due as typed ('Q3 23/24'); status = the word, rag from its fill (On track green, Behind amber, Complete light blue → blue, 'Not yet due' unfilled → null); progress = Q2 update ('' where blank).`, { mode: 'fill', ragCol: 5, sections: secs.filter((r) => r !== secs[3]), dataRows: [...figRows, ...narr], notFromRows: { rows: figRows, fields: ['lead', 'due', 'status', 'progress'] }, forbidden: ['▲ worse', '▼ better', '►'] });
}
