// holdout88-wres-2020-21-crandon: an acute trust's WRES plan kept in Word and copied into Excel for the quarterly return: the Word
// table's shaded indicator heading rows merged across, numbered actions with soft line breaks and 'o' sub-points inside the cell,
// leads written 'Name' + line break + role, dates Excel turned into real dates on paste, and two updates that were two PARAGRAPHS in
// Word, so Excel split them over two rows and merged the action's other cells down.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Crandon Royal Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout88-wres-2020-21-crandon', sheet: 'Sheet1', standard: 'WRES', period: '2020-21', trust, widths: [6, 56, 26, 13, 44], font: { name: 'Calibri', size: 11 } });
  const t = p.line([`${trust}\nWorkforce Race Equality Standard: Action Plan 2020-21`], { merge: ['A', 'E'], height: 32, style: { bold: true, font: { size: 13 } }, border: true });
  const hdr = p.header(['No.', 'Action', 'Lead', 'Target date', 'Progress update (Q3)'], { style: { fill: 'FF1F4E79', color: 'FFFFFFFF' } });
  const secs = [];
  const S = (s) => { secs.push(p.line([s], { merge: ['A', 'E'], border: true, style: { bold: true, fill: 'FFD9D9D9' } })); return s; };
  // [no, action, lead, due (Date|string), fmt, progress (string | [para1, para2]), inds]
  const rows = [
    ['Indicator 1 – Representation across pay bands', [
      ['1.1', 'Set a trajectory for BME representation at Band 8a and above for each division, using the Model Employer tool.', 'Andrea Kowalczyk\nDeputy Director of People', D(2021, 3, 31), 'dd/mm/yyyy', 'Trajectories agreed with three of five divisions.', ['1']],
      ['1.2', 'Reduce the number of staff with “not stated” ethnicity on ESR:\no reminder in payslip messages\no ESR self-service guide for ward staff', 'Tom Reyes\nWorkforce Systems Manager', D(2020, 12, 1), 'mmm-yy', 'Not stated down from 5.8% to 4.1%.', ['1']]]],
    ['Indicator 2 – Shortlisting to appointment', [
      ['2.1', 'Make diverse interview panels standard for Band 7 and above, with trained inclusion panel members from the BAME Network.', 'Priya Sandhu\nHead of Resourcing', D(2021, 1, 31), 'dd/mm/yyyy', ['38 inclusion panel members trained by December.', 'Panels paused on the Covid wards in November; restarted in January.'], ['2']],
      ['2.2', 'Audit a sample of shortlisting decisions each quarter and report the relative likelihood by division.', 'Priya Sandhu\nHead of Resourcing', 'Quarterly', null, 'Q2 audit complete (1.42).', ['2']]]],
    ['Indicator 3 – Formal disciplinary process', [
      ['3.1', 'Use the post-incident decision checklist before any formal investigation is agreed, with sign-off by a second senior manager.', 'Lorraine Ebanks\nAssociate Director of Employee Relations', D(2020, 9, 30), 'dd/mm/yyyy', 'In place since September; 9 cases checked.', ['3']]]],
    ['Indicator 4 – Non-mandatory training and CPD', [
      ['4.1', 'Track study leave and CPD funding by ethnicity and publish the figures in the Education report.', 'Dr Imran Qureshi\nDirector of Medical Education', D(2021, 3, 1), 'mmm-yy', 'First figures due in March.', ['4']]]],
    ['Indicator 5 – Harassment and abuse from patients and the public', [
      ['5.1', 'Roll out the “Respect Us” campaign in ED and the acute medical unit:\no posters and badges\no a clear route for reporting racist abuse from patients on Datix', 'Sam Okonjo\nHead of Security and Violence Reduction', D(2020, 11, 30), 'dd/mm/yyyy', 'Launched in ED in November; AMU in January.', ['5']]]],
    ['Indicator 6 – Bullying and harassment from colleagues', [
      ['6.1', 'Offer a trained “Respect Listener” to any member of staff who reports racism by a colleague.', 'Fiona Marsh\nFreedom to Speak Up Guardian', 'Ongoing', null, ['Eleven listeners trained.', 'Six staff supported since October.'], ['6']]]],
    ['Indicator 7 – Equal opportunities for career progression', [
      ['7.1', 'Run a reciprocal mentoring programme pairing members of the BAME Network with the executive team.', 'Grace Adeyemi\nChair, BAME Network', D(2021, 2, 1), 'mmm-yy', 'Eight pairs matched; first meetings held.', ['7']]]],
    ['Indicator 8 – Discrimination from a manager or colleague', [
      ['8.1', 'Publish the outcomes of discrimination complaints (anonymised) to the People Committee twice a year.', 'Lorraine Ebanks\nAssociate Director of Employee Relations', 'Q4', null, '', ['8']]]],
    ['Indicator 9 – Board membership', [
      ['9.1', 'Work with the Council of Governors to attract BME candidates to the next two non-executive vacancies.', 'Helen Pryce\nTrust Secretary', D(2021, 6, 1), 'mmm-yy', 'One vacancy advertised through BME leadership networks.', ['9']]]],
  ];
  const shown = (d, f) => (typeof d === 'string' ? d : f === 'mmm-yy' ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}` : `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`);
  const splitRows = [];
  for (const [theme, acts] of rows) { S(theme); for (const [no, a, lead, due, fmt, prog, inds] of acts) {
    const two = Array.isArray(prog);
    const r = p.action([no, a, lead, due, two ? prog[0] : prog], { ref: no, indicators: inds, theme, action: a, lead, due: shown(due, fmt), progress: two ? prog.join(' ') : prog }, { styles: [{}, {}, {}, fmt ? { numFmt: fmt, alignment: { horizontal: 'left' } } : {}, {}] });
    if (two) {
      const c = p.write(['', '', '', '', prog[1]]); p.nonActionRows.push(c); splitRows.push(c);
      for (const col of 'ABCD') p.ws.mergeCells(`${col}${r}:${col}${c}`);
      p.joins[r] = [{ col: 'E', rows: [c] }];
    }
  }
  }
  p.blank();
  const src = p.line(['Source: WRES Action Plan 2020-21 (Word), v4, copied 14/01/2021 for the Q3 return to the People Committee.'], { style: { italic: true, font: { size: 9 }, alignment: { wrapText: false } } });
  p.ws.views = [{ state: 'frozen', ySplit: 2 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional acute trust), a WORD TABLE COPIED INTO EXCEL for the Q3 return (sheet 'Sheet1', Calibri 11, Word's borders kept): the title cell (trust name + line break + plan title, merged A:E), the navy header 'No. | Action | Lead | Target date | Progress update (Q3)' (row ${hdr}, frozen), nine grey INDICATOR HEADING rows, one per indicator, merged A:E ('Indicator 1 – Representation across pay bands' … 'Indicator 9 – Board membership'), numbered actions 1.1 … 9.1, and a source line. Word's formatting came across: soft line breaks inside cells (two actions carry 'o' sub-points on their own lines inside the action cell; every lead is 'Name' + line break + role, e.g. 'Priya Sandhu\\nHead of Resourcing'), and the dates typed in Word were TURNED INTO REAL DATES by Excel on paste – '31/03/2021' shown dd/mm/yyyy, 'December 2020' became 1 Dec 2020 shown 'Dec-20' (mmm-yy); 'Quarterly', 'Ongoing' and 'Q4' stayed text. TWO PROGRESS CELLS HELD TWO PARAGRAPHS in Word, so Excel split each over two rows and MERGED THE ACTION'S OTHER CELLS (No., Action, Lead, Target date) DOWN over both rows (rows ${splitRows.join(' and ')}: only the second paragraph of the update is new on that row). Judgement calls: one action per numbered row – the second row of a split is the same action (non-action row), its paragraph read as the rest of the update (progress = both paragraphs joined with a space); action = the whole Action cell with its 'o' sub-points (they are steps of one action, not separate actions); lead = the Lead cell as written (name and role); due as Excel DISPLAYS it ('31/03/2021', 'Dec-20', 'Quarterly'); progress = the Q3 update, '' for 8.1; ref = No.; theme = the indicator heading row above, which also gives the indicator (one each). No status column: status '' and rag null. The source line's copy date is no due.`, { sections: secs, furniture: [src], forbidden: ['14/01/2021'] });
}
