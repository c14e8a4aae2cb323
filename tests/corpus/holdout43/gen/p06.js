// holdout43-wdes-2019-20-ashcombe: follows Dudley and Walsall Mental Health Partnership NHS Trust's 'Equality, Diversity & Inclusion
// Annual Report 2015/16' (https://vdocuments.site/equality-diversity-inclusion-mental-health-services-for-mental-health.html): the title
// and strapline 'Creating an personal, fair, diverse and inclusive NHS'; CONTENTS as a 'Section | Contents | Page' table (1 Forward 3;
// 2 Introduction 4 - 5; 3 About the Trust 5 - 8; 4 Equality Governance 8 - 9; 5 Meeting the Public Sector Equality Duty 9 - 24; 6 Equality
// Data Profiles: Workforce, Service User 24 - 31; 7 Conclusion 31 - 32); the alternative-format paragraph naming the Equality & Diversity
// Lead with telephone and e-mail; '1. Forward' (the report's own spelling). Kept as two sheets. ASSUMED: section 5's WDES table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashcombe Learning Disability and Community NHS Trust';
  // sheet 1: the report's front matter (not the plan)
  const f = book.wb.addWorksheet('Contents'); f.getColumn(1).width = 10; f.getColumn(2).width = 60; f.getColumn(3).width = 12;
  const put = (r, vals, font = {}) => vals.forEach((v, i) => { const c = f.getRow(r).getCell(i + 1); c.value = v; c.font = { name: 'Arial', size: 10, ...font }; c.alignment = { wrapText: true, vertical: 'top' }; });
  put(1, ['Equality, Diversity & Inclusion Annual Report 2019/20'], { bold: true, size: 16 }); f.mergeCells('A1:C1');
  put(2, ['Creating a personal, fair, diverse and inclusive NHS'], { italic: true }); f.mergeCells('A2:C2');
  put(3, [trust], { bold: true }); f.mergeCells('A3:C3');
  put(5, ['CONTENTS'], { bold: true });
  put(6, ['Section', 'Contents', 'Page'], { bold: true });
  [['1', 'Forward', '3'], ['2', 'Introduction', '4 - 5'], ['3', 'About the Trust', '5 - 8'], ['4', 'Equality Governance', '8 - 9'], ['5', 'Meeting the Public Sector Equality Duty (including the WDES action plan)', '9 - 24'], ['6', 'Equality Data Profiles: Workforce, Service User', '24 - 31'], ['7', 'Conclusion', '31 - 32']].forEach((v, i) => put(7 + i, v));
  put(15, ['If you would like this report in another format or language, please let us know by contacting Marcus Okafor, Equality & Diversity Lead, on 01632 960 418 or ashcombe.equality@nhs.net. The same contacts are welcome to any comments on the report or offers to get involved in our equality work.']); f.mergeCells('A15:C15'); f.getRow(15).height = 44;
  put(17, ['1. Forward'], { bold: true, size: 12 });
  put(18, ['This is our fifth equality annual report and the first to include the Workforce Disability Equality Standard. Many of the people who use our services live with a learning disability, and we want our own disabled colleagues to have the same fair chances we ask of everyone else.']); f.mergeCells('A18:C18'); f.getRow(18).height = 44;

  const p = new Plan(book, { name: 'holdout43-wdes-2019-20-ashcombe', sheet: '5. PSED', standard: 'WDES', period: '2019-20', trust, widths: [22, 30, 46, 24, 13, 36], font: { name: 'Arial', size: 10 } });
  const W = ['A', 'F'];
  p.line(['5. Meeting the Public Sector Equality Duty'], { merge: W, style: { bold: true, font: { size: 13, color: { argb: C.teal } } } });
  p.line(['5.4 Workforce Disability Equality Standard (WDES) – our first action plan'], { merge: W, style: { bold: true } });
  p.line(['The WDES became part of the NHS Standard Contract in April 2019 and this is the first year we have published our figures. The Trust Board approved the action plan below in September 2019 after it was drafted with the Ability Matters staff network, and the Workforce and OD Committee receives progress every quarter.'], { merge: W, height: 44 });
  p.header(['WDES metric', 'What our data shows', 'Action', 'Responsible', 'Target date', 'Progress at March 2020'], { style: { fill: C.teal, font: { color: { argb: C.white }, bold: true } } });
  const FMT = 'dd/mm/yyyy';
  const rows = [
    ['Metric 1 – workforce representation', '3.1% of staff have a disability recorded on ESR.', 'Launch a "Declare with confidence" campaign with the Ability Matters network and the trade unions.', 'Head of HR Operations', D(2019, 12, 31), 'Campaign ran in November; the rate rose to 3.9%.', ['1']],
    ['Metric 2 – appointment from shortlisting', 'Disabled applicants 1.44 times less likely to be appointed.', 'Check that every shortlisting panel has been told which applicants have asked for the guaranteed interview.', 'Recruitment Lead', D(2020, 3, 31), 'New TRAC flag in place from February.', ['2']],
    ['Metric 3 – capability', 'Numbers too small to compare safely (two cases).', 'Record disability on every capability case so that next year\'s figure can be trusted.', 'Employee Relations Adviser', D(2019, 10, 31), '', ['3']],
    ['Metric 4a – harassment from managers', '17% of disabled staff, 9% of non-disabled.', 'Add a session on disability and long-term conditions to the "Managing Well" course for new managers.', 'Learning and Development Manager', D(2020, 6, 30), 'Session written; first course booked for April.', ['4a']],
    ['Metric 5 – career progression', '71% of disabled staff believe the trust offers equal opportunities (non-disabled 84%).', 'Offer career conversations with a senior mentor to members of the network.', 'Associate Director of OD', D(2020, 3, 31), 'Eleven mentoring pairs matched.', ['5']],
    ['Metric 8 – adjustments', '72% say adequate adjustments have been made.', 'Write a reasonable adjustments guide for managers and set a six-week target from request to decision.', 'Head of HR Operations', D(2020, 1, 31), 'Guide drafted; with staff side for comment.', ['8']],
    ['Metric 9b – staff voice', 'The network started in 2019 with 23 members.', 'Give the network chair protected time and a place on the Equality and Inclusion Group.', 'Director of Workforce', D(2019, 11, 30), 'Agreed: half a day a week.', ['9b']],
    ['Metric 10 – Board', 'No Board member has a disability recorded.', 'Invite Board members to update their own equality information during the December Board development session.', 'Trust Secretary', D(2019, 12, 31), '', ['10']],
  ];
  for (const [m, d, a, r, t, pr, inds] of rows) p.action([m, d, a, r, t, pr], { indicators: inds, action: a, lead: r, due: shown(t, FMT), progress: pr }, { height: 44, styles: [{ bold: true }, {}, {}, {}, { numFmt: FMT }, {}] });
  p.line(['Metrics 6, 7 and 9a are covered by the Trust\'s wider health and wellbeing plan (section 5.6) and so are not repeated here.'], { merge: W, style: { italic: true } });
  p.blank();
  p.line(['Page 17'], { merge: W, style: { font: { size: 8, color: { argb: 'FF7F7F7F' } }, alignment: { horizontal: 'center' } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a learning disability and community NHS trust) following the layout of a real mental health partnership trust's Equality, Diversity & Inclusion Annual Report, kept as TWO SHEETS: 'Contents' (title, strapline, trust, CONTENTS as 'Section | Contents | Page', the alternative-format contact paragraph, '1. Forward' – the report's own spelling – and its paragraph) and the plan sheet '5. PSED': the section heading, '5.4 Workforce Disability Equality Standard (WDES) – our first action plan', a paragraph (approved by the Board in September 2019, drafted with the network, quarterly progress), the table 'WDES metric | What our data shows | Action | Responsible | Target date | Progress at March 2020' (8 rows, target dates as real dates shown dd/mm/yyyy, progress blank on two), a note on the metrics not covered, and a 'Page 17' footer line. Judgement calls: the plan is the '5. PSED' sheet – the contents sheet's numbered entries ('5 Meeting the Public Sector Equality Duty (including the WDES action plan)') are a table of contents, not actions; action = 'Action'; 'What our data shows' is the finding, never the action or progress; lead = Responsible; due = the target date as shown ('31/12/2019'); progress = 'Progress at March 2020' where filled, '' where blank (never read as not started); no status or RAG column, so status '' and rag null even where progress sounds finished ('Agreed: half a day a week.'); indicators from the metric cell ('4a', '9b' kept as codes); the note on metrics 6, 7 and 9a names metrics but is not an action; the page footer is not an action; ref '' and theme null.", { notFrom: ['B'] });
}
