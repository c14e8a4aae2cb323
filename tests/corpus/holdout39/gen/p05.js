// holdout39-wres-2018-19-gorsebrook: follows Brighton and Sussex University Hospitals NHS Trust's 'Workforce Race Equality Standard
// (WRES) Working Group' page (https://www.bsuh.nhs.uk/about-us/equality-diversity-and-human-rights/equality-and-diversity-networks/wres/):
// 'What is the WRES?' (nine indicators: four on workforce data, four from the staff survey, one on boards), 'By using the metrics …',
// 'The WRES provides a framework that all NHS organisations … can use to:' with three bullets, 'WRES Working Group at BSUH' – set up in
// 2018 with a diverse staff membership after a WRES conference in May 2018 where all staff were invited, a second conference in June 2018
// to report progress – 'The WRES working group has produced a partnership and engagement plan for 2018-2021.' and a 'WRES reports' list.
// The partnership and engagement plan's table (Theme merged down, `What we will do | Who we will work with | WRES indicator(s) | When |
// Working group lead`) is ASSUMED.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Gorsebrook and Downland University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout39-wres-2018-19-gorsebrook', sheet: 'WRES Working Group', standard: 'WRES', period: '2018-19', trust, widths: [20, 52, 30, 13, 18, 28] });
  const para = (t, h = 30, st = {}) => p.line([t], { merge: ['A', 'F'], height: h, style: st });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, color: C.nhs } });
  para('Workforce Race Equality Standard (WRES) Working Group', 20, { bold: true, font: { size: 14 } });
  para('What is the WRES?', 16, { bold: true });
  para('The WRES asks NHS trusts to assess themselves against nine indicators of race equality. Four use workforce data, four come from the national NHS staff survey and one looks at white and BME representation on the board.', 30);
  para('Using the indicators, organisations can find their issues and challenges and write action plans that show better working practice over time.', 30);
  para('The WRES gives every NHS organisation, and every organisation providing NHS services, a framework to:', 16);
  for (const b of ['• review their data against the nine WRES indicators;', '• write action plans that close the gaps in workplace experience between white and BME staff;', '• improve BME representation at board level.']) p.line([undefined, b], { merge: ['B', 'F'] });
  para('WRES Working Group at Gorsebrook', 16, { bold: true });
  para('Our WRES working group was set up in 2018 with a diverse staff membership. It followed a WRES conference in May 2018 to which every member of staff was invited to talk about where we should focus, what race equality means for working relationships and what we can do to meet our race equality duties. A second conference in June 2018 reported back on progress.', 58);
  para('The working group has written a partnership and engagement plan for 2018-2021:', 16);
  p.blank();
  p.line(['Partnership and engagement plan 2018 – 2021'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.header(['Theme', 'What we will do', 'Who we will work with', 'WRES indicator(s)', 'When', 'Working group lead'], { style: { fill: C.grey } });
  const themes = [
    ['Listening to staff', [
      ['Hold a WRES conference every year, open to all staff, to agree priorities and report back on progress.', 'BME Network; Staff Side', 'All', 'May each year', 'Co-chairs, WRES Working Group', ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
      ['Run listening events on each site for BME nurses and healthcare assistants working nights and weekends.', 'Chief Nurse\'s office; Ward managers', '5, 6, 8', 'Year 1 (2018/19)', 'Deputy Chief Nurse', ['5', '6', '8']],
      ['Ask leavers from a BME background why they left, through a short exit conversation offered by a network member.', 'BME Network', '7', 'Years 1–2', '', ['7']]]],
    ['Working with partners', [
      ['Share what we learn with the other trusts in the Downland race equality group and agree one joint action a year.', 'Downland trusts; NHS Employers', 'All', 'Years 1–3', 'Head of Equality and Diversity', ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
      ['Work with the local university on placements and mentoring for BME nursing and midwifery students.', 'University school of health sciences', '1, 2', 'Year 2 (2019/20)', 'Practice Education Lead', ['1', '2']]]],
    ['Leadership and accountability', [
      ['Agree a reverse mentoring scheme pairing executive directors with BME staff.', 'Executive team; BME Network', '9', 'Year 1 (2018/19)', 'Director of Workforce', ['9']],
      ['Report progress against this plan to the Workforce Committee twice a year.', 'Workforce Committee', 'All', 'Six-monthly', 'Co-chairs, WRES Working Group', ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
      ['Review disciplinary cases with a BME member of staff before a formal hearing is arranged.', 'Employee Relations; Staff Side', '3', 'Years 2–3', 'Head of Employee Relations', ['3']]]],
  ];
  p.blocks = {};
  for (const [theme, acts] of themes) {
    const first = p.r + 1;
    acts.forEach(([a, who, ind, when, lead, inds], i) => p.action([i === 0 ? theme : undefined, a, who, ind, when, lead], { indicators: inds, theme, action: a, lead, due: when }, { styles: [{ bold: true, fill: C.palegrey }] }));
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  para('WRES reports', 16, { bold: true });
  for (const r of ['WRES report 2018 (PDF, 412KB)', 'WRES action plan 2017-18 (PDF, 190KB)', 'WRES report 2017 (PDF, 388KB)']) p.line([undefined, r], { merge: ['B', 'F'], style: { color: C.blue, font: { underline: true } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute university hospitals NHS trust) following a real acute trust's 'Workforce Race Equality Standard (WRES) Working Group' web page (Brighton and Sussex University Hospitals'), copied into one sheet: the trust line, the page title, 'What is the WRES?' with two paragraphs, a lead-in and three '•' bullets (the WRES framework's purposes), 'WRES Working Group at Gorsebrook' with a paragraph on the May and June 2018 conferences, the line introducing the partnership and engagement plan 2018-2021, then the plan: its title and the header 'Theme | What we will do | Who we will work with | WRES indicator(s) | When | Working group lead' (row 15), eight actions under three THEMES written in a Theme column MERGED DOWN beside their actions (no section rows), and after the table a 'WRES reports' list of three document links. Judgement calls: the three framework bullets are the WRES's purposes, not actions ('write action plans that close the gaps …' is not the trust's action); the conferences of May and June 2018 are history; theme = the merged Theme cell beside the action; indicators from the WRES indicator(s) column ('All' = all nine, '5, 6, 8' → ['5', '6', '8']); 'Who we will work with' is partners, not the lead; lead = Working group lead as written, '' where the cell is empty (the leavers action); due = When as written – plan years ('Year 1 (2018/19)', 'Years 1–2'), 'May each year', 'Six-monthly'; the report links are not actions; no status, rag null; period 2018-19 (the plan's first year).", { themeCol: 'A', notFrom: ['C'], dataRows: [7, 8, 9] });
}
