// holdout93-wres-2026-27-marshbury: large acute FT, the EDI team's WRES plan as approved by the People Committee: Calibri 11, frozen
// header, an 'EDI Improvement Plan HIA' column beside the WRES indicator column, real dates dd/mm/yyyy (one 'Ongoing'), RAG words on
// fills from a drop-down, dated jottings in the progress column and a plan-owner line above the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marshbury Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout93-wres-2026-27-marshbury', sheet: 'WRES Action Plan 26-27', standard: 'WRES', period: '2026-27', trust, widths: [7, 11, 13, 58, 26, 13, 13, 48], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard (WRES) Action Plan 2026/27'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Approved by People Committee 24 September 2026  |  Plan owner: Head of Equality, Diversity & Inclusion  |  Data: WRES return August 2026'], { merge: ['A', 'H'], style: { italic: true, color: 'FF595959' } });
  p.blank();
  p.header(['Ref', 'WRES Indicator', 'EDI Improvement Plan HIA', 'Action', 'Lead', 'Target date', 'RAG', 'Progress update'], { style: { fill: C.nhs, color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } }, height: 32 });
  const F = { Complete: C.lightblue, 'On track': C.green, 'At risk': C.amber, 'Off track': C.red, 'Not started': null };
  const R = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', 'Not started': null };
  const rows = [
    ['W01', '1', 'HIA 3', 'Publish ethnicity representation by band for each clinical division and corporate directorate every quarter on the People dashboard.', 'Head of Workforce Intelligence', D(2026, 10, 31), 'Complete', 'Oct 26: first divisional cut published; to be added to divisional performance reviews.'],
    ['W02', '1, 7', 'HIA 2', 'Set an aspirational target for Black, Asian and minority ethnic staff at Band 8a and above for 2030, with a trajectory for each division.', 'Director of People', D(2026, 12, 31), 'On track', 'Draft trajectories shared with divisional triumvirates 12/11.'],
    ['W03', '2', 'HIA 2', 'Introduce diverse interview panels, including a trained inclusion panel member, for every Band 7 and above appointment.', 'Head of Resourcing', D(2027, 1, 31), 'At risk', 'Nov 26: 41 inclusion panel members trained against 80 needed; medical panels not yet covered.'],
    ['W04', '2', 'HIA 2', 'Remove names and dates of birth from shortlisting in TRAC for all non-medical posts.', 'Recruitment Systems Manager', D(2026, 9, 30), 'Complete', 'Live from 1 September.'],
    ['W05', '3', 'HIA 6', 'Require a pre-formal decision check by a trained senior manager before any disciplinary investigation of a Black, Asian or minority ethnic colleague is opened.', 'Head of Employee Relations', D(2026, 11, 30), 'On track', 'Checklist agreed with staff side; 14 decision-makers trained.'],
    ['W06', '4', 'HIA 3', 'Audit access to non-mandatory training and CPD funding by ethnicity in nursing and midwifery and in allied health professions.', 'Deputy Chief Nurse – Education', D(2027, 2, 28), 'Not started', ''],
    ['W07', '5', 'HIA 6', 'Roll out the zero-tolerance approach to racist abuse from patients and visitors in ED, the Acute Medical Unit and outpatients, with a clear escalation route for staff.', 'Associate Director of Nursing – Urgent Care', D(2026, 12, 31), 'Off track', 'Posters in place; escalation guide delayed by the security contract change. Revised plan to PC in January.'],
    ['W08', '6, 8', 'HIA 6', 'Train 250 line managers in our Civility Saves Lives and active bystander session.', 'Head of Organisational Development', D(2027, 3, 31), 'On track', 'Oct 26: 96 trained. Nov 26: 131 trained.'],
    ['W09', '7', 'HIA 2', 'Offer reciprocal mentoring pairs between every executive director and a member of the REACH staff network.', 'Chief People Officer / REACH Network Chair', 'Ongoing', 'On track', 'Six of eight pairs meeting.'],
    ['W10', '9', 'HIA 1', 'Include a measurable race equality objective in every board member’s appraisal for 2026/27.', 'Company Secretary', D(2026, 7, 31), 'Complete', 'All objectives set; mid-year review in December.'],
  ];
  const first = p.r + 1;
  for (const [ref, ind, hia, act, lead, due, rag, upd] of rows) {
    const isDate = due instanceof Date;
    p.action([ref, ind, hia, act, lead, due, rag, upd], { ref, indicators: ind.split(', '), action: act, lead, due: isDate ? shown(due, 'dd/mm/yyyy') : due, status: rag, rag: R[rag], progress: upd }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: isDate ? 'dd/mm/yyyy' : undefined, alignment: { horizontal: 'center' } }, { fill: F[rag] || undefined, alignment: { horizontal: 'center' } }, {}] });
  }
  for (let r = first; r <= p.r; r++) p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Complete,On track,At risk,Off track,Not started"'] };
  p.blank();
  p.line(['HIA = High Impact Action in the NHS Equality, Diversity and Inclusion Improvement Plan (June 2023). RAG reviewed monthly at the EDI Steering Group.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional large acute FT). Sheet 'WRES Action Plan 26-27', Calibri 11: trust name, title, an italic line 'Approved by People Committee 24 September 2026 | Plan owner: Head of Equality, Diversity & Inclusion | Data: WRES return August 2026', a blank row, the blue header 'Ref | WRES Indicator | EDI Improvement Plan HIA | Action | Lead | Target date | RAG | Progress update' (row 5, frozen), ten actions W01–W10, a blank row and a footnote decoding HIA. Judgement calls: indicators from the WRES Indicator column ('1, 7' and '6, 8' → both), NEVER from the HIA column ('HIA 3' is High Impact Action 3 of the EDI Improvement Plan, not WRES indicator 3); ref = Ref; lead = Lead as written (W09 names two, kept whole); the plan owner in the approval line leads nothing; due = Target date as displayed (real dates dd/mm/yyyy, '31/10/2026'; W09 'Ongoing' typed as text, kept); status = the RAG word chosen from the drop-down, rag from its fill (Complete on light blue → blue, On track green, At risk amber, Off track red, 'Not started' unfilled → null); progress = Progress update as written, dated jottings included ('Oct 26: …') – those dates are not dues; W06 has no update (progress ''). The approval and data dates are no dues; the footnote is not an action. Theme null.", { mode: 'fill', ragCol: 7, notFrom: ['C'], forbidden: ['Head of Equality, Diversity & Inclusion', '24 September 2026', 'People Committee'] });
}
