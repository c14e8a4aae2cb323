// holdout43-wres-2023-24-penhallow: follows Staffordshire and Stoke-on-Trent ICB's 'Race Equality Code' page
// (https://staffsstoke.icb.nhs.uk/your-nhs-integrated-care-board/equality-diversity-inclusion-and-human-rights/race-equality-code/): the
// title twice, the breadcrumb 'Home » … » Race Equality Code', the date, the award paragraph (first of its kind to get the Quality Mark),
// the Chief People Officer's quote, 'This Code, and its Accountability Framework, is designed …', the 'apply and explain' paragraph
// (self-assessment; reasons and intended actions where a requirement is not met), and the organisation's adoption of the Code.
// ASSUMED: the table of intended actions, each tied to a WRES indicator and a Code driver, with its status fills and key.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Penhallow Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout43-wres-2023-24-penhallow', sheet: 'Race Equality Code', standard: 'WRES', period: '2023-24', trust, widths: [12, 14, 56, 26, 14, 15], font: { name: 'Segoe UI', size: 10 } });
  const W = ['A', 'F'];
  p.line(['Race Equality Code'], { merge: W, style: { bold: true, font: { size: 18 } }, height: 26 });
  p.line(['Home » About the Trust » Equality, diversity, inclusion and human rights » Race Equality Code'], { merge: W, style: { font: { size: 9, color: { argb: 'FF7F7F7F' } } } });
  p.line(['12 July 2023'], { merge: W, style: { font: { size: 9 } } });
  p.line([`${trust} is the first community trust in the region to receive the Race Equality Code Quality Mark from an independent assessor.`], { merge: W, height: 30 });
  p.line(['Priya Raman, Chief People Officer, said: "This mark belongs to the colleagues who told us, honestly, what needed to change. It holds us to the actions below – the Board will check them, and so will our staff."'], { merge: W, height: 44, style: { italic: true } });
  p.line(['The Code and its Accountability Framework give organisations of every size one set of standards for tackling race inequality in the boardroom and in senior leadership, and turn existing recommendations into practical steps.'], { merge: W, height: 30 });
  p.line(['The Code works on an "apply and explain" basis. We assessed ourselves against each requirement and, where we do not yet meet one, we have said why and what we will do about it. The actions below are those from our self-assessment that also deliver our Workforce Race Equality Standard (WRES) plan for 2023/24.'], { merge: W, height: 44 });
  p.header(['WRES indicator', 'Code driver', 'Action', 'Accountable director', 'Timescale', 'Status'], { style: { fill: C.navy, font: { color: { argb: C.white }, bold: true } } });
  const F = { 'Complete': C.green, 'In progress': C.amber, 'Not yet started': C.red };
  const R = { 'Complete': 'green', 'In progress': 'amber', 'Not yet started': 'red' };
  const rows = [
    ['Indicator 1', 'Driver 3', 'Publish the ethnicity of staff at band 8a and above by service line each quarter on the intranet.', 'Director of People', 'Q2 2023/24', 'Complete'],
    ['Indicator 2', 'Driver 5', 'Put a trained inclusion panel member on every interview for band 7 and above.', 'Director of People', 'Q3 2023/24', 'In progress'],
    ['Indicator 3', 'Driver 6', 'Have a senior manager not involved in the case check every proposed disciplinary for a Black, Asian or minority ethnic colleague before it goes ahead.', 'Director of Nursing and Quality', 'Q2 2023/24', 'Complete'],
    ['Indicator 5', 'Driver 6', 'Give community teams a clear process and manager script for dealing with racist abuse from patients in their own homes.', 'Chief Operating Officer', 'Q4 2023/24', 'In progress'],
    ['Indicator 7', 'Driver 4', 'Offer a sponsorship programme pairing twelve aspiring leaders from ethnic minority backgrounds with executive sponsors.', 'Director of People', 'Q3 2023/24', 'In progress'],
    ['Indicator 8', 'Driver 2', 'Train every team leader in being an active bystander when a colleague is treated unfairly.', 'Director of Nursing and Quality', 'Q4 2023/24', 'Not yet started'],
    ['Indicator 9', 'Driver 1', 'Set a target for ethnic minority representation on the Board and report against it in the annual report.', 'Chair', 'Q1 2024/25', 'Not yet started'],
    ['Indicator 9', 'Driver 7', 'Give every executive director an objective on race equality and review it at the mid-year appraisal.', 'Chief Executive', 'Q2 2023/24', 'Complete'],
  ];
  for (const [ind, drv, a, l, t, s] of rows) p.action([ind, drv, a, l, t, s], { indicators: [/\d+/.exec(ind)[0]], action: a, lead: l, due: t, status: s, rag: R[s] }, { height: 30, styles: [{}, {}, {}, {}, {}, { fill: F[s] }] });
  p.line(['Status key: Complete (green) · In progress (amber) · Not yet started (red). Position at 30 September 2023.'], { merge: W, style: { font: { size: 9, italic: true } } });
  p.blank();
  p.line(['Contact the Equality, Diversity and Inclusion team: penhallow.edi@nhs.net'], { merge: W });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health NHS trust) following the layout of a real ICB's 'Race Equality Code' web page: the title, a breadcrumb, the date, a paragraph on receiving the Code's Quality Mark, the Chief People Officer's quote, a paragraph on the Code and its Accountability Framework, the 'apply and explain' paragraph saying the actions below come from the self-assessment and also deliver the WRES plan, then the table 'WRES indicator | Code driver | Action | Accountable director | Timescale | Status' (8 rows), a status key line and a contact line. TWO NUMBERING SYSTEMS sit side by side: 'Indicator n' (WRES) and 'Driver n' (the Code's own drivers). Judgement calls: indicators come from the WRES indicator column only – the driver numbers are the Code's, never WRES indicators (on most rows they differ); two actions share Indicator 9; the quote ('It holds us to the actions below') and the apply-and-explain paragraph describe the plan but are not actions; lead = Accountable director ('Chair' as written); due = the quarter as written ('Q2 2023/24'); status = the word in the Status cell, rag from its fill as the key says (Complete green, In progress amber, Not yet started red); ref '' (no action numbers); theme null.", { mode: 'fill', ragCol: 'F', crossRef: { metricCol: 'A', otherCols: ['B'] } });
}
