// holdout17-wdes-2020-21-hembury: ORDINARY COMMUNITY-trust Covid-year WDES plan – NHS-blue title bar, 'Last updated' line;
// 'Ref | Metric | Action | Lead | Start | End | Status | Comments' frozen at C; refs 'HCH/WDES/01'; 'M1', 'M4 & M9' (pre-2021
// set); Start + End real dd/mm/yyyy (due = End, one 'TBC'); status words filled incl. GREY 'On hold' (null); a bordered
// 'Status | Meaning' key table and a COVID-19 note below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wdes-2020-21-hembury', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust: 'Hembury Community Health Services NHS Trust', widths: [14, 9, 56, 28, 12, 12, 13, 44] });
  p.line(['Hembury Community Health Services NHS Trust  |  WDES Action Plan 2020-21'], { merge: ['A', 'H'], height: 22, style: { bold: true, fill: C.nhs, color: C.white, font: { size: 13 }, alignment: { vertical: 'middle' } } });
  p.line(['Last updated: 12 January 2021'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  const h = p.header(['Ref', 'Metric', 'Action', 'Lead', 'Start', 'End', 'Status', 'Comments'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h, xSplit: 2 }];
  const S = { Completed: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'Behind': [C.amber, 'amber'], 'On hold': [C.grey, null] };
  const F = 'dd/mm/yyyy';
  const data = [
    ['M1', ['1'], 'Encourage staff to update their disability status through a "Count me in" message in the weekly bulletin.', 'Workforce Information Manager', D(2020, 9, 1), D(2020, 11, 30), 'Completed', 'Declaration up from 2.9% to 3.8%.'],
    ['M2', ['2'], 'Review the guaranteed interview scheme on TRAC and check it is applied to every community vacancy.', 'Recruitment Lead', D(2020, 10, 1), D(2021, 3, 31), 'On track', 'Audit of 40 vacancies under way.'],
    ['M3', ['3'], 'Include an occupational health referral before any formal capability meeting with a disabled member of staff.', 'HR Business Partner', D(2020, 9, 1), D(2020, 12, 31), 'Completed', 'Policy amended December 2020.'],
    ['M4', ['4'], 'Give community staff who visit patients at home a way to report abuse on their mobile devices.', 'Health and Safety Manager', D(2020, 11, 1), D(2021, 3, 31), 'Behind', 'App procurement delayed.'],
    ['M4 & M9', ['4', '9'], 'Set up a Disability and Long-Term Conditions Network with an executive sponsor.', 'Director of People', D(2020, 7, 1), D(2020, 10, 31), 'Completed', 'Network launched October; 22 members.'],
    ['M5', ['5'], 'Offer disabled staff a place on the "Stepping Forward" coaching programme.', 'Head of Learning and OD', D(2020, 10, 1), D(2021, 3, 31), 'On hold', 'Paused: coaches redeployed to the vaccination programme.'],
    ['M6', ['6'], 'Brief managers on recording disability-related and COVID-19 shielding absence separately from sickness.', 'HR Business Partner', D(2020, 8, 1), D(2020, 9, 30), 'Completed', 'Guidance issued August.'],
    ['M7', ['7'], 'Run listening sessions for disabled staff on working from home during the pandemic.', 'Equality and Inclusion Lead', D(2020, 11, 1), D(2021, 2, 28), 'On track', 'Two of four sessions held.'],
    ['M8', ['8'], 'Agree a central budget for equipment that disabled staff need to work from home.', 'Director of Finance', D(2021, 1, 1), 'TBC', 'On hold', ''],
    ['M10', ['10'], 'Share the WDES results and this plan with the Board at a development session.', 'Director of People', D(2021, 1, 1), D(2021, 3, 31), 'On track', 'Session booked for March.'],
  ];
  data.forEach(([m, inds, action, lead, start, end, st, com], i) => {
    const ref = `HCH/WDES/${String(i + 1).padStart(2, '0')}`; const isDate = end instanceof Date;
    p.action([ref, m, action, lead, start, end, st, com], { ref, indicators: inds, action, lead, due: isDate ? shown(end, F) : end, status: st, rag: S[st][1], progress: com }, { styles: [{}, {}, {}, {}, { numFmt: F }, isDate ? { numFmt: F } : {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  });
  p.blank();
  p.header(['Status', 'Meaning'], { at: 7, style: { fill: C.palegrey }, kind: undefined });
  for (const [w, m] of [['Completed', 'Action finished'], ['On track', 'Will finish by the end date'], ['Behind', 'Will finish late'], ['On hold', 'Paused because of COVID-19 pressures']]) p.line([w, m], { at: 7, border: true, styles: [{ fill: S[w][0], ...(S[w][2] ? { color: S[w][2] } : {}) }] });
  p.blank();
  p.line(['Some actions were paused between March and September 2020 while staff were redeployed to the COVID-19 response.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY COMMUNITY-trust Covid-year WDES plan (2020-21): trust and title in ONE NHS-BLUE TITLE BAR ('… | WDES Action Plan 2020-21', white text, merged A:H), a 'Last updated: 12 January 2021' line, a blank row, then a pale-blue header 'Ref | Metric | Action | Lead | Start | End | Status | Comments' (row 4, frozen at C5). Refs 'HCH/WDES/01'…'HCH/WDES/10'. Metrics 'M1'…'M10' of the pre-2021 set (whole 4 and 9) and 'M4 & M9'. Start and End are real dates shown dd/mm/yyyy (one End 'TBC' as text); gold due = End. Status words filled: Completed blue, On track green, Behind amber, On hold GREY (no colour → rag null). Comments = progress (one empty). Under the table, in G:H, a small bordered KEY TABLE with its own bold 'Status | Meaning' header (a key, not the plan's header) and four filled rows, then an italic COVID-19 note – all non-action rows. Judgement calls: due = End, not Start; 'On hold' is a status with no colour; the key table's header row is not a header of the plan.", { ragCol: 'G', mode: 'fill' });
}
