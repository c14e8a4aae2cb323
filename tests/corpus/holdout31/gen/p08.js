// holdout31-wdes-2024-25-cressbrook: follows NHS Lancashire and South Cumbria ICB's 'Public Sector Equality Duty (PSED) Objectives
// 2024-2027' page (lancashireandsouthcumbria.icb.nhs.uk/about-us/equality-diversity-and-inclusion/public-sector-equality-duty-objectives-2024-2027):
// 'Introduction', 'Equality Objectives 2024-27', then headed groups of objectives, each objective a bullet that STARTS WITH ITS
// DEADLINE ('By March 2025, to demonstrate that …') and goes on 'This will be demonstrated through:' with sub-bullets. Here the
// workforce objectives are an ICB's WDES objectives for its own staff; each objective with its sub-bullets is pasted into one cell.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Cressbrook and Dale Integrated Care Board';
  const p = new Plan(book, { name: 'holdout31-wdes-2024-25-cressbrook', sheet: 'WDES objectives', standard: 'WDES', period: '2024-25', trust, widths: [4, 118], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'B'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard (WDES) objectives 2024-25 to 2026-27'], { merge: ['A', 'B'], style: { bold: true, font: { size: 14 } } });
  p.blank();
  p.line(['Introduction'], { merge: ['A', 'B'], style: { bold: true, font: { size: 12 } } });
  p.line(["The ICB reports its WDES metrics each year in the spirit of transparency, although the standard is not mandated for ICBs. This paper sets out the objectives the ICB has agreed for its own staff for 2024-25 onwards, drawing on our 2024 metrics, the staff survey and the ICB's Disabled Colleagues Network. Each objective is specific and measurable and names the WDES metric it addresses."], { merge: ['A', 'B'], height: 62 });
  p.blank();
  p.line(['WDES objectives 2024-27'], { merge: ['A', 'B'], style: { bold: true, font: { size: 12 } } });
  const secs = [];
  const groups = [
    ['Data and representation', [
      ['By March 2025, to raise the share of ICB staff with a disability recorded on ESR from 4.6% to 8%, narrowing the gap with the staff survey (WDES metric 1). This will be demonstrated through:\n• a declaration campaign run with the Disabled Colleagues Network\n• quarterly declaration figures reported to the People Committee', ['1'], 'March 2025'],
      ['By September 2025, to show that disabled applicants are as likely as non-disabled applicants to be appointed from shortlisting (WDES metric 2). This will be demonstrated through:\n• six-monthly analysis of recruitment outcomes by disability\n• a relative likelihood between 0.8 and 1.25', ['2'], 'September 2025'],
      ["By March 2026, to have at least one disabled voting member of the ICB Board or a Board-level disability champion with lived experience (WDES metrics 9b and 10). This will be demonstrated through:\n• the ICB's next Board recruitment pack inviting disabled applicants\n• the champion's annual report to the Board", ['9b', '10'], 'March 2026'],
    ]],
    ['Experience at work', [
      ['By December 2024, to make sure every disabled member of staff who needs a workplace adjustment has it agreed within six weeks (WDES metric 8). This will be demonstrated through:\n• a Workplace Adjustments Passport for all ICB staff\n• an adjustments log reviewed by the People Team each quarter', ['8'], 'December 2024'],
      ['By March 2025, to reduce the share of disabled staff who feel pressure to come to work when unwell, from 27% to 20% (WDES metric 6). This will be demonstrated through:\n• attendance management guidance rewritten with the Network\n• staff survey results', ['6'], 'March 2025'],
      ['By March 2026, to cut the share of disabled staff reporting harassment, bullying or abuse from colleagues and managers to the level reported by non-disabled staff (WDES metrics 4a and 4b). This will be demonstrated through:\n• civility training for all line managers\n• staff survey results for 2025', ['4a', '4b'], 'March 2026'],
      ["By March 2027, to raise disabled staff's engagement score to match that of non-disabled staff (WDES metric 9a). This will be demonstrated through:\n• protected time for Network members\n• the Network's annual review of this plan", ['9a'], 'March 2027'],
    ]],
  ];
  for (const [head, objs] of groups) {
    secs.push(p.line([head], { merge: ['A', 'B'], style: { bold: true, italic: true, color: C.nhs } }));
    for (const [t, inds, due] of objs) p.action(['•', t], { indicators: inds, theme: head, action: t, due, dueSource: 'labelled' }, { border: false, styles: [{ alignment: { horizontal: 'right', vertical: 'top' } }] });
  }
  p.blank();
  p.line(['Progress against these objectives will be reported to the People Committee each year and published with the ICB\'s WDES metrics.'], { merge: ['A', 'B'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an integrated care board, for its own staff) laid out like a real ICB's published equality objectives page (NHS Lancashire and South Cumbria ICB's 'Public Sector Equality Duty (PSED) Objectives 2024-2027'): the ICB (row 1), the title (row 2), 'Introduction' and a paragraph, 'WDES objectives 2024-27', then two group headings ('Data and representation', 'Experience at work') with seven objectives. Each objective sits in column B beside a '•' in column A, STARTS WITH ITS DEADLINE ('By March 2025, to raise …'), names its WDES metric in brackets, and goes on 'This will be demonstrated through:' with two sub-bullets IN THE SAME CELL (line breaks). No table, no lead, no timescale column; deadlines run past the plan's first year (to March 2027). Judgement calls: each objective cell is one action, its 'demonstrated through' lines included (they are how the objective will be evidenced, in the same cell – not separate actions); due = the month and year after 'By' at the start ('March 2025', dueSource 'labelled'), kept as written even when it falls after 2024-25; indicators from the bracketed metric ('WDES metrics 4a and 4b' → ['4a','4b'], 'metrics 9b and 10' → ['9b','10']); theme = the group heading above; lead '' (the People Committee receives reports, it does not lead); outcome '' (the evidence lines are inside the action text, not a separate cell); the introduction, the headings and the closing reporting line are not actions; no status, rag null.", { sections: secs, labelledDue: 'start', noLead: true });
}
