// holdout21-wdes-2021-22-wrenford: ORDINARY WDES plan of a TERTIARY CHILDREN'S HOSPITAL – merged title; a KEY ROW of filled
// words directly under it; navy header 'Ref | Action | Metric | Lead | Target | Status' (metric AFTER the action); five merged
// THEME rows; refs '1a', '1b'…; 'M4a', 'M4a/4b', 'M6 & M8', 'M9b'; text targets ('Sept 2021', 'End of Q4'); status words filled.
import { Book, Plan, C, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout21-wdes-2021-22-wrenford', sheet: 'WDES Action Plan 21-22', standard: 'WDES', period: '2021-22', trust: "Wrenford Children's Hospital NHS Foundation Trust", widths: [7, 62, 12, 34, 14, 16], font });
  p.line(["Wrenford Children's Hospital NHS Foundation Trust – WDES Action Plan 2021/22"], { merge: ['A', 'F'], style: { bold: true, font: { ...font, size: 14 } } });
  const S = { Complete: [C.blue, 'blue', C.white], Progressing: [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Not yet started': [C.red, 'red', C.white] };
  p.line(['Status key', '', 'Complete', 'Progressing', 'At risk', 'Not yet started'], { styles: [{ bold: true }, {}, ...Object.values(S).map(([f, , c]) => ({ fill: f, ...(c ? { color: c } : {}) }))] });
  p.blank();
  p.header(['Ref', 'Action', 'Metric', 'Lead', 'Target', 'Status'], { style: { fill: C.navy, color: C.white } });
  const themes = [
    ['Theme 1: Better data and declaration', [
      ['1a', 'Run a "Why it matters" declaration campaign with stories from disabled staff, aimed at nursing and play specialist teams.', 'M1', ['1'], 'Head of Workforce Intelligence', 'Sept 2021', 'Complete'],
      ['1b', 'Add disability to the data shown on divisional workforce dashboards.', 'M1', ['1'], 'Head of Workforce Intelligence', 'Dec 2021', 'Progressing'],
    ]],
    ['Theme 2: Fair recruitment and careers', [
      ['2a', 'Offer disabled applicants the interview questions 30 minutes before interview, on request.', 'M2', ['2'], 'Recruitment Manager', 'Oct 2021', 'Complete'],
      ['2b', 'Ring-fence places for disabled staff on the Band 5 to 6 nursing development programme.', 'M5', ['5'], 'Deputy Chief Nurse', 'End of Q4', 'At risk'],
      ['2c', 'Make sure managers consider reasonable adjustments before a formal capability meeting.', 'M3', ['3'], 'Employee Relations Lead', 'Jan 2022', 'Progressing'],
    ]],
    ['Theme 3: Safe to speak up, free from harassment', [
      ['3a', 'Support staff who experience abuse from parents and carers on the wards, with a clear escalation route to the site manager.', 'M4a', ['4a'], 'Head of Patient Experience', 'Nov 2021', 'Progressing'],
      ['3b', 'Encourage disabled staff to report bullying and harassment and publish what happens as a result.', 'M4a/4b', ['4a', '4b'], 'Freedom to Speak Up Guardian', 'End of Q4', 'Not yet started'],
    ]],
    ['Theme 4: Adjustments and wellbeing', [
      ['4a', 'Introduce a health and wellbeing passport and cut the average time to put adjustments in place to six weeks.', 'M6 & M8', ['6', '8'], 'Occupational Health Manager', 'Mar 2022', 'At risk'],
      ['4b', 'Recognise the contribution of disabled staff in the annual staff awards and in team thank-you schemes.', 'M7', ['7'], 'Head of Communications', 'Ongoing', 'Progressing'],
    ]],
    ['Theme 5: Leadership and voice', [
      ['5a', 'Give the Disabled Staff Network a budget, protected time for its chair and a seat at the People Committee.', 'M9b', ['9b'], 'Chief People Officer', 'Sept 2021', 'Complete'],
      ['5b', 'Run a Board development session on disability equality led by network members.', 'M10', ['10'], 'Company Secretary', 'Feb 2022', 'Not yet started'],
      ['5c', 'Report progress on this plan and the WDES results to the Board every six months.', 'All', ALL_WDES21, 'Chief People Officer', 'Ongoing', 'Progressing'],
    ]],
  ];
  for (const [theme, rows] of themes) {
    p.line([theme], { merge: ['A', 'F'], border: true, style: { bold: true, fill: 'FFDEEAF6' } });
    for (const [ref, action, m, inds, lead, due, st] of rows)
      p.action([ref, action, m, lead, due, st], { ref, indicators: inds, theme, action, lead, due, status: st, rag: S[st][1] }, { styles: [{}, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2021/22 WDES plan of a TERTIARY CHILDREN'S HOSPITAL, Calibri 11: a merged bold title naming trust and plan, then a KEY ROW directly under it ('Status key' in A, then the words Complete / Progressing / At risk / Not yet started in C:F, each filled blue / green / amber / red), a blank row, and a navy header 'Ref | Action | Metric | Lead | Target | Status' (row 4) – the metric column comes AFTER the action. Five merged pale-blue THEME rows ('Theme 1: Better data and declaration' … 'Theme 5: Leadership and voice') head the groups: gold theme = that row's text. Refs '1a', '1b', '2a' … (a number + letter, not a metric – '4a' and '4b' are refs of theme 4 here, while the Metric column of 3a holds 'M4a'); metrics from the 2021+ set: 'M1', 'M4a', 'M4a/4b' = ['4a','4b'], 'M6 & M8', 'M9b', 'M10', 'All' (= all twelve). Leads are job titles. Target is text ('Sept 2021', 'End of Q4', 'Ongoing'). Status words filled in the key's colours. Nothing below the table. Judgement calls: the key row is not a header and not an action; refs '4a'/'4b' are refs, never metrics; theme rows are themes and carry no metric; rag follows the key (Progressing = green, Complete = blue).", { ragCol: 'F', mode: 'fill' });
}
