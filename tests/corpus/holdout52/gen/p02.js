// holdout52-wdes-2019-20-yelverton: a mental health trust's first WDES plan drafted by an HR adviser covering the EDI lead's leave.
// Headers are questions; the metric (paraphrased) and 'What's the issue?' (data) are typed on each group's FIRST row only; the plan is
// half filled – several rows have no 'Who?' and some no date; one metric has an issue but no action; a 'Still to do' list at the end.
import { Book, Plan, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Yelverton Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout52-wdes-2019-20-yelverton', sheet: 'Sheet1', standard: 'WDES', period: '2019-20', trust, widths: [30, 34, 50, 20, 13, 30], font: { name: 'Calibri', size: 11 } });
  p.line([`WDES action plan 2019-20 - ${trust}`], { style: { bold: true, font: { size: 13 } } });
  p.line(["DRAFT v2 - Hayley Brooks (HR Adviser, covering for Dee while she's on leave) - please send comments by 20th Sept"], { style: { color: 'FFFF0000' } });
  p.blank();
  p.header(['Which metric?', "What's the issue?", 'What will we do?', 'Who?', 'When by?', "How will we know it's worked?"], { style: { fill: 'FFE2EFDA' } });
  const dd = (d, f) => ({ v: d, f });
  const G = [
    ['1', 'Metric 1 - how many disabled staff we have in each band (compared to everyone)', 'Only 2.9% of staff have told us they have a disability on ESR, but 17% said so in the staff survey', [
      ['Campaign to get staff to update their disability status on ESR self service (with comms explaining why we ask)', 'Hayley Brooks', 'Nov 2019', 'ESR declaration rate goes up to at least 6%'],
      ['Add a question about disability status to the annual appraisal paperwork', '', 'April 2020', ''],
    ]],
    ['2', 'Metric 2 - shortlisting (disabled applicants less likely to get the job)', 'Non-disabled applicants 1.34 times more likely to be appointed from shortlisting', [
      ['Check that the Disability Confident guaranteed interview scheme is actually being applied on all vacancies', 'Recruitment team', dd(D(2019, 10, 31), 'mmm-yy'), 'Audit of 20 vacancies shows 100%'],
    ]],
    ['3', 'Metric 3 - capability process (performance)', 'Numbers too small to say (3 cases in 2 yrs)', [
      ['Ask the ER team to record disability on all new capability cases', 'Employee Relations', '', ''],
    ]],
    ['4', 'Metric 4 - bullying & harassment from patients, managers and colleagues, and whether it gets reported', 'Disabled staff report more B&H from managers (19% v 11%)', [
      ["Set up a disabled staff network (there isn't one yet!) with a exec sponsor", '', 'by Christmas', 'Network meeting regularly'],
      ['Include disability in the bullying and harassment training for managers', 'Learning & OD', 'March 2020', ''],
    ]],
    ['5', 'Metric 5 - career progression', '70% disabled vs 81% non-disabled think there are equal opportunities', [
      ['Look at whether we can offer reasonable adjustments at interview for internal promotions as standard', '', 'tbc', ''],
    ]],
    ['6', 'Metric 6 - feeling pressure to come to work when not well', '33% disabled v 22% non-disabled', [
      ['Review the sickness absence policy so that disability related absence is recorded seperately', 'HR Policy', 'June 2020', 'Policy changed'],
    ]],
    ['7', 'Metric 7 - feeling valued by the organisation', '34% v 46%', [null]],
    ['8', 'Metric 8 - reasonable adjustments', 'only 69% said their employer has made adequate adjustments', [
      ['Write a reasonable adjustments guide for managers and a passport staff can take with them if they move jobs', 'OH / HR', dd(D(2020, 1, 31), 'mmm-yy'), 'Passport launched'],
      ["Make one central budget for adjustments so it doesnt come out of team budgets", '', '', ''],
    ]],
    ['9', "Metric 9 - engagement score + what we're doing to listen to disabled staff", 'Engagement 6.6 v 7.0', [
      ["Use the new network to co-produce next year's plan", 'Hayley Brooks / network chair', 'March 2020', ''],
    ]],
    ['10', 'Metric 10 - Board', "We don't know - Board members havent been asked", [
      ['Ask Board members to complete the declaration on ESR', 'Company Secretary', dd(D(2019, 12, 1), 'mmm-yy'), '100% of Board declared'],
    ]],
  ];
  for (const [m, name, issue, acts] of G) {
    acts.forEach((a, i) => {
      const head = i === 0 ? [name, issue] : ['', ''];
      if (!a) { p.line([...head, '', '', '', ''], { border: true, styles: [{ bold: true }] }); return; }
      const [what, who, when, how] = a; const isD = typeof when === 'object';
      const styles = [{ bold: true }, { italic: true, color: 'FF595959' }, {}, {}, isD ? { numFmt: when.f, alignment: { horizontal: 'left' } } : {}, {}];
      p.action([...head, what, who, isD ? when.v : when, how], { indicators: [m], action: what, lead: who, due: isD ? shown(when.v, when.f) : when, outcome: how }, { styles, height: 44 });
    });
  }
  p.blank();
  p.line(['Still to do:'], { style: { bold: true } });
  p.line(['- agree leads for the blank ones with Paul (Deputy Director of HR)']);
  p.line(['- check the dates work with the Board cycle (Board sees this in Oct)']);
  p.line(['- metric 7 - need ideas, ask at the first network meeting?']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust): a first WDES plan on 'Sheet1' drafted by an HR adviser covering the EDI lead's leave – a title naming the trust and year, a red 'DRAFT v2 - Hayley Brooks (HR Adviser, covering …) - please send comments by 20th Sept' line, a blank row, then the header written as QUESTIONS 'Which metric? | What's the issue? | What will we do? | Who? | When by? | How will we know it's worked?'. The metric, PARAPHRASED with its number ('Metric 6 - feeling pressure to come to work when not well'), and the issue (data and comment, grey italics) are typed on each group's FIRST row only – the rows under them are blank there and belong to the same metric. The plan is HALF FILLED: four actions have no 'Who?', one date is 'tbc', two have no date, and metric 7 has a metric and an issue but nothing in 'What will we do?'. Under the table a 'Still to do:' list of three dash lines. Judgement calls: indicators from the metric cell of the group's first row, carried down over the blank cells below (2019 metric set, whole numbers; 'Metric 4' = '4'); theme null (the metric is a column, not a heading row); the metric-7 row is not an action (no action written – it is the gap the 'Still to do' list mentions); outcome = 'How will we know it's worked?' where filled; the issue column is data, never progress; lead '' where 'Who?' is blank – never filled from the draft's author or from 'Paul' in the to-do list; due as shown ('Oct-19') or as typed ('by Christmas', 'tbc'), '' where blank; the draft line, its comments date and the to-do lines are not actions or dues; no status or RAG (status '', rag null).", {});
}
