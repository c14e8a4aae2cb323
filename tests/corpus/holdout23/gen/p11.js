// holdout23-wres-2025-26-harbrough: ORDINARY, MESSY WRES plan of an INTEGRATED CARE BOARD as an employer: merged title lines, a
// header with a LINE BREAK and trailing spaces, an EMPTY SPACER COLUMN E inside the table; 'Ind N' in its own column; 'SRO' beside
// 'Lead' (lead = Lead); loose TEXT timescales ('2025/26 Q2', 'H2 2025/26', 'by end of March 2026', 'ongoing'); status words in mixed
// case filled, 'Not yet started' unfilled; a lead 'TBC' and an empty lead; key and notes BELOW.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Harbrough and Wyle Integrated Care Board';
  const p = new Plan(book, { name: 'holdout23-wres-2025-26-harbrough', sheet: 'Sheet1', standard: 'WRES', period: '2025-26', trust, widths: [9, 56, 24, 28, 2, 17, 15, 44] });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['WRES Action Plan 2025/26 – the ICB as an employer  '], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['Ind', 'Commitment ', 'SRO', 'Lead', '', 'Deliver\nby', 'RAG', 'Narrative (Sept 2025)'], { style: { fill: 'FFDEEAF6' }, height: 30 });
  const S = { complete: [C.blue, 'blue', C.white], 'on track': [C.green, 'green'], slipping: [C.amber, 'amber'], 'not yet started': [null, null] };
  const rows = [
    ['Ind 1', ['1'], 'Set a target for Black, Asian and minority ethnic representation at Band 8c and above in the ICB\'s own workforce and report it to the Board every six months.', 'Chief People Officer', 'Head of People Analytics', '2025/26 Q2', 'Complete', 'Target (19% by 2028) agreed by the Board in July.'],
    ['Ind 2', ['2'], 'Use the system-wide de-biased recruitment toolkit for every ICB vacancy at Band 7 and above.', 'Chief People Officer', 'Recruitment Lead', 'H2 2025/26', 'On Track', 'Toolkit used in 9 of 12 campaigns.'],
    ['Ind 2 ', ['2'], 'Make every shortlisting and interview panel for senior roles diverse, drawing on trained panel members from partner trusts.', 'Chief People Officer', 'TBC', 'by end of March 2026', 'Slipping', 'Pool of panel members not yet agreed with partners.'],
    ['Ind 3', ['3'], 'Apply the "just and learning" approach to every formal case and review the outcomes by ethnicity.', 'Director of Corporate Affairs', 'HR Business Partner', 'ongoing', 'on track', 'No formal cases opened without a pre-check.'],
    ['Ind 4', ['4'], 'Monitor who gets the apprenticeship levy and leadership places by ethnicity.', 'Chief People Officer', '', 'Q3', 'Not yet started', ''],
    ['Ind 5, 6', ['5', '6'], 'Give staff who meet the public at community engagement events guidance and a reporting route for racist abuse.', 'Director of Communications and Engagement', 'Engagement Manager', '2025/26 Q3', 'on track', 'Guidance drafted with the Race Equality Network.'],
    ['Ind 7', ['7'], 'Run a reciprocal mentoring programme between ICB directors and Race Equality Network members.', 'Chief Executive', 'Head of OD', 'H2 2025/26', 'Slipping ', 'Start moved to January because of the ICB restructure.'],
    ['Ind 8', ['8'], 'Include race in the ICB\'s staff experience pulse survey and act on the results with the network.', 'Chief People Officer', 'Head of OD', 'Quarterly', 'On track', 'Q1 pulse showed a 9-point gap; action session booked.'],
    ['Ind 9', ['9'], 'Set out how the ICB Board will reflect the diversity of its population in the next round of non-executive member appointments.', 'ICB Chair', 'Board Secretary', 'by end of March 2026', 'not yet started', ''],
  ];
  for (const [ind, inds, action, sro, lead, due, st, nar] of rows) {
    const k = st.trim().toLowerCase();
    p.action([ind, action, sro, lead, '', due, st, nar], { indicators: inds, action, lead, due, status: st.trim(), rag: S[k][1], progress: nar }, { styles: [{}, {}, {}, {}, { border: false }, {}, S[k][0] ? { fill: S[k][0], ...(S[k][2] ? { color: S[k][2] } : {}) } : {}] });
  }
  p.blank();
  p.line(['RAG – Complete (blue), On track (green), Slipping (amber); not yet started is left white.'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  p.line(['Notes: the ICB employs around 640 staff; WRES data from ESR at 31 March 2025. The system-wide plan for partner trusts is published separately.'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation) imitating an ORDINARY but MESSY WRES plan of an INTEGRATED CARE BOARD for its own staff (about 640), on a sheet left as 'Sheet1': two merged title lines (the second with trailing spaces), a blank row, then a pale-blue header (row 4) with a trailing space and a LINE BREAK: 'Ind | Commitment␠ | SRO | Lead | (empty) | Deliver\\nby | RAG | Narrative (Sept 2025)' – column E is an EMPTY, narrow SPACER column inside the table. Indicators in their own column as 'Ind N' ('Ind 2 ' with a trailing space, 'Ind 5, 6'). SRO (an executive) beside Lead. Timescales are TEXT: '2025/26 Q2', 'H2 2025/26', 'by end of March 2026', 'ongoing', 'Q3', 'Quarterly'. RAG words in MIXED CASE ('Complete', 'On Track', 'on track', 'Slipping ' with a trailing space, 'not yet started'), filled blue / green / amber, 'Not yet started' left UNFILLED. One lead 'TBC', one EMPTY. Key line and notes BELOW the table. Judgement calls: lead = Lead, not SRO; 'TBC' kept as written; row 9 has no lead (''); the status is the word (trailing space dropped, case kept) and the rag its fill; unfilled 'not yet started' has no colour (rag null) – the key says it is left white; 'Q3' is kept as written (the plan year is 2025/26); Narrative = progress; theme null; the title, key and notes lines are not actions.", { ragCol: 'G', mode: 'fill', notFrom: ['C'] });
}
