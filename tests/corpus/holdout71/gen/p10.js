// holdout71-wres-2025-26-draycombe: integrated health and care trust, the WRES plan as it goes to a public Trust Board, in the shape of a
// real published 2025 board paper (eastamb.nhs.uk, 'WDES 2024/25 Annual Report & WDES & WRES 2025/26 Action Plans'): a COVER tab of
// label / value rows (Meeting, Date, Report Title, Agenda Item, Author, Lead Director, Purpose, Assurance, CQC domain, Strategic Risk,
// EIA, Previously considered by – Phase 1, 2, 3, Recommendation) and the plan as Appendix 1 on its own tab; status words coloured only
// by conditional formatting.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Draycombe Health and Care NHS Trust';
  const cv = book.wb.addWorksheet('Cover');
  cv.getColumn(1).width = 28; cv.getColumn(2).width = 96;
  const f = { name: 'Arial', size: 10 };
  cv.getCell('A1').value = trust; cv.getCell('A1').font = { ...f, size: 14, bold: true, color: { argb: C.nhs } }; cv.mergeCells('A1:B1');
  const rows = [
    ['Meeting', 'Trust Board – Public Meeting'],
    ['Date', '10 September 2025'],
    ['Report Title', 'WRES 2024/25 Data Report & WRES 2025/26 Action Plan'],
    ['Agenda Item', 'PUB25/09/7.2'],
    ['Author', 'Priya Nandakumar, EDI Business Partner, and Tom Ellery, HR Advisor – EDI'],
    ['Lead Director', 'Helen Marsh-Okoro, Chief People Officer'],
    ['Purpose', 'Decision/Approval'],
    ['Assurance', 'Substantial'],
    ['Link to CQC domain', 'Well-led\nSafe'],
    ['Link to Strategic Risk', 'SR6 Workforce Sustainability\nSR8 Organisational Culture'],
    ['Equality Impact Assessment', 'No negative impact identified'],
    ['Previously considered by', 'Phase 1: The WRES data summary was approved by the People Committee and the Trust Board so that it could be uploaded to the national data collection by the deadline.\nPhase 2: The draft 2025/26 action plan was shared with the Race Equality Network for consultation and suggestions before it was finalised.\nPhase 3: The People Committee approved the action plan on 30 July 2025.'],
    ['Summary', 'The paper gives the Board the WRES 2025/26 Action Plan (Appendix 1). Progress will be reported to the People Committee each quarter and to the Board in the annual WRES report.'],
    ['Recommendation', 'The Board is asked to APPROVE the WRES 2025/26 Action Plan.'],
  ];
  rows.forEach(([k, v], i) => {
    const r = i + 3; const a = cv.getCell(`A${r}`); const b = cv.getCell(`B${r}`);
    a.value = k; b.value = v; a.font = { ...f, bold: true }; b.font = f;
    a.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
    for (const c of [a, b]) { c.alignment = { wrapText: true, vertical: 'top' }; c.border = { top: { style: 'thin', color: { argb: 'FF808080' } }, left: { style: 'thin', color: { argb: 'FF808080' } }, bottom: { style: 'thin', color: { argb: 'FF808080' } }, right: { style: 'thin', color: { argb: 'FF808080' } } }; }
    if (v.includes('\n')) cv.getRow(r).height = 15 * (v.split('\n').length + (v.length > 200 ? 2 : 0));
  });
  const p = new Plan(book, { name: 'holdout71-wres-2025-26-draycombe', sheet: 'Appendix 1 WRES AP 25-26', standard: 'WRES', period: '2025-26', trust, widths: [7, 11, 50, 36, 26, 13, 12], font: { name: 'Arial', size: 10 } });
  p.line(['Appendix 1 – WRES Action Plan 2025/26'], { merge: ['A', 'G'], height: 20, style: { bold: true, font: { size: 13 } } });
  p.line(['Actions agreed with the Race Equality Network and approved by the People Committee on 30 July 2025. Status as at 31 August 2025.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Action', 'What success looks like', 'Lead', 'Delivery date', 'Status'], { height: 30, style: { fill: C.nhs, color: C.white } });
  const WORDS = { Complete: [C.lightblue, 'blue'], 'On track': ['FFC6EFCE', 'green'], 'At risk': ['FFFFEB9C', 'amber'], 'Off track': ['FFFFC7CE', 'red'], 'Not started': [null, null] };
  const plan = [
    ['R01', '1', 'Set divisional targets for ethnic minority representation at Band 8a and above, in line with the Trust\'s 2028 ambition, and report progress at each divisional performance review.', 'Band 8a+ ethnic minority representation up from 16.1% to 18% by March 2026.', 'Chief People Officer', 'Q2 2025/26', 'On track'],
    ['R02', '2', 'Keep an Inclusion Champion on every Band 7 and above interview panel and extend the scheme to Band 6 clinical posts.', 'Relative likelihood of appointment from shortlisting below 1.20 (2025 data: 1.34).', 'Head of Resourcing', 'Q4 2025/26', 'On track'],
    ['R03', '2', 'Give every internationally educated nurse and AHP a career conversation at 12 months and a named development sponsor.', '90% of 12-month conversations recorded on the appraisal system.', 'Deputy Chief Nurse – Workforce', 'Q3 2025/26', 'At risk'],
    ['R04', '3', 'Apply the just and learning culture decision tool to every case before a formal investigation, with an independent review for colleagues from ethnic minority backgrounds.', 'Formal disciplinary ratio below 1.10 (2025 data: 1.46).', 'Associate Director of Employee Relations', 'Q2 2025/26', 'Complete'],
    ['R05', '4', 'Ring-fence 20% of the CPD budget for staff at Bands 2 to 5 and monitor approvals by ethnicity.', 'Likelihood of accessing CPD at parity (1.00).', 'Head of Education', 'Q3 2025/26', 'Not started'],
    ['R06', '5', 'Extend the app for reporting racist abuse to the community and mental health teams who work in people\'s homes.', 'A 25% rise in incidents reported and a 3-point fall in indicator 5.', 'Head of Health, Safety & Security', 'Q3 2025/26', 'Off track'],
    ['R07', '6, 8', 'Run active bystander training for all team leaders in the three largest divisions.', 'The gaps with White colleagues on indicators 6 and 8 halved by 2027.', 'Head of Organisational Development', 'Q4 2025/26', 'On track'],
    ['R08', '7', 'Launch a second cohort of the Stepping Forward programme for ethnic minority staff at Bands 5 and 6.', '40 participants; a quarter promoted within 18 months.', 'Leadership Development Manager', 'Q1 2026/27', 'Not started'],
    ['R09', '9', 'Publish the board\'s ethnicity profile with the annual report and use diverse search partners for the two non-executive vacancies.', 'Board voting membership within 5 points of the workforce.', 'Chair and Company Secretary', 'Q4 2025/26', 'On track'],
  ];
  const first = p.r + 1;
  for (const r of plan) {
    const [ref, ind, act, succ, lead, when, st] = r;
    p.action(r, { ref, indicators: ind.split(', '), action: act, lead, due: when, status: st, rag: WORDS[st][1], outcome: succ }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { alignment: { horizontal: 'center' } }] });
  }
  const ref = `G${first}:G${p.r}`;
  p.ws.addConditionalFormatting({ ref, rules: Object.entries(WORDS).filter(([, v]) => v[0]).map(([w, [fill]], i) => ({ type: 'containsText', operator: 'containsText', text: w, priority: i + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  for (let r = first; r <= p.r; r++) p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,On track,At risk,Off track,Complete"'] };
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated health and care trust) laid out like a real published 2025 public Trust Board paper that carries a WRES 2025/26 action plan (eastamb.nhs.uk): two tabs. 'Cover' – the trust's name and fourteen label / value rows: Meeting, Date ('10 September 2025'), Report Title, Agenda Item, Author (two people), Lead Director ('Helen Marsh-Okoro, Chief People Officer'), Purpose, Assurance ('Substantial'), Link to CQC domain, Link to Strategic Risk, Equality Impact Assessment, Previously considered by (Phase 1 / 2 / 3, the People Committee approval on 30 July 2025), Summary, Recommendation. 'Appendix 1 WRES AP 25-26' – the plan: a title, an italic line (approval date, 'Status as at 31 August 2025'), a blank row, the header (row 4, frozen) 'Ref | WRES indicator | Action | What success looks like | Lead | Delivery date | Status' and nine actions R01-R09. The plan tab never names the trust: identity comes from the Cover tab. Status words come from a drop-down and are coloured ONLY by conditional formatting ('text contains' rules: Complete light blue, On track pale green, At risk pale yellow, Off track pale red; 'Not started' has no rule). Judgement calls: the cover rows are context – the Lead Director is no lead, the meeting date, the committee approval date and the status date are no dues, 'Substantial' assurance is no status; action = Action; outcome = What success looks like (the figures in it – '2025 data: 1.34', 'indicator 5', 'indicators 6 and 8' – are targets and findings, not indicators: indicators come from the WRES indicator column, '6, 8' → ['6','8']); lead = Lead as written ('Chair and Company Secretary' whole); due = Delivery date as written ('Q2 2025/26', 'Q1 2026/27' kept although it falls after the plan year); status = the word, rag = the colour its conditional format gives (Complete → blue, On track → green, At risk → amber, Off track → red, Not started → null); ref = Ref; theme null.", { ragCol: 'G', mode: 'word', indCol: { col: 'B', mode: 'codes' }, words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'G' }, forbidden: ['Helen Marsh-Okoro, Chief People Officer', '10 September 2025', '30 July 2025', '31 August 2025', 'Substantial', 'Decision/Approval'] });
}
