// holdout83-wres-2025-26-stavenridge: a large teaching hospitals FT – 34 actions in seven workstreams, each opened by a section row and a
// 'Workstream lead' line (that person leads no action); dues as real dates; status from a drop-down on fills; 'Not started' on white.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stavenridge Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout83-wres-2025-26-stavenridge', sheet: 'WRES 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [7, 9, 58, 30, 13, 16, 40], font: { name: 'Arial', size: 9 } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Workforce Race Equality Standard – Trust action plan 2025/26 (all four hospital sites and the clinical divisions)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Version 3.2 – updated after the September 2025 WRES data return. Owner: Associate Director of Inclusion.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF595959' } });
  p.header(['Ref', 'WRES', 'Action', 'Action lead', 'Deadline', 'Status', 'Update (October 2025)'], { style: { fill: C.darkblue, color: C.white } });
  const FILL = { Complete: C.blue, 'On track': C.goodG, 'Some slippage': C.neutralA, 'Significant delay': C.badR, 'Not started': C.white };
  const RAG = { Complete: 'blue', 'On track': 'green', 'Some slippage': 'amber', 'Significant delay': 'red', 'Not started': null };
  const W = [
    ['Workstream 1 – Data and representation', 'Head of Workforce Intelligence', [
      ['1', 'Publish divisional ethnicity profiles by band on the intranet every quarter.', 'Workforce Intelligence Manager', D(2025, 6, 30), 'Complete', 'Live since June; Surgery and Medicine the most used.'],
      ['1', 'Set a five-year aspiration for BME representation at 8a+ for each division, agreed at divisional boards.', 'Divisional Directors of Operations', D(2025, 11, 30), 'On track', 'Four of six divisions agreed.'],
      ['1', 'Reduce “not stated” ethnicity on ESR from 6% to under 3% through the self-service campaign.', 'ESR Systems Lead', D(2026, 1, 31), 'Some slippage', 'At 4.8%; bank staff records lagging.'],
      ['1', 'Include medical and dental grades in the quarterly profile, split by training and consultant grades.', 'Medical Workforce Manager', D(2025, 12, 31), 'Not started', ''],
    ]],
    ['Workstream 2 – Recruitment and selection', 'Head of Resourcing', [
      ['2', 'Require a trained inclusion panel member for all Band 7 and above interviews.', 'Head of Resourcing', D(2025, 9, 30), 'Complete', '142 panel members trained.'],
      ['2', 'Anonymise applications at shortlisting for nursing and midwifery Bands 5–7.', 'Recruitment Systems Manager', D(2025, 10, 31), 'On track', 'Trac settings changed; go-live 1 Nov.'],
      ['2', 'Audit shortlisting-to-appointment ratios by division twice a year and return results to appointing managers.', 'Recruitment Manager', D(2026, 3, 31), 'On track', 'First audit done in Sept.'],
      ['2', 'Write interview questions for Band 8a+ posts with a standard scoring guide held by HR.', 'Senior HR Business Partner (Corporate)', D(2025, 12, 31), 'Some slippage', 'Draft with staff side.'],
      ['2', 'Give internationally educated nurses a route onto Band 6 panels after 12 months in post.', 'Deputy Chief Nurse (Workforce)', D(2026, 2, 28), 'On track', ''],
      ['2', 'Track withdrawn offers by ethnicity for estates and facilities posts.', 'Estates HR Advisor', D(2026, 1, 31), 'Not started', ''],
    ]],
    ['Workstream 3 – Fair employee relations', 'Deputy Director of People', [
      ['3', 'Keep the pre-formal decision checklist for all disciplinary cases and audit 20 cases a quarter.', 'Employee Relations Manager', D(2025, 12, 31), 'On track', 'Q2 audit: 19 of 20 compliant.'],
      ['3', 'Report case numbers and outcomes by ethnicity to the People Committee each quarter.', 'Employee Relations Manager', D(2025, 7, 31), 'Complete', 'Standing item from July.'],
      ['3', 'Train all case investigators in cultural awareness and bias in fact-finding.', 'Learning & OD Manager', D(2026, 3, 31), 'Some slippage', '31 of 60 trained.'],
      ['3', 'Offer a named wellbeing contact to every BME colleague under investigation.', 'Staff Wellbeing Lead', D(2025, 10, 31), 'On track', ''],
      ['3', 'Pilot restorative conversations in theatres before any formal process starts.', 'Head of Nursing – Theatres', D(2026, 1, 31), 'Significant delay', 'Paused: theatre staffing pressures.'],
    ]],
    ['Workstream 4 – Training and development', 'Head of Education', [
      ['4', 'Record non-mandatory training requests and approvals by ethnicity in the learning system.', 'Learning Systems Lead', D(2025, 11, 30), 'On track', 'Field added; reporting Dec.'],
      ['4', 'Ring-fence 20% of CPD funding for BME nurses and AHPs who have not had funded CPD in three years.', 'Head of Education', D(2026, 3, 31), 'On track', ''],
      ['4', 'Review study-leave decisions in Medicine division where the likelihood ratio was 1.32.', 'Divisional HR Lead – Medicine', D(2025, 12, 31), 'Some slippage', ''],
      ['4', 'Open the apprenticeship levy transfer list to HCAs on the bank.', 'Apprenticeships Manager', D(2026, 2, 28), 'Not started', ''],
    ]],
    ['Workstream 5 – Bullying, harassment and abuse', 'Associate Director of Inclusion', [
      ['5', 'Roll out the zero-tolerance letter to patients who racially abuse staff, with an agreed escalation in ED.', 'Head of Security', D(2025, 9, 30), 'Complete', 'Letters used 14 times since July.'],
      ['5', 'Add an ethnicity tag to violence and aggression incidents on the incident system.', 'Patient Safety Systems Lead', D(2025, 10, 31), 'On track', ''],
      ['6', 'Train 300 active bystanders across all four sites, starting with ED, AMU and maternity.', 'Inclusion Manager', D(2026, 3, 31), 'On track', '118 trained.'],
      ['6', 'Launch a reporting route for racism between colleagues that does not go through the line manager.', 'Freedom to Speak Up Guardian', D(2025, 11, 30), 'Some slippage', 'Waiting for IT form.'],
      ['6', 'Run civility and respect sessions for the three teams with the worst survey scores.', 'OD Business Partner', D(2026, 1, 31), 'Significant delay', 'No dates agreed with teams yet.'],
      ['5, 6', 'Publish quarterly “you said, we did” on racism reports in the staff bulletin.', 'Internal Communications Manager', D(2025, 12, 31), 'On track', ''],
    ]],
    ['Workstream 6 – Career progression', 'Chief People Officer', [
      ['7', 'Run the Rising Leaders programme for 30 BME staff at Bands 5–7 with executive sponsors.', 'Head of Leadership Development', D(2026, 3, 31), 'On track', 'Cohort 4 started Sept.'],
      ['7', 'Set up reverse mentoring for all executives and divisional directors.', 'Inclusion Manager', D(2025, 12, 31), 'Complete', '14 pairs running.'],
      ['7', 'Follow up every Rising Leaders graduate at 12 months to record moves and promotions.', 'Leadership Development Coordinator', D(2026, 3, 31), 'Not started', ''],
      ['7', 'Offer talent conversations through appraisal to all Band 6 staff, checked by ethnicity at mid-year.', 'Head of OD', D(2026, 1, 31), 'Some slippage', 'Uptake 54%.'],
      ['8', 'Support BME managers to challenge discrimination from senior colleagues through a confidential coaching line.', 'Coaching Lead', D(2025, 11, 30), 'On track', ''],
    ]],
    ['Workstream 7 – Board and senior leadership', 'Chair', [
      ['9', 'Use diverse search for the two non-executive director vacancies due in 2026.', 'Company Secretary', D(2026, 2, 28), 'On track', 'Agency appointed.'],
      ['9', 'Run a board development session on the WRES results with the staff networks.', 'Company Secretary', D(2025, 10, 31), 'Complete', 'Held 2 Oct.'],
      ['9', 'Offer an NHS board shadowing place to two BME senior managers each year.', 'Chief People Officer', D(2026, 3, 31), 'On track', ''],
      ['1, 9', 'Report the ethnic mix of the top three tiers against the local working-age population in the annual report.', 'Director of Strategy', D(2026, 3, 31), 'Not started', ''],
    ]],
  ];
  const sections = [];
  let n = 0;
  for (const [ws, wlead, acts] of W) {
    n++;
    sections.push(p.line([ws], { merge: ['A', 'G'], style: { bold: true, fill: 'FFD6DCE4' }, border: true }));
    p.line(['', '', `Workstream lead: ${wlead}`], { style: { italic: true, color: 'FF595959' } });
    acts.forEach(([ind, act, lead, due, st, upd], i) => {
      const ref = `${n}.${i + 1}`;
      p.action([ref, ind, act, lead, due, st, upd], { ref, indicators: ind.split(', '), theme: ws, action: act, lead, due: shown(due, 'dd/mm/yyyy'), status: st, rag: RAG[st], progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: FILL[st] }, {}] });
    });
  }
  p.ws.dataValidations.add(`F6:F${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Complete,On track,Some slippage,Significant delay,Not started"'] });
  p.blank();
  p.line(['Status key: blue Complete; green On track; yellow Some slippage; pink Significant delay; no colour Not started.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Reported to the People Committee quarterly; next report 27 January 2026.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional large teaching hospitals FT, four sites). Sheet 'WRES 2025-26' (frozen under the header): trust name, title, an italic version / owner line, the navy header 'Ref | WRES | Action | Action lead | Deadline | Status | Update (October 2025)' (row 4), then SEVEN WORKSTREAMS, each a grey section row merged across ('Workstream 1 – Data and representation' …) followed by an italic 'Workstream lead: …' line in the Action column, then its actions numbered 1.1 … 7.4 – 34 actions in all; a status key and a reporting line close the sheet. Judgement calls: theme = the workstream section row; the 'Workstream lead' lines are not actions and their person is never an action's lead (lead = Action lead, written as it stands, e.g. 'Divisional Directors of Operations'); the plan owner in the version line is no lead; due = Deadline as displayed (real dates, dd/mm/yyyy); status = the drop-down word, rag from its fill (blue Complete → blue; white 'Not started' → null); progress = the October 2025 update as written ('' where blank); ref = Ref; indicators from the WRES column ('5, 6', '1, 9' → both). The key and the report line are not actions; 27 January 2026 is no due.", { mode: 'fill', ragCol: 6, sections, forbidden: ['Associate Director of Inclusion', 'Head of Workforce Intelligence', '27 January 2026', 'Chair'] });
}
