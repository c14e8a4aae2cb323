// holdout77-wres-2026-27-greystock: MENTAL HEALTH trust, Segoe UI 9. The High Impact Action is MERGED DOWN in column A beside its actions;
// 'High Impact Action | # | Action | WRES indicator(s) | Delivery lead | Executive lead | Target | Confidence | Status | Evidence';
// Confidence is a 1–3 score shown only as a 3-ARROWS icon set (green up / yellow across / red down) – the lead's view of delivery, not
// the status; Status is a drop-down word coloured by 'text contains' rules, 'Paused' on grey; evidence hyperlinks; frozen at D5.
import { Book, Plan, C, mergeDown } from './lib.js';
const WORDS = { Complete: [C.lightblue, 'blue'], 'On track': [C.goodG, 'green'], Behind: [C.neutralA, 'amber'], Paused: [C.grey, null], 'Not started': [null, null] };
const ARROWS = { 3: 'green', 2: 'amber', 1: 'red' };
const SP = 'https://greystockhealthcare.sharepoint.com/sites/EDI/WRES/2026-27/';
export async function build() {
  const book = new Book();
  const trust = 'Greystock Healthcare NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout77-wres-2026-27-greystock', sheet: 'Race equality plan 26-27', standard: 'WRES', period: '2026-27', trust, widths: [24, 5, 56, 11, 28, 18, 12, 11, 12, 24], font: { name: 'Segoe UI', size: 9 } });
  const ws = p.ws;
  p.line([`${trust} – Race Equality (WRES) Action Plan 2026/27`], { merge: ['A', 'J'], style: { bold: true, font: { size: 13 }, color: 'FF5B2C6F' } });
  p.line(['This plan follows the six High Impact Actions of the NHS EDI Improvement Plan. Confidence is the delivery lead’s view of whether the action will land on time: ▲ high, ► medium, ▼ low. It is not the status.'], { merge: ['A', 'J'], height: 26 });
  p.line(['Status colours: Complete – blue, On track – green, Behind – amber, Paused – grey (decision needed), Not started – none. Executive leads are accountable; delivery leads do the work.'], { merge: ['A', 'J'], style: { italic: true } });
  const h = p.header(['High Impact Action', '#', 'Action', 'WRES indicator(s)', 'Delivery lead', 'Executive lead', 'Target', 'Confidence', 'Status', 'Evidence'], { style: { fill: 'FF5B2C6F', color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  ws.views = [{ state: 'frozen', ySplit: h, xSplit: 3 }];
  const groups = [
    ['HIA 1 – Board and executive objectives', [
      ['1', 'Agree a WRES-linked objective for every board member and report progress in the annual report.', '9', ['9'], 'Company Secretary', 'Chair', 'Jun 2026', 3, 'Complete', ['Board objectives paper', 'Board%20objectives%202026-27.pdf']],
      ['2', 'Make the Race Equality Network chair a standing attendee at the People Committee.', '—', [], 'Head of Corporate Governance', 'Chief Executive', 'Jul 2026', 3, 'On track', null],
    ]],
    ['HIA 2 – Recruitment and talent management', [
      ['3', 'Move all Band 7 and above recruitment to structured, values-based interviews with a diverse panel.', '2', ['2'], 'Head of Recruitment', 'Director of People', 'Sept 2026', 2, 'On track', null],
      ['4', 'Offer a twelve-month sponsorship pairing with a senior leader to 20 Black and minority ethnic nurses and AHPs at Bands 6 and 7.', '4, 7', ['4', '7'], 'Head of Leadership and OD', 'Director of People', 'March 2027', 2, 'Not started', null],
    ]],
    ['HIA 3 – Pay gaps', [
      ['5', 'Publish the ethnicity pay gap by staff group and set a three-year target for the gap at Band 8a and above.', '1', ['1'], 'Head of Workforce Information', 'Director of Finance', 'March 2027', 2, 'Not started', null],
    ]],
    ['HIA 4 – Health inequalities in the workforce', [
      ['6', 'Offer health MOTs, including blood pressure and diabetes checks, to night staff and bank healthcare support workers on the inpatient units.', '—', [], 'Health and Wellbeing Lead', 'Chief Nurse', 'By Q3', 1, 'Behind', ['Health MOT uptake', 'Health%20MOT%20uptake.xlsx']],
    ]],
    ['HIA 5 – International recruits', [
      ['7', 'Give internationally educated nurses on the acute wards a named preceptor and a pastoral check at 4, 8 and 12 weeks.', '6, 7', ['6', '7'], 'Lead for International Nurses', 'Chief Nurse', 'Sept 2026', 3, 'On track', ['Preceptorship pack', 'IEN%20preceptorship%20pack.docx']],
    ]],
    ['HIA 6 – Bullying, harassment and discrimination', [
      ['8', 'Issue guidance and a post-incident debrief for staff who face racist abuse from patients on the wards, including the right to end the interaction.', '5', ['5'], 'Associate Director of Nursing (Safety)', 'Chief Nurse', 'Jun 2026', 2, 'Behind', null],
      ['9', 'Have an independent reviewer check every suspension and disciplinary case by ethnicity before it goes ahead.', '3', ['3'], 'Head of Employee Relations', 'Director of People', 'By Q3', 3, 'On track', null],
      ['10', 'Train 40 Active Bystanders across the community mental health teams.', '6, 8', ['6', '8'], 'Organisational Development Manager', 'Director of People', 'Dec 2026', 1, 'Paused', null],
      ['11', 'Add race discrimination as a category in the speaking-up log and report the themes to the Board every quarter.', '8', ['8'], 'Freedom to Speak Up Guardian', 'Chief Executive', 'Jul 2026', 3, 'Complete', ['Speaking-up report Q1', 'FTSU%20report%20Q1%202026-27.pdf']],
    ]],
  ];
  const first = p.r + 1;
  for (const [hia, acts] of groups) {
    const top = p.r + 1;
    acts.forEach(([no, action, ind, inds, lead, exec, target, conf, st, ev], i) => {
      const link = ev ? { text: ev[0], hyperlink: SP + ev[1] } : null;
      p.action([i === 0 ? hia : '', no, action, ind, lead, exec, target, conf, st, link], { ref: no, indicators: inds, theme: hia, action, lead, due: target, status: st, rag: WORDS[st][1] }, { styles: [{ bold: true, fill: 'FFEFE7F3', color: 'FF5B2C6F', alignment: { vertical: 'middle', wrapText: true } }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { color: 'FF0563C1', font: { underline: true } }] });
    });
    mergeDown(ws, 'A', top, p.r);
  }
  const last = p.r;
  ws.addConditionalFormatting({ ref: `H${first}:H${last}`, rules: [{ type: 'iconSet', iconSet: '3Arrows', showValue: false, priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] }] });
  ws.addConditionalFormatting({ ref: `I${first}:I${last}`, rules: Object.entries(WORDS).filter(([, v]) => v[0]).map(([w, [fill]], i) => ({ type: 'containsText', operator: 'containsText', text: w, priority: i + 2, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  for (let r = first; r <= last; r++) {
    ws.getCell(`H${r}`).dataValidation = { type: 'list', allowBlank: true, showInputMessage: true, promptTitle: 'Confidence', prompt: '3 = high, 2 = medium, 1 = low', formulae: ['"1,2,3"'] };
    ws.getCell(`I${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['"Not started,On track,Behind,Paused,Complete"'] };
  }
  p.blank();
  p.line(['Plan owner: Deputy Director of People (Inclusion). Reported to the People and Culture Committee every quarter; next report September 2026.'], { merge: ['A', 'J'], style: { italic: true, color: 'FF595959' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health foundation trust), Segoe UI 9. Sheet 'Race equality plan 26-27': a purple title naming the trust and 'Race Equality (WRES) Action Plan 2026/27', a line explaining the CONFIDENCE arrows (the delivery lead's view, 'It is not the status'), an italic status-colour line, then the purple header 'High Impact Action | # | Action | WRES indicator(s) | Delivery lead | Executive lead | Target | Confidence | Status | Evidence' (row 4, frozen at D5) and eleven actions (rows 5–15) under six HIA cells MERGED DOWN in column A ('HIA 1 – Board and executive objectives' … 'HIA 6 – Bullying, harassment and discrimination'). Confidence holds 1–3 shown only as a '3 Arrows' icon set (green up, yellow across, red down; number hidden). Status is a drop-down word coloured by 'text contains' conditional formats (Complete light blue, On track light green, Behind light yellow, Paused GREY; Not started none). Evidence cells are hyperlinks. A plan-owner line at the foot. Judgement calls: theme = the merged HIA cell beside the action; indicators from 'WRES indicator(s)' only ('4, 7' → ['4','7']; '—' → []), never the HIA number; lead = Delivery lead, never the Executive lead; due = Target as typed ('Sept 2026', 'By Q3', 'March 2027'); status = the word; rag = its conditional colour (Behind → amber; Paused on grey → null; Not started → null) – NEVER the confidence arrow (action 6 is 'Behind' with a red arrow → amber; action 10 'Paused' with a red arrow → null; action 4 'Not started' with a yellow arrow → null); ref = #; progress '' (the evidence link's name is no update); the plan owner and the September 2026 report are no lead or due.", { ragCol: 'I', mode: 'word', words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'I' }, themeCol: 'A', notFrom: ['F', 'H', 'J'], indRe: { col: 'D', re: '(\\d)' }, hia: { col: 'A', re: 'HIA ([1-6])' }, dv: ['I'], links: ['J'], iconNotRag: { col: 'H', colours: ARROWS, min: 4 }, fieldCols: { lead: 'E', due: 'G', status: 'I', ref: 'B' }, forbidden: ['Deputy Director of People (Inclusion)', 'September 2026'] });
}
