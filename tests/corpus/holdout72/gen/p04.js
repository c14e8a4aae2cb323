// holdout72-wdes-2022-23-ivelbrook: community health trust, laid out like a published 2016-17 workforce equality plan of a community and
// mental health trust (work pieces, not metrics): 'Item | Activity/Work Piece | Details/Outcome to be achieved | Expected date of
// completion | Key actions | Responsibility for action | Date achieved/progress' with the RAG key written INSIDE the last header cell,
// items numbered 1 … 10 straight through six workstream section rows, progress on a red / amber / green fill, a WDES metric named only
// in brackets in some work pieces, and one item carried on to the next row at a page break (from the PDF).
import { Book, Plan, C } from './lib.js';
import { fitHeight } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [6, 40, 32, 15, 34, 20, 36];
  const trust = 'Ivelbrook Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2022-23-ivelbrook', sheet: 'WDES 2022-23', standard: 'WDES', period: '2022-23', trust, widths: W, font: { name: 'Arial', size: 9 } });
  p.line([`${trust} WDES Action Plan 2022-2023`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['The Trust is committed to being a place where disabled people and people with long-term conditions can work well and build a career. We recognise that the WDES action plan on its own is only part of the answer, and it should be read alongside our People Plan and our Health and Wellbeing Strategy.'], { merge: ['A', 'G'], height: 26 });
  p.blank();
  p.header(['Item', 'Activity/Work Piece', 'Details/Outcome to be achieved', 'Expected date of completion', 'Key actions', 'Responsibility for action', 'Date achieved/progress\nRed = yet to begin\nAmber = in progress\nGreen = completed'], { height: 50, style: { fill: C.palegrey } });
  const F = { red: C.red, amber: C.amber, green: C.green };
  const rows = [
    ['Governance/Assurance'],
    ['1', 'KPI reporting – table the WDES metrics, broken down by locality (North, South and East), at the Inclusion Group each quarter.', 'Better sight of where disabled staff fare worst. Assurance to the People Committee. Improved performance against the WDES metrics.', 'On going', 'Agree the quarterly report format. Add declaration rate by locality.', 'Workforce Information', 'Quarterly report in place from Q2; first locality breakdown shared in October 2022.', 'green', []],
    ['2', 'Develop a standard reasonable adjustments log so that the Trust can report on adjustments from its own data and not only the staff survey (metric 8).', 'Managers record adjustments in one place; the Trust can see how long adjustments take to put in place.', 'December 2022', 'Scope options in ESR. Test with two teams. Launch with guidance.', 'HR/Health & Wellbeing Lead', 'ESR option not available; a SharePoint log is being tested with Podiatry and District Nursing North.', 'amber', ['8']],
    ['Policy development/review'],
    ['3', 'Review the Managing Attendance policy so that disability-related absence is recorded separately and adjusted trigger points are agreed in advance (metric 6).', 'Managers apply the policy fairly for disabled staff; fewer disabled staff feel pressure to come to work when unwell.', 'October 22', ['Draft policy. Consultation with staff side and the Disability & Long Term Conditions Network.', 'Briefing for managers.'], 'HR Policy Lead', ['Policy approved by the JNCC on 14 September 2022. Manager briefings', 'held in October and November; 148 managers attended.'], 'green', ['6']],
    ['4', 'Review the capability procedure so that occupational health advice is sought before any formal stage for a member of staff with a disability (metric 3).', 'Fewer disabled staff entering the formal capability process; fairer outcomes.', 'In line with policy review schedule', 'Allocate to the policy review cycle.', 'Senior HR Business Partner', 'Not yet started – the procedure is due for review in March 2023.', 'red', ['3']],
    ['Learning and Development'],
    ['5', 'Add a module on reasonable adjustments and Access to Work to the “Leading Together” course for Band 6 and 7 team leaders.', 'Team leaders know how to agree, record and review adjustments.', 'November 2022 and on-going', 'Write the module with the network. Pilot. Evaluate.', 'Learning & Development Manager', 'Module piloted with two cohorts; evaluation positive.', 'green', []],
    ['6', 'Run a “Next Step” career workshop for disabled staff at Bands 2–5, with help on applications and interviews (metric 5).', 'Disabled staff feel more confident to apply for promotion.', 'January 2023', 'Book venue. Advertise through the network. Evaluate after three months.', 'Organisational Development Lead', 'Workshop booked for 18 January 2023.', 'amber', ['5']],
    ['Engagement'],
    ['7', 'Continue to support the Disability & Long Term Conditions Network, with two hours’ protected time a month for members (metric 9b).', 'A stronger network voice in Trust decisions.', 'On-going', 'Agree protected time with service managers. Network chair to attend the Inclusion Group.', 'Network Chair/Inclusion Lead', 'Protected time agreed; the chair now attends the Inclusion Group.', 'green', ['9b']],
    ['8', 'Hold listening events with disabled staff in each locality to understand the fall in their engagement score (metrics 9a and 7).', 'Actions agreed with staff and published as “you said, we did”.', 'February 2023', 'Book events. Write up themes. Agree actions with the network.', 'Inclusion Lead', 'North and South events held; East planned for February.', 'amber', ['9a', '7']],
    ['Diagnostics'],
    ['9', 'Deep dive into the harassment figures for community nursing teams, who work alone in patients’ homes (metrics 4a and 4b).', 'Targeted actions for the teams most affected.', 'March 23', 'Pull Datix and staff survey data by team. Focus groups with district nurses.', 'Head of Health & Safety/Workforce Information', 'Data request made to the survey provider.', 'amber', ['4a', '4b']],
    ['Support Services'],
    ['10', 'Raise awareness of the Employee Assistance Programme and Access to Work among disabled staff and their managers.', 'Staff get support earlier.', 'September 2022 and on-going', 'Communication cascade. Intranet page.', 'Communications/Health & Wellbeing Lead', 'Completed - September 2022', 'green', []],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'G'], style: { bold: true }, border: true })); theme = r[0]; continue; }
    const [item, act, out, due, keys, resp, prog, rag, inds] = r;
    const split = Array.isArray(prog);
    const vals = [item, act, out, due, split ? keys[0] : keys, resp, split ? prog[0] : prog];
    const a = p.action(vals, { ref: item, indicators: inds, theme, action: act, lead: resp, due, rag, progress: split ? prog.join(' ') : prog, outcome: out }, { height: fitHeight(vals, W, 9), styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, { fill: F[rag] }] });
    if (split) {
      const c = p.write(['', '', '', '', keys[1], '', prog[1]], { styles: [{}, {}, {}, {}, {}, {}, { fill: F[rag] }] });
      p.nonActionRows.push(c); p.joins[a] = [{ col: 'G', rows: [c] }, { col: 'E', rows: [c] }];
    }
  }
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust), laid out like a published workforce equality action plan of a community and mental health trust: sheet 'WDES 2022-23', a title naming the trust, an intro paragraph, a blank row, the header 'Item | Activity/Work Piece | Details/Outcome to be achieved | Expected date of completion | Key actions | Responsibility for action | Date achieved/progress' whose LAST CELL carries the key on three more lines ('Red = yet to begin', 'Amber = in progress', 'Green = completed'), row 4, frozen; then six workstream SECTION rows (Governance/Assurance, Policy development/review, Learning and Development, Engagement, Diagnostics, Support Services) with items 1–10 numbered straight through. The progress cell of each item is filled red / amber / green. Item 3 runs over a page break: the row under it (row 10) holds only the rest of its Key actions ('Briefing for managers.') and of its progress ('held in October and November; 148 managers attended.'). Judgement calls: action = Activity/Work Piece; the Key actions column is the work piece's steps, not separate actions and not the action (no field is taken from it); outcome = Details/Outcome to be achieved; ref = Item; lead = Responsibility for action as written ('HR/Health & Wellbeing Lead'); due = Expected date of completion as written ('On going', 'October 22', 'In line with policy review schedule', 'November 2022 and on-going' kept); progress = the Date achieved/progress text (item 3's two rows read together; the carried-on row is not an action); status '' (the cell holds progress, not a status word), rag from its fill as the header's key reads it; indicators only where a work piece names a metric in brackets ('(metric 8)', '(metrics 9a and 7)' → ['9a','7'] in the order written, '(metrics 4a and 4b)'), [] for items 1, 5 and 10 which name none ('the WDES metrics' in item 1 names no metric); theme = the workstream section row.", { mode: 'fill', ragCol: 7, statusIsCell: false, sections: secs, notFrom: ['E'], textMetrics: true });
}
