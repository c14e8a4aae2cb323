// holdout35-wdes-2021-22-skelmoor: follows a mental health and social care trust's WDES 2021-2022 ACTION PLAN web page (Kent and Medway
// NHS and Social Care Partnership Trust, https://kmpt.nhs.uk/about-us/about-us-documents/publications/workforce-reports/workforce-disability-equality-standard-2021-2022/action-plan):
// the page title, a lead-in sentence, 'Publication date:' and 'Date range:', 'Action plan', then per metric a heading ('Metric 1', and
// 'Metric 1b' for a SECOND action under metric 1), the metric's wording, and the action as LABELLED ROWS – Objective / Action / Reason /
// Date / Lead (one role a line) / RAG rating ('Not yet begun'). (Not the same trust's 2019-2022 metric pages, which holdout24 tolgarth
// follows: those have no Lead, Reason or RAG rows.) Copied from the web page into two columns; the RAG fills are ASSUMED.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Skelmoor and Downs NHS and Social Care Partnership Trust';
  const p = new Plan(book, { name: 'holdout35-wdes-2021-22-skelmoor', sheet: 'Sheet1', standard: 'WDES', period: '2021-22', trust, widths: [16, 96], font: { name: 'Arial', size: 10 } });
  p.line(['Workforce Disability Equality Standard 2021-2022'], { merge: ['A', 'B'], style: { bold: true, font: { size: 14 } } });
  p.line([`The WDES looks at the experiences of ${trust} disabled staff at work compared with non-disabled staff. Each metric has its own measures of the data, experiences and opportunities of disabled staff.`], { merge: ['A', 'B'], height: 30 });
  p.line(['Publication date:', D(2023, 2, 9)], { styles: [{ bold: true }, { numFmt: 'dd mmmm yyyy', alignment: { horizontal: 'left' } }] });
  p.line(['Date range:', '2021-2022'], { styles: [{ bold: true }] });
  p.line(['Action plan'], { merge: ['A', 'B'], style: { bold: true, font: { size: 12 } } });
  const F = { 'Not yet begun': C.red, 'In progress': C.amber, Complete: C.green };
  const R = { 'Not yet begun': 'red', 'In progress': 'amber', Complete: 'green' };
  const sections = []; const blocks = {};
  const metric = (head, wording, code, b) => {
    sections.push(p.line([head], { merge: ['A', 'B'], style: { bold: true, fill: C.paleblue } }));
    if (wording) p.line([wording], { merge: ['A', 'B'], style: { italic: true }, height: 28 });
    const L = { bold: true };
    const r0 = p.line(['Objective', b.obj], { border: true, styles: [L] });
    const ra = p.action(['Action', b.act], { indicators: [code], theme: head, action: b.act, lead: b.lead, due: b.date, status: b.rag, rag: R[b.rag] }, { styles: [L], height: 30 });
    p.line(['Reason', b.why], { border: true, styles: [L], height: 30 });
    p.line(['Date', b.date], { border: true, styles: [L] });
    p.line(['Lead', b.lead], { border: true, styles: [L], height: b.lead.includes('\n') ? 26 : undefined });
    const r1 = p.line(['RAG rating', b.rag], { border: true, styles: [L, { fill: F[b.rag] }] });
    blocks[ra] = [r0, r1];
  };
  const obj1 = 'Raise disability declaration rates – including staff with long-term conditions or illness and staff who are neurodivergent';
  metric('Metric 1', 'Percentage of staff in AfC pay bands or medical and dental subgroups and very senior managers (including Executive Board members) compared with the percentage of staff in the overall workforce.', '1', {
    obj: obj1, act: 'Launch an \'update your details\' campaign on ESR self-service, with a one-page guide explaining why the Trust asks for equality data, who can see it and what is done with it.',
    why: 'Only 5.9% of staff (212 people) have a disability recorded on ESR and 16.2% are \'not declared\', while 29.4% of staff survey respondents say they have a long-term condition or illness.', date: 'Jan 2023', lead: 'EDI Manager\nWorkforce Information Lead', rag: 'Not yet begun' });
  metric('Metric 1b', null, '1', {
    obj: obj1, act: 'Set up a neurodiversity staff network, with awareness sessions for managers on supporting neurodivergent colleagues and a resource page on the intranet.',
    why: 'Colleagues at the listening events asked for a place to raise concerns, share ideas and be heard; staff with neurodivergent family members also asked to join.', date: 'Mar 2023', lead: 'Disability Network Chair', rag: 'In progress' });
  metric('Metric 2', 'Relative likelihood of non-disabled staff compared to disabled staff being appointed from shortlisting across all posts.', '2', {
    obj: 'Make sure disabled applicants are treated fairly from shortlisting through to offer', act: 'Audit 40 recent recruitment campaigns for use of the guaranteed interview scheme and give the findings back to recruiting managers at the managers\' forum.',
    why: 'Non-disabled applicants are 1.38 times more likely to be appointed from shortlisting than disabled applicants.', date: 'Apr 2023', lead: 'Recruitment Manager', rag: 'Not yet begun' });
  metric('Metric 3', 'Relative likelihood of disabled staff compared to non-disabled staff entering the formal capability process, as measured by entry into the formal capability procedure.', '3', {
    obj: 'Stop disabled staff being taken into formal capability without adjustments being considered', act: 'Add a reasonable adjustments checkpoint to the capability policy, to be signed off by HR before any formal stage begins.',
    why: 'Disabled staff are 2.1 times as likely to enter the formal capability process (small numbers: 6 cases in two years).', date: 'Jun 2023', lead: 'Head of Employee Relations', rag: 'In progress' });
  metric('Metric 4a', 'Percentage of disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients/service users, their relatives or the public, managers, or other colleagues.', '4a', {
    obj: 'Reduce harassment, bullying and abuse of disabled staff and make it easier to report', act: 'Run a \'See it, report it\' campaign with the disability network, including an anonymous reporting route through the Freedom to Speak Up Guardian.',
    why: '31.5% of disabled staff report harassment, bullying or abuse from patients or the public, against 24.0% of non-disabled staff.', date: 'Feb 2023', lead: 'EDI Practitioner\nFreedom to Speak Up Guardian', rag: 'Complete' });
  metric('Metric 7', 'Percentage of disabled staff compared to non-disabled staff saying that they are satisfied with the extent to which their organisation values their work.', '7', {
    obj: 'Help disabled staff feel that their work is valued', act: 'Hold quarterly \'you said, we did\' sessions with the disability network, chaired by the executive sponsor, and publish what has changed.',
    why: '37.0% of disabled staff feel their work is valued, against 45.8% of non-disabled staff.', date: 'Quarterly', lead: 'Chief People Officer', rag: 'In progress' });
  metric('Metric 9b', 'Has your organisation taken action to facilitate the voices of disabled staff in your organisation to be heard?', '9b', {
    obj: 'Give the disability network the time and support it needs', act: 'Agree two days a month of protected time for the disability network chair and a small budget for network events.',
    why: 'The network chair currently does the role in their own time and two planned events were cancelled this year.', date: 'Apr 2023', lead: 'Director of Workforce', rag: 'Not yet begun' });
  p.blocks = blocks;
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and social care partnership trust) following a real trust's published WDES 2021-2022 ACTION PLAN web page, copied into two columns on 'Sheet1': the page title, a lead-in sentence, 'Publication date:' (a date) and 'Date range: 2021-2022', 'Action plan', then per metric a shaded HEADING ROW ('Metric 1', 'Metric 1b', 'Metric 2', 'Metric 3', 'Metric 4a', 'Metric 7', 'Metric 9b'), the metric's wording in italics (none under 'Metric 1b') and the action as SIX LABELLED ROWS: Objective / Action / Reason / Date / Lead / RAG rating (label in A, value in B, the RAG rating cell filled). Judgement calls: each block is ONE action, its row the 'Action' row; the Objective, Reason, Date, Lead and RAG rating rows are non-action rows of that block (checks.json blocks); the Objective repeated under 'Metric 1b' is not a second action; lead = the Lead value as written, two roles on two lines kept together; due = the Date value ('Jan 2023', 'Quarterly'); status = the RAG rating word and rag = its fill; theme = the metric heading; indicators from the heading: 'Metric 1b' is the trust's SECOND action under metric 1 (WDES has no metric 1b) → ['1'], while 'Metric 4a' and 'Metric 9b' are real 2021 WDES codes → ['4a'], ['9b']; the Reason figures are findings, not outcomes (outcome ''); the publication date and date range are not dues.", { mode: 'fill', ragCol: 'B', labelCol: 1, statusLabel: 'RAG rating', sections, forbidden: ['2021-2022', '09 February 2023'] });
}
