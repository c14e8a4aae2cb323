// holdout31-wres-2023-24-mersefield: follows Greater Manchester Mental Health's 'Advancing Equity and Inclusion Strategy' page
// (www.gmmh.nhs.uk/advancing-equity-and-inclusion-strategy): 'Equality Objective 1: Data and Intelligence' headings, the objective's
// one-line aim, then 'The immediate action we will take includes:' and bullets that each end with a citation in brackets and then the
// MONTH THE ACTION IS DUE ('… (NHS Digital 2022; NHSE, 2023). October 2023') – no table, no timescale column. Pasted into one column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Mersefield Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout31-wres-2023-24-mersefield', sheet: 'Race equity plan', standard: 'WRES', period: '2023-24', trust, widths: [120], font: { name: 'Arial', size: 10 } });
  p.line([trust], { style: { bold: true, font: { size: 12 } } });
  p.line(['Race Equity and Inclusion Plan 2023-24 (incorporating our WRES action plan)'], { style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['This plan sets out how we will close the gaps shown in our Workforce Race Equality Standard (WRES) results for 2023. It is organised under our four equality objectives. Under each one we list the immediate actions we will take this year; the month after each action is when we expect it to be complete. The People Committee will oversee delivery.'], { height: 54 });
  p.blank();
  const objs = [
    ['Equality Objective 1: Data and Intelligence', 'Use accurate equality data to understand where inequalities sit in our workforce, guide our actions and track whether they work.', [
      ['• Break down every workforce measure in the Board Assurance Framework by ethnicity, starting with WRES indicators 1 and 2 (NHSE, 2023). December 2023', ['1', '2'], 'December 2023'],
      ['• Publish an Equality Data Quality Improvement Plan, with the aim of 95% complete ethnicity recording on ESR by 2026 (NHS Digital, 2022). October 2023', [], 'October 2023'],
      ['• Add ethnicity to the quarterly employee relations dashboard so that disciplinary cases can be compared (WRES indicator 3). January 2024', ['3'], 'January 2024'],
    ]],
    ['Equality Objective 2: Inclusive Recruitment and Progression', 'Make sure Black, Asian and minority ethnic colleagues have a fair chance of being appointed and promoted at every level.', [
      ['• Require a trained inclusion ambassador on every interview panel for Band 7 and above (WRES indicator 2). September 2023', ['2'], 'September 2023'],
      ["• Open a second cohort of the 'Rising Leaders' programme for Black, Asian and minority ethnic colleagues at Bands 5 to 7 (WRES indicator 7). March 2024", ['7'], 'March 2024'],
      ['• Agree a trajectory for ethnic minority representation at Band 8a and above, in line with the Model Employer ambition (NHS England, 2019). November 2023', [], 'November 2023'],
    ]],
    ['Equality Objective 3: Safe and Respectful Workplaces', 'Reduce racist abuse of staff by service users, visitors and colleagues, and make it easier to speak up.', [
      ['• Introduce a zero-tolerance statement on racist abuse from service users, signed by the Chief Executive and displayed on every ward (WRES indicator 5). July 2023', ['5'], 'July 2023'],
      ['• Train 40 Freedom to Speak Up champions to recognise and record race-related concerns (WRES indicators 6 and 8; Kline, 2014). February 2024', ['6', '8'], 'February 2024'],
    ]],
    ['Equality Objective 4: Accountable Leadership', 'Hold our leaders to account for progress on race equity.', [
      ['• Give every Board member an objective on equality, diversity and inclusion with a measurable race equity element, reviewed at appraisal (NHS England, 2023). June 2023', [], 'June 2023'],
      ['• Hold two Board development sessions on our WRES findings and the Patient and Carer Race Equity Framework (WRES indicator 9). December 2023', ['9'], 'December 2023'],
    ]],
  ];
  const secs = [];
  for (const [head, aim, acts] of objs) {
    secs.push(p.line([head], { style: { bold: true, font: { size: 12 }, color: C.purple } }));
    p.line([aim], { style: { italic: true } });
    p.line(['The immediate action we will take includes:']);
    for (const [a, inds, due] of acts) p.action([a], { indicators: inds, theme: head, action: a, due, dueSource: 'labelled' }, { border: false });
    p.blank();
  }
  p.line(['Progress on this plan will be reported to the People Committee every quarter and published with our 2024 WRES report.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health foundation trust) laid out like a real published equity and inclusion strategy page (Greater Manchester Mental Health's 'Advancing Equity and Inclusion Strategy'), pasted into ONE COLUMN: trust name, title, an introduction saying the month after each action is when it should be complete, then four 'Equality Objective n: …' headings, each followed by an italic aim line, the lead-in 'The immediate action we will take includes:' and two or three '•' bullets, and a closing line on reporting. NO TABLE, NO LEAD, NO TIMESCALE COLUMN: each bullet ENDS WITH ITS DUE MONTH after the full stop ('… (NHS Digital, 2022). October 2023'), and most bullets carry a bracketed CITATION with a year just before it. Judgement calls: each bullet is one action (text as written, bullet and month included); due = the month at the end of the bullet ('October 2023', dueSource 'labelled') – never the citation year ('NHS Digital, 2022') nor a target year inside the text ('by 2026'); indicators only where the bullet names a WRES indicator ('WRES indicators 6 and 8' → ['6','8']), [] where it names none – 'Model Employer' and 'NHS England, 2023' are not indicators; theme = the Equality Objective heading above; the aim lines, the lead-in lines, the introduction and the closing reporting line are not actions (the closing line has no month and describes governance); lead '' (no lead named anywhere – the People Committee oversees the plan, it does not lead an action); no status, rag null.", { sections: secs, labelledDue: 'end', noLead: true });
}
