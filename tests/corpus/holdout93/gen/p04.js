// holdout93-wres-2026-27-glaiston: ambulance service, the WRES plan as the People directorate keeps it: a directorate decoding line,
// 'HIA' and 'Directorate' columns, 'Lead' beside 'Support from', quarter targets '26/27', BRAG COLOUR WORDS ('Green', 'Amber') on
// their own colours, one action with no lead written, a key and a next-review line under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Glaiston Ambulance Service NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout93-wres-2026-27-glaiston', sheet: 'WRES 26-27', standard: 'WRES', period: '2026-27', trust, widths: [9, 8, 8, 54, 14, 26, 22, 12, 9], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 }, color: 'FF006747' } });
  p.line(['Workforce Race Equality Standard – Action Plan 2026-27'], { merge: ['A', 'I'], style: { bold: true } });
  p.line(['Directorates: Ops = A&E Operations; EOC = Emergency Operations Centres; IUC = 111 / Integrated Urgent Care; PTS = Patient Transport Service; Corp = Corporate services'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.header(['Action No.', 'WRES Ind.', 'HIA', 'Action', 'Directorate', 'Lead', 'Support from', 'Target', 'BRAG'], { style: { fill: 'FF006747', color: C.white } });
  const F = { Blue: C.blue, Green: C.green, Amber: C.amber, Red: C.red };
  const R = { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red' };
  const rows = [
    ['WR01', '1', '3', 'Track ethnicity at each step from paramedic to team leader and operations manager, and report it to the Operations Board twice a year.', 'Ops', 'Head of Workforce Planning', 'Business Intelligence', 'Q2 26/27', 'Blue'],
    ['WR02', '2', '2', 'Run outreach recruitment days for emergency care assistant and call handler roles in the three towns with the largest ethnic minority populations.', 'Ops / EOC', 'Recruitment & Attraction Manager', 'Community Engagement Team', 'Q3 26/27', 'Green'],
    ['WR03', '2', '2', 'Ask every student paramedic leaving before qualifying why they left, and analyse the answers by ethnicity.', 'Ops', 'Head of Education', 'University partners', 'Q4 26/27', 'Amber'],
    ['WR04', '3', '6', 'Review every disciplinary case against a Black, Asian or minority ethnic colleague at a weekly case review before a hearing is set.', 'All', 'Head of Employee Relations', 'Staff side', 'Q1 26/27', 'Green'],
    ['WR05', '5', '6', 'Add racist abuse from patients and the public to the body-worn camera guidance, and follow up every report with a welfare call.', 'Ops / PTS', 'Head of Security & Violence Reduction', 'Operational managers', 'Q3 26/27', 'Red'],
    ['WR06', '5', '6', 'Give 111 and EOC call handlers a script for ending calls where the caller is racially abusive, with a supervisor debrief.', 'IUC / EOC', 'Head of Clinical Contact Centres', 'Clinical Safety Lead', 'Q2 26/27', 'Green'],
    ['WR07', '6, 8', '6', 'Extend the Freedom to Speak Up network with eight new champions from ethnic minority backgrounds across the stations.', 'All', '', 'FTSU Guardian', 'Q4 26/27', 'Amber'],
    ['WR08', '7', '2', 'Open the Stepping Up leadership programme to front-line staff from ethnic minority backgrounds, with release from shifts agreed in advance.', 'Ops / EOC / IUC', 'Head of Leadership Development', 'Area managers', 'Q3 26/27', 'Green'],
    ['WR09', '4', '3', 'Check who gets CPD funding and study leave by ethnicity for the first two quarters and publish the result.', 'Corp', 'Education Business Manager', 'Business Intelligence', 'Q3 26/27', 'Amber'],
    ['WR10', '9', '1', 'Give each executive director an objective on race equality linked to this plan, reviewed at their mid-year appraisal.', 'Corp', 'Chief Executive', 'Director of People', 'Q1 26/27', 'Blue'],
  ];
  for (const r of rows) {
    const [no, ind, hia, act, dir, lead, sup, tgt, brag] = r;
    p.action(r, { ref: no, indicators: ind.split(', '), action: act, lead, due: tgt, status: brag, rag: R[brag] }, { styles: [{}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, { fill: F[brag], bold: true, color: brag === 'Blue' || brag === 'Red' ? C.white : undefined }] });
  }
  p.blank();
  p.line(['BRAG: Blue = complete; Green = on track; Amber = behind but recoverable; Red = off track, needs help from the Executive'], { merge: ['A', 'I'], style: { font: { size: 9 } } });
  p.line(['Next review: People & Culture Committee, 28 January 2027'], { merge: ['A', 'I'], style: { font: { size: 9 }, italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 5, xSplit: 1 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance service FT). Sheet 'WRES 26-27': trust name, title, an italic line decoding the directorate abbreviations (Ops, EOC, IUC, PTS, Corp), a blank row, the green header 'Action No. | WRES Ind. | HIA | Action | Directorate | Lead | Support from | Target | BRAG' (row 5, frozen with column A), ten actions WR01–WR10, a blank row, a BRAG key line and a next-review line. Judgement calls: indicators from 'WRES Ind.' ('6, 8' → both), NEVER from HIA (a bare number 1–6 = High Impact Action of the EDI Improvement Plan – WR01's HIA '3' is not indicator 3); Directorate is context; lead = Lead, NEVER 'Support from' – WR07's Lead cell is EMPTY, so lead '' (its 'FTSU Guardian' supports, it does not lead); due = Target as typed ('Q2 26/27'); status = the BRAG colour word as written ('Green', 'Blue'), rag from its fill (Blue = complete → blue); ref = Action No. The key line and the review date (28 January 2027) are no actions or dues; theme null.", { mode: 'fill', ragCol: 9, notFrom: ['C', 'E', 'G'], forbidden: ['28 January 2027', 'FTSU Guardian'] });
}
