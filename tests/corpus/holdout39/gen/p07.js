// holdout39-wres-2021-22-sloeford: follows the Care Quality Commission's 'Our Workforce Race Equality Standard (WRES): Action plan 2021'
// page (https://cqc.org.uk/node/3774): 'Published: 23 March 2021 Page last updated: 11 November 2022', 'Categories Public', an
// Introduction (WRES since 2015; published since 2017; where the latest report showed progress and little change; the plan sits under
// the Diversity & Inclusion Strategy launched in 2020 and sets ambitious objectives and targets against the indicators), then 'Action for
// Race Equality Group' (a group chaired by a Deputy Chief Inspector with organisation-wide membership, working with the OD team and the Race
// Equality Network, to drive improvement at pace). Here a national NHS arm's-length body. ASSUMED: the plan table – `WRES indicator | Our
// objective | Target by March 2023 | What we will do | Owner | Timescale`, with indicator, objective and target merged down over their actions.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Sloeford Workforce Standards Authority';
  const p = new Plan(book, { name: 'holdout39-wres-2021-22-sloeford', sheet: 'WRES action plan 2021', standard: 'WRES', period: '2021-22', trust, widths: [20, 28, 28, 50, 26, 16], font: { name: 'Arial', size: 10 } });
  const para = (t, h = 30, st = {}) => p.line([t], { merge: ['A', 'F'], height: h, style: st });
  para(trust, 16, { bold: true, color: C.nhs });
  para('Our Workforce Race Equality Standard (WRES): Action plan 2021', 22, { bold: true, font: { size: 14 } });
  para('Published: 12 April 2021     Page last updated: 3 February 2022', 16, { color: 'FF808080' });
  para('Categories: Public', 16, { color: 'FF808080' });
  para('Introduction', 16, { bold: true });
  para('Since 2015 the WRES has helped NHS organisations close the gaps in opportunity and experience between Black and minority ethnic staff and white staff. We have reported against the nine indicators every year since 2017.', 30);
  para('Our 2020 report showed progress on some indicators and little or no change on others. We know there is more to do before our Black and minority ethnic colleagues have parity, so this plan sets objectives and targets for each area we report on. It sits under the Diversity and Inclusion Strategy we launched in 2020.', 44);
  para('Action for Race Equality Group', 16, { bold: true });
  para('To move faster, we have set up an Action for Race Equality Group (AREG). It is chaired by a Deputy Director of Operations, has members from every directorate, and works with the Organisational Development team and the Race Equality Network. Its aim is to improve the working lives of Black and minority ethnic colleagues across the organisation.', 44);
  p.blank();
  p.header(['WRES indicator', 'Our objective', 'Target by March 2023', 'What we will do', 'Owner', 'Timescale'], { style: { fill: C.navy, color: C.white } });
  const groups = [
    ['Indicator 1 – representation at senior levels', ['1'], 'Black and minority ethnic colleagues are represented at every pay band', '18% of staff at Band 8a and above are from a Black or minority ethnic background (now 11.4%)', [
      ['Set representation goals for each directorate and report them to the Executive Team every quarter.', 'Director of People', 'Q1 2021/22'],
      ['Launch a sponsorship programme pairing Black and minority ethnic staff at Bands 6–7 with a senior sponsor.', 'Head of OD; AREG', 'September 2021'],
      ['Require a diverse shortlist and a diverse panel for every post at Band 8a and above.', 'Head of Recruitment', 'From June 2021']]],
    ['Indicator 2 – appointment from shortlisting', ['2'], 'Fair recruitment at every stage', 'Relative likelihood below 1.25 (now 1.71)', [
      ['Train every recruiting manager in inclusive recruitment before they next chair a panel.', 'Head of Recruitment', 'March 2022'],
      ['Anonymise applications up to shortlisting.', 'Head of Recruitment', 'Q2 2021/22']]],
    ['Indicators 5–8 – staff survey', ['5', '6', '7', '8'], 'Colleagues are treated with respect and can raise concerns safely', 'The gap between Black and minority ethnic and white colleagues halves on each survey indicator', [
      ['Give every team a facilitated conversation on race, using the AREG toolkit.', 'AREG chair', 'December 2021'],
      ['Publish an annual summary of concerns about racism raised through Speak Up and what changed as a result.', 'Speak Up Guardian', 'April 2022']]],
    ['Indicator 9 – board', ['9'], 'A board that reflects the people we employ and serve', 'At least two board members from a Black or minority ethnic background', [
      ['Work with the Department of Health and Social Care on diverse fields for the next non-executive appointments.', 'Chair; Board Secretary', 'As vacancies arise']]],
  ];
  for (const [ind, inds, obj, target, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([a, owner, when], i) => p.action(i === 0 ? [ind, obj, target, a, owner, when] : [undefined, undefined, undefined, a, owner, when], { indicators: inds, theme: obj, action: a, lead: owner, due: when, outcome: target }, { styles: [{ bold: true }, { italic: true }] }));
    for (const col of ['A', 'B', 'C']) mergeDown(p.ws, col, first, p.r);
  }
  p.blank();
  para('We will report progress against this plan in our next WRES report.', 16, { italic: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, a national NHS arm's-length body for its own staff) following a real national body's WRES action plan web page (the Care Quality Commission's 'Our Workforce Race Equality Standard (WRES): Action plan 2021'), copied into one sheet: the organisation line, the page title, 'Published: … Page last updated: …', 'Categories: Public', 'Introduction' with two paragraphs, 'Action for Race Equality Group' with a paragraph, a blank row, then the plan table 'WRES indicator | Our objective | Target by March 2023 | What we will do | Owner | Timescale' (row 11) with the INDICATOR, OBJECTIVE and TARGET cells MERGED DOWN over each group's one to three actions, and a closing italic line. The targets carry numbers ('18% …(now 11.4%)', 'below 1.25 (now 1.71)'). Judgement calls: the actions are the 'What we will do' rows; indicators from the merged indicator cell – 'Indicators 5–8' is a RANGE read as ['5', '6', '7', '8']; theme = the merged objective; outcome = the merged target, the same for each action of its group; lead = Owner as written ('Chair; Board Secretary'); due = Timescale as written ('Q1 2021/22', 'From June 2021', 'As vacancies arise'); the introduction's publication dates are not dues and the AREG chair described there is not a lead except where Owner says 'AREG chair'; no status, rag null; period 2021-22 (the plan is titled 2021 and published in April 2021).", { themeCol: 'B', forbidden: ['12 April 2021', '3 February 2022', 'Deputy Director of Operations'] });
}
