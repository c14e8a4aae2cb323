// holdout47-wres-2019-20-colnebank: follows South West Yorkshire Partnership NHS FT's 'Workforce Race Equality Standard (WRES)' web page
// (get-involved › equality-and-involvement › equality-diversity-and-inclusion › wres): the 2019 WRES delivered through the workforce strategy
// and supported by the equality strategy, a quoted reason, 'The standard has the following key roles:' with four bullets, 'View the workforce
// equality reports', 'Page last updated on:'. ASSUMED: the action plan under the link, its sections (the workforce strategy's themes).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Colnebank Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout47-wres-2019-20-colnebank', sheet: 'WRES', standard: 'WRES', period: '2019-20', trust, widths: [7, 58, 14, 30, 16, 44], font: { name: 'Arial', size: 10 } });
  const W = { merge: ['A', 'F'] };
  p.line([trust], { ...W, style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.line(['Home › Get involved › Equality and involvement › Equality, diversity and inclusion › WRES'], { ...W, style: { font: { size: 8 }, color: 'FF595959' } });
  p.line(['Workforce Race Equality Standard (WRES)'], { ...W, style: { bold: true, font: { size: 16 } } });
  p.line(['Our 2019 Workforce Race Equality Standard (WRES) work is delivered through our workforce strategy and backed by our equality and inclusion strategy. We do this because, in the words of the national WRES team, \'fairer treatment of staff goes hand in hand with better care for the people who use our services\'.'], { ...W, height: 42 });
  p.line(['The standard has the following key roles:'], W);
  for (const b of ['•  To let organisations compare their results with others in their region', '•  To encourage improvement by learning from each other and sharing good practice', '•  To give staff, organisations and the public a national picture of progress on workforce race equality', '•  To report nine indicators of staff experience and opportunity nationally, so that the figures can be analysed for improvement']) p.line([b], W);
  p.line(['View the workforce equality reports'], { ...W, style: { color: 'FF0563C1', font: { underline: true } } });
  p.blank();
  p.line(['WRES action plan 2019/20'], { ...W, style: { bold: true, font: { size: 13 } } });
  p.header(['No.', 'What we will do', 'WRES indicator(s)', 'Responsible', 'Timescale', 'Update December 2019'], { style: { fill: C.teal, color: C.white } });
  const secs = [];
  const plan = [
    ['Workforce strategy theme 1: Attracting and recruiting the right people', [
      ['1.1', 'Advertise Band 6 and 7 nursing and allied health posts through BME community and faith organisations in our four districts', '1', 'Recruitment Manager', 'From September 2019', 'Adverts now shared with eleven community organisations.'],
      ['1.2', 'Introduce values-based interviews for all posts at Band 7 and above, with a diverse panel member', '1, 2', 'Head of Resourcing', 'March 2020', ''],
    ]],
    ['Workforce strategy theme 2: Developing and keeping our people', [
      ['2.1', 'Offer a career conversation to every BME member of staff at Bands 3 to 6 who asks for one', '7', 'Head of Learning and Organisational Development', 'Ongoing', 'Forty-two conversations held since July.'],
      ['2.2', 'Check that access to CPD funding is fair by ethnicity and publish the figures twice a year', '4', 'Head of Learning and Organisational Development', 'October 2019 and April 2020', 'First figures published in October.'],
    ]],
    ['Workforce strategy theme 3: Leading with compassion and fairness', [
      ['3.1', 'Run cultural awareness sessions for inpatient teams where BME staff report the most abuse from service users', '5 & 6', 'Equality and Inclusion Lead', 'January 2020', ''],
      ['3.2', 'Use a just culture checklist before any formal disciplinary investigation starts', '3', 'Deputy Director of HR', 'December 2019', 'Checklist in use since November.'],
      ['3.3', 'Ask each Board member to sponsor a member of the BAME staff network for a year', '9', 'Chair and Chief Executive', 'November 2019', 'Twelve pairings agreed.'],
      ['3.4', 'Report progress on this plan to the Equality and Inclusion Committee every quarter', 'All', 'Director of HR, OD and Estates', 'Quarterly', ''],
    ]],
  ];
  for (const [sec, acts] of plan) {
    secs.push(p.line([sec], { merge: ['A', 'F'], border: true, style: { bold: true, fill: 'FFE2F0EE' } }));
    for (const [ref, a, ind, lead, due, upd] of acts) p.action([ref, a, ind, lead, due, upd], { ref, indicators: ind === 'All' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : ind.match(/\d+/g), theme: sec, action: a, lead, due, progress: upd });
  }
  p.blank();
  p.line(['Page last updated on: 16 December 2019'], { ...W, style: { font: { size: 8 }, color: 'FF595959' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community foundation trust) following a real published trust WRES web page (South West Yorkshire Partnership's) copied to a sheet: trust name, a BREADCRUMB, the page title, the paragraph saying the WRES work is delivered through the workforce strategy and backed by the equality strategy, 'The standard has the following key roles:' with FOUR BULLETS (written like aims – the last one even mentions the nine indicators), the link line 'View the workforce equality reports', then 'WRES action plan 2019/20' (row 12), one header 'No. | What we will do | WRES indicator(s) | Responsible | Timescale | Update December 2019' (row 13), three SECTION rows naming the workforce strategy's themes (shaded, merged across), eight actions, and the footer 'Page last updated on: 16 December 2019'. Judgement calls: the key-role bullets, the link and the page-updated line are context, not actions or dues; theme = the section row above ('Workforce strategy theme 2: Developing and keeping our people'); indicators from the WRES indicator(s) column ('1, 2' → ['1','2'], '5 & 6' → ['5','6'], 'All' → all nine); lead and timescale as written ('Chair and Chief Executive', 'From September 2019', 'October 2019 and April 2020', 'Ongoing', 'Quarterly'); progress = the Update December 2019 cell, '' when blank; ref = the number ('3.2'); no status column, rag null.", { sections: secs, forbidden: ['Page last updated on: 16 December 2019', '16 December 2019'], indCol: 'C' });
}
