// holdout63-wres-2019-20-coldbeck: follows a community and mental health trust's WRES web page (Southern Health's 'Workforce Race Equality
// Standard' page: https://www.southernhealth.nhs.uk/about/equality-and-diversity/workforce-race-equality-standard/): background paragraphs
// on the research behind the WRES (Kline 2014, Francis 2015), the Equality and Diversity Council's decision, the mandate through the NHS
// Standard Contract and CCG assurance, CQC inspection, then a table. ASSUMED: the table's columns (the full indicator wording, the trust's
// figure, what it will do, by when), an indicator where no action is set this year, the 'Page last updated' line.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Coldbeck Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout63-wres-2019-20-coldbeck', sheet: 'WRES', standard: 'WRES', period: '2019-20', trust, widths: [48, 26, 56, 16], font: { name: 'Calibri', size: 11 } });
  const M = ['A', 'D'];
  p.line(['Workforce Race Equality Standard'], { merge: M, style: { bold: true, font: { size: 16 }, color: C.nhs } });
  p.line([`${trust} – what our 2019 WRES figures show and what we will do in 2019/20`], { merge: M, style: { bold: true } });
  p.line(['Research over several years (including Kline, 2014, and the Freedom to Speak Up review, 2015) has shown that Black and minority ethnic (BME) staff in the NHS are, on average, treated less well than white staff – in promotion, grading, disciplinary action, bullying and access to training – and are under-represented in senior roles.'], { merge: M, height: 58 });
  p.line(['The Equality and Diversity Council agreed in 2014 that decisive action was needed. The WRES has been part of the NHS Standard Contract since 2015/16, and the Care Quality Commission considers it when judging whether a trust is well-led.'], { merge: M, height: 44 });
  p.blank();
  p.header(['WRES indicator', 'Our 2019 figure', 'What we will do', 'By when'], { style: { fill: C.nhs, color: C.white } });
  const rows = [
    ['1. Percentage of staff in each of the AfC Bands 1-9 and VSM compared with the percentage of staff in the overall workforce', 'BME staff: 7.9% of the workforce, 3.2% of Bands 8a–9', [
      ['Offer a shadowing placement with a director to every BME colleague in Bands 6 and 7 who asks for one', 'March 2020'],
      ['Publish the number of BME staff in each band in the quarterly workforce report to the Board', 'From July 2019'],
    ]],
    ['2. Relative likelihood of staff being appointed from shortlisting across all posts', 'White applicants 1.58 times more likely', [
      ['Remove names and personal details from shortlisting for all posts on TRAC', 'September 2019'],
      ['Train 30 inclusive recruitment champions to sit on panels for Band 6 and above', 'December 2019'],
    ]],
    ['3. Relative likelihood of staff entering the formal disciplinary process', 'BME staff 1.12 times more likely', [
      ['No new action this year – our figure is within the range NHS England treats as equal. We will keep monitoring it.', ''],
    ]],
    ['4. Relative likelihood of staff accessing non-mandatory training and CPD', 'White staff 1.09 times more likely', [
      ['Record who applies for, and who is given, study leave and funding, by ethnicity, through the new learning system', 'January 2020'],
    ]],
    ['5. Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months', 'BME 26.8%  |  White 20.3%', [
      ['Give community teams a clear way to end a home visit and report it when a patient or relative is racially abusive', 'October 2019'],
    ]],
    ['7. Percentage believing that the trust provides equal opportunities for career progression or promotion', 'BME 74.0%  |  White 86.5%', [
      ['Set up a reciprocal mentoring scheme between the Race Equality Network and the executive team', 'November 2019'],
    ]],
    ['8. In the last 12 months have you personally experienced discrimination at work from a manager, team leader or other colleague?', 'BME 12.7%  |  White 5.9%', [
      ['Add a section on racism and microaggressions to the mandatory equality training for all managers', 'March 2020'],
    ]],
  ];
  const noAction = [];
  for (const [ind, fig, acts] of rows) {
    const first = p.r + 1; const num = ind.split('.')[0];
    for (const [i, [a, due]] of acts.entries()) {
      const vals = [i === 0 ? ind : '', i === 0 ? fig : '', a, due];
      if (!due) { noAction.push(p.line(vals, { border: true, height: 45, styles: [{}, {}, { italic: true }] })); continue; }
      p.action(vals, { indicators: [num], action: a, due }, { border: true, height: 45 });
    }
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Indicators 6 and 9 are covered by the Trust\'s Dignity at Work programme and the Board development plan and are not repeated here.'], { merge: M, style: { italic: true } });
  p.line(['For more information about the WRES at Coldbeck, contact the Equality and Inclusion team: equality.team@coldbeck.example.nhs.uk'], { merge: M });
  p.line(['Page last updated: 02 August 2019'], { merge: M, style: { font: { size: 9 }, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) following a real published WRES web page of a community and mental health trust (Southern Health's): a large title, a line naming the trust and the year, two background paragraphs (the research behind the WRES; the Equality and Diversity Council, the Standard Contract and the CQC), a blank row, one header 'WRES indicator | Our 2019 figure | What we will do | By when' (row 6, white on NHS blue), then rows by indicator: the FULL indicator wording with its number ('1. Percentage of staff in each of the AfC Bands …') and the trust's figure are merged down beside one or two 'What we will do' cells. Indicator 3 has a row saying 'No new action this year – … We will keep monitoring it.' with no date; indicators 6 and 9 are missing from the table and a note under it says why; a contact line and a grey 'Page last updated: 02 August 2019' line end the sheet. Judgement calls: the indicator-3 'No new action' row is NOT an action (it says no action is set; 'keep monitoring' is the absence of one) and is listed as a non-action row; indicators from the number that starts the merged indicator cell ('5. Percentage …' → ['5']); the figure column is the indicator's data, not the action's outcome or progress; due as written ('March 2020', 'From July 2019'); there is no lead anywhere on the sheet, so every lead is ''; the 'Page last updated' date is not a due date; no status, rag null; theme null (no section rows).", { forbidden: ['02 August 2019', 'No new action this year – our figure is within the range NHS England treats as equal. We will keep monitoring it.'] });
}
