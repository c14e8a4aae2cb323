// holdout27-wdes-2019-20-brackwater: an integrated (hospital + community) trust's first WDES plan on ONE DASHBOARD SHEET: a summary
// block at the left (status counts and actions per metric, as formulas) and the action table to its RIGHT, from column H, so the
// summary and the actions share rows.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackwater Health and Care NHS Trust';
  const p = new Plan(book, { name: 'holdout27-wdes-2019-20-brackwater', sheet: 'Dashboard', standard: 'WDES', period: '2019-20', trust, widths: [22, 9, 3, 22, 9, 3, 3, 6, 11, 54, 26, 14, 13, 40], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws;
  p.line([`${trust} – WDES plan on a page 2019/20`], { merge: ['A', 'N'], style: { bold: true, font: { size: 16 }, color: 'FF833C0C' } });
  p.blank();
  const hdrStyle = { fill: 'FF833C0C', color: C.white };
  const hdr = p.header(['Status', 'Count', undefined, 'Actions per metric', 'Count', undefined, undefined, 'No.', 'Metric', 'Action', 'Lead', 'Due', 'Status', 'Update'], { style: hdrStyle, styles: [{}, {}, { fill: undefined }, {}, {}, { fill: undefined }, { fill: undefined }] });
  for (const c of ['C', 'F', 'G']) { ws.getCell(`${c}${hdr}`).fill = undefined; ws.getCell(`${c}${hdr}`).border = {}; }
  const FC = { 'Complete': C.blue, 'On track': C.green, 'Behind': C.red, 'Not started': undefined };
  const acts = [
    ['1', 'Metric 1', 'Run an ESR self-service campaign so more staff record whether they have a disability or long-term condition', 'Head of Workforce Systems', 'Nov-19', 'Complete', 'Declaration rate up from 3.1% to 4.6%.'],
    ['2', 'Metric 2', 'Sign up to Disability Confident level 2 and make sure the guaranteed interview scheme is used for every post', 'Head of Recruitment', 'Mar-20', 'On track', 'Self-assessment submitted.'],
    ['3', 'Metric 3', 'Record disability on every capability case and report the numbers to the Workforce Committee', 'Head of Employee Relations', 'Dec-19', 'Behind', 'Case system cannot hold disability yet.'],
    ['4', 'Metric 4', 'Add disability to the bullying and harassment reporting form and train Speak Up champions on it', 'Freedom to Speak Up Guardian', 'Jan-20', 'On track', ''],
    ['5', 'Metric 5', 'Look at why disabled staff are less likely to think the trust gives equal chances for promotion – focus groups in hospital and community', 'Head of OD', 'Feb-20', 'Not started', ''],
    ['6', 'Metric 6', 'Agree with occupational health a return-to-work plan that stops disabled staff feeling they must come in when unwell', 'Head of Occupational Health', 'Mar-20', 'On track', 'Draft with staff side.'],
    ['7', 'Metric 7', 'Write a reasonable adjustments policy with a central fund and a tracker for requests', 'Deputy Director of HR', 'Dec-19', 'Complete', 'Approved at JNCC on 3 Dec.'],
    ['8', 'Metric 8', 'Launch the Disability Equality Network and give it an executive sponsor', 'Director of Workforce', 'Oct-19', 'Complete', 'Launch event 16 Oct.'],
    ['9', 'Metric 9', 'Ask disabled staff what they want the Network to focus on and feed it into the staff survey action plans', 'Disability Equality Network chair', 'Mar-20', 'Not started', ''],
    ['10', 'Metric 10', 'Include disability in the Board\'s annual skills and diversity self-assessment', 'Trust Secretary', 'Mar-20', 'On track', ''],
  ];
  const first = hdr + 1, last = hdr + acts.length;
  const sumL = [['Not started'], ['Behind'], ['On track'], ['Complete'], ['Total']];
  acts.forEach(([no, m, a, lead, due, st, upd], i) => {
    const r = first + i;
    const left = i < sumL.length ? [sumL[i][0], { formula: i === 4 ? `COUNTA(J${first}:J${last})` : `COUNTIF(M${first}:M${last},A${r})`, result: i === 4 ? acts.length : acts.filter((x) => x[5] === sumL[i][0]).length }] : [undefined, undefined];
    const mid = [`Metric ${i + 1}`, { formula: `COUNTIF(I${first}:I${last},D${r})`, result: acts.filter((x) => x[1] === `Metric ${i + 1}`).length }];
    const ind = m.replace('Metric ', '');
    p.action([...left, undefined, ...mid, undefined, undefined, no, m, a, lead, due, st, upd], { ref: no, indicators: [ind], action: a, lead, due, status: st, rag: { 'Complete': 'blue', 'On track': 'green', 'Behind': 'red' }[st] ?? null, progress: upd }, { border: false, styles: [{ bold: i === 4 }, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, { bold: true, color: FC[st] }] });
    for (let c = 8; c <= 14; c++) ws.getRow(r).getCell(c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    for (const c of [1, 2, 4, 5]) if (ws.getRow(r).getCell(c).value !== null) ws.getRow(r).getCell(c).border = { bottom: { style: 'hair' } };
  });
  p.blank();
  p.line(['Status colour: Complete blue · On track green · Behind red · Not started black. Counts on the left update themselves.'], { merge: ['H', 'N'], at: 8, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an integrated hospital and community trust, first WDES year – whole metrics 1-10) kept as a 'PLAN ON A PAGE' DASHBOARD: a brown title with the trust name, a blank row, then ONE header row (row 3) that holds THREE BLOCKS side by side – a status summary 'Status | Count' (A:B), an 'Actions per metric | Count' block (D:E) and, from column H, the action table 'No. | Metric | Action | Lead | Due | Status | Update'. The summary blocks sit on the SAME ROWS as the first actions: A4:B8 'Not started 2', 'Behind 1', 'On track 4', 'Complete 3', 'Total 10' as COUNTIF / COUNTA formulas, and D4:E13 'Metric 1 … Metric 10' with a count of 1 each. Dues are typed text 'Nov-19', 'Mar-20'. Status words are coloured by FONT only (Complete blue, On track green, Behind red, Not started black). A key line under the table. Judgement calls: each row 4–13 is ONE action – the one in columns H:N; the summary cells to its left on the same row are dashboard counts and give no gold field (no lead, status or indicator is taken from 'Behind 1' or 'Metric 5 | 1'); header row 3 is one header row although it also heads the summary blocks; ref = No.; indicators from the Metric column ('Metric 4' → ['4'], whole metric in 2019); status as written, rag from the font colour (blue → blue, black → null); lead, due as written; progress = Update; theme null; the key line is a non-action row.", { mode: 'font', ragCol: 'M', notFrom: ['A', 'B', 'D', 'E'] });
}
