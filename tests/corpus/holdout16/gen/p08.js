// holdout16-wdes-2025-26-middlethorpe: ORDINARY 2025 WDES plan in Aptos Narrow – CAPITAL QUESTION header 'WHICH METRIC? |
// WHAT WILL WE DO? | HIGH IMPACT ACTION | WHO WILL LEAD? | BY WHEN? | HOW WILL WE KNOW? | RAG'; metric first, merged down
// over a pair; HIA in words (a column); text timescales; RAG letters C/G/A/R on Excel Good/Neutral/Bad fills (C light
// blue); key line, numbered notes and approval line below.
import { Book, Plan, C, mergeDown, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wdes-2025-26-middlethorpe', sheet: 'WDES plan 2025-26', standard: 'WDES', period: '2025-26', trust: 'Middlethorpe and Fairleigh NHS Foundation Trust', widths: [16, 56, 24, 28, 14, 34, 7], font: { name: 'Aptos Narrow', size: 11 } });
  p.line(['Middlethorpe and Fairleigh NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['Workforce Disability Equality Standard – our plan for 2025/26 (year 1 of the 2025–2028 Disability Equality Strategy)'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['WHICH METRIC?', 'WHAT WILL WE DO?', 'HIGH IMPACT ACTION', 'WHO WILL LEAD?', 'BY WHEN?', 'HOW WILL WE KNOW?', 'RAG'], { style: { fill: C.purple, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  const L = { C: [C.lightblue, 'blue'], G: [C.goodG, 'green'], A: [C.neutralA, 'amber'], R: [C.badR, 'red'] };
  const rows = [
    ['Metric 1', ['1'], 'Ask every new starter and every member of staff at appraisal to check their disability record on ESR.', '2 – Recruitment and talent', 'Head of Workforce Systems', 'Sept 2025', 'Declaration above 8% by March 2026', 'G'],
    ['Metric 2', ['2'], 'Add the Disability Confident guaranteed interview wording and an adjustments contact to every advert.', '2 – Recruitment and talent', 'Head of Resourcing', 'July 2025', 'Relative likelihood of appointment below 1.10', 'C'],
    ['Metric 3', ['3'], 'Check every capability case at the case review panel for whether adjustments were offered first.', '6 – Bullying, harassment and violence', 'Head of Employee Relations', 'Monthly', 'No capability case without an adjustments review', 'G'],
    ['Metric 4a', ['4a'], 'Roll out body-worn cameras and conflict resolution training in the emergency department and mental health wards.', '6 – Bullying, harassment and violence', 'Head of Security', 'H2 2025/26', 'Fewer disabled staff report abuse from patients (4a(i))', 'A'],
    [null, ['4a'], 'Train managers to recognise disability-related bullying and how to act on it.', '6 – Bullying, harassment and violence', 'Head of Leadership and OD', 'By end of Q3', 'Gap between disabled and non-disabled staff (4a(ii)) narrows', 'A'],
    ['Metric 4b', ['4b'], 'Publicise the anonymous reporting route in the speaking-up app to disabled staff.', '6 – Bullying, harassment and violence', 'Freedom to Speak Up Guardian', 'Sept 2025', 'More disabled staff report harassment', 'R'],
    ['Metric 6', ['6'], 'Update the supporting attendance policy so that disability-related absence is recorded separately.', '4 – Health inequalities', 'Head of Employee Relations', 'March 2026', 'Policy approved; fewer staff report presenteeism', 'G'],
    ['Metric 8', ['8'], 'Move adjustment requests to one online form with a 6-week standard for equipment.', '4 – Health inequalities', 'Head of Occupational Health', 'Dec 2025', '80% of adjustments in place within 6 weeks', 'R'],
    ['Metrics 9a and 9b', ['9a', '9b'], 'Fund the Disability and Neurodiversity Network and give its chairs protected time.', '1 – Board accountability', 'Chief People Officer', 'April 2025', 'Network budget agreed; engagement gap narrows', 'C'],
    ['All metrics', ALL_WDES21, 'Include a disability equality objective in every executive director\u2019s appraisal.', '1 – Board accountability', 'Chief Executive', 'June 2025', 'Objectives set for all executives', 'C'],
  ];
  let first = null;
  rows.forEach(([m, inds, action, hia, lead, due, meas, rag]) => {
    const r = p.action([m, action, hia, lead, due, meas, rag], { indicators: inds, action, lead, due, status: rag, rag: L[rag][1], outcome: meas }, { styles: [{ bold: true }, {}, {}, {}, {}, {}, { fill: L[rag][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' } }] });
    if (m === null) mergeDown(p.ws, 'A', first, r); else first = r;
  });
  p.blank();
  p.line(['RAG:  C = complete   G = on track   A = some risk to delivery   R = off track'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Notes'], { style: { bold: true } });
  p.line(['1. Metric numbers follow the 2025 WDES technical guidance (metrics 4a and 9a have parts; see the WDES report for the figures).'], { merge: ['A', 'G'] });
  p.line(['2. High impact actions are those of the NHS EDI Improvement Plan (June 2023).'], { merge: ['A', 'G'] });
  p.line(['Approved by the People and Culture Committee on 24 April 2025.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2025 WDES plan in Aptos Narrow 11: purple trust name, bold title naming year 1 of a three-year strategy, a blank row, then a purple header of CAPITAL QUESTIONS 'WHICH METRIC? | WHAT WILL WE DO? | HIGH IMPACT ACTION | WHO WILL LEAD? | BY WHEN? | HOW WILL WE KNOW? | RAG' (row 4). The metric comes first ('Metric 4a' MERGED DOWN over its two actions, 'Metrics 9a and 9b', 'All metrics' = the twelve 2021-set codes). The HIA is written in words ('6 – Bullying, harassment and violence') in its own column – not a theme. 'BY WHEN?' is text ('Sept 2025', 'H2 2025/26', 'By end of Q3', 'Monthly'). 'HOW WILL WE KNOW?' = outcome. No progress column. RAG letters C / G / A / R on Excel's light fills (C light blue → blue, G Good green, A Neutral yellow → amber, R Bad pink → red). Under the table: a bold RAG key line, a bold 'Notes' label with two numbered notes, and an approval line (non-action rows). Judgement calls: 'C' is complete (blue); the merged 'Metric 4a' cell gives both of its actions 4a; '(4a(i))' in an outcome is not an indicator list; 'year 1' in the title is not a period.", { ragCol: 'G', mode: 'fill' });
}
