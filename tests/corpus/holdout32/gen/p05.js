// holdout32-wres-2017-18-hollinsbeck: a small specialist trust whose HR team is one HR manager. She keeps the WRES figures and what she
// will do about each in ONE grid: an indicator per row with last year's and this year's figures, then 'Anything to do?' – an action, or a
// reason for none – 'When' as she says it and 'Done' as the date she finished. No lead anywhere (she does it all).
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinsbeck Neuro-Rehabilitation NHS Trust';
  const p = new Plan(book, { name: 'holdout32-wres-2017-18-hollinsbeck', sheet: 'WRES 2017', standard: 'WRES', period: '2017-18', trust,
    widths: [34, 11, 11, 11, 50, 14, 10], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws;
  p.line(['WRES 2017 – our figures and what we are doing about them'], { style: { bold: true, font: { size: 13 } } });
  p.line([trust]);
  p.line(['412 staff (headcount 31/03/2017), 38 BME (9.2%). Small numbers: anything under 10 people is shown as <10 and not compared.'], { style: { italic: true } });
  p.blank();
  const hr = p.header(['Indicator', 'BME 2016', 'BME 2017', 'White 2017', 'Anything to do?', 'When', 'Done'], { style: { fill: 'FFC9C9C9' } });
  const pc = { numFmt: '0.0%' }; const rl = { numFmt: '0.00' };
  // [indicator label, b16, b17, w17, fmt, [ [text, when, done] ... ] | reason string]
  const R = [
    ['1 – % BME staff in Bands 1-9 and VSM (see tab 2 for bands)', 0.081, 0.092, 0.908, pc, [['Add ethnicity to the six-monthly workforce report to Board so the band spread is seen, not just the total.', 'Sept 17', '26/09/17']]],
    ['2 – Relative likelihood of white applicants being appointed from shortlisting', 1.92, 1.64, '', rl, [
      ['Put a BME member of staff on every interview panel for Band 6 and above (ask the BME staff forum for volunteers).', 'May', '15/05/17'],
      ['Take the name, age and nationality fields off the shortlisting copy of NHS Jobs applications.', 'Jun/Jul', ''],
    ]],
    ['3 – Relative likelihood of BME staff entering the formal disciplinary process', '<10', '<10', '', null, 'No – numbers too small to compare (<10). Keep an eye on it.'],
    ['4 – Relative likelihood of white staff accessing non-mandatory training and CPD', 1.12, 1.05, '', rl, 'No – within range, no gap worth acting on this year.'],
    ['5 – % staff experiencing harassment, bullying or abuse from patients, relatives or public (staff survey)', 0.24, 0.31, 0.22, pc, [['Talk to the ward sisters on the two neuro wards about what BME staff are facing from patients and relatives, and agree what to do.', 'by Board (Sept)', '']]],
    ['6 – % staff experiencing harassment, bullying or abuse from staff (staff survey)', 0.19, 0.27, 0.2, pc, [['Run a drop-in with Freedom to Speak Up Guardian for BME staff, twice (day and night shift).', 'Oct-Nov', '']]],
    ['7 – % believing the trust provides equal opportunities for career progression or promotion', 0.71, 0.66, 0.86, pc, [['Make sure every BME Band 5 and 6 has had a career conversation at appraisal – check appraisal forms.', 'ongoing', '']]],
    ['8 – % experiencing discrimination at work from manager / team leader or other colleagues', 0.14, 0.16, 0.06, pc, [['Add a race equality section to the managers\' essentials day (half hour, use WRES results).', 'Jan 18', '']]],
    ['9 – Board voting membership vs overall workforce', '0 of 11', '0 of 11', '', null, [['Ask the Chair to include a line on wanting a more diverse Board in the next NED advert.', 'before NED round', '']]],
    ['Other (from BME staff forum)', '', '', '', null, [['Set up a BME staff forum page on the intranet with dates and minutes.', 'Apr', '02/05/17']]],
  ];
  const noAct = [];
  for (const [ind, b16, b17, w17, f, acts] of R) {
    const r0 = p.r + 1; const n = (ind.match(/^(\d)/) || [])[1];
    const st = [{ bold: true }, f || {}, f || {}, f || {}, {}, {}, {}];
    if (typeof acts === 'string') { noAct.push(p.line([ind, b16, b17, w17 === '' ? undefined : w17, acts], { border: true, styles: st.map((s, i) => (i === 4 ? { italic: true, color: 'FF7F7F7F' } : s)) })); continue; }
    acts.forEach(([t, when, done], i) => {
      p.action([i === 0 ? ind : undefined, i === 0 && b16 !== '' ? b16 : undefined, i === 0 && b17 !== '' ? b17 : undefined, i === 0 && w17 !== '' ? w17 : undefined, t, when, done || undefined],
        { indicators: n ? [n] : [], action: t, due: when, completed: done }, { styles: st });
    });
    for (const c of ['A', 'B', 'C', 'D']) mergeDown(ws, c, r0, p.r);
  }
  p.blank();
  p.line(['Sent to Board 28/09/2017 with the WRES return. Next look: March 18 when the staff survey results are out. JT']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional small specialist trust) kept by its ONE-PERSON HR TEAM: a title, the trust, an italic line (headcount, BME share, '<10' suppression rule), then a grey header 'Indicator | BME 2016 | BME 2017 | White 2017 | Anything to do? | When | Done' (row 5). Each row is a WRES INDICATOR WITH ITS FIGURES (percentages, relative likelihoods, '<10', '0 of 11') and, on the same row, what she will do about it; indicator 2 has two actions (indicator and figures merged down over both); indicators 3 and 4 say why there is NO action ('No – numbers too small to compare (<10). Keep an eye on it.', grey italics); a last row 'Other (from BME staff forum)' has no figures; a closing line (sent to Board 28/09/2017, next look March 18, initials). Judgement calls: an action is a row whose 'Anything to do?' cell holds something to do; the two 'No – …' rows are not actions; the figures are context (never due, status or progress); indicators = the number the indicator label starts with, [] for 'Other'; lead '' throughout (no lead column and no lead in the text – she does them herself, and nothing names her as lead); due = When as written ('May', 'Jun/Jul', 'by Board (Sept)', 'ongoing', 'before NED round'); completed = the Done date as typed ('26/09/17'), '' where empty; no status word or colour (status '', rag null); theme null; the Board date and 'March 18' in the closing line are not dues.",
    { notFrom: ['B', 'C', 'D'], dataRows: noAct, forbidden: ['28/09/2017', 'March 18', 'JT'] });
}
