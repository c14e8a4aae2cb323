// holdout20-wres-2024-25-grantleigh: NEW LAYOUT – THE PRIORITY AREA (AND SO THE INDICATORS) GIVEN ONLY BY A COLOUR CODE.
// A multi-site UNIVERSITY HOSPITALS group: no indicator or theme column and no section rows – a narrow unlabelled-looking
// 'Area' strip in column A is FILLED in the colour of the action's priority area (no text), decoded by a colour key above
// the header that names each area and the WRES indicators it covers; the Status column carries the (different) RAG fills.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout20-wres-2024-25-grantleigh', sheet: 'WRES 2024-25', standard: 'WRES', period: '2024-25', trust: 'Grantleigh University Hospitals NHS Foundation Trust', widths: [6, 40, 52, 30, 13, 13, 42], font });
  p.line(['Grantleigh University Hospitals NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, fill: C.darkblue, color: C.white, font: { ...font, size: 14 } } });
  p.line(['WRES Action Plan 2024/25 – Grantleigh General, St Aidan\'s and Wrekin Road sites'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.line([null, 'Colour key – priority areas', 'WRES indicators covered'], { style: { bold: true } });
  // [fill, area name, indicator text, indicators]
  const A = {
    rep: ['FFD9D2E9', 'Representation and progression', 'WRES indicators 1, 7 and 9', ['1', '7', '9']],
    fair: ['FFDAEEF3', 'Fair recruitment and employment processes', 'WRES indicators 2, 3 and 4', ['2', '3', '4']],
    racism: ['FFFCE4D6', 'Tackling racism, bullying and harassment', 'WRES indicators 5, 6 and 8', ['5', '6', '8']],
    gov: ['FFEDE2C4', 'Leadership and accountability', 'All WRES indicators (1–9)', ALL_WRES],
  };
  const legend = [];
  for (const k of ['rep', 'fair', 'racism', 'gov']) { const [fill, name, ind] = A[k]; legend.push(p.line([null, name, ind], { border: true, styles: [{ fill }, { fill }] })); }
  p.blank();
  const h = p.header(['Area', 'Action', 'What success looks like', 'Lead', 'Due', 'Status', 'Update (Q2)'], { style: { fill: 'FFBFBFBF' } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Completed: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'Some risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white] };
  const F = 'dd/mm/yyyy';
  const data = [
    ['rep', 'Set a target of 19% BME representation at Band 8a+ by 2027 and publish progress on each site.', 'Target agreed and reported twice a year.', 'Deputy Chief People Officer', D(2024, 9, 30), 'Completed', 'Target approved by the Board in September.'],
    ['rep', 'Launch a group-wide "Ready Now" talent programme for BME staff at Bands 6–8a.', 'At least 40 BME participants; half apply for promotion within a year.', 'Head of Leadership and OD', D(2025, 1, 31), 'On track', 'Cohort 1 recruited (34 places).'],
    ['rep', 'Recruit a BME associate non-executive director through the NHS Insight programme.', 'Associate NED appointed.', 'Company Secretary', D(2025, 3, 31), 'Some risk', 'No suitable candidate in round one.'],
    ['fair', 'Use diverse interview panels with a trained inclusion ambassador for all posts at Band 7 and above.', 'Ambassador on 95% of panels.', 'Head of Resourcing', D(2024, 12, 31), 'On track', '88% of panels in Q2.'],
    ['fair', 'Require a second senior review of every decision to start a formal disciplinary against a BME colleague.', 'Relative likelihood below 1.25.', 'Head of Employee Relations', D(2024, 10, 31), 'Completed', 'In place on all three sites.'],
    ['fair', 'Publish access to CPD funding by ethnicity in the quarterly education report.', 'Access ratio reported each quarter.', 'Head of Education', D(2024, 12, 31), 'Off track', 'Data not yet split by ethnicity in the learning system.'],
    ['racism', 'Introduce an anti-racism charter for patients and visitors, displayed on every ward and in emergency departments.', 'Charter displayed; sanctions used where needed.', 'Chief Nurse', D(2024, 11, 30), 'On track', 'Charter printed; ward roll-out under way.'],
    ['racism', 'Train all band 7 ward managers in handling incidents of racism from colleagues and patients.', '90% of ward managers trained.', 'Head of Leadership and OD', D(2025, 3, 31), 'Some risk', '41% trained; extra sessions added.'],
    ['racism', 'Add race to the health and wellbeing conversation and report themes to the People Committee.', 'Themes reported twice a year.', 'Head of Wellbeing', D(2025, 2, 28), 'On track', 'Question added to the template.'],
    ['gov', 'Give each executive director an EDI objective tied to this plan, reviewed at appraisal.', 'All executives have an objective.', 'Chief People Officer', D(2024, 7, 31), 'Completed', 'Objectives set in July.'],
    ['gov', 'Report this plan to the People Committee each quarter and to the Board at year end.', 'Four reports received.', 'Deputy Chief People Officer', D(2025, 3, 31), 'On track', 'Q1 and Q2 reported.'],
  ];
  for (const [k, action, success, lead, due, st, upd] of data) {
    const [fill, theme, , inds] = A[k];
    p.action([null, action, success, lead, due, st, upd], { indicators: inds, theme, action, lead, due: shown(due, F), status: st, rag: S[st][1], outcome: success, progress: upd }, { styles: [{ fill }, {}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line([null, 'Status: Completed = blue, On track = green, Some risk = amber, Off track = red. The colour in the Area column shows the priority area (see the key above), not progress.'], { merge: ['B', 'G'], style: { italic: true, font: { ...font, size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: THE PRIORITY AREA – AND WITH IT THE INDICATORS – GIVEN ONLY BY A COLOUR CODE. A multi-site university hospitals group colour-codes its actions by priority area: there is no indicator column, no theme column and no section rows; the narrow first column 'Area' holds NO TEXT, only a FILL (lavender, pale blue, peach or sand), decoded by a bordered COLOUR KEY above the header (rows 4–8: a caption 'Colour key – priority areas | WRES indicators covered' and four rows each with a filled swatch in A, the area name in B filled the same, and the indicators it covers in C, e.g. 'Representation and progression | WRES indicators 1, 7 and 9'). Navy trust title bar, plan title naming three sites, header 'Area | Action | What success looks like | Lead | Due | Status | Update (Q2)' (grey, frozen, row 10). Due real dates dd/mm/yyyy; Status words FILLED Completed blue / On track green / Some risk amber / Off track red; a note line below repeats the status key and says the Area colour is not progress. Gold: theme = the area the row's colour names (the legend's name cell); indicators = the indicators the key gives that area ('Leadership and accountability' = 'All WRES indicators (1–9)' = all nine); outcome = 'What success looks like'; progress = Update (Q2); rag = the Status fill. Judgement calls: the Area fill is a category code, not a RAG – the lavender/pale-blue/peach/sand fills match no status colour and the note says so, so rag comes only from the Status cell; every action in an area takes ALL the indicators the key lists for that area (the plan gives no finer mapping), so an action such as the associate NED (area 1) is recorded with 1, 7 and 9 though it is mainly about 9; the key rows are neither header nor actions; the legend's name text is the theme even though it is above the header rather than a section row.", { ragCol: 'F', mode: 'fill', colourArea: { col: 'A', legendRows: legend, nameCol: 'B', indCol: 'C' } });
}
