// holdout27-wres-2018-19-fenmoor: a mental health trust's WRES plan where progress is shown ONLY as HARVEY BALLS (○ ◔ ◑ ◕ ●) explained
// by a key line; the indicator is merged down beside its actions; reviewers left Excel notes on cells and a column was added later for
// the Race Equality Network's comments; target dates written every which way.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fenmoor Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout27-wres-2018-19-fenmoor', sheet: 'WRES 18-19', standard: 'WRES', period: '2018-19', trust, widths: [2, 6, 22, 56, 24, 14, 10, 40, 38], startCol: 2, font: { name: 'Verdana', size: 9 } });
  p.line([`${trust}`], { style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard – action plan 2018/19 (v3, after Workforce Committee Oct 2018)'], { style: { bold: true } });
  p.line(['Progress key:   ○ not started    ◔ started    ◑ half way    ◕ nearly there    ● complete'], { style: { italic: true } });
  p.blank();
  const HF = { fill: 'FF3A5F0B', color: C.white, bold: true };
  p.header(['No.', 'WRES indicator', 'Action', 'Responsible', 'Target date', 'Progress', 'Evidence / update', 'Race Equality Network comments (added Nov 18)'], { style: HF, styles: [{}, {}, {}, {}, {}, {}, {}, { fill: 'FF7F6000' }] });
  const G = [
    ['1 – Staff in each AfC band', [
      ['1', 'Publish band-by-band ethnicity data for each directorate twice a year so directors can see where the gaps are', 'Head of Workforce Information', D(2018, 10, 31), 'mmm-yy', '●', 'First report went to directors 29 October.', ''],
      ['2', 'Set a directorate target for BME staff at band 7 and above and report against it at performance reviews', 'Associate Directors of Operations', 'end of Q4', null, '◔', 'Targets drafted for 3 of 5 directorates.', 'Network asks to see the targets before they are signed off.'],
    ]],
    ['2 – Shortlisting to appointment', [
      ['3', 'Put a BME panel member on every interview for band 7 and above (trained through the "fair recruitment" half day)', 'Recruitment Manager', '31/03/2019', null, '◑', '24 panel members trained; used on 60% of 8a+ panels since August.', 'Several members say they are asked at short notice.'],
      ['4', 'Remove names, ages and schools from shortlisting packs', 'Recruitment Manager', D(2018, 9, 1), 'dd/mm/yyyy', '●', 'Done on TRAC from 1 Sept.', ''],
    ]],
    ['3 – Formal disciplinary', [
      ['5', 'Introduce a pre-formal check by a trained decision-maker before any disciplinary case involving a BME colleague goes to investigation', 'Deputy Director of HR', 'Dec 18', null, '◕', 'Process agreed with staff side; decision-makers trained in November.', ''],
    ]],
    ['4 – Non-mandatory training', [
      ['6', 'Monitor who gets study leave and CPD funding by ethnicity, ward by ward', 'Head of Learning and Development', 'Quarterly from Q2', null, '◑', 'Q2 data collected; Q3 due January.', ''],
      ['7', 'Advertise every funded course on the intranet and in the BME network bulletin rather than by word of mouth', 'Head of Learning and Development', 'ASAP', null, '○', '', 'Still hearing about places filled before they are advertised.'],
    ]],
    ['5 – Harassment from patients, relatives or the public', [
      ['8', 'Train inpatient staff to respond to racist abuse from service users and record it on Datix as a hate incident', 'Head of Nursing – Inpatients', 'March 2019', null, '◔', 'Datix category added; training starts January.', ''],
    ]],
    ['6 & 8 – Harassment and discrimination from colleagues', [
      ['9', 'Recruit and train 10 cultural ambassadors to sit in on grievance and bullying cases raised by BME staff', 'Equality and Diversity Lead', 'TBC', null, '○', 'Waiting to hear from RCN about the programme.', 'Network will help recruit ambassadors.'],
      ['10', 'Add a question on race to the quarterly pulse survey so we are not waiting a year for the staff survey', 'Head of OD', D(2019, 1, 15), 'd mmm yyyy', '◔', 'Question wording agreed.', ''],
    ]],
    ['9 – Board', [
      ['11', 'Use a search firm with a track record of diverse shortlists for the two non-executive vacancies', 'Trust Secretary', 'Spring 2019', null, '○', '', ''],
    ]],
  ];
  for (const [ind, acts] of G) {
    const first = p.r + 1;
    for (const [no, a, lead, due, fmt, prog, upd, net] of acts) {
      const dueText = fmt ? { 'mmm-yy': 'Oct-18', 'dd/mm/yyyy': '01/09/2018', 'd mmm yyyy': '15 Jan 2019' }[fmt] : due;
      const inds = ind.match(/^[\d &]+/)[0].match(/\d/g);
      const r = p.action([no, ind, a, lead, due, prog, upd, net], { ref: no, indicators: inds, action: a, lead, due: dueText, status: prog, progress: upd }, { styles: [{}, { bold: true }, {}, {}, { numFmt: fmt || undefined, alignment: { horizontal: 'left' } }, { alignment: { horizontal: 'center' }, font: { size: 14 } }, {}, { fill: 'FFFFF2CC', italic: true }] });
      if (no === '2') p.ws.getCell(`E${r}`).note = 'JT (HR Director): directors need this before Q4 reviews not at the end of Q4 – can we bring forward?';
      if (no === '9') p.ws.getCell(`G${r}`).note = 'AK: chased RCN 20/11 – no reply';
      if (no === '5') p.ws.getCell(`D${r}`).note = 'Checked with staff side 12/11 – they are happy with wording.';
    }
    mergeDown(p.ws, 'C', first, p.r);
  }
  p.blank();
  p.line(['Owner of this plan: Equality and Diversity Lead. Next review: Workforce Committee, February 2019.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and learning disability foundation trust), Verdana 9, starting in column B (column A a thin empty margin): trust name, a title with a version line ('v3, after Workforce Committee Oct 2018'), a PROGRESS KEY LINE of HARVEY BALLS ('○ not started ◔ started ◑ half way ◕ nearly there ● complete'), a blank row, a dark-green header 'No. | WRES indicator | Action | Responsible | Target date | Progress | Evidence / update | Race Equality Network comments (added Nov 18)' (row 5) whose last column was ADDED LATER (brown header, pale-yellow italic cells), 11 numbered actions, a blank row and an owner/next-review line. The WRES indicator ('1 – Staff in each AfC band', '6 & 8 – Harassment and discrimination from colleagues') is MERGED DOWN beside its actions. Progress is ONLY a Harvey-ball glyph, in a larger font, uncoloured. Target dates are written every which way: real dates shown 'Oct-18', '01/09/2018', '15 Jan 2019', and typed text 'end of Q4', '31/03/2019', 'Dec 18', 'Quarterly from Q2', 'ASAP', 'TBC', 'March 2019', 'Spring 2019'. Three cells carry reviewers' Excel NOTES (comments) – not shown in the cell. Judgement calls: status = the glyph as written ('◑'), rag null – the balls are black and white and say how far along, not a colour; indicators from the merged indicator cell ('6 & 8 …' → ['6','8']); theme null (the indicator cell is the indicator, there is no other grouping); ref = No.; lead = Responsible; due as displayed, including 'ASAP' and 'TBC' kept as written; progress = 'Evidence / update' ('' where empty); the Race Equality Network comments column is reviewers' feedback on the plan, NOT progress or outcome (no gold field from it), and the reviewers' notes give no field either (the note on row 7's Responsible cell does not change the lead); the key line, title, version and owner lines are non-action rows.", { notFrom: ['I'] });
}
