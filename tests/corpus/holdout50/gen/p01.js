// holdout50-wres-2023-24-tamarbrook: two acute trusts in a GROUP MODEL sharing one WRES plan; a 'Trust' column says where each action is delivered.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tamar and Brook Hospitals Group';
  const p = new Plan(book, { name: 'holdout50-wres-2023-24-tamarbrook', sheet: 'WRES 2023-24', standard: 'WRES', period: '2023-24', trust, widths: [8, 11, 54, 9, 26, 28, 13, 13, 44], font: { name: 'Calibri', size: 11 } });
  p.ws.views = [{ state: 'frozen', ySplit: 6 }];
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 16 }, color: C.navy } });
  p.line(['Workforce Race Equality Standard – Group Action Plan 2023-24'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['One plan for both trusts in the Group: Tamarside University Hospitals NHS Trust (TUH) and Brookfield Hospitals NHS Foundation Trust (BHFT). Each trust still submits its own WRES data; the "Trust" column shows where each action will be delivered – "Both" means it is run once for the Group.'], { merge: ['A', 'I'], height: 45, style: { italic: true } });
  p.line(['Status key:', 'Complete', 'On track', 'At risk', 'Not started'], { styles: [{ bold: true }, { fill: C.green }, { fill: C.lightgreen }, { fill: C.amber }, {}] });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Action', 'Trust', 'Group executive lead', 'Delivery lead', 'Due', 'Status', 'Update (January 2024)'], { style: { fill: C.navy, color: C.white }, height: 30 });
  const F = { Complete: [C.green, 'green'], 'On track': [C.lightgreen, 'green'], 'At risk': [C.amber, 'amber'], 'Not started': [null, null] };
  const rows = [
    ['G1', '1', 'Publish a single Group-wide picture of ethnicity by pay band for both trusts, refreshed every quarter, so that each care group can see its own gaps at Band 7 and above.', 'Both', 'Group Chief People Officer', 'Head of Workforce Information', 'Jul-23', 'Complete', 'First quarterly pack went to both People Committees in August; now routine.'],
    ['G2', '2', 'Put a trained inclusion ambassador on every interview panel for Band 8a and above.', 'Both', 'Group Chief People Officer', 'Head of Resourcing (Group)', 'Sep-23', 'On track', '46 ambassadors trained across the two trusts; BHFT panels covered from October.'],
    ['G3', '2', 'Pilot anonymised shortlisting in the theatres and critical care recruitment campaign.', 'TUH', 'Group Chief People Officer', 'Recruitment Manager, Tamarside', 'Dec-23', 'At risk', 'TRAC configuration delayed; pilot now due to start in February.'],
    ['G4', '3', 'Apply the pre-formal-action checklist and a second-level review to every proposed disciplinary case involving a Black, Asian or minority ethnic colleague.', 'Both', 'Group Director of HR', 'Employee Relations Lead', 'Jun-23', 'Complete', 'Checklist in use at both trusts since June; 11 cases diverted to informal resolution.'],
    ['G5', '4', 'Ring-fence places on the Group leadership programme for staff from ethnic minority backgrounds in Bands 5 and 6 at Brookfield, where uptake of non-mandatory training is lowest.', 'BHFT', 'Group Director of OD', 'Leadership and OD Manager, Brookfield', 'Oct-23', 'On track', 'Cohort 3 recruited: 14 of 24 places taken up.'],
    ['G6', '5', 'Roll out the "Zero tolerance" patient charter and body-worn camera guidance in the emergency departments at Tamarside.', 'TUH', 'Chief Nurse (Tamarside)', 'Head of Security and Violence Reduction', 'Nov-23', 'On track', 'Charter launched in ED; cameras live on two of three shifts.'],
    ['G7', '6, 8', 'Train every line manager at both trusts in civility and in handling reports of racism, using the Group\'s own module.', 'Both', 'Group Director of OD', 'Head of Learning and Development', 'Mar-24', 'At risk', '38% of managers trained; protected time has been hard to release in winter.'],
    ['G8', '7', 'Extend the reverse mentoring programme from Tamarside to Brookfield\'s executive team and divisional triumvirates.', 'BHFT', 'Group Chief Executive', 'EDI Lead, Brookfield', 'Jan-24', 'Not started', ''],
    ['G9', '9', 'Use a search firm with a track record of diverse shortlists for the three non-executive vacancies across the two boards.', 'Both', 'Group Chair', 'Group Company Secretary', 'Feb-24', 'On track', 'Firm appointed; longlist includes five candidates from ethnic minority backgrounds.'],
  ];
  for (const [ref, ind, act, org, exec, lead, due, st, upd] of rows) {
    const [fill, rag] = F[st];
    p.action([ref, ind, act, org, exec, lead, due, st, upd], { ref, indicators: ind.split(', '), action: act, lead, due, status: st, rag, progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' }, bold: true }, {}, {}, {}, fill ? { fill } : {}] });
  }
  p.blank();
  p.line(['Approved by the Group People Committee in common, 14 June 2023. Progress reported to both Boards in January and July.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional group: two acute trusts in a GROUP MODEL – Tamarside University Hospitals NHS Trust and Brookfield Hospitals NHS Foundation Trust – with one Group executive team) on one sheet 'WRES 2023-24', Calibri 11, frozen under the header: the Group's name as the title (row 1), the plan title, an italic paragraph naming both trusts and their abbreviations and explaining the 'Trust' column, a status key line of four filled words (row 4), then one navy header 'Ref | WRES indicator | Action | Trust | Group executive lead | Delivery lead | Due | Status | Update (January 2024)' (row 6), nine actions G1–G9, and an approval line. The TRUST column holds 'Both', 'TUH' or 'BHFT' (bold, centred). Judgement calls: IDENTITY = the Group as the title names it ('Tamar and Brook Hospitals Group') – the plan is written for the Group and both trusts; neither trust alone is the identity; the Trust column is context (not a lead, not a theme, not a ref); lead = Delivery lead (the operational owner), not the Group executive lead – as in earlier batches where an executive and an operational lead both appear; '6, 8' gives two indicators; dues are text months ('Jul-23') kept as written; status = the word, rag = its fill ('On track' light green → green, 'Not started' unfilled → null); the key line and approval line are not actions; progress = the January update ('' where empty).", { fieldCols: { lead: 'F', due: 'G' }, orgCols: ['D'], notFrom: ['E'], ragCol: 'H', forbidden: ['TUH', 'BHFT', 'Both'], notIdentity: ['Tamarside University Hospitals NHS Trust', 'Brookfield Hospitals NHS Foundation Trust'] });
}
