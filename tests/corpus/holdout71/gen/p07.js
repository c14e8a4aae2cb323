// holdout71-wres-2022-23-ouselands: acute trust, the WRES improvement plan as a real acute trust published it as a WEB PAGE (lnwh.nhs.uk
// 'WRES improvement action plan 2021/22'), copied into a sheet: per indicator a heading, a 'Baseline measure:' line, an 'Actions' list
// whose items end with the month in brackets, and a 'Target criteria' list laid out exactly like the actions.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ouselands University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout71-wres-2022-23-ouselands', sheet: 'Sheet1', standard: 'WRES', period: '2022-23', trust, widths: [120], font: { name: 'Arial', size: 11 } });
  const plain = { border: false };
  p.line([trust], { ...plain, style: { color: 'FF768692', font: { size: 9 } } });
  p.line(['WRES improvement action plan 2022/23'], { ...plain, height: 26, style: { bold: true, font: { size: 18 }, color: C.darkblue } });
  p.line(['This is our Workforce Race Equality Standard improvement plan for 2022/23, agreed by the People Committee. Each action shows in brackets the month by which we expect to complete it.'], { ...plain, height: 30 });
  const sections = []; const targets = [];
  const item = { alignment: { indent: 2, wrapText: true, vertical: 'top' } };
  const blocks = [
    ['1', 'Indicator 1: percentage of BME staff in Bands 8a to 9 and VSM compared with the percentage of BME staff in the overall workforce.', 'Baseline measure: BME staff are 31% of the workforce but 14% of staff at Band 8a and above',
      [['Set a target for BME representation at Band 8a and above for each clinical division', 'September 22'], ['Include at least one BME candidate on the shortlist for every Band 8a and above post where one applies and meets the criteria', 'December 22']],
      ['BME representation at Band 8a and above up to 17% by March 2023']],
    ['2', 'Indicator 2: relative likelihood of staff being appointed from shortlisting across all posts.', 'Baseline measure: White candidates are 1.38 times more likely than BME candidates to be appointed',
      [['Add a trained inclusion ambassador to every interview panel for Band 7 and above', 'November 22'], ['Ask recruiting managers to record why a shortlisted BME candidate was not appointed, and review the reasons each quarter', 'January 23']],
      ['Relative likelihood below 1.25', '99% of recruiting managers have completed inclusive recruitment training']],
    ['3', 'Indicator 3: relative likelihood of staff entering the formal disciplinary process.', 'Baseline measure: BME staff are 2.14 times more likely to enter the disciplinary process',
      [['Extend the employee relations triage scheme to all divisions, so that a senior HR adviser reviews each case before it becomes formal', 'October 22'], ['Train 20 cultural ambassadors to observe disciplinary hearings involving BME colleagues', 'February 23']],
      ['A 10% reduction in the proportion of BME staff entering formal disciplinary processes']],
    ['5', 'Indicator 5: percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months.', 'Baseline measure: 32% of BME staff and 29% of White staff',
      [['Simplify incident reporting on Datix so that racist abuse can be flagged in one step', 'December 22'], ['Work with security and the local police to follow up every reported racist assault on staff', 'March 23']],
      ['Racist incidents reported on Datix up by 20%, each followed up within 14 days']],
    ['7', 'Indicator 7: percentage of staff believing that the trust provides equal opportunities for career progression or promotion.', 'Baseline measure: 44% of BME staff compared with 59% of White staff',
      [['Launch a talent programme for BME nurses and midwives at Bands 5 and 6', 'January 23'], ['Hold career clinics at each hospital site every quarter, starting with the two district hospitals', 'October 22']],
      ['6% increase in the number of BME staff who believe that the trust provides equal opportunities']],
  ];
  for (const [n, head, base, acts, tgts] of blocks) {
    p.blank();
    sections.push(p.line([head], { ...plain, height: 30, style: { bold: true, font: { size: 13 }, color: C.darkblue } }));
    p.line([base], plain);
    p.line(['Actions'], { ...plain, style: { bold: true } });
    for (const [a, when] of acts) { const t = `${a} (${when})`; p.action([t], { indicators: [n], theme: head, action: t, due: when, dueSource: 'action text' }, { border: false, style: item }); }
    p.line(['Target criteria'], { ...plain, style: { bold: true } });
    for (const t of tgts) targets.push(p.line([t], { ...plain, style: item }));
  }
  p.blank();
  p.line(['Page last reviewed: 9 November 2022'], { ...plain, style: { color: 'FF768692', font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) laid out like a real acute trust's WRES improvement action plan WEB PAGE (lnwh.nhs.uk, 2021/22) copied into one column of 'Sheet1', no borders: the site's trust line (small, grey), the page title 'WRES improvement action plan 2022/23', an intro saying each action shows in brackets the month it should be complete, then five INDICATOR blocks (1, 2, 3, 5, 7), each a blank row, a bold heading ('Indicator 2: relative likelihood of staff being appointed from shortlisting across all posts.'), a 'Baseline measure:' line, a bold 'Actions' label, two list items (indented, no bullet: the web list lost its bullets in the paste), a bold 'Target criteria' label and one or two list items laid out EXACTLY like the actions; a 'Page last reviewed' line at the end. Judgement calls: only the items under 'Actions' are actions; the items under 'Target criteria' are the indicator's targets, not actions and not any one action's outcome (outcome ''); the baseline lines and labels are not actions; the gold action is the whole item with its bracket ('… for each clinical division (September 22)') and due = the month in the bracket as written ('September 22', dueSource 'action text'); no lead, no status (lead '', rag null); theme = the indicator heading and indicators from its number; ref ''. The review date is no due.", { sections, dataRows: targets, forbidden: ['9 November 2022'] });
}
