// holdout67-wres-2023-24-corvenhithe: acute teaching trust. Several actions are REPEATED FOR TWO STAFF GROUPS: the action cell is merged
// down over two rows, 'Non-medical (AfC)' and 'Medical & dental', and each row has its own lead, deadline, status and update.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Corvenhithe University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout67-wres-2023-24-corvenhithe', sheet: 'WRES AP 23-24', standard: 'WRES', period: '2023-24', trust, widths: [7, 10, 52, 20, 30, 13, 14, 40], font: { name: 'Calibri', size: 10 } });
  p.line(['WRES Action Plan 2023/24'], { merge: ['A', 'H'], style: { bold: true, font: { size: 16 }, color: C.nhs } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Where an action applies to both staff groups it is shown once with a row for each group, because the leads and timescales differ. Medical actions also support the Medical WRES.'], { merge: ['A', 'H'], height: 30 });
  p.blank();
  p.header(['Ref', 'WRES', 'Action', 'Staff group', 'Lead', 'Deadline', 'Status', 'Update (Q3)'], { style: { fill: C.nhs, color: C.white } });
  const F = { 'Complete': C.green, 'In progress': C.amber, 'Not started': C.grey, 'Overdue': C.red };
  const RG = { 'Complete': 'green', 'In progress': 'amber', 'Not started': null, 'Overdue': 'red' };
  const acts = [
    ['W1', '1', ['1'], 'Set a target for each care group to increase ethnic minority representation at Band 8a and above and at consultant and clinical director level', [
      ['Non-medical (AfC)', 'Deputy Chief People Officer', 'Jun-23', 'Complete', 'Targets agreed by all five care groups.'],
      ['Medical & dental', 'Deputy Medical Director', 'Sep-23', 'In progress', 'Clinical director targets drafted; to JLNC in January.']]],
    ['W2', '2', ['2'], 'Put an independent inclusion panel member on every interview for senior posts', [
      ['Non-medical (AfC)', 'Head of Recruitment', 'Jul-23', 'Complete', 'In place for Band 8a+ since July.'],
      ['Medical & dental', 'Medical Staffing Manager', 'Dec-23', 'Overdue', 'Royal College assessors not yet briefed.']]],
    ['W3', '3', ['3'], 'Use the Just Culture checklist before any formal disciplinary process', [
      ['Non-medical (AfC)', 'Head of Employee Relations', 'May-23', 'Complete', ''],
      ['Medical & dental', 'Responsible Officer', 'Oct-23', 'In progress', 'Checklist adapted for MHPS cases.']]],
    ['W4', '4', ['4'], 'Publish access to non-mandatory training and CPD funding by ethnicity every six months', [
      ['All staff', 'Head of Education', 'Nov-23', 'In progress', 'First report due at Education Committee in February.']]],
    ['W5', '5–8', ['5', '6', '7', '8'], 'Launch the "Not in our hospital" campaign against racist abuse, with clear reporting routes and manager follow-up', [
      ['Non-medical (AfC)', 'Head of Staff Experience', 'Oct-23', 'In progress', 'Launched in Black History Month.'],
      ['Medical & dental', 'Guardian of Safe Working Hours', 'Jan-24', 'Not started', '']]],
    ['W6', '9', ['9'], 'Run a board-shadowing programme for senior ethnic minority staff', [
      ['All staff', 'Company Secretary', 'Mar-24', 'Not started', 'Places to be offered in Q4.']]],
  ];
  for (const [ref, w, inds, act, rows] of acts) {
    const first = p.r + 1;
    rows.forEach(([grp, lead, due, st, upd], i) => {
      p.action([i ? '' : ref, i ? '' : w, i ? '' : act, grp, lead, due, st, upd], { ref, indicators: inds, action: act, lead, due, status: st, rag: RG[st], progress: upd }, { styles: [{}, {}, {}, {}, {}, {}, { fill: F[st] }, {}] });
    });
    for (const col of ['A', 'B', 'C']) mergeDown(p.ws, col, first, p.r);
  }
  p.blank();
  p.line(['Status colours: green complete, amber in progress, red overdue, grey not started.'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Owner: Chief People Officer. Reported to People & Culture Committee quarterly.'], { merge: ['A', 'H'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional acute teaching foundation trust, WRES 2023/24. Title lines and an explanatory note, header 'Ref | WRES | Action | Staff group | Lead | Deadline | Status | Update (Q3)'. Four of the six actions are REPEATED FOR TWO STAFF GROUPS: Ref, WRES and Action are MERGED DOWN over two rows, 'Non-medical (AfC)' and 'Medical & dental', and each row has its own lead, deadline, status (word on a fill) and update; two actions are single 'All staff' rows. Judgement calls: each staff-group row is its own action – it has its own lead, deadline and status, and the trust tracks them separately (the note says the action is shown once only because the wording is shared) – so 10 actions from 6 refs; both rows of a pair carry the merged ref ('W1') and the merged action text as written (the staff group is a column the gold format has no field for, so it is not added to the action text); lead, due, status, progress from the row itself; indicators from the merged WRES cell ('5–8' → 5,6,7,8); rag from the status fill (grey Not started → null); theme null. Title, note, colour key and owner line are context.", { mode: 'fill', ragCol: 'G', staffGroups: { groupCol: 'D', actionCol: 'C', groups: ['Non-medical (AfC)', 'Medical & dental', 'All staff'] } });
}
