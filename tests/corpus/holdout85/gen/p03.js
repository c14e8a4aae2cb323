// holdout85-wres-2022-23-orrinsford: community trust, laid out like a published community / MH trust WRES plan of 'work pieces':
// 'Item | Activity/Work Piece | Details/Outcome to be achieved | Expected date of completion | Key actions | Responsibility for action |
// Date achieved/progress Red = … Amber = … Green = …' under section rows; the last column's text is progress, its fill the RAG.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Orrinsford Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout85-wres-2022-23-orrinsford', sheet: 'Sheet1', standard: 'WRES', period: '2022-23', trust, widths: [6, 36, 32, 14, 38, 20, 36], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} WRES Action Plan 2022-2023`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['The Trust is committed to a culture in which every member of staff is treated fairly whatever their ethnic background. We recognise that this plan is only part of the answer, and it should be read alongside the Trust’s People Plan 2022-25 and our Equality Delivery System (EDS2022) grading.'], { merge: ['A', 'G'], height: 38 });
  p.blank();
  p.header(['Item', 'Activity/Work Piece', 'Details/Outcome to be achieved', 'Expected date of completion', 'Key actions', 'Responsibility for action', 'Date achieved/progress\nRed = yet to begin\nAmber = in progress\nGreen = completed'], { style: { fill: C.grey }, height: 52 });
  const F = { red: C.red, amber: C.amber, green: C.green };
  const rows = [
    ['Governance/Assurance'],
    ['1', 'Report WRES figures for each locality (North, Central, Coast) to the Equality and Inclusion Group every quarter.', 'Locality managers can see and act on their own figures. Improved assurance to the Board.', 'On going', 'Agree a standard locality report with the workforce information team; add it to the quarterly performance pack.', 'Workforce Information', 'First locality reports presented in July and October 2022.', 'green'],
    ['2', 'Equality impact assess every service change that moves staff between bases or shift patterns, before and after it happens.', 'Adverse effects on BME staff found early and put right.', 'September 2022', 'Revise the EIA template; train the transformation team; audit six changes.', 'Head of Transformation / E&I Lead', 'Template revised; training booked for November.', 'amber'],
    ['Recruitment and Progression'],
    ['3', 'Audit shortlisting and appointment outcomes for Band 6 and 7 community nursing posts.', 'Understand why White applicants are more likely to be appointed from shortlisting in community nursing.', 'Oct 22 and on-going', 'Pull TRAC data for 2021-22; review 40 shortlists with the Race Equality Network lead.', 'Independent HR Professional', 'Not yet started – TRAC report requested.', 'red'],
    ['4', 'Offer a secondment register so that BME staff can act up into Band 7 and 8a posts when they fall vacant.', 'More BME staff gain experience at a higher band and are ready to apply for substantive posts.', 'January 2023', 'Set up the register; publish every acting-up opportunity on it; record who takes them.', 'Deputy Director of Nursing', 'Register live; 7 of 15 secondments went to BME staff.', 'green'],
    ['Employee Relations'],
    ['5', 'Routine scheduled audit of disciplinary, capability and grievance outcomes by ethnicity.', 'Adverse outcomes identified, understood and acted upon.', 'December 2022', 'Design audit process, create templates, conduct first audit and share with the Race Equality Network.', 'Employee Relations Manager', 'First audit (disciplinary) complete; capability and grievance to follow.', 'amber'],
    ['6', 'Train investigating officers in cultural awareness and in writing fair terms of reference.', 'Fewer BME staff enter a formal process that could have been resolved informally.', 'March 2023', 'Commission the training; require it before anyone investigates.', 'HR', 'Carried forward to the 2023/24 plan – provider not yet found.', null],
    ['Staff Experience'],
    ['7', 'Support the Race Equality Network to hold an open meeting in each locality twice a year.', 'Staff in the community teams, who rarely come to headquarters, can take part in the network.', 'On going', 'Protect time for the chair; book venues; feed themes back to the Equality and Inclusion Group.', 'Race Equality Network Chair', 'North and Coast meetings held; Central planned for February.', 'amber'],
    ['8', 'Give staff who work alone in patients’ homes a simple way to report racist abuse and get a call back from their manager the same day.', 'Lone workers feel supported and racist abuse by patients or relatives is recorded.', 'November 2022', 'Add a category to the lone-working app; brief team leaders on the call-back standard.', 'Health and Safety Manager', 'App category added in September 2022.', 'green'],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line([r[0]], { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue }, border: true })); theme = r[0]; continue; }
    const [item, act, out, due, keys, lead, prog, rag] = r;
    p.action([item, act, out, due, keys, lead, prog], { ref: item, indicators: [], theme, action: act, lead, due, rag, progress: prog, outcome: out }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, rag ? { fill: F[rag] } : {}] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Laid out after a published trust WRES plan of work pieces (fictional community trust, every sentence new). Sheet 'Sheet1': one title line with the trust name and 'WRES Action Plan 2022-2023', an intro paragraph, a blank row, the grey header 'Item | Activity/Work Piece | Details/Outcome to be achieved | Expected date of completion | Key actions | Responsibility for action | Date achieved/progress' whose last heading carries the key on three more lines (Red = yet to begin, Amber = in progress, Green = completed), then four section rows (Governance/Assurance, Recruitment and Progression, Employee Relations, Staff Experience) with eight numbered items under them. The last column's TEXT is the progress and its FILL is the RAG; item 6's cell ('Carried forward to the 2023/24 plan …') has no fill. Judgement calls: the action is the Activity/Work Piece; Key actions are the steps of the same item, not actions, and no field comes from them; outcome = Details/Outcome to be achieved; due = Expected date of completion as typed ('On going', 'Oct 22 and on-going'); lead = Responsibility for action as written (the bare 'HR' kept); ref = Item; theme = the section row above; indicators [] throughout – the plan names no WRES indicator and none is guessed from the wording; status '' (no status word), rag from the fill through the key in the header, null for item 6's unfilled cell; the intro is context.", { mode: 'fill', ragCol: 7, statusIsCell: false, sections: secs, notFrom: ['E'] });
}
