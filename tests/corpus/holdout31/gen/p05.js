// holdout31-wdes-2020-21-kelderwick: follows the front of Colchester Hospital University NHS FT's published 'Special Measures Quality
// Improvement Programme 2016-17 Update' (studylib.net/doc/10782276/…): programme title, trust, date line, a four-line KEY
// (Delivered / On Track to deliver / Some issues – narrative disclosure / Not on track to deliver) above a 'Background and summary of
// actions' section, then the tracker. The key's colours and the tracker's columns are ASSUMED (the source text gives only the key words).
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kelderwick Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout31-wdes-2020-21-kelderwick', sheet: 'WDES update', standard: 'WDES', period: '2020-21', trust, widths: [7, 11, 52, 24, 10, 20, 44], font: { name: 'Arial', size: 10 } });
  p.line(['Workforce Disability Equality Standard Action Plan 2020-21 – Update'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Position at 12th April 2021'], { merge: ['A', 'G'] });
  p.blank();
  const key = [['Delivered', C.blue], ['On Track to deliver', C.green], ['Some issues – narrative disclosure', C.amber], ['Not on track to deliver', C.red]];
  const keyRows = [p.line(['KEY'], { style: { bold: true } })];
  for (const [w, f] of key) keyRows.push(p.line([undefined, w], { styles: [{ fill: f }], merge: ['B', 'C'] }));
  p.blank();
  p.line(['Background and summary of actions'], { merge: ['A', 'G'], style: { bold: true, color: C.nhs } });
  p.line(["The Trust published its first WDES metrics and action plan in September 2019. The plan below was refreshed in October 2020 with the Disabled Staff Forum, taking account of the pandemic's effect on disabled staff, many of whom were shielding. Each action carries the position agreed at the Workforce Committee; a narrative is given wherever delivery is at risk."], { merge: ['A', 'G'], height: 52 });
  p.blank();
  p.header(['Ref', 'WDES Metric', 'Action', 'Executive Lead', 'Due', 'Position', 'Narrative'], { style: { fill: C.nhs, color: C.white } });
  const acts = [
    ['D1', '1', 'Run a declaration campaign, led by Disabled Staff Forum members, encouraging staff to update their disability status on ESR.', 'Director of Workforce', D(2021, 3, 31), 0, ''],
    ['D2', '2', 'Make sure every shortlisting panel applies the guaranteed interview scheme for disabled applicants, and check compliance each quarter.', 'Director of Workforce', D(2020, 12, 31), 1, ''],
    ['D3', '3', 'Move any capability case involving a disabled member of staff to the attendance and adjustments route first, with an HR check before formal stages.', 'Director of Workforce', D(2021, 3, 31), 2, 'Only one formal case this year, so compliance cannot yet be shown. HR check built into the case tracker; review continues into 2021-22.'],
    ['D4', '4', 'Add disability to the bullying and harassment reporting form so that incidents can be analysed by disability status.', 'Director of Nursing', D(2020, 11, 30), 0, ''],
    ['D5', '5 & 7', "Reserve places for disabled staff on the Trust's 'Next Steps' leadership course and promote it through the Forum.", 'Director of Workforce', D(2021, 3, 31), 1, ''],
    ['D6', '6', 'Remind managers through the attendance policy refresher that no one should feel pressure to come to work when unwell; include shielding staff.', 'Chief Operating Officer', D(2021, 1, 31), 2, 'Refresher delayed by the second wave; now planned for May 2021 team briefings.'],
    ['D7', '8', 'Set up a central reasonable adjustments fund so that equipment for home and community working is bought within four weeks of request.', 'Director of Finance', D(2020, 12, 31), 3, 'Fund not yet agreed: bid deferred to the 2021-22 financial plan. Interim arrangement through local budgets.'],
    ['D8', '9', 'Give the Disabled Staff Forum chair protected time and a standing item at the Workforce Committee.', 'Chief Executive', D(2020, 10, 31), 0, ''],
    ['D9', '10', 'Ask the Board to recruit an associate non-executive director with lived experience of disability at the next vacancy.', 'Chair', D(2021, 3, 31), 1, ''],
  ];
  for (const [ref, m, a, lead, due, k, narr] of acts) {
    const [word, fill] = key[k];
    p.action([ref, m, a, lead, due, word, narr], { ref, indicators: m.split(/\s*&\s*/), action: a, lead, due: `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][due.getUTCMonth()]}-${String(due.getUTCFullYear()).slice(2)}`, status: word, rag: { [C.blue]: 'blue', [C.green]: 'green', [C.amber]: 'amber', [C.red]: 'red' }[fill], progress: narr }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: 'mmm-yy' }, { fill }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) laid out like the front of a real NHS trust's published improvement programme update (Colchester Hospital University NHS FT's 'Special Measures Quality Improvement Programme 2016-17 Update'): a title, the trust, a date line 'Position at 12th April 2021', a four-line KEY (the word 'KEY', then four rows each with a coloured swatch in column A and a label: 'Delivered' blue, 'On Track to deliver' green, 'Some issues – narrative disclosure' amber, 'Not on track to deliver' red), a 'Background and summary of actions' heading and paragraph, then the tracker 'Ref | WDES Metric | Action | Executive Lead | Due | Position | Narrative' (row 14). The Position cell holds the key's wording on the key's fill; a Narrative is given only for amber and red positions, as the key's 'narrative disclosure' says. Due dates are real dates shown as 'Mar-21'. WDES 2020 numbering: whole metrics 4 and 9; one row maps to '5 & 7'. Judgement calls: the key rows, the date line and the background paragraph are not actions – the date line is when the position was taken, not a due date, and the key's words are not statuses of any action; status = the Position word as written ('Some issues – narrative disclosure'), rag = its fill (blue for Delivered); progress = the Narrative where there is one, '' otherwise; indicators from the WDES Metric column ('5 & 7' → ['5','7']); ref = 'D1'…; lead = Executive Lead as written; due as displayed ('Dec-20'); theme null (no section rows).", { ragCol: 'F', mode: 'fill', dataRows: keyRows.slice(1), forbidden: ['Position at 12th April 2021', '12th April 2021', 'KEY'] });
}
