// holdout48-wdes-2023-24-dunsley: follows the UK government's 'Disability Action Plan – Annex A: list of actions' page
// (https://gov.uk/government/publications/disability-action-plan/annex-a-list-of-actions): 'Policy paper', 'Annex A: list of actions',
// 'Published 5 February 2024', then area headings ('Support disabled people who want to be elected to public office'), each followed by
// 'Action 1', 'Action 2' … numbered straight through the annex, each label on its own line above its paragraph; dates are only inside
// the paragraphs ('by summer 2024', 'This will be launched in 2025'). Taken up here by an ambulance trust for the annex of its WDES plan.
// ASSUMED: the areas, the paragraphs and the closing contact line.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Dunsley and Coast Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout48-wdes-2023-24-dunsley', sheet: 'Annex A', standard: 'WDES', period: '2023-24', trust, widths: [120], font: { name: 'Arial', size: 11 } });
  p.line(['Policy paper'], { style: { font: { size: 9, color: { argb: 'FF505A5F' } } } });
  p.line(['Annex A: list of actions'], { style: { bold: true, font: { size: 18 } }, height: 26 });
  p.line(['Published 9 October 2023'], { style: { font: { size: 9, color: { argb: 'FF505A5F' } } } });
  p.line([`This annex to the ${trust} Disability Equality Action Plan 2023-24 lists every action we have committed to. The plan explains why each area matters and what our Workforce Disability Equality Standard (WDES) data showed.`], { height: 44 });
  const areas = [
    ['Make reasonable adjustments quick and lasting', [
      ['We will bring in a Workplace Adjustments Passport for all colleagues by December 2023, agreed with the Disability and Neurodiversity Network, so that adjustments move with a colleague between stations and control rooms (WDES metric 8).', ['8'], 'December 2023'],
      ['We will give every operational manager a short guide to adjustments for shift patterns, rest breaks and vehicle work, and include it in the manager induction by March 2024.', [], 'March 2024'],
    ]],
    ['Recruit and progress disabled colleagues fairly', [
      ['We will check every quarter that disabled applicants who meet the essential criteria are shortlisted for interview under the guaranteed interview scheme (WDES metric 2).', ['2'], ''],
      ['We will offer a trained coach to disabled colleagues who apply for a team leader or clinical supervisor role. This will start in 2024.', [], ''],
    ]],
    ['Treat ill health and performance fairly', [
      ['We will separate capability on the grounds of ill health from performance capability in our policy, and ask occupational health to review each case before a first formal meeting, by January 2024 (WDES metric 3).', ['3'], 'January 2024'],
    ]],
    ['Keep disabled colleagues safe and heard', [
      ['We will add disability to the violence and aggression reporting form so that we can see abuse from patients and the public aimed at disabled crews (WDES metric 4).', ['4'], ''],
      ['We will give the Disability and Neurodiversity Network chair a place on the People Committee, and one day a month of protected time, by November 2023 (WDES metric 9).', ['9'], 'November 2023'],
      ['We will ask each Board member to meet a disabled colleague on shift or in the control room during the year and report back to the Board by March 2024 (WDES metric 10).', ['10'], 'March 2024'],
    ]],
  ];
  let n = 0; const heads = [];
  for (const [area, acts] of areas) {
    heads.push(p.line([area], { style: { bold: true, font: { size: 14 } }, height: 20 }));
    for (const [t, inds, due] of acts) {
      n++; const lab = p.line([`Action ${n}`], { style: { bold: true } });
      const r = p.action([t], { ref: `Action ${n}`, indicators: inds, theme: area, action: t, due, dueSource: due ? 'action text' : null }, { border: false, height: 44 });
      p.blocks[r] = [lab, r];
    }
  }
  p.blank();
  p.line(['If you need this annex in another format, contact the Equality, Diversity and Inclusion team.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) laid out like the UK government's published 'Disability Action Plan – Annex A: list of actions' page copied into a one-column sheet: 'Policy paper', the title 'Annex A: list of actions', 'Published 9 October 2023', an intro paragraph naming the trust and its Disability Equality Action Plan 2023-24, then four AREA headings ('Make reasonable adjustments quick and lasting' …), each followed by its actions written as a bold LABEL ROW 'Action 1' (numbered straight through the annex, 1–8) with the action's paragraph on the row below, and a closing contact line. There is no table, no header row, and no lead, date or status column. Judgement calls: each action is its paragraph row (the 'Action n' label row above it is not a separate action; ref = that label, 'Action 3'); theme = the area heading above; indicators only where the paragraph names a metric in brackets ('(WDES metric 8)' → ['8'], the 2019 whole-metric numbering as written); due only where the paragraph says BY when ('by December 2023' → 'December 2023', dueSource 'action text'); 'every quarter' is a frequency and 'This will start in 2024' a start – no due; lead '' throughout ('We will …' is the trust; the Network chair and Board members are the subjects of actions, not their leads); the publication date is not a due; status '' and rag null.", { forbidden: ['9 October 2023', 'Published 9 October 2023'] });
}
