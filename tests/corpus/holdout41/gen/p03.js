// holdout41-wres-2023-24-hartmoor: an ICB's WRES plan for its own 400 staff, kept by the Workforce & OD Manager. Two tabs: 'Figures' (the
// WRES data, the ONLY place the ICB is named) and 'Actions' (the plan). No indicator column: an indicator is named in brackets in
// some actions only ('(WRES 2)', '(WRES 5–8)'). 'Exec' beside 'Lead officer', the lead officer sometimes blank or 'tbc'; refs '3a', '3b'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Hartmoor Integrated Care Board';
  const fig = book.wb.addWorksheet('Figures');
  [40, 12, 12, 50].forEach((w, i) => { fig.getColumn(i + 1).width = w; });
  fig.getCell('A1').value = `${trust} – WRES data (31 March 2023 snapshot, ICB employees only)`; fig.getCell('A1').font = { name: 'Arial', size: 11, bold: true };
  const figs = [['Indicator', 'White', 'BME', 'Comment'], ['1 – % of staff at Band 8a+', 0.81, 0.12, '7% of staff did not state'], ['2 – likelihood appointed from shortlisting (W vs BME)', 1.62, null, 'ratio'], ['3 – likelihood entering formal disciplinary', null, null, 'numbers too small to report'], ['4 – likelihood accessing non-mandatory training', 1.04, null, 'ratio'], ['5 – harassment from public', 0.09, 0.14, 'pulse survey'], ['6 – harassment from staff', 0.15, 0.24, 'pulse survey'], ['7 – equal opportunities for progression', 0.61, 0.43, 'pulse survey'], ['8 – discrimination from manager / colleague', 0.05, 0.13, 'pulse survey'], ['9 – Board voting members', 0.86, 0.14, '2 of 14']];
  figs.forEach((r, i) => r.forEach((v, j) => { const c = fig.getCell(i + 3, j + 1); if (v !== null) c.value = v; c.font = { name: 'Arial', size: 10, bold: i === 0 }; if (typeof v === 'number' && v < 1 && i !== 3) c.numFmt = '0%'; if (typeof v === 'number' && (i === 2 || i === 4)) c.numFmt = '0.00'; }));
  const p = new Plan(book, { name: 'holdout41-wres-2023-24-hartmoor', sheet: 'Actions', standard: 'WRES', period: '2023-24', trust, widths: [5, 64, 10, 24, 13] });
  const t1 = p.line(['', 'WRES 2023/24 – our own staff – actions'], { style: { bold: true, font: { size: 12 } } });
  const t2 = p.line(['', 'Agreed at People Committee 19 July 2023. Sheet kept by Workforce & OD Manager – tell me if anything changes.'], { style: { italic: true } });
  p.blank();
  p.header(['#', 'What', 'Exec', 'Lead officer', 'Target date'], { style: { fill: C.lightblue } });
  const act = (ref, a, exec, lead, due, inds = []) => p.action([ref, a, exec, lead, due], { ref, indicators: inds, action: a, lead, due });
  act('1', "Publish the ICB's own WRES figures on our website, separately from the system-wide report.", 'CPO', 'Workforce & OD Manager', 'Sept 23');
  act('2', 'Use a diverse panel for every Band 8a and above interview and record the panel make-up on Trac (WRES 2).', 'CPO', 'Resourcing Partner', 'Q3 23/24', ['2']);
  act('3a', 'Offer reverse mentoring to every director, paired with a member of the ICB staff network.', 'CEO', '', '31/03/2024');
  act('3b', "Include a race equality objective in every director's 2024/25 appraisal (WRES 9).", 'CEO', 'Head of Corporate Affairs', 'Mar 24', ['9']);
  act('4', 'Ring-fence four places on the system Stepping Up programme for ICB staff (WRES 4).', 'CPO', 'OD Lead', 'Jan 2024', ['4']);
  act('5', 'Repeat the pulse survey on bullying, harassment and fair treatment in the autumn and share the results by directorate (WRES 5–8).', 'CPO', 'tbc', 'Nov 23', ['5', '6', '7', '8']);
  act('6', 'Brief all line managers on the new fair recruitment guidance.', 'CPO', 'Resourcing Partner', '');
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Invented layout: an integrated care board's WRES plan for its own employees, kept by its Workforce & OD Manager in a two-tab workbook. Tab 'Figures' holds the WRES data table (Indicator | White | BME | Comment, percentages and ratios) under a title that is the ONLY place the ICB is named; tab 'Actions' (the plan, read here) starts in column B with a bold title 'WRES 2023/24 – our own staff – actions' (row ${t1}), an italic line 'Agreed at People Committee 19 July 2023. Sheet kept by …' (row ${t2}), a blank row, then one light-blue header '# | What | Exec | Lead officer | Target date' (row 4) and seven actions with refs '1', '2', '3a', '3b', '4', '5', '6'. There is NO indicator column: three actions name a WRES indicator in brackets at the end ('(WRES 2)', '(WRES 9)', '(WRES 4)') and one a range ('(WRES 5–8)'). Judgement calls: identity trust from the Figures tab title, period from the Actions title; indicators only where the action names them ('WRES 5–8' → ['5','6','7','8']), [] elsewhere, none guessed from wording or from the Figures tab; lead = the Lead officer column, never the Exec column ('CPO', 'CEO' are the accountable executives) – '' where the lead officer is blank (3a) and 'tbc' kept as written (5); due as written ('Sept 23', 'Q3 23/24', '31/03/2024' typed as text, 'Mar 24', 'Jan 2024', 'Nov 23'), '' where the cell is empty (6); the People Committee date is not a due; no status, theme or progress.`,
    { notFrom: ['C'], forbidden: ['CPO', 'CEO', '19 July 2023'], indText: true });
}
