// holdout55-wres-2023-24-elmsworth: follows The Newcastle upon Tyne Hospitals NHS FT's web page 'Workforce Race Equality Standard
// (WRES) action plan 2023' (newcastle-hospitals.nhs.uk/…/workforce-race-equality-standard-wres-action-plan-2023): per objective an
// 'Objective n:' line with its wording, then four lists side by side – Goals, Strategies, Aims, Measures – of different lengths, copied
// from the page into Excel so that each list runs down its own column and the rows do not line up. (On the real page Objective 2 repeats
// Objective 1's wording; kept here as a copy slip.)
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Elmsworth Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout55-wres-2023-24-elmsworth', sheet: 'WRES action plan 2023', standard: 'WRES', period: '2023-24', trust, widths: [40, 46, 40, 40], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'D'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard (WRES) action plan 2023'], { merge: ['A', 'D'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Each objective below lists the goals we are working towards, the strategies we will use to get there, what those strategies aim to change and how we will measure it. Progress is reported to the People Committee twice a year.'], { merge: ['A', 'D'], height: 45 });
  p.blank();
  const objs = [
    ['Objective 1: A workforce that reflects the communities we serve.', {
      goals: ['Meet the Model Employer aspirational targets for Band 8a and above, including the Board.', 'Every member of staff able to play a part in equality, diversity and inclusion.', 'Diverse panels for every interview at Band 7 and above.'],
      strategies: [
        ['Write an inclusive Workforce Plan that sets out how we will open up entry routes and progression.', []],
        ['Take careers and apprenticeship events into community venues in the three most diverse wards of the city.', []],
        ['Redesign the shortlisting and interview process for Band 7 and above, including anonymised shortlisting (WRES indicator 2).', ['2']],
      ],
      aims: ['More applications from local ethnic minority communities.', 'A recruitment process that is fair at every stage.'],
      measures: ['Ethnic minority staff make up 14% of the workforce by March 2024.', 'Relative likelihood of appointment from shortlisting between 0.8 and 1.25.', 'WRES indicator 7 improves in the 2023 staff survey and holds in 2024.', 'Clinical Boards report representation at each band quarterly.'],
    }],
    ['Objective 2: A workforce that reflects the communities we serve.', {
      goals: ['Zero tolerance of racism from patients, visitors and colleagues.', 'Every member of staff feels welcome and valued.'],
      strategies: [
        ['Roll out bystander and micro-aggression training to all ward and department managers.', []],
        ['Set up a reporting route for racist abuse from patients that feeds into the security and Datix reviews.', []],
      ],
      aims: ['Staff know how to challenge and report racism.', 'Managers act on every report within ten working days.', 'Fewer ethnic minority staff report abuse.'],
      measures: ['WRES indicators 5 and 6 improve in the 2023 and 2024 staff surveys.', 'Number of reports logged through the new route.'],
    }],
    ['Objective 3: Leaders who are accountable for equality, diversity and inclusion.', {
      goals: ['EDI is a standing priority for every senior leader.'],
      strategies: [
        ['Add an EDI objective to every executive and Clinical Board director appraisal.', []],
        ['Pair each executive director with an ethnic minority colleague in a reverse mentoring scheme.', []],
      ],
      aims: ['Leaders own the actions in this plan.', 'Senior leaders hear directly from ethnic minority colleagues.'],
      measures: ['All executive appraisals for 2023/24 include an EDI objective.', 'Twelve reverse mentoring pairs in place by autumn 2023.', 'Board representation gap (WRES indicator 9) narrows.'],
    }],
  ];
  const secs = [];
  for (const [head, o] of objs) {
    secs.push(p.line([head], { merge: ['A', 'D'], style: { bold: true, fill: C.paleblue } }));
    p.header(['Goals', 'Strategies', 'Aims', 'Measures'], { style: { fill: C.nhs, color: C.white } });
    const n = Math.max(o.goals.length, o.strategies.length, o.aims.length, o.measures.length);
    for (let i = 0; i < n; i++) {
      const s = o.strategies[i];
      const vals = [o.goals[i], s ? s[0] : undefined, o.aims[i], o.measures[i]];
      if (s) p.action(vals, { indicators: s[1], theme: head, action: s[0] });
      else p.line(vals, { border: true });
    }
    p.blank();
  }
  p.line(['Measures are taken from the WRES return, the NHS Staff Survey and the recruitment system. Baselines are in the WRES report 2023.'], { merge: ['A', 'D'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust) following a real published WRES action plan 2023 web page (Newcastle upon Tyne Hospitals'): trust line, title, an intro paragraph, then three OBJECTIVE blocks, each an 'Objective n: …' row (pale blue, merged) over a header 'Goals | Strategies | Aims | Measures' and FOUR INDEPENDENT LISTS side by side: the lists have different lengths and do NOT line up row by row (a goal, a strategy, an aim and a measure on the same row have nothing to do with each other), then a closing note. Objective 2 repeats Objective 1's wording (a copy slip, as on the real page) although its goals are about racism and abuse. Judgement calls: the STRATEGIES are the actions (what the trust will do) – one per row; goals, aims and measures are context lists, so no gold field comes from them (no outcome, no due from 'by March 2024' in a measure on the same row, no indicators from 'WRES indicators 5 and 6' in a measure); rows with goals / aims / measures but no strategy are NOT actions; indicators only where the strategy itself names one ('(WRES indicator 2)'); theme = the Objective row as written, including the repeated wording of Objective 2; no lead, date or status anywhere: lead '', due '', status '', rag null.", { sections: secs, notFrom: ['A', 'C', 'D'] });
}
