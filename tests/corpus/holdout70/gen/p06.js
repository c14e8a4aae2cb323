// holdout70-wres-2020-21-pollardwick: community provider that runs end-of-life and hospice-at-home care in partnership with a charitable
// hospice; the plan's 'Delivered by' column (Us / Hospice / Joint) is context; the focus area is merged down beside its actions;
// Covid-year statuses including 'Paused – Covid' on grey.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pollardwick Community Services NHS Trust';
  const p = new Plan(book, { name: 'holdout70-wres-2020-21-pollardwick', sheet: 'Race equality plan', standard: 'WRES', period: '2020-21', trust, widths: [20, 8, 50, 13, 26, 13, 15], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WRES action plan 2020/21`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Our end-of-life and hospice-at-home teams work alongside St Brannoc’s Hospice. Where hospice staff share the work, the “Delivered by” column says so; hospice staff are not counted in our WRES data.'], { merge: ['A', 'G'], height: 38 });
  p.line(['Revised September 2020 after staff were redeployed in the first Covid wave.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF595959' } });
  p.header(['Focus area', 'WRES', 'Action', 'Delivered by', 'Lead', 'By', 'Status'], { style: { fill: C.teal, color: C.white } });
  const F = { Done: C.goodG, Underway: C.neutralA, 'Not yet started': C.badR, 'Paused – Covid': C.grey };
  const R = { Done: 'green', Underway: 'amber', 'Not yet started': 'red', 'Paused – Covid': null };
  const groups = [
    ['Recruitment', [
      ['2', 'Write job adverts for healthcare assistant and bank HCA roles in plain English and post them with community radio and faith groups.', 'Us', 'Resourcing Lead', 'Nov 2020', 'Done'],
      ['2', 'Agree a shared interview panel pool with the hospice so every panel for joint posts has a BAME member.', 'Joint', 'Head of Palliative Care Services', 'Jan 2021', 'Underway'],
    ]],
    ['Wellbeing and safety', [
      ['5', 'Give hospice-at-home and night sitting staff a way to report racist remarks from patients or families straight from their phone.', 'Joint', 'Patient Safety Manager', 'Dec 2020', 'Underway'],
      ['6', 'Run Covid risk assessments for every BAME staff member, including bank staff, and repeat them when guidance changes.', 'Us', 'Occupational Health Lead', 'Jul 2020', 'Done'],
      ['8', 'Start a monthly listening circle for BAME staff facilitated by the hospice chaplaincy team.', 'Hospice', 'Chaplaincy & Bereavement Lead', 'Oct 2020', 'Paused – Covid'],
    ]],
    ['Development', [
      ['7', 'Fund two BAME HCAs a year onto the nursing associate apprenticeship, with placements in the hospice inpatient unit.', 'Joint', 'Practice Development Nurse', 'Mar 2021', 'Not yet started'],
      ['4', 'Check who is released for the palliative care CNS modules and why, by ethnicity.', 'Us', 'Education Lead', 'Feb 2021', 'Underway'],
      ['1, 9', 'Report the board and senior team’s ethnic mix against our local population in the annual report.', 'Us', 'Company Secretary', 'Mar 2021', 'Not yet started'],
    ]],
  ];
  for (const [area, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([ind, act, by, lead, when, st], i) => {
      p.action([i === 0 ? area : '', ind, act, by, lead, when, st], { indicators: ind.split(', '), theme: area, action: act, lead, due: when, status: st, rag: R[st] }, { styles: [{ bold: true, fill: C.palegrey }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { fill: F[st] }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Status colours: green Done, yellow Underway, pink Not yet started, grey Paused – Covid.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Agreed by the Joint Partnership Board (Trust and Hospice), 24 September 2020.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community provider running end-of-life and hospice-at-home care with a charitable hospice). Sheet 'Race equality plan': title with the trust name, a paragraph naming the partner hospice (St Brannoc's – not the identity), an italic revision line, then the teal header 'Focus area | WRES | Action | Delivered by | Lead | By | Status' (row 4) and eight actions in three groups whose Focus area cell ('Recruitment', 'Wellbeing and safety', 'Development') is MERGED DOWN beside them; then a status-colour line and a sign-off line. Judgement calls: identity = the Trust, not the hospice; 'Delivered by' (Us / Hospice / Joint) is context, never a lead; lead = Lead; due = By as typed; status = the word, rag from its fill (green / yellow / pink → green / amber / red); 'Paused – Covid' on grey gives rag null; theme = the merged Focus area cell beside the action (the plan's own grouping of its actions, read from the merged cell's value for every row it covers); no ref; indicators from the WRES column ('1, 9' → both); the Joint Partnership Board date is no due.", { mode: 'fill', ragCol: 7, themeCol: 'A', notFrom: ['D'], forbidden: ['24 September 2020', 'Hospice', 'Joint'] });
}
