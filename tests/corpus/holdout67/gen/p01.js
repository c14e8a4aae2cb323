// holdout67-wres-2017-18-ashwellmoor: acute trust. Each numbered action row (bold) is followed by its STEP rows: '–' steps in the Action
// column with their OWN 'Step due' month and, on some, their own 'Step owner'; the action row has the accountable lead, the action's
// completion date and the RAG word on a fill. Steps are not actions.
import { Book, Plan, C } from './lib.js';
import { step } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashwellmoor Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout67-wres-2017-18-ashwellmoor', sheet: 'WRES plan 2017-18', standard: 'WRES', period: '2017-18', trust, widths: [6, 12, 58, 26, 14, 14, 30] });
  p.line([`${trust} – Workforce Race Equality Standard action plan 2017/18`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Each action is shown in bold with the steps we will take beneath it. Step dates are interim milestones; the action is complete on its completion date.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['No.', 'WRES indicator', 'Action / steps', 'Accountable lead / step owner', 'Completion date', 'RAG (Feb 2018)', 'Comments'], { style: { fill: C.lightblue } });
  const fillOf = { Green: C.green, Amber: C.amber, Red: C.red, Complete: C.blue };
  const B = { bold: true };
  const acts = [
    ['1', 'Indicator 1', 'Publish workforce profile by band and ethnicity to every divisional board twice a year', 'Head of Workforce Information', 'Sep-17', 'Complete', 'First report went to all four divisional boards in September.', ['1'],
      [['– agree the reporting template with the Workforce Committee', '', 'Jun-17'], ['– first report to divisional boards', 'Workforce Information Analyst', 'Sep-17']]],
    ['2', 'Indicator 2', 'Put a trained BME recruitment assessor on every interview panel for Band 7 and above', 'Head of Resourcing', 'Mar-18', 'Amber', 'Twenty-two assessors trained; panels for nursing posts not yet fully covered.', ['2'],
      [['– recruit volunteers through the BME Staff Network', 'BME Network Chair', 'Jul-17'], ['– two-day assessor training for the first cohort', 'Learning & OD Manager', 'Oct-17'], ['– audit panel make-up for Q4 appointments', '', 'Mar-18']]],
    ['3', 'Indicator 2', 'Anonymise application forms on NHS Jobs for all non-medical posts', 'Head of Resourcing', 'Dec-17', 'Green', 'Live for Bands 2–6; Band 7 and above goes live in January.', ['2'],
      [['– test the anonymised shortlisting view with two recruiting managers', '', 'Oct-17']]],
    ['4', 'Indicator 3', 'Check every disciplinary case against the decision-tree before a formal investigation opens', 'Employee Relations Lead', 'Nov-17', 'Green', 'Decision-tree in use since 1 November.', ['3'],
      [['– draft the decision-tree with staff side', 'Employee Relations Lead', 'Aug-17'], ['– brief HR advisers and matrons', 'HR Business Partners', 'Oct-17']]],
    ['5', 'Indicator 4', 'Ring-fence places on the Aspiring Leaders course for BME Band 5–6 staff', 'Learning & OD Manager', 'Jan-18', 'Red', 'Course postponed twice owing to winter pressures.', ['4'],
      [['– agree the number of places with the Director of Nursing', '', 'Sep-17'], ['– open applications', '', 'Nov-17']]],
    ['6', 'Indicators 5–8', 'Hold listening events on each site on the staff survey results for BME staff', 'Equality & Diversity Manager', 'Feb-18', 'Amber', 'Two of three sites done.', ['5', '6', '7', '8'], []],
    ['7', 'Indicator 9', 'Set up reverse mentoring between executive directors and BME staff', 'Director of Workforce', 'Mar-18', 'Green', 'Six pairs matched.', ['9'],
      [['– match pairs', 'Equality & Diversity Manager', 'Dec-17'], ['– six-month review of the scheme with mentors and mentees', '', 'Mar-18']]],
  ];
  for (const [ref, ind, act, lead, due, st, com, inds, steps] of acts) {
    p.action([ref, ind, act, lead, due, st, com], { ref, indicators: inds, action: act, lead, due, status: st, rag: st === 'Complete' ? 'blue' : st.toLowerCase(), progress: com },
      { style: {}, styles: [B, {}, B, B, B, { fill: fillOf[st] }, {}] });
    for (const [s, o, d] of steps) step(p, ['', '', s, o, d, '', ''], { style: { font: { size: 9 } } });
  }
  p.blank();
  p.line(['RAG key: Complete (blue) · Green – on track · Amber – some slippage · Red – off track'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Approved by the Workforce Committee, 14 June 2017'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional acute trust, WRES 2017/18. Title, an explanatory line, header 'No. | WRES indicator | Action / steps | Accountable lead / step owner | Completion date | RAG (Feb 2018) | Comments'. Each ACTION is a bold numbered row with its accountable lead, completion date, RAG word on a fill and a comment; beneath it sit zero to three STEP rows in small type: '– …' in the Action column, a step date in the Completion date column and, on some, a step owner in the lead column; steps have no number, no RAG and no comment. Judgement calls: only the numbered rows are actions – the steps are the way each action will be delivered (the sheet says so: 'the steps we will take beneath it', 'Step dates are interim milestones'), so they are non-action rows and never separate actions; the action text is the numbered row's cell alone (steps not appended); lead = the bold accountable lead, never a step owner; due = the action's completion date as shown ('Sep-17' text), never a step date; ref = No.; indicators from the indicator column ('Indicators 5–8' → 5,6,7,8); status = RAG word, rag from its fill (Complete on blue → blue); progress = Comments; theme null (no section rows). The RAG key and approval line are context.", { mode: 'fill', ragCol: 'F' });
}
