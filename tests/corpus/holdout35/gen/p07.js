// holdout35-wres-2018-19-colnevale: follows a community trust's 'Equality & Inclusion Action Plan 2018' (Bridgewater Community Healthcare
// NHS FT, https://pingpdf.com/pdf-equality-inclusion-action-plan-2018-bridgewater-community.html, described on its equality page
// http://www.bridgewater.nhs.uk/aboutus/equalitydiversity/ as 'an action plan that highlights all the areas that the team is currently
// working on … updated as new requirements, legislation and pieces of work are identified'): the title, 'Equality, Diversity, Human Rights
// and Inclusion', an Introduction (the plan keeps the Trust compliant with its legal and contractual duties; its actions support the
// Trust's Strategic Objectives, listed), then the team's work by requirement, with evidence written as progress ('… Policy produced and
// published on The Hub. Posters produced for display in services'). (Not the same trust's WRES Action Plan 2016, which holdout26
// brindlewood follows.) The requirement section rows and the columns are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Colne Vale Community Healthcare NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout35-wres-2018-19-colnevale', sheet: 'E&I Action Plan', standard: 'WRES', period: '2018-19', trust, widths: [62, 26, 14, 48], font: { name: 'Verdana', size: 9 } });
  const full = (t, o = {}) => p.line([t], { merge: ['A', 'D'], ...o });
  full(trust, { style: { color: C.nhs, bold: true } });
  full('Equality & Inclusion Action Plan 2018', { style: { bold: true, font: { size: 14 } } });
  full('Equality, Diversity, Human Rights and Inclusion', { style: { italic: true } });
  full('Introduction', { style: { bold: true } });
  full('This is the Equality and Diversity Team\'s action plan. It keeps the Trust compliant with its legal and contractual equality duties and sets out how we will keep improving access and outcomes for groups who can be left out of health services. It is updated when new requirements, legislation or pieces of work come along.', { height: 44 });
  full('The actions in this plan support the Trust\'s Strategic Objectives:');
  const objs = ['• To give safe, effective care as close to home as possible', '• To be a great place to work, where staff are valued and developed', '• To work with partners to reduce health inequalities in our boroughs', '• To use our resources well and stay sustainable'].map((t) => full(t));
  p.blank();
  const hr = p.header(['Action', 'Lead', 'Target date', 'Progress / evidence'], { style: { fill: C.teal, color: C.white } });
  const sections = [];
  const sec = (t) => sections.push(full(t, { style: { bold: true, fill: C.palegrey } }));
  const act = (theme, [a, lead, due, prog, ind]) => p.action([a, lead, due, prog], { theme, indicators: ind || [], action: a, lead, due, progress: prog });
  let th = 'NHS Accessible Information Standard'; sec(th);
  [
    ['Write an Accessible Information policy and give services a simple guide to recording patients\' communication needs.', 'Equality and Diversity Lead', 'June 2018', 'Policy approved at Quality Committee and placed on the intranet. Display posters sent to every clinic.'],
    ['Check that the patient record system flags communication needs and prints them on appointment letters.', 'Head of Clinical Systems', 'September 2018', 'Flag in place; letter template still to change.'],
  ].forEach((r) => act(th, r));
  th = 'NHS Workforce Race Equality Standard (WRES)'; sec(th);
  [
    ['Publish the 2018 WRES return and this year\'s actions on the Trust website by the national deadline.', 'Equality and Diversity Lead', 'August 2018', 'Published 1 August 2018.'],
    ['Look at why BME applicants are less likely to be appointed from shortlisting (WRES indicator 2) by reviewing a sample of interview panels and their scoring.', 'Head of Resourcing', 'December 2018', '', ['2']],
    ['Set up a BME staff forum, with time allowed to attend, and ask it to help shape the next WRES actions.', 'Head of Organisational Development', 'October 2018', 'First meeting held in July; 18 staff attended.'],
    ['Ask every borough to talk through its staff survey results on bullying and harassment of BME staff (WRES indicators 5 and 6) at team meetings.', 'Borough Heads of Service', 'January 2019', '', ['5', '6']],
  ].forEach((r) => act(th, r));
  th = 'Equality Delivery System (EDS2)'; sec(th);
  [
    ['Grade Goals 1 and 2 of EDS2 with local interest groups and publish the grades.', 'Equality and Diversity Lead', 'March 2019', ''],
    ['Agree two new equality objectives for 2019–2023 from the EDS2 grading.', 'Director of Nursing', 'March 2019', ''],
  ].forEach((r) => act(th, r));
  th = 'Public Sector Equality Duty'; sec(th);
  [
    ['Publish the annual equality information report covering patients and staff.', 'Equality and Diversity Lead', 'January 2019', 'Data collected; report being drafted.'],
  ].forEach((r) => act(th, r));
  full('Plan owner: Equality and Diversity Team. Last updated 4 September 2018.', { style: { italic: true, font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional trust, a community healthcare foundation trust) following a real community trust's published 'Equality & Inclusion Action Plan 2018' – the equality team's whole work plan, of which the WRES is one part: the trust, the title, 'Equality, Diversity, Human Rights and Inclusion', 'Introduction' and its paragraph, 'The actions in this plan support the Trust's Strategic Objectives:' and four '•' objectives, then one table 'Action | Lead | Target date | Progress / evidence' (row ${hr}) under four REQUIREMENT SECTION ROWS (NHS Accessible Information Standard; NHS Workforce Race Equality Standard (WRES); Equality Delivery System (EDS2); Public Sector Equality Duty), and an 'owner / last updated' line. Judgement calls: the strategic objectives are not actions; every row under the header is an action of the plan – the Accessible Information, EDS2 and equality-duty actions too (as holdout25 thamesreach's patient-facing actions), with indicators [] because they name no WRES indicator; the WRES section's actions get indicators only where the text names one ('(WRES indicator 2)' → ['2'], 'WRES indicators 5 and 6' → ['5','6']), [] otherwise (publishing the return, the BME forum – not guessed); theme = the requirement section row; lead and target date as written ('Borough Heads of Service' kept); progress = Progress / evidence ('' where empty); no status, rag null; the 'last updated' date is not a due.`, { sections, dataRows: objs, forbidden: ['4 September 2018', 'Equality and Diversity Team'] });
}
