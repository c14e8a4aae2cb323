// holdout96-wres-2016-17-strettonmere: acute foundation trust, the whole WRES report on one sheet (2016 data): numbered sections –
// introduction, a figures table whose header 'Indicator | 2015 | 2016 | Change | Comment' looks like a plan header, a short narrative
// per indicator, then the action plan grid (no status – a new plan). The figures table's Comment column says 'Action needed'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Strettonmere Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout96-wres-2016-17-strettonmere', sheet: 'WRES 2016', standard: 'WRES', period: '2016-17', trust, widths: [30, 13, 13, 11, 40, 16], font: { name: 'Calibri', size: 11 } });
  const M = ['A', 'F'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard (WRES) – annual report and action plan 2016/17'], { merge: M, style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.blank();
  p.line(['1. Introduction'], { style: { bold: true } });
  p.line(['The WRES asks every NHS trust to compare the experience of its White and Black and Minority Ethnic (BME) staff against nine indicators. This is our second WRES report. It sets out our 2016 figures beside last year’s, what they tell us, and what we will do in 2016/17.'], { merge: M, height: 48 });
  p.line(['Workforce figures are taken from ESR at 31 March 2016; indicators 5 to 8 come from the 2015 NHS Staff Survey; the board figure is at 1 April 2016.'], { merge: M, height: 32, style: { italic: true } });
  p.blank();
  p.line(['2. Our WRES figures'], { style: { bold: true } });
  const figHdr = p.line(['Indicator', '2015', '2016', 'Change', 'Comment'], { border: true, style: { bold: true, fill: C.grey } });
  const figs = [
    ['1. BME staff in Bands 8a and above', '6.1%', '6.4%', '+0.3', 'Slow rise; still well below the 17% of the whole workforce'],
    ['2. Relative likelihood of White applicants being appointed from shortlisting', '1.71', '1.58', '-0.13', 'Better but still above 1.25 – action needed'],
    ['3. Relative likelihood of BME staff entering the formal disciplinary process', '1.92', '2.10', '+0.18', 'Worse – action needed'],
    ['4. Relative likelihood of White staff accessing non-mandatory training and CPD', '1.05', '0.98', '-0.07', 'No adverse difference'],
    ['5. Harassment, bullying or abuse from patients, relatives or the public (BME)', '29%', '31%', '+2', 'White staff 27%'],
    ['6. Harassment, bullying or abuse from staff (BME)', '27%', '30%', '+3', 'White staff 24% – action needed'],
    ['7. Believe the trust provides equal opportunities for career progression (BME)', '71%', '70%', '-1', 'White staff 88%'],
    ['8. Discrimination at work from a manager, team leader or colleague (BME)', '13%', '15%', '+2', 'White staff 6%'],
    ['9. BME board members', '0 of 14', '1 of 14', '+1', 'New non-executive director appointed in January 2016'],
  ];
  const dataRows = [];
  for (const f of figs) dataRows.push(p.line(f, { border: true, styles: [{}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { italic: true }] }));
  p.blank();
  p.line(['3. What the figures tell us'], { style: { bold: true } });
  const narr = [
    'Indicator 1: BME staff are concentrated in Bands 5 and 6, mostly in nursing and midwifery; only 14 of our 220 staff at 8a and above are BME.',
    'Indicators 2 and 7: BME shortlisted applicants are still less likely to be appointed, and fewer BME staff believe they can progress.',
    'Indicator 3: a small number of cases (23 in the year) but the gap has widened; most began as informal concerns raised by ward managers.',
    'Indicators 5, 6 and 8: all three have worsened for BME staff, and the gap with White colleagues is widest for bullying by other staff.',
  ];
  for (const n of narr) dataRows.push(p.line([n], { merge: M, height: 32 }));
  p.blank();
  p.line(['4. Action plan 2016/17'], { style: { bold: true } });
  p.line(['Progress against this plan will be reported to the Workforce Committee in October 2016 and March 2017.'], { merge: M, style: { italic: true } });
  const hdr = p.header(['Action', 'Indicator(s)', 'Lead', 'Timescale', 'How we will measure success', 'Ref'], { style: { fill: C.nhs, color: C.white } });
  const rows = [
    ['Publish a BME career pathway for Band 5 and 6 nurses and midwives, with named senior sponsors in each division.', '1, 7', 'Deputy Director of Nursing', 'Sep 2016', 'At least 20 BME nurses on the pathway by March 2017', 'WR1'],
    ['Put a trained BME assessor on every interview panel for posts at Band 7 and above.', '2', 'Head of Resourcing', 'Jul 2016', 'Relative likelihood below 1.40 in the 2017 return', 'WR2'],
    ['Audit shortlisting and interview scores for a sample of 40 appointments by ethnicity.', '2', 'Head of Resourcing', 'Nov 2016', 'Audit findings taken to the Workforce Committee', 'WR3'],
    ['Require an HR review of every case before a formal disciplinary investigation is started.', '3', 'Head of Employee Relations', 'Jun 2016', 'Formal cases involving BME staff fall year on year', 'WR4'],
    ['Train ward and department managers in resolving concerns informally and fairly.', '3', 'Learning and Development Manager', 'Dec 2016', '150 managers trained', 'WR5'],
    ['Set up a BME staff network with time released for its chair and an executive sponsor.', '5, 6, 8', 'Equality and Diversity Lead', 'Jul 2016', 'Network meets quarterly; membership above 100', 'WR6'],
    ['Run listening events with BME staff in the emergency department, theatres and estates on bullying by colleagues.', '6, 8', 'Director of Workforce', 'Oct 2016', 'Themes reported to the Board with actions', 'WR7'],
    ['Invite applications from BME candidates for the next non-executive vacancy through community networks.', '9', 'Company Secretary', 'Mar 2017', '', 'WR8'],
  ];
  for (const r of rows) {
    const [act, ind, lead, due, meas, ref] = r;
    p.action(r, { ref, indicators: ind.split(', '), action: act, lead, due, outcome: meas }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Approved by the Trust Board, 28 April 2016.'], { merge: M, style: { italic: true } });
  p.ws.views = [{ showGridLines: false }];
  p.ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original report (fictional acute foundation trust). One sheet 'WRES 2016' holds the whole WRES report: trust name, title, then numbered sections. '1. Introduction' (two merged paragraphs, the second an italic data-source line); '2. Our WRES figures' – a grey-headed FIGURES TABLE whose header 'Indicator | 2015 | 2016 | Change | Comment' (row ${figHdr}) looks like a plan header, with one row per indicator (figures as typed text, comments such as 'Better but still above 1.25 – action needed'); '3. What the figures tell us' – four merged narrative paragraphs; '4. Action plan 2016/17' – an italic reporting line, then the plan's blue header 'Action | Indicator(s) | Lead | Timescale | How we will measure success | Ref' (row ${hdr}, the ref LAST) and eight actions WR1–WR8; an approval line. Judgement calls: only row ${hdr} is a header row – the figures table's header is a plain non-action row; the nine figures rows and the narrative paragraphs are not actions ('action needed' in a comment sets out no work); action = the Action cell; ref = the Ref column at the far right; indicators from the Indicator(s) column ('1, 7' → both); lead = Lead; due = Timescale as typed ('Sep 2016'); outcome = 'How we will measure success' as written ('' for WR8); no status column (a new plan) → status '', rag null; theme null (the numbered sections are report sections, and the plan sits in one of them); the Workforce Committee dates and the approval date are not dues.`, { dataRows, forbidden: ['October 2016', 'March 2017', '28 April 2016', '1.58', '2.10'] });
}
