// holdout37-wres-2024-25-hollinsdale: an INTEGRATED CARE BOARD's race equality plan for itself and its system, laid out like the GLA
// Workforce Integration Network's 'Actions for integrated care boards' toolkit table (london.gov.uk): an AREA cell written only on the first
// row of its group, 'Action | Who | Timeframe | Level' with Foundational / Enhanced levels and durations ('1 - 3 months', 'Ongoing',
// 'Annually', 'Consistently'). The HIA and WRES columns are ASSUMED additions an ICB would make (see SOURCES.md).
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Hollinsdale Integrated Care Board';
  const p = new Plan(book, { name: 'holdout37-wres-2024-25-hollinsdale', sheet: 'ICB and system actions', standard: 'WRES', period: '2024-25', trust, widths: [24, 58, 30, 15, 14, 8, 12] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Workforce Race Equality Standard – ICB and system action plan 2024/25'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['The actions below cover the ICB as an employer and as the leader of our integrated care system (six NHS trusts, 112 GP practices, two councils and the voluntary sector). Level shows whether an action is Foundational – something every organisation should have in place – or Enhanced, going further. HIA = the NHS EDI Improvement Plan high impact action it supports.'], { merge: ['A', 'G'], height: 44 });
  p.blank();
  p.header(['Area', 'Action', 'Who', 'Timeframe', 'Level', 'HIA', 'WRES indicator'], { style: { fill: C.darkblue, color: C.white } });
  const areas = [
    ['Commitment and collaboration', [
      ['Name a Board member as the ICB\'s executive lead for race equality and write it into their objectives.', 'ICB Board', '1 - 3 months', 'Foundational', '1', '9'],
      ['Bring the EDI leads of the six NHS trusts together every month to compare WRES data and agree joint actions.', 'Director of People / Trust EDI leads', 'Ongoing', 'Foundational', '1, 6', '—'],
      ['Publish a system WRES summary comparing the ICB with its partner trusts, for the ICB Board.', 'Workforce Intelligence Lead', 'Annually', 'Foundational', '1', 'All'],
    ]],
    ['Engagement and recruitment', [
      ['Require a diverse panel and an inclusion-trained chair for every ICB post at Band 8a and above.', 'Recruitment Lead', 'Consistently', 'Foundational', '2', '2'],
      ['Hold a system recruitment fair with partner trusts and both councils in the three most ethnically diverse wards of the area.', 'System Workforce Programme Lead / Partner trusts', 'Annually', 'Enhanced', '2', '1'],
      ['Offer de-biased shortlisting software to GP practices and voluntary sector partners at no cost to them.', 'System Workforce Programme Lead', '6 - 12 months', 'Enhanced', '2', '2'],
    ]],
    ['Retention and progression', [
      ['Review acting-up and secondment decisions by ethnicity twice a year and publish the result to staff.', 'HR Business Partner', '6 months', 'Foundational', '2', '7'],
      ['Launch a reciprocal mentoring programme for ethnic minority staff at Bands 6 to 8 across all partner organisations.', 'ICS Leadership Academy', '3 - 6 months', 'Enhanced', '2', '7, 4'],
      ['Check that every partner trust has a Board-approved WRES action plan and report any gaps to the ICB People Committee.', 'Director of People', 'Quarterly', 'Foundational', '1', '—'],
    ]],
    ['Culture and safety', [
      ['Adopt the system anti-racism charter and ask the Board of every partner organisation to sign it.', 'ICB Chief Executive', '1 - 3 months', 'Foundational', '6', '5, 6, 8'],
      ['Train ICB line managers to handle complaints of racism, with a follow-up check six months later.', 'OD Lead', '3 - 6 months', 'Foundational', '6', '6'],
      ['Fund a Freedom to Speak Up guardian for primary care with a focus on race.', 'Primary Care Workforce Lead', '6 - 12 months', 'Enhanced', '6', '6, 8'],
    ]],
  ];
  const levels = [];
  for (const [area, acts] of areas) {
    acts.forEach(([a, who, tf, lvl, hia, w], i) => {
      const inds = w === '—' ? [] : w === 'All' ? ALL_WRES : w.split(', ');
      p.action([i === 0 ? area : '', a, who, tf, lvl, hia, w], { indicators: inds, theme: area, action: a, lead: who, due: tf }, { styles: [{ bold: true }, {}, {}, {}, { italic: true, color: lvl === 'Enhanced' ? C.purple : C.navy }, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }] });
      levels.push(lvl);
    });
  }
  p.blank();
  p.line(['Owner: Director of People, NHS Hollinsdale ICB. Reviewed by the ICB People Committee each quarter.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board, for itself as an employer and for its system) laid out like the GLA Workforce Integration Network's 'Actions for integrated care boards' toolkit: a navy ICB name, the plan title, an intro explaining that the actions cover the ICB as employer and as system leader, that Level is Foundational or Enhanced and that HIA = the EDI Improvement Plan high impact action; a blank row; one navy header 'Area | Action | Who | Timeframe | Level | HIA | WRES indicator' (row 5); 12 action rows in four groups whose AREA ('Commitment and collaboration', 'Engagement and recruitment', 'Retention and progression', 'Culture and safety') is written in bold ONLY ON THE FIRST ROW of its group – nothing merged, the cells below blank; an owner line under the table. No status column. Judgement calls: theme = the Area, read down to the blank cells below it (the group's first cell stands for the whole group, as a merged-down group column would); Who = lead as written, including two-part leads ('Director of People / Trust EDI leads', 'System Workforce Programme Lead / Partner trusts'); due = Timeframe AS WRITTEN even though it is a duration or a frequency ('1 - 3 months', '6 - 12 months', 'Ongoing', 'Annually', 'Consistently', 'Quarterly') – none is converted to a date; Level ('Foundational' / 'Enhanced', coloured italic) is a tier of ambition, NOT a status (status '' and rag null everywhere); HIA ('1', '1, 6') has no gold field and is not an indicator; indicators from the WRES indicator column only ('7, 4' → ['7','4'] in that order; 'All' → all nine; '—' → []). Actions aimed at partner organisations (the recruitment fair, the mentoring programme, the charter) are actions of this plan. Ref '' (no numbers).", { areaCol: 'A', notFrom: ['E', 'F'], forbidden: ['Foundational', 'Enhanced'] });
}
