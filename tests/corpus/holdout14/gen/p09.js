// holdout14-wres-2023-24-pellworth: NEW LAYOUT – ROLLING WORKBOOK WITH A TAB PER YEAR. 'Cover' (trust, contents, key),
// '2022-23' (last year's plan, closed, same columns) and '2023-24' (this year's plan, the active tab). Gold = '2023-24'.
import { Book, Plan, C, D, shown } from './lib.js';
const TRUST = 'Pellworth and District NHS Foundation Trust';
const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'Some delay': [C.amber, 'amber'], 'Significant delay': [C.red, 'red', C.white], 'Carried forward': ['FFBFBFBF', null] };
const HEAD = ['Ref', 'WRES indicator(s)', 'Action', 'Lead', 'Timescale', 'Status', 'Progress'];
const W = [9, 14, 60, 28, 13, 15, 44];
function sheet(p, year, title) {
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.line([`${TRUST} – WRES action plan ${year}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line([title], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(HEAD, { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
}
const row = (p, [ref, ind, inds, action, lead, due, fmt, st, prog = ''], gold = true) => {
  const vals = [ref, ind, action, lead, due, st, prog || null];
  const styles = [{}, {}, {}, {}, fmt ? { numFmt: fmt } : {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }];
  const g = { ref, indicators: inds, action, lead, due: fmt ? shown(due, fmt) : due, status: st, rag: S[st][1], progress: prog };
  return gold ? p.action(vals, g, { styles }) : p.line(vals, { border: true, styles });
};
export async function build() {
  const book = new Book();
  // Cover
  const cv = book.wb.addWorksheet('Cover');
  cv.getColumn(1).width = 22; cv.getColumn(2).width = 70;
  const put = (a, v, f = {}) => { const c = cv.getCell(a); c.value = v; c.font = { name: 'Arial', size: 10, ...f }; return c; };
  put('A1', TRUST, { bold: true, size: 14, color: { argb: C.darkblue } });
  put('A2', 'Workforce Race Equality Standard – rolling action plan workbook', { bold: true, size: 12 });
  put('A4', 'Tab', { bold: true }); put('B4', 'Contents', { bold: true });
  put('A5', '2022-23'); put('B5', 'Plan for 2022/23 – closed at year end; kept for reference. Open actions were carried forward.');
  put('A6', '2023-24'); put('B6', 'CURRENT PLAN – approved by the Board on 28 September 2023. Updated quarterly.');
  put('A8', 'Status key', { bold: true });
  [['Complete', 'Action delivered'], ['On track', 'Will be delivered by the timescale'], ['Some delay', 'Behind, recoverable this year'], ['Significant delay', 'Will not be delivered this year without help'], ['Carried forward', 'Moved to the next year\'s plan (2022-23 tab only)']].forEach(([w, m], i) => {
    const c = put(`A${9 + i}`, w, S[w][2] ? { color: { argb: S[w][2] } } : {}); c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: S[w][0] } }; put(`B${9 + i}`, m);
  });
  put('A15', 'Contact: Head of Equality, Diversity and Inclusion – edi@pellworth.example.nhs.uk', { italic: true });
  // last year's tab (not gold)
  const old = new Plan(book, { name: 'unused', sheet: '2022-23', standard: 'WRES', period: '2022-23', trust: TRUST, widths: W });
  sheet(old, '2022/23', 'Year-end position, March 2023 – CLOSED');
  const ALL = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  [
    ['P22-01', '1', ['1'], 'Set band 8a+ representation goals for each division in line with the Model Employer aspiration.', 'Deputy Director of People', D(2022, 9, 30), 'mmm yyyy', 'Complete', 'Goals agreed by Executive Team.'],
    ['P22-02', '2', ['2'], 'Introduce diverse interview panels for Band 7 and above.', 'Head of Resourcing', D(2022, 12, 31), 'mmm yyyy', 'Complete', 'In place since December.'],
    ['P22-03', '3', ['3'], 'Introduce a senior HR check before any formal disciplinary investigation.', 'Head of Employee Relations', D(2022, 7, 31), 'mmm yyyy', 'Complete'],
    ['P22-04', '4', ['4'], 'Report CPD funding by ethnicity to the Education Group.', 'Head of Education', D(2023, 3, 31), 'mmm yyyy', 'Carried forward', 'See P23-06.'],
    ['P22-05', '5, 6', ['5', '6'], 'Launch an anti-racism charter for all services.', 'Director of Nursing', D(2023, 3, 31), 'mmm yyyy', 'Carried forward', 'See P23-07.'],
    ['P22-06', '7', ['7'], 'Run a BME career development programme (cohort 1).', 'Head of OD', D(2023, 3, 31), 'mmm yyyy', 'Complete', '18 graduates.'],
    ['P22-07', '9', ['9'], 'Reverse mentoring for all executive directors.', 'Chief People Officer', D(2022, 12, 31), 'mmm yyyy', 'Complete'],
  ].forEach((r) => row(old, r, false));
  // this year's tab (gold)
  const p = new Plan(book, { name: 'holdout14-wres-2023-24-pellworth', sheet: '2023-24', standard: 'WRES', period: '2023-24', trust: TRUST, widths: W });
  sheet(p, '2023/24', 'Position at Q2 (October 2023) – see Cover for the status key');
  [
    ['P23-01', '1', ['1'], 'Track progress against the divisional band 8a+ goals in the quarterly workforce report.', 'Deputy Director of People', 'Quarterly', null, 'On track', 'Q1 and Q2 reports produced.'],
    ['P23-02', '1, 7', ['1', '7'], 'Run cohort 2 of the BME career development programme and track promotions of cohort 1.', 'Head of OD', D(2024, 3, 31), 'mmm yyyy', 'On track', 'Cohort 2 started September (20 places).'],
    ['P23-03', '2', ['2'], 'Pilot anonymised shortlisting in two divisions and compare appointment ratios.', 'Head of Resourcing', D(2024, 1, 31), 'mmm yyyy', 'Some delay', 'TRAC configuration delayed to November.'],
    ['P23-04', '2', ['2'], 'Add a diversity statement and a named contact for the race equality network to every advert.', 'Head of Resourcing', D(2023, 6, 30), 'mmm yyyy', 'Complete'],
    ['P23-05', '3', ['3'], 'Publish a quarterly ethnicity breakdown of disciplinary cases, with outcomes, to the People Committee.', 'Head of Employee Relations', 'From Q2', null, 'On track'],
    ['P23-06', '4', ['4'], 'Carried forward from P22-04: report CPD funding and non-mandatory training by ethnicity to the Education Group.', 'Head of Education', D(2023, 12, 31), 'mmm yyyy', 'Significant delay', 'Learning system cannot yet report by ethnicity.'],
    ['P23-07', '5, 6', ['5', '6'], 'Carried forward from P22-05: launch the anti-racism charter in all services, with a reporting route for racist abuse.', 'Director of Nursing', D(2023, 11, 30), 'mmm yyyy', 'On track', 'Charter launch set for Black History Month.'],
    ['P23-08', '6, 8', ['6', '8'], 'Train 40 "active bystander" champions, prioritising teams with the highest staff survey scores for discrimination.', 'Freedom to Speak Up Guardian', D(2024, 3, 31), 'mmm yyyy', 'Some delay', '12 trained.'],
    ['P23-09', '8', ['8'], 'Hold listening events with internationally educated nurses and act on the themes raised.', 'Deputy Chief Nurse', 'Q3', null, 'On track'],
    ['P23-10', '9', ['9'], 'Agree a Board diversity statement and use it in the next non-executive recruitment.', 'Trust Secretary', D(2024, 3, 31), 'mmm yyyy', 'On track'],
    ['P23-11', '1–9', ALL, 'Align this plan with the NHS EDI Improvement Plan and report against it in the annual EDI report.', 'Head of EDI', D(2024, 3, 31), 'mmm yyyy', 'On track', 'Mapping to the six high impact actions done.'],
  ].forEach((r) => row(p, r));
  p.blank();
  p.line(['Prepared by the EDI team for the People Committee, 16 October 2023.'], { merge: ['A', 'G'], style: { italic: true } });
  book.wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 2, visibility: 'visible' }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original workbook (fictional trust) in a real-world layout NO EARLIER BATCH HAS: a ROLLING WORKBOOK WITH ONE TAB PER YEAR. Sheets in order: 'Cover' (trust, contents table naming each tab – '2022-23 … closed; kept for reference', '2023-24 … CURRENT PLAN' – a filled STATUS KEY, contact line), '2022-23' (LAST YEAR'S plan, closed: same title style and the same header, seven actions with final statuses incl. grey 'Carried forward'), and '2023-24' (THIS plan, saved as the active tab). Gold sheet = '2023-24': navy title naming trust and year, italic 'Position at Q2 (October 2023) – see Cover for the status key', blank, grey header 'Ref | WRES indicator(s) | Action | Lead | Timescale | Status | Progress' (row 4, frozen). Refs 'P23-01'…; indicators as bare numbers in text ('1, 7', '5, 6', '1–9' = all nine). Timescale mixes real dates shown mmm yyyy and text ('Quarterly', 'From Q2', 'Q3'). Status words filled per the Cover key: Complete BLUE, On track green, Some delay amber, Significant delay red. Judgement calls: the file is the 2023-24 plan, so the '2022-23' tab is not read (a reader that takes the first plan-like sheet would read last year's seven actions); two actions carried forward say so in their text ('Carried forward from P22-04: …') and are this year's actions; the key exists only on the Cover sheet. Theme null.", { ragCol: 'F', mode: 'fill' });
}
