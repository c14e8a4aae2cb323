// holdout63-wres-2017-18-marlhaven: follows a mental health and community trust's interim 'WRES Action Plan 2017/18' (Mersey Care's, as
// published: https://docsbay.net/wres-action-plan-2017-18): a 'Narrative:' block explaining why the plan is interim (mergers, a later data
// analysis), the sentence 'the 2017/18 action plan will focus on 4 key areas' followed by a NUMBERED LIST OF FIVE areas, a paragraph on why
// disciplinary data is not a priority, then 'Interim WRES action Plan 17/18' and a table whose first column is 'WRES Indicator / Objective'.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marlhaven Care Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout63-wres-2017-18-marlhaven', sheet: 'WRES 17-18', standard: 'WRES', period: '2017-18', trust, widths: [34, 52, 26, 16, 34], font: { name: 'Calibri', size: 11 } });
  const M = ['A', 'E'];
  p.line(['WRES Action Plan 2017/18'], { merge: M, style: { bold: true, font: { size: 14 } } });
  p.line([trust], { merge: M, style: { bold: true } });
  p.line(['Narrative:'], { style: { bold: true, font: { underline: true } } });
  p.line(['During 2017 the Trust took on community services from two neighbouring providers, and a further transfer of staff is planned for 1 February 2018. Each change has moved our staff numbers and profile, which makes it hard to judge whether the positive action taken after earlier WRES returns has worked.'], { merge: M, height: 60 });
  p.line(['It is therefore proposed that the 2017/18 action plan will focus on 4 key areas where BME colleagues, who make up 8.3% of our workforce, have had a consistently worse experience. A full analysis covering every colleague who has joined us will be carried out in May – July 2018, alongside the national WRES return for staff in post on 31 March 2018, and will shape a longer-term plan.'], { merge: M, height: 75 });
  p.line(['The actions below continue our work on these areas:-'], { merge: M });
  const areas = [
    '1.  Representation of BME staff in Bands 8a and above',
    '2.  The recruitment process',
    '3.  Bullying and harassment of BME colleagues by service users, carers or the public',
    '4.  Bullying and harassment of BME colleagues by managers or colleagues',
    '5.  Representation on the Board',
  ].map((t) => p.line([t], { merge: M }));
  p.line(['Our disciplinary figures still show BME colleagues more likely to enter a formal process. Since the Restorative Practice approach began, the number of formal disciplinaries has fallen sharply, so this will not be a priority in the interim plan; it will be looked at again in the annual workforce analysis.'], { merge: M, height: 60, style: { italic: true } });
  p.blank();
  p.line(['Interim WRES action Plan 17/18'], { merge: M, style: { bold: true, font: { size: 12 } } });
  const hs = { fill: 'FFB4C6E7' };
  p.header(['WRES Indicator / Objective', 'Actions', 'Lead', 'Timescale', 'Progress update (December 2017)'], { style: hs });
  const blocks = [
    ['Indicator 1\nObjective: increase the share of BME colleagues in Bands 8a and above from 4.1% towards the 8.3% workforce average', ['1'], [
      ['Map every BME colleague in Bands 6 and 7 and offer each a career conversation with a senior leader outside their line', 'Head of Organisational Development', 'March 2018', 'First 40 conversations booked.'],
      ['Reserve places for BME colleagues on the Trust\'s Aspiring Leaders programme (cohort 3)', 'Head of Organisational Development', 'April 2018', ''],
    ]],
    ['Indicator 2\nObjective: close the gap in appointment from shortlisting (currently 1.71 times)', ['2'], [
      ['Put an ethnically diverse panel member on every interview panel for Band 7 and above', 'Recruitment Manager', 'January 2018', 'Panel member pool of 26 trained.'],
      ['Review shortlisting and appointment outcomes by ethnicity for each division every quarter and share them with the Equality Steering Group', 'Workforce Information Manager', 'Quarterly', 'Q2 report produced.'],
    ]],
    ['Indicator 5\nObjective: reduce harassment, bullying or abuse of BME colleagues by service users, relatives or the public', ['5'], [
      ['Launch a reporting card for racist abuse on inpatient wards, with a follow-up call from the ward manager within 72 hours', 'Associate Director of Nursing', 'February 2018', ''],
      ['Include racist abuse in the zero-tolerance letters sent to service users, with an agreed escalation route', 'Head of Security and Violence Reduction', 'March 2018', 'Letter drafted; with Legal.'],
    ]],
    ['Indicator 6\nObjective: reduce harassment, bullying or abuse of BME colleagues by managers and colleagues', ['6'], [
      ['Train the Dignity at Work advisers to take concerns about race and to record the ethnicity of those who raise them', 'Head of Equality & Inclusion', 'March 2018', '12 advisers trained.'],
      ['Run listening events with the BME Staff Network in each locality and report the themes to the People Committee', 'Head of Equality & Inclusion / BME Network Chair', 'Ongoing', ''],
    ]],
    ['Indicator 9\nObjective: a Board that reflects our workforce and the communities we serve', ['9'], [
      ['Ask the search agency for the next non-executive appointment to provide a diverse long list', 'Trust Secretary', 'As vacancies arise', ''],
    ]],
  ];
  for (const [obj, inds, acts] of blocks) {
    const first = p.r + 1;
    acts.forEach(([a, lead, due, prog], i) => {
      p.action([i === 0 ? obj : '', a, lead, due, prog], { indicators: inds, action: a, lead, due, progress: prog }, { border: true, height: 45, styles: [{ bold: true }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Monitoring: progress against this plan will be reported to the Equality Steering Group each quarter and to the People Committee in April 2018.'], { merge: M, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and community foundation trust) following a real published interim 'WRES Action Plan 2017/18' of a mental health trust (Mersey Care's): a title, the trust name, an underlined 'Narrative:' label, two merged narrative paragraphs – the second says the plan 'will focus on 4 key areas' – a lead-in line, then a NUMBERED LIST OF FIVE key areas ('1.  Representation of BME staff in Bands 8a and above' … '5.  Representation on the Board'; the narrative's '4' does not match the five listed, as in the source), an italic paragraph on why disciplinary data is not a priority, a blank row, the sub-title 'Interim WRES action Plan 17/18', one header 'WRES Indicator / Objective | Actions | Lead | Timescale | Progress update (December 2017)' (row 15), and nine actions in five blocks: column A is merged down each block and holds 'Indicator n' on one line and 'Objective: …' on the next. A monitoring sentence closes the sheet. Judgement calls: the five numbered key areas are the plan's FOCUS LIST, not actions (they are areas, with no lead or date, and every one is taken up by a block below); the disciplinary paragraph and monitoring line are narrative; the action is the Actions cell only; indicators from the 'Indicator n' line of the merged column-A cell (['1'] … ['9']); theme null – the objective belongs to one indicator block and is not a section row above a header (it is the merged first column); lead as written, including 'Head of Equality & Inclusion / BME Network Chair' kept whole; due as written ('March 2018', 'Quarterly', 'Ongoing', 'As vacancies arise'); progress from the December 2017 update column where filled; no status column, so status '' and rag null.", { blocks: { col: 'A' } });
}
