// holdout92-wres-2025-26-stavenby: district general hospital tracker; the 'Indicator' column holds the team's SHORTHAND for each WRES
// indicator ('Shortlisting → appointment', 'Abuse from public', 'Board') – never a number; one cell joins two ('Recruitment &
// disciplinary'), one says 'Across all nine indicators', one is left BLANK (its action mentions disciplinary cases, but the plan ties it
// to nothing). SRO beside the action lead; quarters as targets; status words on fills; 'Not due' unfilled.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stavenby and Marsh General Hospital NHS Trust';
  const p = new Plan(book, { name: 'holdout92-wres-2025-26-stavenby', sheet: 'WRES tracker 25-26', standard: 'WRES', period: '2025-26', trust, widths: [8, 24, 52, 24, 28, 11, 12, 42], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`${trust} · WRES tracker 2025/26`], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Live document – edited by the EDI team; last changed 02/12/2025.'], { merge: ['A', 'H'], style: { italic: true, color: 'FF595959' } });
  p.blank();
  p.header(['ID', 'Indicator', 'Action', 'SRO', 'Action lead', 'Target', 'RAG', 'Comment'], { style: { fill: C.teal, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.ws.autoFilter = 'A4:H4';
  const ALL = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  const M = {
    'Workforce by band': ['1'], 'Shortlisting → appointment': ['2'], 'Recruitment & disciplinary': ['2', '3'], 'CPD access': ['4'],
    'Abuse from public': ['5'], 'Bullying by colleagues': ['6'], 'Progression': ['7'], 'Discrimination': ['8'], 'Board': ['9'],
    'Across all nine indicators': ALL,
  };
  const F = { Complete: [C.lightblue, 'blue'], 'On track': [C.goodG, 'green'], 'At risk': [C.neutralA, 'amber'], Late: [C.badR, 'red'], 'Not due': [null, null] };
  const rows = [
    ['WR01', 'Across all nine indicators', 'Publish a WRES dashboard on the intranet, updated each quarter, with each division’s figures beside the Trust’s.', 'Chief People Officer', 'Workforce Intelligence Lead', 'Q2 25/26', 'Complete', 'Live since September.'],
    ['WR02', 'Workforce by band', 'Set a stretch target for ethnic minority staff at Band 8a and above in each division’s workforce plan.', 'Chief People Officer', 'Divisional Directors of Operations', 'Q3 25/26', 'On track', 'Targets agreed in three of four divisions.'],
    ['WR03', 'Recruitment & disciplinary', 'Train 40 inclusion ambassadors to sit on interview panels at Band 7+ and on the decision panels for formal investigations.', 'Chief People Officer', 'Head of Inclusion', 'Q4 25/26', 'At risk', '22 trained; release from clinical rotas is difficult.'],
    ['WR04', 'Shortlisting → appointment', 'Remove the “desirable” criteria from nursing person specifications unless the recruiting manager can show why they are needed.', 'Chief Nurse', 'Deputy Chief Nurse – Workforce', 'Q2 25/26', 'Complete', 'All nursing templates revised.'],
    ['WR05', '', 'Report to the People Committee every case where a formal disciplinary process was closed with no case to answer.', 'Chief People Officer', 'Employee Relations Manager', 'Q3 25/26', 'On track', 'First report in November.'],
    ['WR06', 'CPD access', 'Record CPD applications and outcomes for all staff groups in the learning system instead of on divisional spreadsheets.', 'Director of Education', 'Learning Systems Manager', 'Q4 25/26', 'Late', 'System change delayed to 2026.'],
    ['WR07', 'Abuse from public', 'Fit the ED and maternity reception desks with a panic alarm and a sign that racist abuse will be reported to the police.', 'Chief Operating Officer', 'Head of Security', 'Q3 25/26', 'On track', 'ED done; maternity in January.'],
    ['WR08', 'Bullying by colleagues', 'Bring in a civility and respect toolkit for theatres, led by the theatre practice educators.', 'Chief Nurse', 'Theatre Matron', 'Q4 25/26', 'Not due', ''],
    ['WR09', 'Progression', 'Run a career clinic each month for ethnic minority staff in Bands 2 to 6, with HR and a senior nurse or AHP.', 'Chief People Officer', 'Head of OD', 'Q2 25/26', 'Complete', 'Six clinics held; 71 staff attended.'],
    ['WR10', 'Discrimination', 'Add a question on discrimination by managers or colleagues to the quarterly pulse survey and report results by ethnicity.', 'Chief People Officer', 'Staff Experience Lead', 'Q3 25/26', 'On track', 'Question added in Q2 pulse.'],
    ['WR11', 'Board', 'Set out in the Board development plan how the Trust will reflect its community when executive posts fall vacant.', 'Chair', 'Director of Corporate Governance', 'Q4 25/26', 'Not due', ''],
  ];
  for (const r of rows) {
    const [id, ind, act, sro, lead, tgt, st, com] = r;
    p.action(r, { ref: id, indicators: M[ind] || [], action: act, lead, due: tgt, status: st, rag: F[st][1], progress: com }, { styles: [{}, {}, {}, {}, {}, {}, F[st][0] ? { fill: F[st][0] } : {}, {}] });
  }
  p.ws.dataValidations.add('G5:G15', { type: 'list', allowBlank: true, formulae: ['"Complete,On track,At risk,Late,Not due"'] });
  await book.save(`${p.name}.xlsx`);
  const M2 = Object.fromEntries(Object.entries(M));
  p.saveGold("Original plan (fictional district general hospital). Sheet 'WRES tracker 25-26', Aptos Narrow 11: a title with the trust name, an italic grey 'last changed 02/12/2025' line, a blank row, the teal header 'ID | Indicator | Action | SRO | Action lead | Target | RAG | Comment' (row 4, frozen, filter), eleven actions WR01–WR11, no footer. THE INDICATOR IS NEVER A NUMBER: the 'Indicator' column holds the team's SHORTHAND for each WRES indicator. Mapping: 'Workforce by band' → 1; 'Shortlisting → appointment' → 2; 'Recruitment & disciplinary' names TWO indicators → ['2','3'] (appointment from shortlisting, and the formal disciplinary process – the action covers both kinds of panel); 'CPD access' → 4; 'Abuse from public' → 5; 'Bullying by colleagues' → 6; 'Progression' → 7; 'Discrimination' → 8 (discrimination from a manager or colleague – the only WRES indicator so named); 'Board' → 9; 'Across all nine indicators' → all nine. WR05's Indicator cell is BLANK: its action is about formal disciplinary cases, but the plan ties it to no indicator, so indicators [] (the corpus never infers an indicator from the action's own sentence). Other calls: ref = ID; lead = Action lead, NEVER the SRO; due = Target as typed ('Q2 25/26'); status = the drop-down word, rag from its fill (Complete light blue → blue, On track pale green, At risk pale yellow → amber, Late pale red); 'Not due' unfilled → rag null; progress = Comment (blank for the two not-due rows). The 'last changed' date is no due.", { mode: 'fill', ragCol: 7, notFrom: ['B', 'D'], forbidden: ['02/12/2025'], indWords: { col: 'B', map: M2 } });
}
