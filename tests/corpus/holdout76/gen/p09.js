// holdout76-wdes-2025-26-tansleigh: integrated community health and social care trust, the WDES plan and tracker owners update by the
// last Friday of each month. An Owner and an Exec lead column side by side, a Status drop-down that only warns, words typed anyway
// ('on track ', 'Ontrack', 'On Track', 'Completed?'), 'Not yet due' uncoloured, a name and title on two lines in one Owner cell, and one
// row whose metric ('4a') was typed into the Ref column with the Metric cell left empty.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tansleigh Health and Care NHS Trust';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout76-wdes-2025-26-tansleigh', sheet: 'WDES 25-26', standard: 'WDES', period: '2025-26', trust, widths: [7, 8, 52, 26, 20, 13, 13, 52], font });
  p.line([trust], { merge: ['A', 'H'], height: 24, style: { bold: true, color: C.white, fill: C.nhs, font: { size: 13 }, alignment: { vertical: 'middle' } } });
  p.line(['Workforce Disability Equality Standard 2025/26 – action plan and tracker'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Owners: please update Status and Update by the last Friday of the month. Status options: Not yet due (no colour) / On track (green) / At risk (amber) / Off track (red) / Complete (blue).'], { merge: ['A', 'H'], height: 28, style: { italic: true } });
  p.header(['Ref', 'Metric', 'Action', 'Owner', 'Exec lead', 'Due', 'Status', 'Update'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 4, topLeftCell: 'D5', activeCell: 'G5' }];
  const WORD = { Complete: 'blue', 'On track': 'green', 'on track': 'green', 'At risk': 'amber', 'Not yet due': null, Ontrack: 'green', 'Completed?': 'blue', 'On Track': 'green' };
  const FILL = { blue: C.lightblue, green: C.green, amber: C.amber, red: C.red };
  const misplaced = {};
  // [ref cell, metric cell, codes, action, owner, exec, due, fmt, status, filled, update]
  const rows = [
    ['TH01', '1', ['1'], 'Add a disability and long-term condition question to the annual appraisal form, with a link to update ESR.', 'Head of Workforce Information', 'Chief People Officer', '30/9/25', null, 'Complete', true,
      'NB 03/10 – live in the new appraisal form, 212 records updated so far'],
    ['TH02', '2', ['2'], 'Train recruiting managers in social care and community nursing to offer adjustments at interview without the candidate having to ask twice.', 'Recruitment Lead', 'Chief People Officer', D(2025, 12, 1), 'mmm-yy', 'On track', true,
      'e-learning module built, launching 10/11 (KH)'],
    ['TH03', '3', ['3'], 'Make an adjustments conversation a required step before any formal capability meeting, and audit it twice a year.', 'Head of Employee Relations', 'Director of HR', 'end Q3', null, 'on track ', false,
      'Policy approved at JNCC 18/09. First audit in January – JR'],
    ['4a', '', ['4a'], 'Brief home care and reablement staff on what to do when a client or a family member abuses them because of a disability.', 'Head of Reablement', 'Director of Adult Services', 'November 2025', null, 'At risk', true,
      'Only 2 of 7 areas briefed – rota pressures (SP 28/10)'],
    ['TH05', '4b', ['4b'], 'Publish every quarter how many disability-related harassment reports were made and what happened to them.', 'Freedom to Speak Up Guardian', 'Chief Nurse', D(2026, 3, 31), 'dd/mm/yyyy', 'Not yet due', false, ''],
    ['TH06', '5', ['5'], 'Reserve places for disabled staff on the Band 3–5 “Next Step” apprenticeships and track who applies.', 'Mo Aziz\nApprenticeship Lead', 'Chief People Officer', 'March 2026', null, 'Ontrack', false,
      'MA 15/10: 6 reserved places advertised\nMA 12/11: 4 applications in'],
    ['TH07', '6', ['6'], 'Open a quick route to Occupational Health for staff who feel pressure to come to work when unwell because of a long-term condition.', 'OH Manager', 'Director of HR', 'Q4', null, 'Completed?', true,
      'Route open since 01/10 – need to check the numbers (OH)'],
    ['TH08', '7 & 9a', ['7', '9a'], 'Hold listening sessions with disabled staff in each locality and feed back “you said, we did” within six weeks.', 'Disability Network chair', 'Chief People Officer', D(2026, 1, 1), 'mmm-yy', 'On Track', true,
      'Two localities done (North 02/10, Coast 05/11)'],
    ['TH09', '9b, 10', ['9b', '10'], 'Ask the Board to adopt the network’s “Nothing about us without us” pledge and to hear from a disabled member of staff at a public meeting.', 'Trust Secretary', 'Chair', D(2026, 1, 29), 'd mmm yyyy', 'Not yet due', false, ''],
  ];
  for (const [refCell, met, codes, act, own, exec, due, f, st, filled, upd] of rows) {
    const s = st.trim(); const rag = WORD[s];
    const metricInRef = met === '';
    const r = p.action([refCell, met, act, own, exec, due, st, upd], { ref: metricInRef ? '' : refCell, indicators: codes, action: act, lead: own, due: due instanceof Date ? shown(due, f) : due, status: s, rag, progress: upd },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { color: 'FF595959' }, f ? { numFmt: f, alignment: { horizontal: 'left' } } : {}, filled && rag ? { fill: FILL[rag] } : {}, {}] });
    if (metricInRef) misplaced[r] = { ref: { empty: true }, indicators: { col: 'A' } };
  }
  p.ws.dataValidations.add('G5:G13', { type: 'list', allowBlank: true, formulae: ['"Not yet due,On track,At risk,Off track,Complete"'], showErrorMessage: true, errorStyle: 'warning', errorTitle: 'Status', error: 'Please choose from the list.' });
  p.blank();
  p.line(['Updated 14/11/25 NB. Exec leads are accountable at People Committee; owners do the work.'], { merge: ['A', 'H'], style: { italic: true, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated community health and social care trust, 2021+ WDES metric set) kept as a tracker that owners update monthly. Sheet 'WDES 25-26': a blue title bar naming the trust, the title, a merged italic instruction line giving the status options and their colours (Not yet due no colour / On track green / At risk amber / Off track red / Complete blue), the header 'Ref | Metric | Action | Owner | Exec lead | Due | Status | Update' (row 4, frozen at D5), nine actions, a blank row and a grey 'Updated 14/11/25 NB' line saying exec leads are accountable and owners do the work. Status has a drop-down that only warns, so typed words appear: 'on track ' (trailing space), 'Ontrack', 'On Track', 'Completed?' (on a light-blue fill), beside 'Complete', 'On track', 'At risk', 'Not yet due'. Due as real dates ('Dec-25', 'Jan-26', '31/03/2026', '29 Jan 2026') and text ('30/9/25', 'end Q3', 'November 2025', 'March 2026', 'Q4'). Judgement calls: ROW 8 HAS ITS METRIC '4a' TYPED IN THE REF COLUMN and the Metric cell empty (the refs otherwise run TH01 … TH09, TH04 is missing): indicators ['4a'] and ref '' (no ref was written for it). Lead = Owner as written ('Mo Aziz\\nApprenticeship Lead' kept whole with its line break), NEVER the Exec lead. Status = the word as typed (trailing space dropped, case and question mark kept); rag = the fill where coloured, otherwise the word read through the instruction line ('on track', 'Ontrack' → green); 'Not yet due' → null as the line says. Progress = Update with its initials and dates (no dues). Ref = Ref; indicators from Metric ('7 & 9a', '9b, 10'). Theme null.",
    { mode: 'fillOrWord', ragCol: 7, words: WORD, cols: { ref: 'A', action: 'C', lead: 'D', due: 'F', status: 'G', progress: 'H' }, misplaced, indCol: 'B', notFrom: ['E'], forbidden: ['14/11/25'] });
}
