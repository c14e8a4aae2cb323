// holdout26-wres-2021-22-kennetbury: follows London North West University Healthcare NHS Trust's web page 'WRES improvement action
// plan 2021/22' (https://www.lnwh.nhs.uk/wres-improvement-action-plan-202122): per indicator, 'Indicator 2: relative likelihood …' as a
// heading, a 'Baseline measure:' line, an 'Actions' label with bullet actions each ending with its month in brackets ('(December 21)',
// 'ongoing (March 22)'), and a 'Target criteria' label with bullet targets. Pasted into a one-column sheet as a web page pastes.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kennetbury University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout26-wres-2021-22-kennetbury', sheet: 'WRES 2021-22', standard: 'WRES', period: '2021-22', trust, widths: [125], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { style: { bold: true, color: C.nhs, font: { size: 12 } } });
  p.line(['WRES improvement action plan 2021/22'], { style: { bold: true, font: { size: 16 } } });
  p.line(['Our plan for the year sets out, indicator by indicator, where we start from, what we will do and how we will know it has made a difference. Progress is reported to the People Committee every quarter.'], { height: 30 });
  const L = (t) => p.line([t], { style: { bold: true } });
  const secs = [];
  const ind = (h, base, acts, targets) => {
    p.blank();
    secs.push(p.line([h], { style: { bold: true, color: C.nhs, font: { size: 12 } }, height: 30 }));
    p.line([base]);
    L('Actions');
    for (const [t, due, inds] of acts) p.action([`• ${t}`], { indicators: inds, theme: h, action: `• ${t}`, due, dueSource: due ? 'labelled' : null });
    L('Target criteria');
    for (const t of targets) p.line([`• ${t}`]);
  };
  ind('Indicator 2: relative likelihood of staff being appointed from shortlisting across all posts',
    'Baseline measure: White candidates are more likely (a ratio of 1.37) to be appointed from shortlisting than BME candidates',
    [['Put a trained BME panel member on every interview panel for Band 7 and above, and ask the recruiting manager to record why any shortlisted BME candidate was not appointed (November 21)', 'November 21', ['2']],
     ['Agree a single process for acting-up and secondment opportunities and record every internal move on ESR (March 22)', 'March 22', ['2']]],
    ['5% increase in the number of BME staff who believe that the Trust provides equal opportunities for career progression', '98% of recruiting managers have completed fair recruitment training']);
  ind('Indicator 3: relative likelihood of staff entering the formal disciplinary process',
    'Baseline measure: BME staff are 2.41 times more likely to enter the formal disciplinary process',
    [['Keep the employee relations triage panel running and report its outcomes by ethnicity – ongoing (March 22)', 'March 22', ['3']],
     ['Train a group of just culture advocates to review every case before it moves to a formal investigation (January 22)', 'January 22', ['3']]],
    ['2% reduction in the proportion of BME staff entering formal disciplinary processes']);
  ind('Indicator 4: relative likelihood of staff accessing non-mandatory training and CPD',
    'Baseline measure: BME staff are 0.88 times as likely as White staff to access non-mandatory training',
    [['Analyse who applies for and who receives study leave and CPD funding, by band and staff group, starting with bands 2 to 4 (February 22)', 'February 22', ['4']],
     ['Run a second cohort of the positive action Stepping Up programme for BME staff at bands 5 to 7', '', ['4']]],
    ['5% increase in the number of BME staff who believe that the Trust provides equal opportunities for career progression']);
  ind('Indicator 5: percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months',
    'Baseline measure: 31% of BME staff and 29% of White staff report harassment, bullying or abuse from patients, relatives or the public',
    [['Make it simpler to report abuse from patients on Datix and give feedback to the member of staff within 10 working days (March 22)', 'March 22', ['5']],
     ['Launch a zero tolerance poster and letter campaign for patients and visitors across all three sites (December 21)', 'December 21', ['5']]],
    ['3% reduction in BME staff reporting harassment, bullying or abuse from patients, relatives or the public', '10% increase in incidents of abuse reported on Datix']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) following a published web page 'WRES improvement action plan 2021/22' pasted into a one-column sheet: trust name, title, an intro paragraph, then four indicators, each as a blank row, a blue heading 'Indicator 2: relative likelihood …', a 'Baseline measure:' line, an 'Actions' label, bullet actions each ending with its month in round brackets ('(November 21)', '– ongoing (March 22)'), a 'Target criteria' label and bullet targets. No lead, status or progress anywhere. Judgement calls: the actions are ONLY the bullets under 'Actions' – the bullets under 'Target criteria' look the same but are measures of success, not actions (non-action rows); the gold action is the whole bullet cell as written, bullet and bracketed month included; due = the month in the brackets at the end of the bullet, kept as written ('November 21', 'March 22' – the two-digit year is the page's own; 'ongoing' before the bracket is not the due), dueSource 'labelled'; one action has no bracket (due '', dueSource null); theme = the indicator heading; indicators = the indicator number in that heading; the baseline ratios and percentages are findings; lead '' (none given), no status, rag null.", { sections: secs, dueInText: true });
}
