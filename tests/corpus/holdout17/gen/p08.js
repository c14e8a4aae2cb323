// holdout17-wres-2023-24-calverleigh: ORDINARY HEALTH-AND-CARE trust WRES plan mapped to the EDI Improvement Plan – Aptos
// Narrow; title, version line, intro; key line DIRECTLY ABOVE the header; 'Ref | High impact action | WRES indicator |
// Action | Lead team | Quarter | Status | Evidence' (HIA 'HIA 2', a column); 'W2', 'W5, W6', 'W1–W9'; FY-quarter text
// ('Q2 2023/24', 'Q1–Q4'); status words filled (Achieved blue, On track green, Slipping amber, Not started red).
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wres-2023-24-calverleigh', sheet: 'WRES 2023-24', standard: 'WRES', period: '2023-24', trust: 'Calverleigh Health and Care NHS Trust', widths: [11, 12, 12, 56, 24, 13, 12, 42], font: { name: 'Aptos Narrow', size: 11 } });
  p.line(['Calverleigh Health and Care NHS Trust – Race Equality (WRES) Action Plan 2023/24'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.navy } });
  p.line(['Version 1.1 – approved by the People and Culture Committee, 19 September 2023'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  p.line(['Every action is linked to one of the six high impact actions (HIA) of the NHS EDI Improvement Plan (June 2023) and to the WRES indicator it is meant to improve.'], { merge: ['A', 'H'], height: 30 });
  p.blank();
  const S = { Achieved: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Slipping: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  p.line(['Status key: Achieved (blue) – On track (green) – Slipping (amber) – Not started (red)'], { merge: ['A', 'H'], style: { bold: true, font: { size: 9 } } });
  const h = p.header(['Ref', 'High impact action', 'WRES indicator', 'Action', 'Lead team', 'Quarter', 'Status', 'Evidence'], { style: { fill: C.navy, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const data = [
    ['HIA 1', 'W9', ['9'], 'Agree a measurable race equality objective for every Board member and review it at appraisal.', 'Corporate Governance Team', 'Q2 2023/24', 'Achieved', 'All Board objectives signed off in August.'],
    ['HIA 1', 'W1–W9', ALL_WRES, 'Report WRES progress to the Board every six months using the EDI dashboard.', 'EDI Team', 'Q1–Q4', 'On track', 'First report to Board in October.'],
    ['HIA 2', 'W1', ['1'], 'Publish an ethnicity pay gap report alongside the gender pay gap report.', 'Workforce Intelligence Team', 'Q4 2023/24', 'On track', 'Data extracted; analysis under way.'],
    ['HIA 2', 'W2', ['2'], 'Use values-based, structured interviews with diverse panels for all roles at Band 7 and above.', 'Resourcing Team', 'Q3 2023/24', 'Slipping', 'Panel pool too small in community services.'],
    ['HIA 2', 'W2', ['2'], 'Publish relative likelihood of appointment from shortlisting for each care group every quarter.', 'Workforce Intelligence Team', 'Q2 2023/24', 'Achieved', 'In the quarterly workforce report.'],
    ['HIA 3', 'W7', ['7'], 'Offer a talent conversation to every BME member of staff at Bands 5–7 who asks for one.', 'Organisational Development Team', 'Q3 2023/24', 'On track', '64 conversations held.'],
    ['HIA 4', 'W5', ['5'], 'Work with the care home teams on a plan to reduce racist abuse of staff by residents and families.', 'Adult Social Care Workforce Team', 'Q4 2023/24', 'Not started', 'Planned for January.'],
    ['HIA 5', 'W4', ['4'], 'Give internationally educated nurses a 12-month pastoral and career support programme.', 'Practice Education Team', 'Q2 2023/24', 'Achieved', 'Programme running; 48 nurses enrolled.'],
    ['HIA 6', 'W5, W6', ['5', '6'], 'Train every line manager in civility and the new anti-racism statement.', 'Organisational Development Team', 'Q4 2023/24', 'Slipping', '310 of 900 managers trained.'],
    ['HIA 6', 'W3, W8', ['3', '8'], 'Review every formal case raised by or against a BME colleague at the Just Culture panel.', 'Employee Relations Team', 'Q3 2023/24', 'On track', 'Panel meets fortnightly.'],
    ['HIA 6', 'W8', ['8'], 'Recruit Freedom to Speak Up champions from the Race Equality Network in each locality.', 'Freedom to Speak Up Team', 'Q3 2023/24', 'Not started', ''],
  ];
  data.forEach(([hia, ind, inds, action, lead, due, st, ev], i) => {
    const ref = `CHC-${String(i + 1).padStart(2, '0')}`;
    p.action([ref, hia, ind, action, lead, due, st, ev], { ref, indicators: inds, action, lead, due, status: st, rag: S[st][1], progress: ev }, { styles: [{}, {}, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  });
  p.blank();
  p.line(['HIA 1 Board accountability; HIA 2 Equality of opportunity and diverse talent; HIA 3 Pay gaps; HIA 4 Health inequalities; HIA 5 Internationally recruited staff; HIA 6 Bullying, harassment and discrimination.'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY post-2023 WRES plan of a HEALTH-AND-CARE trust (hospital, community and care homes), Aptos Narrow 11, mapped to the EDI Improvement Plan: navy merged title naming the trust, an italic version/approval line, a merged intro sentence, a blank row, a bold STATUS KEY LINE DIRECTLY ABOVE the header, then a navy header (white text) 'Ref | High impact action | WRES indicator | Action | Lead team | Quarter | Status | Evidence' (row 6, frozen). Refs 'CHC-01'…'CHC-11'. High impact action as codes 'HIA 1'…'HIA 6' (a column, not a theme; a glossary line below names them). Indicators as codes 'W2', 'W5, W6', 'W3, W8', 'W1–W9' (= all nine). Leads are TEAMS. 'Quarter' is financial-year text ('Q2 2023/24', 'Q1–Q4'). Status words filled: Achieved blue, On track green, Slipping amber, Not started red. Evidence = progress (one empty). Judgement calls: 'Achieved' is complete (blue); the HIA column is not a theme; 'W1–W9' is all nine; 'Q1–Q4' is the due as written.", { ragCol: 'G', mode: 'fill' });
}
