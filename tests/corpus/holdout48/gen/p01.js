// holdout48-wdes-2023-24-wythburn: follows an acute trust's 'Equality reports and data' web page (University Hospitals of Leicester,
// https://www.leicestershospitals.nhs.uk/aboutus/equality-and-diversity/reports-and-data/): skip link, 'You are here: Home » About us »
// …' breadcrumb, title, 'Annual Equality and Diversity Reports' with a list of report links by year, the WRES section with its paragraph
// and three bullets of what the WRES lets trusts do, the WRES action plan link, then the WDES section. ASSUMED: the WDES action plan table
// pasted under the WDES paragraph, the previous-plans links and the 'Page last updated' line.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wythburn Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout48-wdes-2023-24-wythburn', sheet: 'Reports and data', standard: 'WDES', period: '2023-24', trust, widths: [6, 26, 56, 28, 14, 40], font: { name: 'Calibri', size: 11 } });
  const link = { font: { color: { argb: 'FF0563C1' }, underline: true } };
  p.line(['[Skip to content]'], { at: 2, style: { font: { size: 9 } } });
  p.line(['You are here:   Home  »  About us  »  Equality and diversity  »  Reports and data'], { at: 2, merge: ['B', 'F'], style: { font: { size: 9, color: { argb: 'FF595959' } } } });
  p.line(['Equality reports and data'], { at: 2, merge: ['B', 'F'], style: { bold: true, font: { size: 16 }, color: C.nhs }, height: 24 });
  p.line(['Annual Equality and Diversity Reports'], { at: 2, merge: ['B', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line([`The Equality Act 2010 asks ${trust} to publish equality information every year to show how we meet the Public Sector Equality Duty. Copies of our annual reports can be downloaded from the links below;`], { at: 2, merge: ['B', 'F'], height: 32 });
  for (const t of ['WRES Delivery Report 2022-23', 'Equality Annual Report 2021-22', 'Workforce Equality Report 2020-2021', 'Workforce Equality Report 2019-2020']) p.line([t], { at: 2, merge: ['B', 'D'], style: link });
  p.blank();
  p.line(['Workforce Race Equality Standard (WRES)'], { at: 2, merge: ['B', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Since 2015 the WRES has asked NHS trusts to assess themselves each year against nine indicators of race equality in the workforce, including indicators on ethnic minority representation at senior and board level. A national WRES team supports organisations to:'], { at: 2, merge: ['B', 'F'], height: 46 });
  for (const t of ['•  identify the gap in treatment and experience between white and ethnic minority staff;', '•  compare their progress over time with similar organisations;', '•  take remedial action on the causes of ethnic disparities in the indicators']) p.line([t], { at: 2, merge: ['B', 'F'] });
  p.line(['WRES Action Plan 2023'], { at: 2, merge: ['B', 'D'], style: link });
  p.blank();
  p.line(['Workforce Disability Equality Standard (WDES)'], { at: 2, merge: ['B', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['The WDES is a set of metrics that lets NHS organisations compare the experiences of disabled and non-disabled staff. We use our WDES data, together with what our Disability and Long Term Conditions Network tells us, to decide the actions below.'], { at: 2, merge: ['B', 'F'], height: 46 });
  p.line(['WDES Action Plan 2023-24'], { at: 2, merge: ['B', 'F'], style: { bold: true } });
  p.header(['No.', 'WDES metric', 'What we will do', 'Lead', 'Target date', 'Progress'], { style: { fill: C.nhs, color: C.white } });
  const acts = [
    ['1', 'Metric 1 – disabled staff in the workforce', ['1'], 'Run a declaration campaign with the Disability and Long Term Conditions Network, explaining in plain English why we ask colleagues to record a disability on ESR.', 'Head of Workforce Information', D(2024, 1, 31), 'Campaign materials drafted with network members.'],
    ['2', null, ['1'], 'Add a prompt to check and update disability status to the annual appraisal form.', 'Head of Learning and OD', D(2024, 3, 31), ''],
    ['3', 'Metric 2 – appointment from shortlisting', ['2'], 'Audit a quarter of vacancies each quarter to check that disabled applicants meeting the essential criteria are offered an interview.', 'Head of Resourcing', D(2024, 6, 30), 'First audit of Q2 vacancies under way.'],
    ['4', 'Metrics 4a and 4b – harassment, bullying or abuse', ['4a', '4b'], 'Give disabled colleagues a confidential route to raise harassment through the Freedom to Speak Up Guardians, and report themes to the People Committee.', 'Freedom to Speak Up Guardian', D(2024, 3, 31), 'Route agreed; reporting starts in Q4.'],
    ['5', 'Metric 5 – equal opportunities for progression', ['5'], 'Reserve places for disabled colleagues on the Stepping Up leadership programme from its spring cohort.', 'Head of Leadership Development', D(2024, 4, 30), ''],
    ['6', 'Metric 7 – feeling valued', ['7'], 'Hold listening events on each site with the Network and publish what we heard and what we changed.', 'Deputy Chief People Officer', D(2023, 12, 31), 'Two of four events held.'],
    ['7', 'Metric 9a – engagement', ['9a'], 'Add disability to the staff survey action planning pack so every division sees its own engagement gap.', 'Head of Staff Experience', D(2024, 2, 29), ''],
    ['8', 'Metric 9b – voice of disabled staff', ['9b'], 'Give the Network chair a standing place at the People Committee.', 'Chief People Officer', D(2023, 12, 31), 'Agreed by the Committee in October.'],
  ];
  let first = null;
  for (const [no, metric, inds, a, lead, due, prog] of acts) {
    const r = p.action([no, metric ?? '', a, lead, due, prog], { ref: no, indicators: inds, action: a, lead, due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, progress: prog }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }] });
    if (metric) first = r; else mergeDown(p.ws, 'B', first, r);
  }
  p.blank();
  p.line(['Previous WDES action plans'], { at: 2, style: { bold: true } });
  p.line(['WDES Action Plan 2022-23'], { at: 2, merge: ['B', 'D'], style: link });
  p.line(['WDES Action Plan 2021-22'], { at: 2, merge: ['B', 'D'], style: link });
  p.blank();
  p.line(['Page last updated: 14 November 2023'], { at: 2, style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) laid out like a real trust's 'Equality reports and data' web page copied into a sheet (University Hospitals of Leicester's): '[Skip to content]', a breadcrumb 'You are here: Home » About us » Equality and diversity » Reports and data', the title, 'Annual Equality and Diversity Reports' with a paragraph and four report links (blue, underlined, years 2019-2020 to 2022-23), the WRES section (a paragraph and three '•' bullets of what the national team helps trusts do, then the link 'WRES Action Plan 2023'), the WDES section (a paragraph and the heading 'WDES Action Plan 2023-24'), then ONE header 'No. | WDES metric | What we will do | Lead | Target date | Progress' (row 21) over eight actions, a 'Previous WDES action plans' heading with two links, and 'Page last updated: 14 November 2023'. The metric cell of action 1 is MERGED DOWN over action 2. Target dates are real dates shown dd/mm/yyyy. Judgement calls: the three WRES bullets ('identify the gap …', 'take remedial action …') describe what the WRES lets trusts do and are NOT actions; report and plan links (including 'WRES Action Plan 2023' and last years' WDES plans) are not actions and give no period; the period is the heading 'WDES Action Plan 2023-24'; the page-updated date is not a due; indicators from the metric cell ('Metrics 4a and 4b' → ['4a','4b']; the merged 'Metric 1' gives action 2 ['1']); ref = No.; progress as written, blank on three rows; no status column (status '', rag null); theme null.", { forbidden: ['14 November 2023', 'WRES Action Plan 2023'] });
}
