// holdout27-wdes-2024-25-wealdbrook: a community health trust's EDI team runs its WDES plan as a MONDAY.COM board and exports it to Excel:
// board name, then each GROUP as a coloured title row followed by its own copy of the column header, items, a blank row.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wealdbrook Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout27-wdes-2024-25-wealdbrook', sheet: 'WDES 2024-25', standard: 'WDES', period: '2024-25', trust, widths: [58, 22, 16, 26, 12, 14, 48, 14], font: { name: 'Calibri', size: 11 } });
  const ST = { 'Done': 'FF00C875', 'Working on it': 'FFFDAB3D', 'Stuck': 'FFE2445C', '': 'FFC4C4C4' };
  p.line(['WDES action plan 2024-25 (Wealdbrook Community Health NHS Trust)'], { style: { bold: true, font: { size: 16 } } });
  p.line(['Board owner: EDI team · Exported 17/01/2025'], { style: { color: 'FF676879' } });
  p.blank();
  const H = ['Name', 'Person', 'Status', 'Timeline', 'Priority', 'WDES metric', 'Latest update', 'Item ID'];
  const groups = [
    ['Recruitment & progression', 'FF579BFC', [
      ['Guarantee an interview to disabled applicants who meet the essential criteria – check every panel applies it', 'Harriet Moss', 'Working on it', '2024-04-01 - 2024-09-30', 'High', '2', 'Audit of Q1 shortlists found 4 posts where the scheme was missed. Reminder sent to hiring managers.'],
      ['Add a reasonable adjustments question to the interview invitation letter', 'Recruitment team', 'Done', '2024-04-15 - 2024-05-31', 'Medium', '2', 'Live on Trac since May.'],
      ['Ring-fence 4 places on Mary Seacole for disabled staff at bands 5-7', 'Leadership & OD', 'Stuck', '2024-06-01 - 2025-01-31', 'High', '2', 'Funding not confirmed – escalated to People Committee.'],
    ]],
    ['Reasonable adjustments', 'FFA25DDC', [
      ['Launch the Health and Wellbeing passport on the intranet with a short video from a disabled colleague', 'Sunita Rao', 'Done', '2024-05-01 - 2024-07-31', 'High', '7', 'Launched 22 July. 61 downloads in first month.'],
      ['Central budget for adjustments so no team has to pay out of its own budget', 'Deputy Director of Finance', 'Working on it', '2024-07-01 - 2025-03-31', 'High', '7', 'Business case at Exec 11 Dec.'],
      ['Train managers in community teams on agile working for disabled staff', 'Sunita Rao', '', '2024-10-01 - 2025-02-28', 'Medium', '7', ''],
    ]],
    ['Voice & culture', 'FF00C875', [
      ['Give the Disability Equality Network chair two days a month protected time', 'Chief People Officer', 'Done', '2024-04-01 - 2024-04-30', 'High', '9b', 'Agreed and in job plan.'],
      ['Run "ask me about my disability" sessions in the five localities', 'Disability Equality Network', 'Working on it', '2024-09-01 - 2025-03-31', 'Low', '4a, 4b', 'Two of five held (Ashby, Hollins Cross).'],
      ['Add a disability and long-term condition question to exit interviews and report the results quarterly', 'Workforce information', 'Stuck', '2024-06-01 - 2024-12-31', 'Medium', '6', 'ESR form change waiting on national team.'],
      ['Board development session on the WDES results led by network members', 'Director of Corporate Affairs', '', '2025-02-01 - 2025-03-31', 'Medium', '10', ''],
    ]],
    ['Parked ideas – not agreed by WDES steering group', 'FFC4C4C4', [
      ['Disability history month film festival', '', '', '', '', '', 'Raised at Oct network meeting'],
      ['Accessible parking audit at all clinics', '', '', '', '', '', 'Estates asked to cost'],
    ], true],
  ];
  let n = 1738400000;
  const secs = [];
  for (const [g, colour, items, parked] of groups) {
    const sr = p.line([g], { style: { bold: true, color: colour, font: { size: 13 } } });
    if (!parked) secs.push(sr);
    p.header(H, { border: false, style: { bold: false, color: 'FF676879' } });
    for (const [name, person, st, tl, pri, wdes, upd] of items) {
      n += 1213;
      const vals = [name, person, st, tl, pri, wdes, upd, String(n)];
      const styles = [{}, {}, { fill: ST[st], color: 'FFFFFFFF', alignment: { horizontal: 'center' } }];
      if (parked) { p.line(vals, { border: false }); continue; }
      const inds = wdes.split(/,\s*/);
      p.action(vals, { theme: g, indicators: inds, action: name, lead: person, due: tl.split(' - ')[1], status: st, rag: { 'Done': 'green', 'Working on it': 'amber', 'Stuck': 'red' }[st] ?? null, progress: upd }, { border: false, styles });
    }
    p.blank();
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) kept as a MONDAY.COM BOARD and exported to Excel as monday.com writes it: the board name in large bold type (row 1, the trust in brackets), an 'Exported' line, a blank row, then each GROUP as a coloured title row ('Recruitment & progression', 'Reasonable adjustments', 'Voice & culture', 'Parked ideas – not agreed by WDES steering group') FOLLOWED BY ITS OWN COPY OF THE COLUMN HEADER in grey ('Name | Person | Status | Timeline | Priority | WDES metric | Latest update | Item ID'), the group's items and a blank row. Status cells are monday's coloured labels (white text on green 'Done', orange 'Working on it', red 'Stuck', grey when empty). The Timeline is ONE cell holding a range '2024-04-01 - 2024-09-30'. WDES metrics use the 2021+ codes ('9b', '4a, 4b'). Judgement calls: every item under a group is an action, except the two items in the 'Parked ideas – not agreed' group, which the group title says were not agreed (no person, status or timeline) – non-action rows; the group titles and the four repeated headers are non-action rows (every header row listed); theme = the group title; due = the END of the Timeline range as written ('2024-09-30') – the start is when work begins; lead = Person as written (name, team or role); status = the label word, '' where the label is empty (grey fill = no status, rag null); rag from the label colour (green → green, orange → amber, red → red); progress = 'Latest update'; Priority and Item ID are not gold fields; indicators from the WDES metric column ('4a, 4b' → ['4a','4b']).", { mode: 'fill', ragCol: 'C', sections: secs, notFrom: ['E', 'H'] });
}
