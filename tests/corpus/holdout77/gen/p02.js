// holdout77-wdes-2025-26-sedgewater: MENTAL HEALTH AND LEARNING DISABILITY trust, Arial 10. A TWO-ROW header: 'EDI Improvement Plan – High
// Impact Action' merged over six narrow TICK columns numbered 1–6, the other labels merged down ('No. | Action | WDES metric | 1 … 6 |
// Lead | Target | RAG | Comments'); the RAG cell holds a score 1–4 shown ONLY as a 4-traffic-light icon (number hidden), explained in a
// key line; targets typed as text; metric 9 written without a letter.
import { Book, Plan, C } from './lib.js';
const ICONS = { 1: null, 2: 'red', 3: 'amber', 4: 'green' }; // 4TrafficLights: black, red, yellow, green from the lowest
export async function build() {
  const book = new Book();
  const trust = 'Sedgewater Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout77-wdes-2025-26-sedgewater', sheet: 'WDES plan', standard: 'WDES', period: '2025-26', trust, widths: [6, 60, 11, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 30, 11, 7, 44], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2025/26`], { merge: ['A', 'M'], style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['Agreed with the Disability and Neurodiversity Network and signed off by the Trust Board on 30 October 2025. Updated for the Workforce and Equality Group, January 2026.'], { merge: ['A', 'M'], style: { italic: true } });
  p.line(['RAG key – the light shows our score: green = on track or done, amber = some slippage, red = off track, black = not started yet. Tick = the High Impact Action(s) the action delivers.'], { merge: ['A', 'M'], height: 28 });
  const HP = { fill: C.lilac, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  const h1 = p.header(['No.', 'Action', 'WDES metric', 'EDI Improvement Plan – High Impact Action', '', '', '', '', '', 'Lead', 'Target', 'RAG', 'Comments'], { style: HP, merge: ['D', 'I'], height: 30 });
  const h2 = p.header(['', '', '', '1', '2', '3', '4', '5', '6', '', '', '', ''], { style: HP });
  for (const col of ['A', 'B', 'C', 'J', 'K', 'L', 'M']) ws.mergeCells(`${col}${h1}:${col}${h2}`);
  ws.views = [{ state: 'frozen', ySplit: h2, xSplit: 2 }];
  const T = '✓';
  const data = [
    ['1', 'Relaunch disability self-declaration in ESR with a short film made by members of the Disability and Neurodiversity Network.', '1', ['1'], [2], 'Workforce Intelligence Manager', 'Nov 2025', 4, 'Film launched 3 November; declaration up from 5.8% to 7.1%.'],
    ['2', 'Guarantee an interview to disabled applicants who meet the essential criteria, and audit it every quarter in TRAC.', '2', ['2'], [2], 'Recruitment Manager', 'Dec 2025', 3, 'Q2 audit found four posts where the guarantee was not applied.'],
    ['3', 'Move capability cases on to a health-first route: an occupational health referral and an adjustments review before any formal stage.', '3', ['3'], [4, 6], 'Head of Employee Relations', 'Jan 2026', 4, 'Policy change agreed with staff side in December.'],
    ['4', 'Give inpatient ward teams a simple way to log abuse from patients that is aimed at a colleague’s disability, and feed it into the Datix review.', '4a & 4b', ['4a', '4b'], [6], 'Head of Health, Safety and Security', 'Mar 2026', 2, 'Datix category not yet approved by the Patient Safety Group.'],
    ['5', 'Offer disabled colleagues at Bands 3–6 a place on the Reaching Further career coaching programme.', '5', ['5'], [2], 'Head of Learning and OD', 'Feb 2026', 3, 'Eleven of twenty places filled; second advert out.'],
    ['6', 'Introduce protected reset time and a presenteeism conversation guide for managers of colleagues with long-term conditions.', '6', ['6'], [4], 'Head of Staff Wellbeing', 'Jan 2026', 2, 'Guide drafted; manager briefings put back by the winter plan.'],
    ['7', 'Replace the reasonable adjustments form with a Workplace Adjustments Passport that moves with the colleague between teams.', '8', ['8'], [4], 'Workplace Adjustments Coordinator', 'Oct 2025', 4, 'Passport live since 1 October; 46 issued.'],
    ['8', 'Ask the Disability and Neurodiversity Network to co-chair the quarterly staff voice forum with an executive director.', '9', ['9'], [1, 6], 'Director of People and Culture', 'Quarterly', 4, 'First co-chaired forum held 12 November.'],
    ['9', 'Set each executive director an objective on the experience of disabled staff and report on it in the Board’s annual WDES paper.', '10', ['10'], [1], 'Chief Executive', 'Mar 2026', 3, 'Objectives set; two directors still to agree a measure.'],
    ['10', 'Publish a disability pay gap analysis for the first time, using the same method as the gender pay gap.', '—', [], [3], 'Head of Reward', 'Mar 2026', 1, ''],
  ];
  const first = p.r + 1;
  for (const [no, action, met, inds, hias, lead, target, score, comment] of data) {
    const ticks = [1, 2, 3, 4, 5, 6].map((n) => (hias.includes(n) ? T : ''));
    p.action([no, action, met, ...ticks, lead, target, score, comment], { ref: no, indicators: inds, action, lead, due: target, status: '', rag: ICONS[score], progress: comment }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, ...ticks.map(() => ({ alignment: { horizontal: 'center', vertical: 'top' }, color: C.purple, bold: true })), {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}] });
  }
  const last = p.r;
  ws.addConditionalFormatting({ ref: `L${first}:L${last}`, rules: [{ type: 'iconSet', iconSet: '4TrafficLights', showValue: false, priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }, { type: 'num', value: 4 }] }] });
  for (let r = first; r <= last; r++) ws.getCell(`L${r}`).dataValidation = { type: 'whole', operator: 'between', allowBlank: true, showInputMessage: true, promptTitle: 'RAG score', prompt: '4 = on track / done, 3 = some slippage, 2 = off track, 1 = not started', formulae: [1, 4] };
  p.blank();
  p.line(['High Impact Action 5 (international recruitment) is covered in our WRES action plan. Metric 7 was not a priority this year (2025 score above the national average).'], { merge: ['A', 'M'], style: { italic: true, font: { size: 9 } } });
  p.line(['The 1–6 columns are the six High Impact Actions of the NHS EDI Improvement Plan (June 2023): 1 board objectives, 2 recruitment and talent, 3 pay gaps, 4 health inequalities, 5 international recruits, 6 bullying and harassment.'], { merge: ['A', 'M'], height: 26, style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability foundation trust), Arial 10. Sheet 'WDES plan': a purple title naming the trust and 'Workforce Disability Equality Standard action plan 2025/26', an italic sign-off line (Trust Board 30 October 2025; updated January 2026), a RAG KEY line (green / amber / red / black lights; ticks = High Impact Actions), then a TWO-ROW lilac header: row 4 'No. | Action | WDES metric | EDI Improvement Plan – High Impact Action (merged over D:I) | Lead | Target | RAG | Comments' with the other labels merged down, row 5 numbering the six narrow HIA columns '1'…'6' (frozen under row 5). Ten actions (rows 6–15) with a purple '✓' in the HIA column(s) each delivers; the RAG cell holds a number 1–4 that is NOT SHOWN – a '4 Traffic Lights' icon set with the value hidden paints it (4 green, 3 amber, 2 red, 1 black); the cell's input message explains the scores. Two italic foot notes (HIA 5 is in the WRES plan; what the 1–6 columns are). Judgement calls: both header rows are headers; indicators from 'WDES metric' only ('4a & 4b' → ['4a','4b']; '9' written without a letter → ['9']; '—' → []), NEVER from the numbers of the ticked HIA columns (action 3 ticks 4 and 6 but is metric 3; action 7 ticks 4 but is metric 8); status '' (no word anywhere) and rag = the light the icon shows (4 → green, 3 → amber, 2 → red; black 1 = not started → null); due = Target as typed ('Nov 2025', 'Quarterly'); progress = Comments; ref = No.; the sign-off and update dates are no dues; theme null.", { ragCol: 'L', mode: 'icon', icons: ICONS, indRe: { col: 'C', re: '(10|[1-9][ab]?)' }, hiaTicks: { from: 'D', to: 'I', headerRow: h2 }, fieldCols: { lead: 'J', due: 'K', progress: 'M', ref: 'A' }, forbidden: ['30 October 2025', 'January 2026'] });
}
