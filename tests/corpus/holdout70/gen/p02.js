// holdout70-wdes-2021-22-wessexdown: ambulance service, the Inclusion Team's plan kept with the operational directorates: a 'Metrics'
// tab of the 2021 figures and a 'Plan' tab whose 'Directorate' column (A&E Ops, EOC, PTS, IUC, Corporate) is context; Exec sponsor beside
// Action owner; status words in coloured FONT (no fills).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wessex Downs Ambulance Service NHS Foundation Trust';
  const m = book.wb.addWorksheet('Metrics');
  [28, 14, 14, 40].forEach((w, i) => { m.getColumn(i + 1).width = w; });
  m.getCell('A1').value = `${trust} – WDES 2021 metrics`; m.getCell('A1').font = { name: 'Calibri', size: 12, bold: true };
  m.getRow(3).values = ['Metric', 'Disabled', 'Non-disabled', 'Comment'];
  m.getRow(3).font = { name: 'Calibri', bold: true };
  [['1 – declared disabled (ESR)', '3.4%', '', '27% of staff have not declared'], ['4a – harassment from public', '52.1%', '44.0%', 'Mostly frontline paramedics and ECAs'], ['4b – from managers', '19.8%', '11.2%', ''], ['5 – equal opportunity', '41.0%', '53.5%', ''], ['7 – feel valued', '27.6%', '38.9%', ''], ['8 – adjustments', '63.0%', '', ''], ['10 – board', '0%', '', 'No board member has declared']].forEach((r, i) => { m.getRow(4 + i).values = r; m.getRow(4 + i).font = { name: 'Calibri' }; });
  const p = new Plan(book, { name: 'holdout70-wdes-2021-22-wessexdown', sheet: 'Plan', standard: 'WDES', period: '2021-22', trust, widths: [8, 9, 48, 14, 22, 26, 12, 13], font: { name: 'Calibri', size: 10 } });
  p.line(['WDES Action Plan 2021-22'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Owned by the Inclusion Team. Directorates: A&E Ops = accident & emergency operations; EOC = emergency operations centre; PTS = patient transport; IUC = integrated urgent care (111).'], { merge: ['A', 'H'], height: 28 });
  p.header(['Ref', 'Metric', 'Action', 'Directorate', 'Exec sponsor', 'Action owner', 'Deadline', 'Status'], { style: { fill: C.darkblue, color: C.white } });
  const COL = { Completed: C.green, 'On track': C.green, 'At risk': C.amber, Overdue: C.red, 'Not started': C.black };
  const RAG = { Completed: 'green', 'On track': 'green', 'At risk': 'amber', Overdue: 'red', 'Not started': null };
  const rows = [
    ['D01', '1', 'Run a "count me in" week on every station and in both EOCs, with declaration done on the spot via ESR self-service kiosks.', 'All', 'Director of People', 'Workforce Systems Manager', '30/06/2021', 'Completed'],
    ['D02', '4a', 'Fit lanyard panic alarms for solo-responder paramedics and log every disability-related verbal assault as a hate incident.', 'A&E Ops', 'Chief Operating Officer', 'Head of Health, Safety & Security', '30/09/2021', 'On track'],
    ['D03', '4b', 'Add a session on disability and reasonable adjustments to the Clinical Team Leader development course.', 'A&E Ops', 'Director of People', 'Clinical Education Lead', '31/10/2021', 'At risk'],
    ['D04', '4b', 'Give EOC shift managers a guide on neurodiversity and call-handling targets, written with the Disability Network.', 'EOC', 'Chief Operating Officer', 'EOC Training Manager', '30/11/2021', 'Not started'],
    ['D05', '5', 'Guarantee an interview for disabled staff applying for PTS to A&E progression (ECA to paramedic apprenticeship).', 'PTS', 'Director of People', 'Head of Recruitment', '31/12/2021', 'On track'],
    ['D06', '7', 'Hold listening events on night shifts in IUC and publish a "you said, we did" bulletin.', 'IUC', 'Director of Integrated Care', 'IUC Service Manager', '31/01/2022', 'Overdue'],
    ['D07', '8', 'Move reasonable adjustments to a central budget and a tailored adjustment passport that stays with staff who move station.', 'Corporate', 'Director of Finance', 'Health & Wellbeing Lead', '31/03/2022', 'At risk'],
    ['D08', '9b', 'Give the Disability Network chair a standing slot at the People Committee.', 'Corporate', 'Director of People', 'Head of Inclusion', '31/07/2021', 'Completed'],
    ['D09', '10', 'Offer board members a confidential declaration route through the Company Secretary.', 'Corporate', 'Chair', 'Company Secretary', '31/03/2022', 'Not started'],
  ];
  for (const r of rows) {
    const [ref, met, act, dir, exec, own, dl, st] = r;
    p.action(r, { ref, indicators: [met], action: act, lead: own, due: dl, status: st, rag: RAG[st] }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, { bold: true, color: COL[st] }] });
  }
  p.blank();
  p.line(['Status font: green = completed / on track, amber = at risk, red = overdue, black = not started.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance service). Two tabs: 'Metrics' (the 2021 WDES figures: metric, disabled, non-disabled, comment – the trust named in its title; data only, no actions) and 'Plan', the gold sheet: title 'WDES Action Plan 2021-22', a line decoding the directorate abbreviations, then the navy header 'Ref | Metric | Action | Directorate | Exec sponsor | Action owner | Deadline | Status' (row 3), nine actions D01–D09 and, after a blank row, an italic font-colour key. Deadlines are typed text dd/mm/yyyy. Judgement calls: identity from the Metrics tab title (the Plan tab does not name the trust); lead = Action owner, never the Exec sponsor; the Directorate column ('A&E Ops', 'EOC', 'PTS', 'IUC', 'Corporate', 'All') is context, not a lead or a theme; status = the word as written; rag from the FONT colour as the key line gives it (green completed / on track, amber at risk, red overdue, black not started → null); indicators from the Metric column (2021-22 uses 4a / 4b and 9a / 9b: D08's '9b' – the network's voice – is kept as written); theme null.", { mode: 'font', ragCol: 8, notFrom: ['D', 'E'] });
}
