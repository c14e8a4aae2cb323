// holdout28-wdes-2025-26-avonbury: follows Coventry and Warwickshire Partnership NHS Trust's "WDES Report 2025" page
// (https://www.covwarkpt.nhs.uk/wdes-report-2025): 'Headline findings' as '·' bullets with year-on-year percentages and national
// averages, 'Please see WDES indicator data tables in attached appendix', then 'Analysis' paragraphs and the commitment to work with the
// Disability and Wellbeing Network (DaWN) and Communications and Engagement on an action plan. The action plan (Headline finding /
// What we will do / Who / When / Co-produced with network) is ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Avonbury Partnership NHS Trust';
  const p = new Plan(book, { name: 'holdout28-wdes-2025-26-avonbury', sheet: 'WDES Report 2025', standard: 'WDES', period: '2025-26', trust, widths: [34, 52, 24, 14, 14], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WDES Report 2025`], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['Headline findings'], { style: { bold: true, font: { size: 12 } } });
  const hl = [
    p.line(['· Disabled colleagues make up 7.1% of our workforce on ESR, up from 6.2% and above the national average of 4.9%.'], { merge: ['A', 'E'], height: 28 }),
    p.line(['· Disabled and non-disabled candidates are almost equally likely to be appointed from shortlisting (19.7% and 20.4%).'], { merge: ['A', 'E'], height: 28 }),
    p.line(['· Colleagues with a long term condition reporting harassment from other colleagues fell from 20.6% in 2023 to 16.3% in 2024.'], { merge: ['A', 'E'], height: 28 }),
    p.line(['· Colleagues with a long term condition who believe they have equal opportunities for progression fell to 54.8% from 57.1%.'], { merge: ['A', 'E'], height: 28 }),
    p.line(['· Fewer colleagues with a long term condition felt pressure to come to work when unwell: 15.9%, from 18.8%.'], { merge: ['A', 'E'], height: 28 }),
  ];
  p.line(['Please see the WDES metric data tables in the appendix for more information.'], { merge: ['A', 'E'], style: { italic: true } });
  p.line(['Analysis'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Our disabled workforce has grown in every staff group, which tells us the work on an inclusive culture is moving in the right direction. Progression is the area that has slipped, and it is where most of this year\'s actions sit. The ABLE Network and the Communications and Engagement team helped write the plan below so that it carries the voices of disabled colleagues.'], { merge: ['A', 'E'], height: 58 });
  p.blank();
  p.line(['Our action plan 2025-26'], { style: { bold: true, font: { size: 12 } } });
  p.header(['Headline finding', 'What we will do', 'Who', 'When', 'Co-produced with ABLE?'], { style: { fill: C.purple, color: C.white } });
  const groups = [
    ['Equal opportunities for progression has fallen (Metric 5)', ['5'], [
      ['Open a reverse mentoring scheme pairing ABLE members with executive and senior leaders.', 'Head of Organisational Development', 'Jan 2026', 'Y'],
      ['Check every internal development programme for accessible formats and adjustments before it is advertised.', 'Learning and Development Manager', 'Dec 2025', 'Y'],
      ['Report progression by disability at band 7 and above to the People Committee every six months.', 'Workforce Information Lead', 'Mar 2026', 'N'],
    ]],
    ['Harassment from colleagues has fallen but is still higher (Metric 4a)', ['4a'], [
      ['Keep the "Respect each other" campaign running in inpatient units, with ABLE stories on the intranet.', 'Head of Communications and Engagement', 'Ongoing', 'Y'],
    ]],
    ['Presenteeism has improved (Metric 6)', ['6'], [
      ['Add the disability leave option to the attendance policy and the manager toolkit.', 'HR Policy Lead', 'Nov 2025', 'N'],
    ]],
    ['Declaration has risen (Metric 1)', ['1'], [
      ['Share "why we ask" messages from ABLE members during the winter declaration campaign.', 'ABLE Network Chair', 'Feb 2026', 'Y'],
    ]],
  ];
  for (const [f, inds, acts] of groups) {
    const first = p.r + 1;
    for (const [a, who, when, yn] of acts) p.action([f, a, who, when, yn], { indicators: inds, action: a, lead: who, due: when }, { styles: [{ italic: true }, {}, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
    p.ws.mergeCells(`A${first}:A${p.r}`);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community trust) following a real trust's 'WDES Report 2025' web page: title, 'Headline findings' as five '·' bullets with percentages, a pointer to the appendix tables, 'Analysis' and its paragraph (the plan written with the disabled staff network), then 'Our action plan 2025-26' and the table 'Headline finding | What we will do | Who | When | Co-produced with ABLE?' (row 13); the italic Headline finding cell, ending with the metric in brackets ('(Metric 5)'), is merged down over its actions. Judgement calls: the headline findings and analysis are context, not actions; indicators from the metric named in the merged finding cell ('(Metric 4a)' → ['4a']); the finding is a grouping cell, not a theme or the action (theme null); lead = Who, due = When as written ('Ongoing' kept); the Y / N co-production column is neither a status nor a RAG (status '', rag null) and is not progress.", { dataRows: hl, notFrom: ['A'], forbidden: ['Y', 'N'] });
}
