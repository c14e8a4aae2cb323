// holdout82-wdes-2023-24-cowlingford: a monday.com board exported to Excel. Board name and description at the top; each GROUP as a
// coloured bold title row followed by its own copy of the column header; status labels filled in monday's colours; 'Timeline' as
// 'yyyy-mm-dd - yyyy-mm-dd'; 'Person' with one or two people; monday's 'Item ID' at the right.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cowlingford Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout82-wdes-2023-24-cowlingford', sheet: 'WDES Action Plan 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [58, 26, 15, 25, 10, 46, 13], font: { name: 'Calibri', size: 11 } });
  p.line(['WDES Action Plan 2023-24'], { style: { bold: true, font: { size: 16 } } });
  p.line([`${trust} · Workforce Equality workspace · board owner: Amira Soliman`], { style: { color: 'FF676879' } });
  p.blank();
  const FILL = { Done: 'FF00C875', 'Working on it': 'FFFDAB3D', Stuck: 'FFE2445C', '': 'FFC4C4C4' };
  const RAG = { Done: 'green', 'Working on it': 'amber', Stuck: 'red', '': null };
  const groups = [
    ['Metrics 1–3: Data, recruitment and capability', 'FF579BFC', [
      ['Count Me In week: declaration stalls at every site and a reminder in the ESR self-service banner', 'Amira Soliman', 'Done', '2023-05-08 - 2023-06-30', '1', 'Declaration up from 61% to 68%.', '1187245601'],
      ['Guaranteed interview scheme: check every vacancy in TRAC applies it, and report shortlisting by disability', 'Jonah Whitlock', 'Working on it', '2023-06-01 - 2023-12-22', '2', 'Q2 check done: 94% compliant.', '1187245602'],
      ['Capability cases: add an occupational health and reasonable adjustments check before formal stage 1', 'Priti Lamba, Jonah Whitlock', 'Working on it', '2023-07-03 - 2024-01-31', '3', 'Policy at JNCC in January.', '1187245603']]],
    ['Metrics 4–6: Safety, speaking up and presenteeism', 'FFA25DDC', [
      ['Disability harassment reporting: add disability as a category on the staff incident form and publish the counts quarterly', 'Priti Lamba', 'Stuck', '2023-06-01 - 2023-09-29', '4a, 4b', 'Incident system supplier cannot add the field until 2024.', '1187245604'],
      ['Run "Ask, Adjust, Agree" sessions for managers on conversations about health and attendance', 'Nadia Fairclough', 'Working on it', '2023-09-04 - 2024-03-28', '5, 6', '', '1187245605'],
      ['Disability network drop-ins on each inpatient site, with the FTSU Guardian', 'Amira Soliman, Kezia Brandt', '', '', '4a', '', '1187245606']]],
    ['Metrics 7–10: Voice, adjustments and the Board', 'FF00C875', [
      ['Reasonable adjustments passport relaunch with a central fund and a 28-day target for agreeing adjustments', 'Nadia Fairclough', 'Working on it', '2023-04-03 - 2024-03-29', '8', 'Median time to agree: 41 days (target 28).', '1187245607'],
      ['Act on the engagement score gap: disabled staff listening events after the staff survey', 'Kezia Brandt', '', '2024-01-08 - 2024-03-29', '7, 9a', '', '1187245608'],
      ['Network chair to co-present the WDES report to the Board and join the People Committee as a standing attendee', 'Amira Soliman', 'Done', '2023-09-01 - 2023-09-28', '9b, 10', 'Presented 28 September.', '1187245609']]],
  ];
  for (const [gname, col, items] of groups) {
    p.line([gname], { style: { bold: true, font: { size: 13 }, color: col } });
    p.header(['Name', 'Person', 'Status', 'Timeline', 'Metric', 'Last update', 'Item ID'], { style: { fill: 'FFF5F6F8' } });
    for (const [name, who, st, tl, met, upd, iid] of items) {
      p.action([name, who, st, tl, met, upd, iid], { indicators: met ? met.split(', ') : [], theme: gname, action: name, lead: who, due: tl ? tl.split(' - ')[1] : '', dueSource: tl ? 'column' : null, status: st, rag: RAG[st], progress: upd }, { styles: [{ border: { left: { style: 'thick', color: { argb: col } } } }, {}, { fill: FILL[st], color: 'FFFFFFFF', alignment: { horizontal: 'center' } }] });
    }
    p.blank();
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health FT) run on a monday.com board and exported to Excel. Sheet 'WDES Action Plan 2023-24': the board name, a grey description line naming the trust and the board owner, a blank row, then three GROUPS, each as a bold title row in the group's colour ('Metrics 1–3: Data, recruitment and capability' …) followed by ITS OWN COPY of the header 'Name | Person | Status | Timeline | Metric | Last update | Item ID' and three items, with a blank row between groups. Status labels are filled in monday's colours (Done green, Working on it orange, Stuck red; an empty label grey). Judgement calls: the group title rows are themes, not actions; all three header rows are headers; action = Name; lead = Person as written, two people kept together ('Priti Lamba, Jonah Whitlock'); the board owner in the description is no lead; due = the END of the Timeline range ('2023-06-01 - 2023-12-22' → '2023-12-22'), '' where the timeline is empty; status = the label as written, rag from its colour (Working on it = amber), an empty grey label → status '' and rag null; progress = Last update; ref '' (Item ID is monday's system number); indicators from the Metric column (2022 codes: '4a, 4b', '9b, 10').", { mode: 'word', ragCol: 3, words: { Done: 'green', 'Working on it': 'amber', Stuck: 'red' }, timeline: { col: 'D' }, notFrom: ['G'] });
}
