// holdout21-wres-2018-19-ravensworth: NEW LAYOUT – A SUMMARY LINE UNDER EACH INDICATOR'S ACTIONS COUNTING THEM. A SPINAL
// INJURIES AND REHABILITATION trust's mid-year review: header 'No. | WRES indicator | Action | Lead | Target date | Status |
// Progress to date'; after each indicator's group a shaded SUMMARY ROW – 'Indicator N summary' in B, a formula in C giving
// 'Indicator N: 2 actions – 1 complete, 1 on track, 0 delayed, 0 not started' and an overall rating formula in F filled in a
// status colour – and a whole-plan line under the table.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout21-wres-2018-19-ravensworth', sheet: 'WRES plan 2018-19', standard: 'WRES', period: '2018-19', trust: 'Ravensworth Spinal Injuries and Rehabilitation NHS Trust', widths: [6, 30, 58, 30, 13, 14, 44] });
  p.line(['Ravensworth Spinal Injuries and Rehabilitation NHS Trust – Workforce Race Equality Standard action plan 2018/19'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Mid-year review: position at 31 October 2018. A summary line under each indicator counts its actions; the overall rating is the weakest position in the group.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['No.', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Status', 'Progress to date'], { style: { fill: 'FF1F4E78', color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const F = 'dd/mm/yyyy';
  const groups = [
    ['Indicator 1', 'Indicator 1 – BME staff in each pay band', ['1'], [
      ['Publish the ethnicity profile of therapy, nursing and rehabilitation engineering staff by band every six months.', 'Head of Workforce Information', D(2018, 9, 30), 'Complete', 'Published to the People Committee in September.'],
      ['Set a target for BME representation at Band 7 and above in therapies, with a trajectory to 2021.', 'Director of Therapies', D(2019, 3, 31), 'On track', 'Draft trajectory shared with therapy leads.'],
    ]],
    ['Indicator 2', 'Indicator 2 – Shortlisting to appointment', ['2'], [
      ['Train every recruiting manager in the spinal injuries centre in unconscious bias before they sit on a panel.', 'Head of Recruitment', D(2018, 12, 31), 'Delayed', '41% trained; sessions added for January.'],
      ['Add a diverse panel member to interviews for all posts at Band 6 and above.', 'Head of Recruitment', D(2019, 3, 31), 'On track', 'Panel pool of 22 staff recruited.'],
    ]],
    ['Indicator 3', 'Indicator 3 – Formal disciplinary process', ['3'], [
      ['Introduce a pre-investigation review by a trained panel before any formal disciplinary case is opened.', 'Head of Employee Relations', D(2018, 10, 31), 'Complete', 'In place since October.'],
    ]],
    ['Indicator 4', 'Indicator 4 – Non-mandatory training and CPD', ['4'], [
      ['Record requests for and approvals of CPD funding for rehabilitation courses by ethnicity.', 'Head of Education', D(2019, 1, 31), 'Not started', 'Waiting for the new training database.'],
    ]],
    ['Indicators 5 and 6', 'Indicators 5 and 6 – Harassment, bullying or abuse', ['5', '6'], [
      ['Provide a support pathway for staff who experience racist abuse from long-stay patients or their visitors.', 'Director of Nursing', D(2018, 11, 30), 'On track', 'Pathway drafted with the BME network.'],
      ['Run "Civility Saves Lives" sessions for ward and outpatient teams.', 'Head of Organisational Development', D(2019, 3, 31), 'On track', 'Four of ten sessions delivered.'],
    ]],
    ['Indicator 7', 'Indicator 7 – Equal opportunities for career progression', ['7'], [
      ['Offer BME staff a place on the Trust\'s aspiring leaders programme with a named mentor.', 'Head of Organisational Development', D(2019, 2, 28), 'Delayed', 'Programme start moved to February.'],
    ]],
    ['Indicator 8', 'Indicator 8 – Discrimination from a manager or colleague', ['8'], [
      ['Appoint and train Freedom to Speak Up champions from BME staff groups.', 'Freedom to Speak Up Guardian', D(2018, 12, 31), 'On track', 'Five champions appointed.'],
    ]],
    ['Indicator 9', 'Indicator 9 – Board membership', ['9'], [
      ['Offer a Board apprenticeship to a BME member of staff or local resident.', 'Trust Secretary', D(2019, 3, 31), 'Complete', 'Board apprentice started in October.'],
    ]],
  ];
  const order = ['Not started', 'Delayed', 'On track', 'Complete'];
  const summary = {}; let n = 0; const all = [];
  for (const [label, ind, inds, rows] of groups) {
    const first = p.r + 1; const sts = [];
    for (const [action, lead, due, st, prog] of rows) {
      n++; sts.push(st); all.push(st);
      p.action([n, ind, action, lead, due, st, prog], { ref: String(n), indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: prog }, { styles: [{}, {}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    }
    const last = p.r; const rg = (c) => `${c}${first}:${c}${last}`; const cnt = (w) => sts.filter((s) => s === w).length;
    const text = `${label}: ${sts.length} action${sts.length === 1 ? '' : 's'} – ${cnt('Complete')} complete, ${cnt('On track')} on track, ${cnt('Delayed')} delayed, ${cnt('Not started')} not started`;
    const formula = `"${label}: "&COUNTA(${rg('C')})&IF(COUNTA(${rg('C')})=1," action"," actions")&" – "&COUNTIF(${rg('F')},"Complete")&" complete, "&COUNTIF(${rg('F')},"On track")&" on track, "&COUNTIF(${rg('F')},"Delayed")&" delayed, "&COUNTIF(${rg('F')},"Not started")&" not started"`;
    // overall rating: Complete when all complete, else the weakest of the group's positions
    const overall = sts.every((s) => s === 'Complete') ? 'Complete' : order.find((w) => w !== 'Complete' && sts.includes(w));
    const rf = `IF(COUNTIF(${rg('F')},"Complete")=COUNTA(${rg('F')}),"Complete",IF(COUNTIF(${rg('F')},"Not started")>0,"Not started",IF(COUNTIF(${rg('F')},"Delayed")>0,"Delayed","On track")))`;
    const r = p.line(['', `${label} summary`, { formula, result: text }, '', '', { formula: rf, result: overall }, ''], { border: true, style: { fill: 'FFF2F2F2', italic: true }, styles: [{}, { bold: true }, { bold: true }, {}, {}, { fill: S[overall][0], ...(S[overall][2] ? { color: S[overall][2] } : {}), bold: true }] });
    summary[r] = { label, first, last, overall };
  }
  p.blank();
  const cntAll = (w) => all.filter((s) => s === w).length;
  const tr = p.line(['', 'Whole plan', { formula: `"All indicators: "&COUNTA(C${h + 1}:C${p.r - 1})-${Object.keys(summary).length}&" actions – "&COUNTIF(F${h + 1}:F${p.r - 1},"Complete")-${Object.values(summary).filter((s) => s.overall === 'Complete').length}&" complete"`, result: `All indicators: ${all.length} actions – ${cntAll('Complete')} complete` }], { style: { bold: true } });
  p.line(['Status: Complete (blue) – On track (green) – Delayed (amber) – Not started (red).'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: A SUMMARY LINE UNDER EACH INDICATOR'S ACTIONS THAT COUNTS THEM. A SPINAL INJURIES AND REHABILITATION trust's 2018/19 WRES plan at its mid-year review: a merged bold title naming trust and plan, a merged italic line ('Mid-year review: position at 31 October 2018. A summary line under each indicator counts its actions; the overall rating is the weakest position in the group.'), a blank row, then a dark-blue header 'No. | WRES indicator | Action | Lead | Target date | Status | Progress to date' (row 4, frozen). Actions are numbered 1–11 (numbers) and grouped by indicator; the indicator cell on each action row reads 'Indicator N – short title' ('Indicators 5 and 6 – Harassment, bullying or abuse' = ['5','6']). Target dates are real dates dd/mm/yyyy. Status words filled: Complete blue, On track green, Delayed amber, Not started red. After EACH indicator's group there is a pale-grey SUMMARY ROW (eight of them: rows 7, 10, 12, 14, 17, 19, 21, 23): 'Indicator N summary' (bold) in B, a FORMULA in C (the Action column) whose cached text counts the group – 'Indicator 2: 2 actions – 0 complete, 1 on track, 1 delayed, 0 not started' – and a rating FORMULA in F (the Status column) whose cached word is the group's overall position (Complete only when all are complete, else the weakest: Not started, Delayed, On track), FILLED in that status's colour. Under the table, after a blank row, a 'Whole plan' line ('All indicators: 11 actions – 3 complete', a formula) and a key line. Judgement calls: a summary row is not an action although it has text in the Action column and a filled status word – it has no number, lead, date or progress, and its text is a count; its rating is not a status of any action; the summary rows are not themes (they come after their group, and the indicator is already on every action row), so theme is null; no action takes its indicator or status from a summary row; the 'Whole plan' line and the key line are not actions.", { ragCol: 'F', mode: 'fill', groupSummary: { labelCol: 'B', countCol: 'C', ratingCol: 'F', rows: Object.fromEntries(Object.entries(summary).map(([r, s]) => [r, s.label])), total: tr } });
}
