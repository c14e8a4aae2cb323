// holdout46-wdes-2022-23-wrenfield: a specialist orthopaedic trust's WDES plan that STARTED AS THE DISABILITY NETWORK'S ASKS to the Board.
// Each row: the network's ask and why, the Board's response (Accepted / Accepted in part / Not accepted – on green / amber / red fills that
// are NOT a progress rating), what the trust will do, the executive sponsor, the target, and a plain six-month check word. Asks the Board
// did not accept carry no action and point to a note below the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrenfield Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout46-wdes-2022-23-wrenfield', sheet: 'Network asks', standard: 'WDES', period: '2022-23', trust, widths: [8, 34, 34, 16, 44, 24, 14, 14] });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(["Enable Network: our asks of the Board and the Trust's response – WDES plan 2022-23"], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['The Enable Network (disabled staff and staff with long-term conditions) put ten asks to the Board in April 2022. The Board responded at its May meeting. Where an ask was accepted, the action the Trust will take is set out with its sponsor and target. The six-month check was done with the network in November 2022.'], { merge: ['A', 'H'], height: 44 });
  p.blank();
  p.header(['Ask', 'What the network asked for', 'Why it matters (WDES metric)', 'Board response', 'What the Trust will do', 'Executive sponsor', 'Target', 'Six-month check'], { style: { fill: C.lilac } });
  const RESP = { Accepted: C.goodG, 'Accepted in part': C.neutralA, 'Not accepted': C.badR };
  const asks = [
    ['Ask 1', 'A central budget for reasonable adjustments so that teams do not have to pay for equipment themselves.', 'Disabled staff wait longer for adjustments (metric 7).', 'Accepted', 'Set up a central reasonable adjustments budget held by Occupational Health, with a six-week standard from request to delivery.', 'Director of People', 'September 2022', 'Complete', ['7']],
    ['Ask 2', 'Guaranteed interviews for disabled applicants who meet the essential criteria.', 'Disabled applicants are less likely to be appointed from shortlisting (metric 2).', 'Accepted', 'Check every vacancy on the recruitment system to make sure the guaranteed interview scheme is applied, and report breaches monthly.', 'Director of People', 'July 2022', 'On track', ['2']],
    ['Ask 3', 'A seat for the network on the Board.', 'Disabled staff are not represented at Board level (metric 10).', 'Not accepted', 'No action – see note 1.', '—', '—', '—', null],
    ['Ask 4', 'Managers to be trained in disability awareness.', 'Disabled staff feel less valued by the organisation (metric 8).', 'Accepted in part', 'Add a disability and long-term conditions module, co-written with the network, to the existing management development programme (not a separate course).', 'Chief Nurse', 'December 2022', 'On track', ['8']],
    ['Ask 5', 'No disabled colleague to go through capability without an occupational health report.', 'Disabled staff are more likely to enter the formal capability process (metric 3).', 'Accepted', 'Change the capability policy so that a health-related case cannot go to a formal stage without an up-to-date occupational health report.', 'Director of People', 'October 2022', 'Slipped', ['3']],
    ['Ask 6', 'Help for staff with hidden conditions to talk about them without fear.', 'Declaration rates on ESR are low (metric 1).', 'Accepted', 'Run a "This is me" story campaign with network members and repeat it at every induction.', 'Director of Communications', 'November 2022', 'Complete', ['1']],
    ['Ask 7', 'Flexible working as a right from day one for disabled staff.', 'Disabled staff feel pressure to come to work when unwell (metric 6).', 'Accepted in part', 'Make every request from a disabled member of staff go to a second manager before it can be refused.', 'Chief Operating Officer', 'January 2023', 'On track', ['6']],
    ['Ask 8', 'A zero-tolerance approach to patients who abuse disabled staff.', 'Disabled staff report more harassment from patients (metric 4a).', 'Accepted', 'Include disability in the violence and aggression policy and the letters sent to patients after an incident.', 'Chief Operating Officer', 'September 2022', 'Complete', ['4a']],
    ['Ask 9', 'Paid time for network members to attend every network meeting.', 'The network cannot grow without time (metric 9b).', 'Not accepted', 'No action – see note 2.', '—', '—', '—', null],
    ['Ask 10', 'A fair share of development places.', 'Disabled staff feel they have fewer chances to progress (metric 5).', 'Accepted', 'Publish the share of funded development places taken by disabled staff each quarter.', 'Chief Nurse', 'March 2023', 'On track', ['5']],
  ];
  const noAct = [];
  for (const [ref, ask, why, resp, act, sp, tgt, chk, inds] of asks) {
    const vals = [ref, ask, why, resp, act, sp, tgt, chk]; const styles = [{}, {}, {}, { fill: RESP[resp] }, {}, {}, {}, {}];
    if (!inds) { noAct.push(p.line(vals, { border: true, styles })); continue; }
    p.action(vals, { ref, indicators: inds, action: act, lead: sp, due: tgt, status: chk }, { styles });
  }
  p.blank();
  p.line(["Note 1: The Board's membership is set by the Trust's constitution. Instead, the network chair will attend the People Committee and present to the Board twice a year."], { merge: ['A', 'H'], height: 28 });
  p.line(['Note 2: The Board agreed one hour a month of protected time (see the Staff Networks policy); paid time for every meeting will be reviewed in 2023-24.'], { merge: ['A', 'H'], height: 28 });
  p.line(['Board response colours: green = accepted, amber = accepted in part, red = not accepted.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic foundation trust) that began as the disabled staff network's ASKS to the Board: trust name, a title naming the Enable Network, a paragraph explaining that the network put ten asks, the Board responded and the six-month check was done with the network, a blank row, a lilac header on row 5 'Ask | What the network asked for | Why it matters (WDES metric) | Board response | What the Trust will do | Executive sponsor | Target | Six-month check', ten asks, a blank row, two numbered notes and a key line for the Board-response colours. The Board response is a word on a fill (Accepted green, Accepted in part amber, Not accepted red); the six-month check is a plain unfilled word (Complete, On track, Slipped). Two asks were NOT ACCEPTED: 'No action – see note 1.' / '… note 2.' with '—' for sponsor, target and check. Judgement calls: the not-accepted asks are NOT actions (plain non-action rows; the alternative in note 1 is not written as an action with a sponsor or date); the action is 'What the Trust will do', never the network's ask; ref = 'Ask n' as written; lead = the executive sponsor; due = Target as written; status = the six-month check word with rag null (no colour on it) – the Board-response fill is the Board's decision, NOT a progress rating, so it gives neither status nor rag; indicators from the metric named in brackets in 'Why it matters' ('(metric 4a)' → ['4a']). Notes and key are context.", { mode: 'word', ragCol: 'H', words: { Complete: null, 'On track': null, Slipped: null }, fieldCols: { ref: 'A', lead: 'F', due: 'G', status: 'H' }, indicatorsFrom: 'C', dataRows: noAct, notFrom: ['B', 'D'], forbidden: ['Accepted', 'Accepted in part'] });
}
