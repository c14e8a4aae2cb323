// holdout24-wdes-2020-21-audleystone: follows a mental health trust's WDES action plan 2020/21 (BSMHFT's, a shared fixture's source):
// 'Indicator | Action(s) | Lead | Date | Status | Progress | Anticipated Outcome | Completed', the metric's full wording merged down
// in Indicator, refs written into the action ('2a. …'), mmm-yy dates, status words, a Completed column.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Audleystone Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout24-wdes-2020-21-audleystone', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust, widths: [40, 46, 26, 9, 13, 44, 32, 12] });
  p.line(['WDES ACTION PLAN 2020/2021'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line([`At ${trust} we know that long-standing inequalities have no quick fix. This plan sits alongside our five-year people strategy so that staff, service users and carers work and are cared for free from discrimination.`], { merge: ['A', 'H'], height: 30 });
  p.header(['Indicator', 'Action(s)', 'Lead', 'Date', 'Status', 'Progress', 'Anticipated Outcome', 'Completed'], { style: { fill: C.purple, color: C.white } });
  const S = { Complete: [C.green, 'green'], 'In Progress': [C.amber, 'amber'], 'Not Started': [C.red, 'red', C.white] };
  const F = 'mmm-yy';
  const groups = [
    ['1. Percentage of staff in AfC pay bands or medical and dental subgroups and very senior managers (including Executive Board members) compared with the percentage of staff in the overall workforce.', ['1'], [
      ['1a', 'Disclosure campaign so that more staff record whether they are disabled.', 'Senior EDI Lead', D(2020, 9, 30), 'In Progress', 'Campaign paused during the first Covid-19 wave and restarted in September; each directorate now has its own figures.', 'Fewer "not stated" records', ''],
      ['1b', 'Give every directorate its WDES figures and ask for a local response.', 'Head of Workforce Intelligence', D(2020, 11, 30), 'Complete', 'Figures presented to all six directorates in October and November.', 'Directorates own their data', 'Nov-20'],
    ]],
    ['2. Relative likelihood of non-disabled staff compared to disabled staff being appointed from shortlisting across all posts.', ['2'], [
      ['2a', 'Remind every shortlisting manager of the guaranteed interview scheme and check TRAC flags it.', 'Recruitment Manager', D(2020, 12, 31), 'Complete', 'Scheme flag checked; reminder in the managers\' bulletin.', 'Relative likelihood moves towards 1.0', 'Dec-20'],
    ]],
    ['3. Relative likelihood of disabled staff compared to non-disabled staff entering the formal capability process on the grounds of performance.', ['3'], [
      ['3a', 'Review every capability case for whether reasonable adjustments were considered first.', 'Head of Employee Relations', D(2021, 3, 31), 'Not Started', 'Review template drafted; first review due in April.', 'No capability case without an adjustments check', ''],
    ]],
    ['4. Percentage of disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients, managers or colleagues, and reporting it.', ['4'], [
      ['4a', 'Run "Speak up" sessions for disabled staff with the Freedom to Speak Up Guardian.', 'Freedom to Speak Up Guardian', D(2021, 1, 31), 'In Progress', 'Two virtual sessions held; more planned.', 'More disabled staff report harassment', ''],
      ['4b', 'Add disability to the violence and aggression incident form.', 'Head of Health and Safety', D(2020, 10, 31), 'Complete', 'Field added to Datix.', 'Incidents can be analysed by disability', 'Oct-20'],
    ]],
    ['5. – 7. Staff survey: equal opportunities for progression, pressure to attend work when unwell, and feeling valued.', ['5', '6', '7'], [
      ['5a', 'Set up a central reasonable adjustments budget so cost is never a reason to refuse one.', 'Director of Finance', D(2021, 3, 31), 'In Progress', 'Budget agreed in principle; process being written.', 'Adjustments made faster', ''],
      ['5b', 'Build a wellbeing conversation into every sickness review meeting.', 'Head of HR Operations', D(2021, 2, 28), 'Not Started', 'Delayed by Covid-19 pressures.', 'Fewer disabled staff feel pressure to attend work', ''],
    ]],
    ['9. Engagement score and the voice of disabled staff.', ['9'], [
      ['9a', 'Support the Disability and Neurodiversity Network to set up a steering group and work plan.', 'Network Executive Sponsor', D(2020, 12, 31), 'Complete', 'Steering group met in November; work plan agreed.', 'An active network with a voice at the Board', 'Dec-20'],
    ]],
  ];
  for (const [ind, inds, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([ref, a, lead, due, st, prog, out, done], i) => {
      const text = `${ref}. ${a}`;
      p.action([i === 0 ? ind : undefined, text, lead, due, st, prog, out, done], { ref, indicators: inds, action: text, lead, due: shown(due, F), status: st, rag: S[st][1], progress: prog, outcome: out, completed: done }, { styles: [{}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health foundation trust) following a real published WDES ACTION PLAN 2020/2021 (BSMHFT's): a bold title, an intro paragraph naming the trust, then a purple header 'Indicator | Action(s) | Lead | Date | Status | Progress | Anticipated Outcome | Completed' (row 3). The Indicator column holds the metric's FULL WORDING with its number ('1. Percentage of staff in AfC pay bands …'; '5. – 7. Staff survey: …' for three metrics at once) MERGED DOWN over its one or two actions. Each action starts with its ref ('1a. …', '5b. …'). Dates are real dates shown mmm-yy; status words filled (Complete green, In Progress amber, Not Started red – no blue); 'Completed' holds the month an action finished ('Nov-20' as text) or is empty. Pre-2021 metric set (whole 4 and 9). Judgement calls: gold action = the whole cell including its '1a.' prefix (as the fixture gold does), ref = that prefix without the dot; indicators from the number(s) at the start of the merged Indicator cell ('5. – 7.' = ['5','6','7']); the merged Indicator cell is a per-row label, not a theme (theme null); due = Date as shown; Progress = progress; Anticipated Outcome = outcome; Completed = completed; status word and its fill.", { ragCol: 'E', mode: 'fill' });
}
