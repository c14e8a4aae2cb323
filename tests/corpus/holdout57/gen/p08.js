// holdout57-wdes-2022-23-garthmere: a GP federation (primary care collaborative) publishing a voluntary WDES plan in THREE columns –
// 'Metric', a long 'Action' cell that ends with the OWNER'S INITIALS AND THE TIMING IN A BRACKET ('(Owner: JM; start Sept 2022, complete
// Mar 2023)'), and 'Progress notes'; the initials are explained in a key under the table. ASSUMED layout.
import { Book, Plan, C } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Garthmere Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout57-wdes-2022-23-garthmere', sheet: 'Sheet1', standard: 'WDES', period: '2022-23', trust, widths: [30, 90, 52], font: { name: 'Verdana', size: 9 } });
  p.line([`${trust} (GP Federation)`], { merge: ['A', 'C'], style: { bold: true, font: { size: 12 }, color: C.green } });
  p.line(['Workforce Disability Equality Standard – voluntary action plan 2022/23'], { merge: ['A', 'C'], style: { bold: true } });
  p.line(['We are not required to publish the WDES, but our 14 member practices and the federation\'s own 230 staff agreed to use it as a framework. Figures come from our own staff survey (June 2022, 61% response), so not every national metric can be reported.'], { merge: ['A', 'C'], height: 40 });
  p.header(['Metric', 'Action (owner and timing in brackets)', 'Progress notes'], { style: { fill: C.goodG } });
  const acts = [
    ['Metric 1 – Workforce', ['1'], 'Agree a common way for member practices to record whether staff have a disability, using the same categories as ESR so that we can combine the figures across the federation for the first time', 'JM', 'start Sept 2022, complete Mar 2023', 'Mar 2023', 'Template agreed with 9 of 14 practice managers in October.'],
    ['Metric 2 – Recruitment', ['2'], 'Sign every practice up to Disability Confident Level 1 and offer an interview to every disabled applicant who meets the essential criteria for federation-employed roles (clinical pharmacists, care coordinators, first-contact physiotherapists)', 'JM', 'by Dec 2022', 'Dec 2022', 'Federation registered at Level 1. Six practices registered so far.'],
    ['Metric 4a – Harassment from patients', ['4a'], 'Run a short de-escalation course for reception and care navigation teams, with a section on abuse aimed at staff with visible and non-visible disabilities, and put a clear notice about abusive behaviour in every waiting room and on practice websites', 'AP', 'Oct 2022 – Feb 2023', 'Oct 2022 – Feb 2023', 'Four courses held (52 staff). Notices in 12 of 14 waiting rooms.'],
    ['Metric 4b – Harassment from colleagues', ['4b'], 'Give staff in small practices a route to raise bullying concerns outside their own practice, through a federation-wide Freedom to Speak Up Guardian shared between all member practices', 'Clinical Director', 'appoint by Nov 2022', 'Nov 2022', 'Guardian appointed (0.2 WTE) and started 14 November.'],
    ['Metric 6 – Presenteeism', ['6'], 'Write a short guide for practice managers on reasonable adjustments and phased returns, with worked examples from general practice, and hold two lunchtime sessions on it', 'AP / HR adviser', 'complete Jan 2023', 'Jan 2023', 'Guide drafted; sessions booked for 10 and 24 January.'],
    ['Metric 7 – Feeling valued', ['7'], 'Add a question on whether disabled staff feel valued to the federation\'s own pulse survey each quarter and report the results to the Federation Board', 'JM', 'quarterly from Oct 2022', 'quarterly from Oct 2022', 'October pulse survey: 58% of disabled respondents feel valued (non-disabled 71%).'],
    ['Metric 9 – Staff voice', ['9'], 'Start a disabled staff peer support group across the federation, meeting online so that staff from all practices can join', '', 'launch Nov 2022', 'Nov 2022', 'First meeting held 22 November with 8 members.'],
    ['Metric 10 – Board', ['10'], 'Ask the Federation Board to take part in disability awareness training led by a disabled trainer', 'Chair', 'Mar 2023', 'Mar 2023', 'Not yet booked.'],
  ];
  for (const [m, inds, a, who, timing, due, note] of acts) {
    const br = who ? `(Owner: ${who}; ${timing})` : `(${timing})`;
    const cell = `${a} ${br}`;
    p.action([m, cell, note], { indicators: inds, action: cell, lead: who, due, progress: note, dueSource: due ? 'labelled' : null });
  }
  p.blank();
  const key = [];
  key.push(p.line(['Owners: JM = Jamila Mirza, Federation Workforce Lead; AP = Andrew Pryce, Head of Practice Operations; Clinical Director = Dr Helen Royce; Chair = Federation Board Chair.'], { merge: ['A', 'C'], style: { italic: true } }));
  p.line(['Agreed by the Federation Board, 20 September 2022. Next review: March 2023.'], { merge: ['A', 'C'], style: { italic: true } });
  fitRows(p);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a primary care collaborative / GP federation publishing the WDES voluntarily) on 'Sheet1' in THREE COLUMNS, Verdana 9: the collaborative's name, the plan title, an intro paragraph (14 practices, 230 staff, its own survey of June 2022), one pale-green header 'Metric | Action (owner and timing in brackets) | Progress notes' (row 4), eight actions, then an OWNERS KEY line and an approval line. Each action cell is a long sentence ending in a BRACKET that gives the owner's INITIALS or role and the timing: '(Owner: JM; start Sept 2022, complete Mar 2023)', '(Owner: AP; Oct 2022 – Feb 2023)', '(Owner: Clinical Director; appoint by Nov 2022)', and once no owner at all ('(launch Nov 2022)'). Judgement calls: action = the whole cell, bracket included; lead = the owner as written in the bracket ('JM', 'AP / HR adviser', 'Clinical Director', 'Chair') – the key line explains the initials but is not copied into the lead (as holdout9 birchcombe); '' for the peer support group, whose bracket names no owner; due = the END of the timing as written ('Mar 2023' from 'start Sept 2022, complete Mar 2023'; 'Nov 2022' from 'appoint by Nov 2022'; 'Dec 2022' from 'by Dec 2022'; 'Jan 2023' from 'complete Jan 2023'; 'Nov 2022' from 'launch Nov 2022'), a range kept whole ('Oct 2022 – Feb 2023', as holdout9 helmsworth) and a repeating timing kept whole ('quarterly from Oct 2022'); dueSource 'labelled' (read from the bracket); indicators from the Metric cell ('Metric 4a – …' → ['4a']); 'Metric 9 – Staff voice' is kept as written (['9']) – the plan does not say 9a or 9b and neither is guessed; progress = the Progress notes cell; no status (rag null); no theme; the owners key and approval line are not actions and the key's names are not leads.", { indFrom: { from: 'col', col: 'A' }, forbidden: ['Jamila Mirza', 'Andrew Pryce', 'Dr Helen Royce', 'Federation Board Chair', 'Jamila Mirza, Federation Workforce Lead'] });
}
