// holdout41-wdes-2024-25-wrenhurst: a small district general hospital's WDES plan kept by its HR Manager (Policy & EDI): an ordinary
// five-column grid whose When column mixes typed dates, words and one real date, status in the keeper's own words ('all done',
// 'halfway', 'not yet', 'rolling'), 'all' and '9a/9b' in the Metric column, and UNDER it a second small table of ideas NOT being done.
import { Book, Plan, C, D, shown, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrenhurst Hospital NHS Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout41-wdes-2024-25-wrenhurst', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust, widths: [9, 62, 28, 13, 12], font });
  p.line([`${trust} – WDES plan 2024/25`], { style: { bold: true, font: { size: 13 } } });
  const kept = p.line(['Kept by: HR Manager (Policy & EDI). Updated after each Disability Network meeting – last one 22 Jan.'], { style: { italic: true } });
  p.blank();
  p.header(['Metric', 'What', 'Lead', 'When', 'Where'], { style: { fill: C.tan } });
  const act = (m, a, lead, when, st) => {
    const isD = when instanceof Date; const due = isD ? shown(when, 'dd-mmm-yy') : when;
    p.action([m, a, lead, when, st], { indicators: m === 'all' ? ALL_WDES21 : m.match(/\d+[ab]?/g), action: a, lead, due, status: st },
      { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, isD ? { numFmt: 'dd-mmm-yy', alignment: { horizontal: 'left', vertical: 'top' } } : {}, {}] });
  };
  act('1', "Run a 'count me in' campaign so that more staff record a disability or long-term condition on ESR.", 'HR Manager (Policy & EDI)', '30/9/24', 'all done');
  act('2', 'Check each quarter that guaranteed interviews are offered and honoured for disabled applicants.', 'Recruitment Lead', 'Sept', 'halfway');
  act('4a', 'Put up the zero-tolerance statement on abuse of staff by patients and visitors in ED and at every ward entrance.', 'Head of Security', 'end of Q3', 'halfway');
  act('4b', 'Make it quicker to report harassment on Datix and tell the person who reported it what happened next.', 'Risk Manager', D(2025, 3, 31), 'not yet');
  act('6', 'Say plainly in the refreshed sickness absence policy that staff are not expected to come to work when unwell.', 'HR Manager (Policy & EDI)', 'Apr 25', 'not yet');
  act('8', 'Move reasonable adjustment requests onto one online form with a four-week target for a decision.', 'OH Manager', 'by AGM', 'rolling');
  act('9a/9b', "Give the Disability Network chair two hours' protected time a week.", 'Chief People Officer', 'Oct 24', 'all done');
  act('all', 'Take the WDES report to the public Board together with the Disability Network chair.', 'Chief People Officer', 'Sept board', 'all done');
  p.blank();
  const cap = p.line(['', 'Things we are NOT doing this year (and why)'], { style: { bold: true } });
  const h2 = p.header(['', 'Idea', 'Why not'], { style: { fill: C.palegrey } });
  const x1 = p.line(['', 'A separate disability network for medical staff', 'The network asked to stay as one network for now'], { border: true });
  const x2 = p.line(['', 'Paid leave for disability assessments', 'Needs a policy change – look again in 2025/26'], { border: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Invented layout: a small district general hospital's WDES plan kept by its HR Manager (Policy & EDI), Calibri 11 on sheet 'WDES 24-25': a title naming the trust and the year, an italic 'Kept by: …' line (row ${kept}), a blank row, one tan header 'Metric | What | Lead | When | Where' (row 4) and eight actions. Metric holds '1', '2', '4a', '4b', '6', '8', '9a/9b', 'all'. When mixes typed text ('30/9/24', 'Sept', 'end of Q3', 'Apr 25', 'by AGM', 'Oct 24', 'Sept board') with one real date shown '31-Mar-25'. Where holds the keeper's own status words ('all done', 'halfway', 'not yet', 'rolling'), uncoloured. Under a blank row, a bold caption 'Things we are NOT doing this year (and why)' (row ${cap}) over a second small table with its own header 'Idea | Why not' (row ${h2}) and two rows (${x1}, ${x2}). Judgement calls: the second table lists ideas the trust has DECIDED AGAINST – its rows are non-action rows and its header is a header row (as a results table's header is); 'Kept by …' is not a lead and '22 Jan' not a due; indicators from Metric ('9a/9b' → ['9a','9b'], 'all' → the twelve metrics of the 2022 set); lead and due as written; status = the Where word as written, rag null (no colour, no key); no ref, theme or progress.`,
    { dataRows: [kept, cap, x1, x2], indCol: { col: 'A' }, forbidden: ['HR Manager (Policy & EDI). Updated after each Disability Network meeting – last one 22 Jan.', '22 Jan', 'A separate disability network for medical staff', 'Paid leave for disability assessments'] });
}
