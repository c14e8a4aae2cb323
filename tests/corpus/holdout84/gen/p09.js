// holdout84-wdes-2021-22-ashwater: specialist orthopaedic and rehabilitation trust's WDES plan: the metric and a group RAG are MERGED
// DOWN over each metric's actions; rows inserted later have no number but their own action, owner and deadline (they are actions);
// one numbered action runs on into an unnumbered row that has nothing else (a continuation).
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashwater Orthopaedic and Rehabilitation Hospital NHS Trust';
  const p = new Plan(book, { name: 'holdout84-wdes-2021-22-ashwater', sheet: 'WDES', standard: 'WDES', period: '2021-22', trust, widths: [26, 6, 56, 26, 13, 12], font: { name: 'Tahoma', size: 9 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['WDES Action Plan 2021/22 – agreed with the Ability Staff Network, July 2021'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Rows added after the plan was agreed are shown in blue text.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['WDES metric', 'No.', 'Action', 'Responsible', 'Deadline', 'Metric RAG'], { style: { fill: 'FFC9C9C9' } });
  const F = { Red: C.red, Amber: C.amber, Green: C.green };
  const RG = { Red: 'red', Amber: 'amber', Green: 'green' };
  const BLUE = 'FF0070C0';
  // [metric label, codes, rag, [[no, [action lines], lead, deadline, added?]]]
  const groups = [
    ['Metric 1 – workforce representation', '1', 'Amber', [
      ['1', ['Remind all staff to update their disability status through ESR self-service, with a how-to guide for theatre and ward staff.'], 'Workforce Information Manager', 'Sep 2021'],
      ['', ['Add a disability question to the staff survey follow-up pulse so we can compare with ESR.'], 'Head of OD', 'Dec 2021', true],
    ]],
    ['Metric 2 – shortlisting to appointment', '2', 'Green', [
      ['2', ['Keep Disability Confident Leader status and publish our guaranteed interview numbers.'], 'Head of Recruitment', 'Mar 2022'],
    ]],
    ['Metric 3 – capability', '3', 'Amber', [
      ['3', ['Check every capability case with an Occupational Health referral and a record of the adjustments already tried,', 'before it goes to a formal hearing.'], 'Employee Relations Manager', 'Oct 2021'],
    ]],
    ['Metrics 4a / 4b – harassment and reporting', '4a, 4b', 'Red', [
      ['4', ['Run harassment awareness sessions for physiotherapy, OT and rehabilitation ward teams, where patients are on site for weeks.'], 'Therapies Professional Lead', 'Jan 2022'],
      ['', ['Give disabled staff a named contact in the Ability Network to go with them when they report harassment.'], 'Ability Network Chair', 'Feb 2022', true],
      ['', ['Report harassment incidents by disability to the Health & Safety Committee.'], 'Health & Safety Manager', 'Mar 2022', true],
    ]],
    ['Metrics 5–8 – staff experience', '5, 6, 7, 8', 'Amber', [
      ['5', ['Hold listening sessions with disabled staff on bullying, career progression, working while unwell and feeling valued, and agree one change for each.'], 'Head of HR Operations', 'Nov 2021'],
      ['6', ['Train line managers in supporting disabled staff – adjustments, attendance, career conversations – and check the effect on metrics 5 to 8 in the 2022 survey.'], 'Health & Wellbeing Lead', 'Jan 2022'],
    ]],
    ['Metrics 9a / 9b and 10 – voice and the board', '9a, 9b, 10', 'Green', [
      ['7', ['Fund the Ability Network chair for two days a month and ask the chair to present the WDES results to the Board each year.'], 'Director of Workforce', 'Aug 2021'],
    ]],
  ];
  for (const [label, codes, rag, acts] of groups) {
    const first = p.r + 1;
    for (const [no, al, lead, dl, added] of acts) {
      const col = added ? { color: BLUE } : {};
      const r = p.action([p.r + 1 === first ? label : '', no, al[0], lead, dl, p.r + 1 === first ? rag : ''], { ref: no, indicators: codes.split(', '), action: al.join(' '), lead, due: dl, status: rag, rag: RG[rag] },
        { styles: [{ bold: true, alignment: { vertical: 'middle' } }, { alignment: { horizontal: 'center' } }, col, col, col, { fill: F[rag], alignment: { horizontal: 'center', vertical: 'middle' } }] });
      if (al.length > 1) {
        for (let k = 1; k < al.length; k++) p.line(['', '', al[k], '', '', ''], { border: true, styles: [{}, {}, col, {}, {}, { fill: F[rag] }] });
        p.joins[r] = [{ col: 3, rows: al.slice(1).map((_, k) => r + 1 + k) }];
      }
    }
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'F', first, p.r);
  }
  p.blank();
  p.line(['The RAG is given for each metric as a whole and reviewed by the Ability Staff Network every quarter.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic and rehabilitation trust). Sheet 'WDES': trust title, plan title naming the July 2021 agreement, an italic line saying that rows added later are in blue text, then the grey header 'WDES metric | No. | Action | Responsible | Deadline | Metric RAG' (row 5) and ten actions in six metric groups. The WDES metric label (A) and the Metric RAG (F, a word on its fill) are MERGED DOWN over each group's rows. Three rows added later (blue text) have NO NUMBER but their own action, Responsible and Deadline; action 3's sentence was typed with Enter and runs on into the row below, which has only the rest of the sentence. Judgement calls: an unnumbered row with its own action, owner and deadline is an action (ref ''; the intro explains why it has no number); the unnumbered row holding only ‘before it goes to a formal hearing.’ is a continuation of action 3 (joined with a space), not an action; every action takes the codes of the merged metric label beside it ('Metrics 5–8' → 5, 6, 7, 8, as both actions under it address all four; '9a / 9b and 10' → 9a, 9b, 10, the network chair's time and the board report) and the merged Metric RAG word as its status with rag from the fill (the plan rates each metric as a whole); the metric label is the indicator, not a theme (theme null); ref = No. ('4' is the action number, not metric 4); lead = Responsible; due = Deadline as typed; the July 2021 agreement is no due.", { mode: 'fill', ragCol: 6, mergedFields: { lead: 'D', due: 'E', status: 'F' }, forbidden: ['July 2021', 'Ability Staff Network'] });
}
