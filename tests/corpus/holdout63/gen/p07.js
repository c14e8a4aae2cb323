// holdout63-wres-2018-19-elverton: follows a specialist trust's annual report page (an online flipbook annual report, page 137:
// https://online.flipbuilder.com/yphr/goky/files/basic-html/page137.html): TWO-COLUMN PAGE TEXT – on the left the year's workstreams as
// headed boxes with '•' bullets and a sentence on how the metrics will be monitored, on the right '3.3.10 Equality and Diversity' with a
// numbered list of the equality frameworks ('2. Workforce Race Equality Standard (WRES) that has 9 …'). Pasted into a sheet, the two
// columns share rows. ASSUMED: the WRES workstreams' wording, the quarters in brackets.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Elverton Children\'s Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout63-wres-2018-19-elverton', sheet: 'AR p137', standard: 'WRES', period: '2018-19', trust, widths: [62, 4, 62], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}   |   Annual Report and Accounts 2017/18`, '', 'Page 137'], { style: { color: 'FF808080', font: { size: 9 } } });
  p.blank();
  p.line(['When planning the race equality work for 2018/19 the focus has been on three workstreams, agreed with the BAME Staff Forum, that reach every division rather than one service.', '', '3.3.10  Equality and Diversity'], { height: 42, styles: [{}, {}, { bold: true, font: { size: 12 } }] });
  p.line(['', '', 'The Trust reports each year against three national frameworks:'], {});
  p.line(['', '', '1.  The Equality Delivery System (EDS2), assessed with local stakeholders and graded by outcome'], { height: 28 });
  p.line(['', '', '2.  The Workforce Race Equality Standard (WRES) that has 9 indicators comparing the experience of BAME and white staff'], { height: 28 });
  p.line(['', '', '3.  The Accessible Information Standard, for patients and families with communication needs'], { height: 28 });
  p.blank();
  const WS = { fill: C.teal, color: C.white, bold: true };
  const streams = [
    ['Workstream 1 – Fair recruitment and progression', [
      ['• Diverse interview panels for all posts at Band 7 and above (Q2)', [], 'Q2'],
      ['• Talent conversations for BAME nurses and allied health professionals in Bands 5–6 (Q3)', [], 'Q3'],
      ['• Shortlisting data by ethnicity reported to each divisional board (Q2)', [], 'Q2'],
    ]],
    ['Workstream 2 – Speaking up and feeling safe', [
      ['• A BAME Freedom to Speak Up champion in every division (Q1)', [], 'Q1'],
      ['• Review of disciplinary cases involving BAME staff by an independent panel (Q3)', [], 'Q3'],
      ['• Anti-racism module added to the induction for new starters (Q4)', [], 'Q4'],
    ]],
    ['Workstream 3 – Leadership and the Board', [
      ['• Reverse mentoring for all executive directors (Q2)', [], 'Q2'],
      ['• Board development session on the WRES indicators, led by the BAME Staff Forum (Q1)', [], 'Q1'],
    ]],
  ];
  for (const [theme, items] of streams) {
    p.line([theme], { styles: [WS] });
    for (const [t, inds, due] of items) p.action([t], { theme, indicators: inds, action: t, due, dueSource: 'labelled' }, { border: false });
  }
  p.blank();
  p.line(['The measures for each workstream are set out in the annual plan and progress will be monitored by the Inclusion Steering Group, reporting to the People Committee.'], { height: 30 });
  p.line(['', '', 'Elverton Children\'s Hospital NHS Foundation Trust   137'], { style: { color: 'FF808080', font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist children's foundation trust) following a real published annual report page of a specialist trust (an online flipbook, page 137), pasted from a TWO-COLUMN page: a grey running header (trust, 'Annual Report and Accounts 2017/18', 'Page 137'), then rows where column A holds the left column's text and column C the right column's: A3 is the lead-in to the year's race equality workstreams while C3–C7 hold '3.3.10  Equality and Diversity', a sentence and a numbered list of three national frameworks ('2.  The Workforce Race Equality Standard (WRES) that has 9 indicators …'). Below, column A alone: three teal WORKSTREAM rows ('Workstream 1 – Fair recruitment and progression' …), each followed by '•' bullets ending in a quarter in brackets ('(Q2)'), a closing sentence on monitoring, and a grey running footer in column C. Judgement calls: the period is the plan's year 2018/19 (the lead-in names it), not the report's 2017/18; the numbered framework list is not actions (frameworks the trust reports on; '9 indicators' is not indicator 9); action = the bullet as written, '•' and '(Qn)' included; due = the quarter inside the bracket ('Q2', dueSource 'labelled'); theme = the workstream row; indicators [] for every bullet – none names a WRES indicator, and none is guessed from its subject (shortlisting data, disciplinary cases); no lead and no status anywhere (lead '', rag null).", {});
}
