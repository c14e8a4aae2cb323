// holdout72-wdes-2023-24-lanworth: mental health and learning disability FT, laid out like a published 2023 'Key Action Area' equality
// plan: a Board-approval line, a 'Progress Key' of three swatches, then KEY ACTION AREA section rows, each followed by the same header
// 'Metric | Current Actions | Update | Intended Outcome / Actions | Lead | Timescales | Progress'. The Metric column states each metric as
// an OBJECTIVE, with no number ('To reduce the % of Disabled staff …'), repeated on every row; leads as team codes and initials;
// Progress is a coloured cell with no text (some left blank); one heading keeps the typo 'Kay Action Area'.
import { Book, Plan, C } from './lib.js';
import { fitHeight } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [36, 30, 48, 40, 16, 16, 10];
  const trust = 'Lanworth Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2023-24-lanworth', sheet: 'WDES Action Plan 2023', standard: 'WDES', period: '2023-24', trust, widths: W, font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.line(['Workforce Disability Equality Standard Action plan 2023'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['This document sets out the actions working towards our WDES metrics, which were approved at Trust Board on 26th October 2023.'], { merge: ['A', 'G'] });
  p.line(['Each action has a lead, timescales and an intended outcome, with a progress tracker alongside.'], { merge: ['A', 'G'] });
  p.line(['Progress Key'], { style: { bold: true } });
  const keyRows = [];
  for (const [f, w] of [[C.green, 'On Track'], [C.amber, 'Slippage Likely'], [C.red, 'Critical']]) keyRows.push(p.line(['', w], { styles: [{ fill: f }, {}], border: true }));
  p.blank();
  const HDR = ['Metric', 'Current Actions', 'Update', 'Intended Outcome / Actions', 'Lead', 'Timescales', 'Progress'];
  const F = { green: C.green, amber: C.amber, red: C.red };
  const O = {
    1: 'To increase the % of Disabled staff in each of the AfC bands 1-9 and VSM (inc Executive Board members) compared with the % of Disabled staff in the overall workforce.',
    2: 'To ensure that the relative likelihood of Disabled staff being appointed from shortlisting across all posts is the same as that of non-disabled staff.',
    3: 'To reduce the relative likelihood of Disabled staff entering the formal capability process, as measured by entry into the formal capability procedure.',
    '4a': 'To reduce the numbers of Disabled staff experiencing harassment, bullying or abuse from patients, service users, their relatives or the public in the last 12 months.',
    '4b': 'To increase the % of Disabled staff saying that the last time they experienced harassment, bullying or abuse at work, they or a colleague reported it.',
    6: 'To reduce the % of Disabled staff who have felt pressure from their manager to come to work, despite not feeling well enough to perform their duties.',
    8: 'To increase the % of Disabled staff saying that the Trust has made adequate adjustment(s) to enable them to carry out their work.',
    '9a': 'To close the gap between the staff engagement score for Disabled staff and for non-disabled staff.',
    '9b': 'To continue to take action to facilitate the voices of Disabled staff in the Trust to be heard.',
    10: 'To have a Trust Board whose voting membership reflects the % of Disabled staff in its overall workforce.',
  };
  // [metricKeys, current action, update, outcome, lead, timescale, rag|null]
  const areas = [
    ['Key Action Area – Representative Workforce and Recruitment', [
      [['1'], 'Disability declaration drive (“Count Me In”) across inpatient and community teams.', 'ESR declaration has risen from 4.8% to 6.1% since the campaign began in June 2023. The gap with the staff survey (24.3%) is still wide.\nWard managers in Older Adult services have asked for paper forms for staff without regular computer access; these are being printed.', 'Reduce the number of “not declared” records.\nUnderstand where Disabled staff are under-represented by band and by care group.', 'PD (KT)', 'Ongoing during 23/24', 'green'],
      [['1'], 'Supported internships for young people with a learning disability in our facilities, catering and admin teams.', 'Eight interns started in September 2023 with job coaches from the local college. Two have already been offered bank contracts.', 'Increase the number of people with a learning disability employed by the Trust.\nReview outcomes with the college in July 2024.', 'PD (KT) / Estates (MH)', '2-year project up to 2025', 'green'],
      [['2'], 'Review the guaranteed interview scheme and how adjustments are offered at interview.', 'Review started by the Recruitment Group. Early findings: adjustments are offered in the invitation letter but candidates are not asked again on the day.', 'Adjustments confirmed with every candidate before the interview.\nRelative likelihood below 1.25 in the 2024 data.', 'Recruitment Group & KT', 'Q4 23/24', 'amber'],
    ]],
    ['Kay Action Area – Fair Treatment and Wellbeing', [
      [['3'], 'Audit of capability cases against the Reasonable Adjustments Guide.', 'The audit has not started; the ER team has been short of two advisers since August.', 'Every capability case involving a Disabled colleague shows that adjustments were considered first.', 'ER Team (SB)', 'Q3 23/24', 'red'],
      [['6'], 'Health and wellbeing conversations to include a “Health Passport” for staff with long-term conditions.', 'Passport launched on the intranet in July. 140 downloaded; uptake lowest in inpatient wards.', 'Staff with long-term conditions agree their needs once and do not feel pressure to attend when unwell.', 'H&WB Lead (AO)', 'Ongoing', 'green'],
      [['8', '3'], 'A central reasonable adjustments budget and a “tailored adjustment plan” to replace the old passport.', 'Business case with the Finance Committee for January. The tailored adjustment plan template has been co-produced with DNet.', 'Adjustments in place within eight weeks of the request.\nCapability cases only after adjustments are in place.', 'PD/H&WB', 'Q1 24/25', 'amber'],
      [[], 'Disability awareness and neurodiversity training for all line managers.', 'Training designed with DNet and a local disabled people’s organisation. First sessions run in November 2023.', 'All line managers to have completed the training by Q2 2024/25.', 'ZP', 'Ongoing', null],
    ]],
    ['Key Action Area – Bullying and Harassment', [
      [['4a'], '“Respect Each Other” campaign on acute and PICU wards, with a clear process when patients or carers make disablist remarks to staff.', 'Posters and a short film in place on six wards. Ward managers have a script for speaking to patients and carers.', 'Work towards a zero-tolerance approach.\nFewer Disabled staff report abuse from patients and carers in the 2024 staff survey.', 'CN/CPO', 'Ongoing', 'green'],
      [['4b'], 'Freedom to Speak Up champions from the Disability Network (DNet), with a third-party reporting route.', 'Four champions trained. The third-party route needs a change to the Datix form, which is waiting for the IT release in Q4.', 'More Disabled staff report harassment, bullying or abuse and say they were supported when they did.', 'FTSU Guardian (LW)', 'Q3/Q4 23 / Q1 24', 'amber'],
    ]],
    ['Key Action Area – Voice and Engagement', [
      [['9a'], 'Listening events with Disabled staff, led by executive directors, on each of the main sites.', 'Three events held (Lanworth, Fallowfield House, the Larches) with 64 staff. Themes shared with the Executive Management Team.', 'A narrower gap in the engagement score in the 2023 staff survey results.', 'Exec team / DNet', 'Q4 23/24', 'green'],
      [['9b'], 'A Board-level sponsor for DNet, and the network chair to join the People Committee.', 'The Chief People Officer is now the sponsor. The chair attended the People Committee for the first time in September.', 'DNet’s views are heard where decisions are made.', 'CPO', 'Ongoing', 'green'],
      [['10'], 'Clear board succession plans', 'Continue to engage in the NHS Non-Executive Talent and Appointments programme.', 'Ensure that when any Board recruitment takes place, adverts reach disabled candidates as widely as possible.', '', '', null],
    ]],
  ];
  const secs = [];
  for (const [area, items] of areas) {
    secs.push(p.line([area], { merge: ['A', 'G'], style: { bold: true, fill: C.lilac }, border: true }));
    p.header(HDR, { style: { fill: C.palegrey } });
    for (const [keys, act, upd, out, lead, when, rag] of items) {
      const metric = keys.map((k) => O[k]).join('\nAnd\n');
      const vals = [metric, act, upd, out, lead, when, ''];
      p.action(vals, { indicators: keys, theme: area, action: act, lead, due: when, rag, progress: upd, outcome: out }, { height: fitHeight(vals, W, 9), styles: [{}, {}, {}, {}, {}, {}, rag ? { fill: F[rag] } : {}] });
    }
    p.blank();
  }
  p.ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  const phrases = [['AfC bands 1-9', '1'], ['appointed from shortlisting', '2'], ['formal capability process', '3'], ['harassment, bullying or abuse from patients', '4a'], ['they or a colleague reported it', '4b'], ['equal opportunities for career progression', '5'], ['pressure from their manager to come to work', '6'], ['values their work', '7'], ['adequate adjustment', '8'], ['staff engagement score', '9a'], ['voices of Disabled staff', '9b'], ['Board whose voting membership', '10']];
  p.saveGold("Original plan (fictional mental health and learning disability FT), laid out like a published 2023 'Key Action Area' equality action plan: sheet 'WDES Action Plan 2023', trust name, title, a line saying the actions were approved at Trust Board on 26th October 2023, a line on how the plan is set out, 'Progress Key' and three key rows (a coloured swatch, then 'On Track' / 'Slippage Likely' / 'Critical'), then four KEY ACTION AREA section rows (the second spelled 'Kay Action Area – Fair Treatment and Wellbeing', as typed), each followed by the SAME header 'Metric | Current Actions | Update | Intended Outcome / Actions | Lead | Timescales | Progress' and its actions. The Metric column gives each metric as an OBJECTIVE WITHOUT ITS NUMBER ('To reduce the numbers of Disabled staff experiencing harassment, bullying or abuse from patients …'); one row joins two objectives with 'And'; one row (the manager training) has an empty Metric cell. Leads are team codes and initials ('PD (KT)', 'CN/CPO', 'ZP'); timescales are loose ('Ongoing during 23/24', '2-year project up to 2025', 'Q3/Q4 23 / Q1 24'). The Progress cell holds no word, only a fill (blank on two rows). Judgement calls: action = Current Actions; progress = Update; outcome = Intended Outcome / Actions (its line breaks kept); lead and due as written, '' for the Board row that has neither; status '' (no word), rag from the Progress fill as the key reads it, null where the cell is blank; theme = the Key Action Area row above, verbatim with its typo; indicators from the MEANING of the objective wording, which quotes the official metric wording (appointed from shortlisting → 2, formal capability → 3, abuse from patients … or the public → 4a, 'they or a colleague reported it' → 4b, pressure to come to work → 6, adequate adjustments → 8, engagement score → 9a, voices of Disabled staff → 9b, Board voting membership → 10), two objectives joined by 'And' → both in the order written (['8','3']), the empty Metric cell → []; the key rows and the approval line are not actions and the Board date is no due.", { mode: 'fill', ragCol: 7, sections: secs, sameHeaders: true, dataRows: keyRows, wordingMap: { col: 'A', phrases }, forbidden: ['26th October 2023', 'On Track', 'Slippage Likely', 'Critical'] });
}
