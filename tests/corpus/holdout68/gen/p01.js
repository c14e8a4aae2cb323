// holdout68-wres-2019-20-kestrelford: acute trust; ONE ROW PER COMMITMENT in a 'What we said | What we did | Did we achieve it? |
// What we will do next (2019/20) | Lead | By when' grid – last year's review and this year's action share the row.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestrelford Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout68-wres-2019-20-kestrelford', sheet: 'WRES 2019-20', standard: 'WRES', period: '2019-20', trust, widths: [12, 38, 38, 14, 44, 22, 13] });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard – what we said, what we did and what we will do next (action plan 2019/20)'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Each row starts from a commitment in our 2018/19 plan. The first three columns look back; the last three columns are this year\'s plan. Where a commitment was fully met and needs no more work, the last columns say so.'], { merge: ['A', 'G'], height: 30, style: { italic: true } });
  p.blank();
  p.header(['WRES indicator', 'What we said (2018/19)', 'What we did', 'Did we achieve it?', 'What we will do next (2019/20)', 'Lead', 'By when'], { style: { fill: C.nhs, color: C.white }, height: 28 });
  const rows = [
    ['1', 'Publish a breakdown of BME staff by band for every division.', 'Published quarterly from July 2018 on the intranet dashboard.', 'Achieved', ['Set each division a target for BME representation at Band 7 and above and report progress to the People Committee twice a year.'], ['Director of Workforce'], ['Oct 2019']],
    ['2', 'Put a BME panel member on every interview panel for Band 8a and above.', 'Done for 71% of panels; gaps in surgery and estates.', 'Partly achieved', ['Extend the diverse panel rule to Band 7 posts and check every panel before interviews are booked.', 'Train 60 more BME staff as panel members so that surgery and estates can meet the rule.'], ['Head of Recruitment', 'Inclusion Lead'], ['Jun 2019', 'Dec 2019']],
    ['3', 'Review every disciplinary case involving a BME member of staff before a formal hearing.', 'Pre-hearing review panel set up in September 2018; 14 cases reviewed, 6 resolved informally.', 'Achieved', ['No further action – the review panel is now part of the disciplinary policy.'], [''], ['']],
    ['4', 'Open the leadership programme to more BME applicants.', 'Places offered to 9 BME staff against a target of 15.', 'Not achieved', ['Ring-fence a third of places on the Aspiring Leaders programme for BME applicants and offer a pre-application workshop.'], ['Head of Organisational Development'], ['Sep 2019']],
    ['5 and 6', 'Launch a campaign against abuse of staff by patients and visitors.', 'Campaign delayed by the estates works in ED; posters only.', 'Not achieved', ['Run the "Respect our staff" campaign in ED, maternity and outpatients, with a clear line for staff to report racist abuse.'], ['Deputy Chief Nurse'], ['Jul 2019']],
    ['7', 'Hold listening events with BME staff on career progression.', 'Four events held; 112 staff attended; themes fed to the Board.', 'Achieved', ['Act on the listening-event themes: publish the career-pathway guide and a named careers contact in each division.'], ['Director of Workforce'], ['Nov 2019']],
    ['8', 'Include discrimination by managers in the Freedom to Speak Up report.', 'Added from Q3 2018/19.', 'Achieved', ['No further action.'], [''], ['']],
    ['9', 'Recruit a BME non-executive director.', 'Appointed January 2019.', 'Achieved', ['Give every Board member a personal objective on race equality and review it in appraisal.'], ['Chair'], ['Mar 2020']],
  ];
  const prior = [];
  for (const [ind, said, did, ach, nexts, leads, dues] of rows) {
    const first = p.r + 1;
    nexts.forEach((n, i) => {
      const vals = i === 0 ? [ind, said, did, ach, n, leads[i], dues[i]] : ['', '', '', '', n, leads[i], dues[i]];
      const achStyle = { fill: ach === 'Achieved' ? C.goodG : ach === 'Partly achieved' ? C.neutralA : C.badR };
      const opts = { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, i === 0 ? achStyle : {}], height: 44 };
      if (/^No further action/.test(n)) prior.push(p.line(vals, { ...opts, border: true }));
      else p.action(vals, { indicators: ind === '5 and 6' ? ['5', '6'] : [ind], action: n, lead: leads[i], due: dues[i] }, opts);
    });
    if (nexts.length > 1) for (const c of ['A', 'B', 'C', 'D']) mergeDown(p.ws, c, first, p.r);
  }
  p.blank();
  p.line(['Approved by the People Committee, 14 May 2019. Next review: October 2019.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust). Layout: trust name and title rows, an italic explanation, a blank row, one blue header 'WRES indicator | What we said (2018/19) | What we did | Did we achieve it? | What we will do next (2019/20) | Lead | By when' (row 5), then ONE ROW PER LAST YEAR'S COMMITMENT: the first four columns review the 2018/19 plan (the commitment, what was done, and 'Achieved' / 'Partly achieved' / 'Not achieved' on a green / amber / red fill), the last three hold this year's action, its lead and its date. Indicator 2 has two next steps: the review cells A–D are merged down over its two rows. A sign-off line at the foot. Judgement calls: the plan is 2019/20 (title and column header), so the actions are the 'What we will do next (2019/20)' cells; 'What we said' is LAST YEAR'S action and is never the gold action; the two rows whose next step reads 'No further action …' hold no current action and are non-action rows even though their review cells are filled; the 'Did we achieve it?' word and its fill rate LAST YEAR'S commitment, so every action has status '' and rag null (this year's actions are not yet rated); lead and due from the Lead and By when columns; indicators from column A ('5 and 6' → ['5','6']; the second row of indicator 2 inherits '2' from the merged cell); ref '' (no numbers); theme null; progress and outcome '' ('What we did' is the outcome of last year's commitment, not of this year's action). The sign-off date is not a due.", { notFrom: ['B', 'C', 'D'], priorRows: prior, actionCols: [{ rows: [6, 99], col: 'E' }], fieldCols: [{ rows: [6, 99], cols: { lead: 'F', due: 'G' } }], forbidden: ['Achieved', 'Partly achieved', 'Not achieved'] });
}
