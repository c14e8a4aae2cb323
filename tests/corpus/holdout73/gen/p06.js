// holdout73-wres-2024-25-pennywell: ICB (own staff), the People team's quarterly WRES tracker. Everyday quirk: each quarter two new
// columns are added and last quarter's pair is HIDDEN rather than deleted – 'Q2 RAG' and 'Q2 update' (F and G) are hidden beside the
// visible 'Q3 RAG' and 'Q3 update' (H and I), still holding their old letters on their old fills. Frozen at C5. Aptos Narrow 11.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Pennywell Integrated Care Board';
  const p = new Plan(book, { name: 'holdout73-wres-2024-25-pennywell', sheet: 'WRES AP', standard: 'WRES', period: '2024-25', trust, widths: [6, 9, 52, 26, 12, 8, 36, 8, 40], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`${trust} – WRES Action Plan 2024-25 (ICB staff)`], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 } } });
  p.line(['Reported to the Remuneration and People Committee each quarter. RAG: G on track, A some risk, R off track, C complete.'], { merge: ['A', 'I'], style: { italic: true } });
  p.blank();
  const h = p.header(['Ref', 'WRES Ind', 'Action', 'Lead', 'Due', 'Q2 RAG', 'Q2 update', 'Q3 RAG', 'Q3 update'], { style: { fill: C.nhs, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', xSplit: 2, ySplit: h }];
  const F = { G: C.green, A: C.amber, R: C.red, C: C.blue }; const RAG = { G: 'green', A: 'amber', R: 'red', C: 'blue' };
  const DF = 'dd-mmm-yy';
  const rows = [
    ['P1', '1', ['1'], 'Report the ethnicity of ICB staff by band and directorate to the Remuneration and People Committee every six months.', 'Head of People Services', D(2024, 9, 30), 'G', 'On track for the September committee.', 'C', 'First report taken in September; next in March.'],
    ['P2', '1', ['1'], 'Set a target for BME representation at Band 8c and above of 15% by March 2026 and track it every quarter.', 'Chief People Officer', D(2024, 10, 31), 'A', 'Draft target with the executive team.', 'G', 'Target agreed by the Executive Team in October; tracked from Q3.'],
    ['P3', '2', ['2'], 'Use diverse panels and standard scoring for all Band 8a and above appointments, with a People Business Partner checking the scores.', 'People Business Partner', D(2024, 12, 31), 'G', 'Panel guidance drafted.', 'A', 'Diverse panels in 80% of appointments; standard scoring not yet used by every directorate.'],
    ['P4', '2', ['2'], 'Publish guidance for hiring managers on using positive action statements in adverts.', 'Recruitment & Resourcing Manager', D(2024, 8, 31), 'R', 'Not yet drafted.', 'C', 'Guidance published in November.'],
    ['P5', '3', ['3'], 'Commission an external review of the last three years of formal employee relations cases by ethnicity.', 'Head of People Services', D(2025, 1, 31), 'G', 'Scope agreed.', 'R', 'Procurement paused during the ICB restructure.'],
    ['P6', '4', ['4'], 'Monitor who is approved for study leave and funded qualifications, by ethnicity, through the learning panel.', 'OD & Learning Lead', D(2025, 3, 31), 'A', 'Panel form being changed.', 'G', 'Data collected from Q2 onwards.'],
    ['P7', '5, 6', ['5', '6'], 'Bring in an anti-racism statement and a reporting route for ICB staff working in GP practices, care homes and provider sites.', 'EDI Lead', D(2024, 12, 31), 'G', 'Statement drafted with the staff network.', 'A', 'Reporting route needs legal advice before it goes to providers.'],
    ['P8', '7', ['7'], 'Offer BME staff at Bands 6 to 8a places on the regional Stepping Up and Ready Now programmes, with line manager release agreed up front.', 'OD & Learning Lead', D(2025, 3, 31), 'G', 'Places requested.', 'G', 'Six staff on Stepping Up; two on Ready Now.'],
    ['P9', '8', ['8'], 'Set up a Race Equality Staff Network with an executive sponsor and a quarterly meeting with the Chief Executive.', 'EDI Lead', D(2024, 6, 30), 'C', 'Network launched in June.', 'C', 'Network launched in June; 41 members.'],
    ['P10', '9', ['9'], "Include race equality in the Board's development programme and in every board member's appraisal objectives.", 'Chair', D(2025, 3, 31), 'A', 'Session not yet booked.', 'G', 'Board session held in November; appraisals in Q4.'],
  ];
  for (const [ref, ind, inds, act, lead, due, q2, u2, q3, u3] of rows) {
    p.action([ref, ind, act, lead, due, q2, u2, q3, u3], { ref, indicators: inds, action: act, lead, due: shown(due, DF), status: q3, rag: RAG[q3], progress: u3 }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: DF, alignment: { horizontal: 'center' } }, { fill: F[q2], bold: true, alignment: { horizontal: 'center' } }, {}, { fill: F[q3], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.ws.getColumn(6).hidden = true; p.ws.getColumn(7).hidden = true;
  for (let r = h + 1; r <= p.r; r++) p.ws.getCell(`H${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"G,A,R,C"'], showErrorMessage: true, errorTitle: 'RAG', error: 'Choose G, A, R or C' };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its own staff). Sheet 'WRES AP': a title naming the ICB, an italic line giving the committee and the RAG letters, a blank row, then the NHS-blue header 'Ref | WRES Ind | Action | Lead | Due | Q2 RAG | Q2 update | Q3 RAG | Q3 update' (row 4; panes frozen at C5) and ten actions P1–P10. Due holds real dates shown dd-mmm-yy. Everyday quirk: last quarter's columns were HIDDEN, not deleted – 'Q2 RAG' and 'Q2 update' (F and G) are hidden columns still holding the Q2 letters on their Q2 fills; the visible 'Q3 RAG' (with a G/A/R/C drop-down) and 'Q3 update' are the current position. Judgement calls: status = the Q3 RAG letter and rag from its fill (C on blue = complete → blue); progress = the Q3 update; nothing is taken from the hidden Q2 columns (most Q2 letters differ from Q3 – P1 G → C, P3 G → A, P4 R → C, P5 G → R …; where the letter is unchanged, as for P8 and P9, it is still read from the visible Q3 cell); lead = Lead ('Chair' for P10 as written); due = Due as displayed; indicators from 'WRES Ind' ('5, 6' → both); ref as written; theme null.", { mode: 'fill', ragCol: 8, indCol: 'B', notFrom: ['G'], hiddenCols: { cols: ['F', 'G'], rag: 'F' } });
}
