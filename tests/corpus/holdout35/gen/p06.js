// holdout35-wdes-2020-21-arnewood: follows an ambulance trust's 'NHS Workforce Disability Equality Standard (WDES) Annual Report 2020'
// PDF (West Midlands Ambulance Service University NHS FT, https://fdocuments.in/document/nhs-workforce-disability-equality-standard-wdes-annual-.html):
// a protective-marking line on every page ('OFFICIAL - Business data that is not intended for public consumption. However, this can be
// shared with external partners, as required.'), the running title 'WDES Annual Report 2020', a CONTENTS list (1 Introduction, 2
// Executive summary, 3 WDES progress in 2019/20, 4 Conclusion and next steps, Appendix 1 WDES metrics report – 2019/20, Appendix 2 WDES
// action plan 2020/21), the introduction (the social model of disability). (Not the same trust's WDES web page that holdout25 mercianvale
// follows.) Turned from PDF into one sheet, page by page. The progress and conclusion wording and Appendix 2's columns are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Arnewood and Solent Ambulance Service University NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout35-wdes-2020-21-arnewood', sheet: 'WDES Annual Report 2020', standard: 'WDES', period: '2020-21', trust, widths: [12, 14, 62, 30, 16], font: { name: 'Arial', size: 10 } });
  const OFF = 'OFFICIAL - Business data that is not intended for public consumption. However, this can be shared with external partners, as required.';
  const full = (t, o = {}) => p.line([t], { merge: ['A', 'E'], ...o });
  const page = [];
  const pageTop = () => { page.push(full(OFF, { style: { italic: true, font: { size: 8 }, color: 'FF7F7F7F' } })); full('WDES Annual Report 2020', { style: { font: { size: 8 }, color: 'FF7F7F7F', alignment: { horizontal: 'right' } } }); };
  page.push(full(OFF, { style: { italic: true, font: { size: 8 }, color: 'FF7F7F7F' } }));
  full('NHS Workforce Disability Equality Standard (WDES)', { style: { bold: true, font: { size: 16 } } });
  full('Annual Report 2020', { style: { bold: true, font: { size: 14 } } });
  full(trust, { style: { bold: true } });
  pageTop();
  full('CONTENTS', { style: { bold: true } });
  const contents = [['1', 'Introduction'], ['2', 'Executive summary'], ['3', 'WDES progress in 2019/20'], ['4', 'Conclusion and next steps'], ['Appendix 1', 'WDES metrics report – 2019/20'], ['Appendix 2', 'WDES action plan 2020/21']].map(([n, t]) => p.line([n, t], { merge: ['B', 'E'] }));
  pageTop();
  full('1 Introduction', { style: { bold: true } });
  full('Welcome to our WDES Annual Report 2020, which includes the metrics data report for 2019/20.', { height: 18 });
  full('The WDES became mandatory through the 2018 NHS Standard Contract and came into force on 1 April 2019. It rests on the social model of disability: Disabled people face barriers in society, and it is those barriers, not the impairment or condition, that disable.', { height: 44 });
  full('2 Executive summary', { style: { bold: true } });
  full('Declaration has risen to 4.8% of staff on ESR. Disabled staff remain more likely to report harassment from the public and less likely to feel their work is valued. Appendix 2 sets out what we will do in 2020/21.', { height: 30 });
  full('3 WDES progress in 2019/20', { style: { bold: true } });
  const prog = [
    '• A Disability and Wellbeing Network was launched in June 2019 with an executive sponsor.',
    '• Reasonable adjustments guidance for managers was published in October 2019.',
    '• The Trust signed up to Disability Confident Employer (Level 2) in January 2020.',
  ].map((t) => full(t));
  full('4 Conclusion and next steps', { style: { bold: true } });
  full('The Board approved the action plan on 30 September 2020. Progress will be reported to the People Committee every six months.', { height: 30 });
  pageTop();
  full('Appendix 2 WDES action plan 2020/21', { style: { bold: true, font: { size: 12 } } });
  const H = ['No.', 'WDES metric', 'Action', 'Lead', 'Timescale'];
  const hdrs = [p.header(H, { style: { fill: C.navy, color: C.white } })];
  const acts = [
    ['1', '1', 'Ask all staff, including those on the road who rarely use a computer, to update their disability status, using payslip messages and station visits.', 'Head of Workforce Information', 'December 2020'],
    ['2', '2', 'Check every shortlisting decision for disabled applicants who meet the essential criteria and were not offered an interview.', 'Recruitment Manager', 'Quarterly'],
    ['3', '4', 'Add disability hate incidents to the violence and aggression reporting form used by crews.', 'Head of Security and Violence Reduction', 'January 2021'],
    ['4', '5', 'Open the aspiring team leader programme with places held for Disabled staff and offer application coaching.', 'Head of Leadership and Talent', 'March 2021'],
  ];
  const row = ([n, m, a, lead, due]) => p.action([n, m, a, lead, due], { ref: n, indicators: [m], action: a, lead, due });
  acts.forEach(row);
  pageTop(); hdrs.push(p.header(H, { style: { fill: C.navy, color: C.white } }));
  [
    ['5', '6', 'Brief operational managers on the attendance policy so that Disabled staff are not put under pressure to work when unwell.', 'Head of HR Operations', 'February 2021'],
    ['6', '8', 'Introduce a health and wellbeing passport that records agreed adjustments and moves with the member of staff between stations.', 'Occupational Health and Wellbeing Lead', 'April 2021'],
    ['7', '9', 'Give the network co-chairs protected time and a seat at the People Committee.', 'Director of People', 'November 2020'],
  ].forEach(row);
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional trust, an ambulance university foundation trust) following a real ambulance trust's published WDES Annual Report 2020 (PDF), turned into one sheet page by page: the protective-marking line 'OFFICIAL - Business data …' at the top of EVERY PAGE (rows ${page.join(', ')}) with the running title 'WDES Annual Report 2020' under it (except on the cover), the cover (title, 'Annual Report 2020', the trust), a CONTENTS list whose numbers sit in column A ('1' … '4', 'Appendix 1', 'Appendix 2'), sections 1–4 (introduction, executive summary, three '•' lines of WDES progress in 2019/20 – things done – and the conclusion), then 'Appendix 2 WDES action plan 2020/21' with 'No. | WDES metric | Action | Lead | Timescale' (row ${hdrs[0]}), four actions, a PAGE BREAK (marking line, running title, header repeated at row ${hdrs[1]}) and three more. Judgement calls: the marking lines, running titles and contents rows are not actions (the contents numbers are not refs or metrics); the progress bullets are done, not planned (not actions); the Board approval date is not a due; ref = No.; indicators from the WDES metric column (2020: whole metrics 4 and 9); lead and timescale as written ('Quarterly' kept); no status, rag null; theme null (the appendix title is the whole plan).`, { dataRows: [...contents, ...prog], pageHeaders: { rows: page, numbers: [] }, forbidden: [OFF, 'WDES Annual Report 2020', 'Appendix 2', '30 September 2020'] });
}
