// holdout27-wdes-2022-23-kestrelvale: a new ICB's first WDES plan for its own staff, kept as a CHECKLIST: a '☐ / ☑' box column, the date
// it was ticked, owners as teams, and timescales in the words people use in meetings.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Kestrel Vale Integrated Care Board';
  const p = new Plan(book, { name: 'holdout27-wdes-2022-23-kestrelvale', sheet: 'Checklist', standard: 'WDES', period: '2022-23', trust, widths: [7, 64, 12, 22, 20, 12, 44], font: { name: 'Segoe UI', size: 10 } });
  p.line([`${trust} – our WDES checklist 2022/23`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['For ICB staff (not system-wide). Tick the box when an action is finished and put the date next to it.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['☐ = still to do     ☑ = done'], { merge: ['A', 'G'], style: { color: 'FF595959' } });
  p.blank();
  p.header(['Done?', 'What we will do', 'WDES metric', 'Who', 'When', 'Date ticked', 'Notes'], { style: { fill: C.lilac } });
  const sections = [
    ['Getting the basics right', [
      ['☑', 'Write the ICB\'s own reasonable adjustments guidance – we inherited three different CCG versions', '7', 'People team', 'by end of Oct', '27/10/22', 'Signed off at Exec 25 Oct.'],
      ['☑', 'Ask every colleague to update their disability status on ESR in the November self-service push', '1', 'Workforce information', 'w/c 7 Nov', '18/11/22', 'Declaration up from 71% to 84%.'],
      ['☐', 'Add Disability Confident leader status to the ICB workforce plan and start the self-assessment', '2', 'People team', 'Q4', '', ''],
      ['☐', 'Check the new Wren House office against the access audit and fix what fails before we move in', '7', 'Estates and facilities', 'before the move (Feb?)', '', 'Audit booked for 12 Jan.'],
    ]],
    ['Listening and learning', [
      ['☑', 'Set up a Disability and Long-Term Conditions staff network with an exec sponsor', '9a', 'Chief People Officer', 'Sept', '14/09/22', 'First meeting 29 Sept, 17 came.'],
      ['☐', 'Hold a listening session on why disabled colleagues feel pressure to come to work when unwell', '6', 'Network + OD lead', 'January', '', ''],
      ['☐', 'Share the WDES results with the Board in the public meeting, with a network member presenting', '10', 'Director of Corporate Affairs', 'by AGM', '', 'Pencilled for the July board.'],
    ]],
    ['Managers and culture', [
      ['☐', 'Put a module on supporting disabled staff into the new line manager induction', '4a, 4b', 'OD and learning', 'Spring 23', '', 'Content drafted with network.'],
      ['☑', 'Publish who to contact about harassment and how to report it anonymously on the intranet front page', '4b', 'Comms', 'ASAP', '02/09/22', ''],
      ['☐', 'Look at appraisal data by disability once the new appraisal system has a full year', '5', 'Workforce information', '2023/24', '', 'Carry forward.'],
    ]],
  ];
  const secs = [];
  for (const [s, acts] of sections) {
    secs.push(p.line([s], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey }, border: true }));
    for (const [box, a, m, who, when, ticked, notes] of acts) {
      p.action([box, a, m, who, when, ticked, notes], { theme: s, indicators: m.split(/,\s*/), action: a, lead: who, due: when, status: box, completed: ticked, progress: notes }, { styles: [{ alignment: { horizontal: 'center' }, font: { size: 14 } }] });
    }
  }
  p.blank();
  p.line(['Owner: Head of People (EDI). Questions to the People team mailbox.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF595959' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its first WDES plan for its own staff) kept as a CHECKLIST (Segoe UI): a purple title with the ICB's name, an italic line ('For ICB staff (not system-wide). Tick the box …'), a KEY LINE '☐ = still to do     ☑ = done', a blank row, a lilac header 'Done? | What we will do | WDES metric | Who | When | Date ticked | Notes' (row 5), three grey section rows ('Getting the basics right', 'Listening and learning', 'Managers and culture') and ten actions, a blank row and an owner line. The first column holds a BOX GLYPH, ☑ or ☐, in a larger font and no colour. 'Who' is a team or role ('People team', 'Network + OD lead'). 'When' is written as people say it: 'by end of Oct', 'w/c 7 Nov', 'Q4', 'before the move (Feb?)', 'Sept', 'January', 'by AGM', 'Spring 23', 'ASAP', '2023/24'. 'Date ticked' is typed text dd/mm/yy on the ticked rows only. WDES metrics use the 2021+ codes ('9a', '4a, 4b'). Judgement calls: status = the box glyph as written ('☑' or '☐' – the key says still to do / done), rag null (no colour); completed = 'Date ticked' as written, '' when not ticked; due = 'When' as written, vague wording kept ('before the move (Feb?)', 'by AGM'); lead = Who; theme = the section row; progress = Notes ('Carry forward.' included); indicators from the WDES metric column; the key line, intro and owner line are non-action rows.", { sections: secs });
}
