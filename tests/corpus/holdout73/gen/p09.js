// holdout73-wdes-2025-26-underbarrow: mental health and learning disability FT, an ordinary WDES plan with a TWO-ROW header ('Timescale'
// merged over Start / Complete by, 'Progress' merged over Status / Comments; the other headings merged down both rows). Everyday quirk:
// a STRAY NOTE to a colleague typed in column I beside the title ('Lou – can you check the 4b figures before this goes to PCC?').
// Metric 9 written without a letter. Status words in coloured font.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Underbarrow Mental Health and Learning Disability NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout73-wdes-2025-26-underbarrow', sheet: 'Plan', standard: 'WDES', period: '2025-26', trust, widths: [10, 58, 30, 10, 12, 11, 42], font: { name: 'Arial', size: 10 } });
  p.ws.getColumn(8).width = 3; p.ws.getColumn(9).width = 34;
  p.line([`${trust}: WDES Action Plan 2025-26`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  const stray = p.line(['', '', '', '', '', '', '', '', 'Lou – can you check the 4b figures before this goes to PCC?'], { styles: [{}, {}, {}, {}, {}, {}, {}, {}, { fill: C.yellow, font: { size: 9 } }] });
  const H1 = { fill: 'FF00558C', color: C.white, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } };
  const h1 = p.header(['WDES metric', 'Action', 'Lead', 'Timescale', '', 'Progress', ''], { style: H1 });
  const h2 = p.header(['', '', '', 'Start', 'Complete by', 'Status', 'Comments'], { style: H1 });
  p.ws.mergeCells(`D${h1}:E${h1}`); p.ws.mergeCells(`F${h1}:G${h1}`);
  for (const col of ['A', 'B', 'C']) mergeDown(p.ws, col, h1, h2);
  p.ws.views = [{ state: 'frozen', ySplit: h2 }];
  const COL = { Done: C.blue, 'On track': C.green, 'At risk': C.orange, Overdue: C.red }; const RAG = { Done: 'blue', 'On track': 'green', 'At risk': 'amber', Overdue: 'red' };
  const DF = 'mmm-yy';
  const rows = [
    ['1', ['1'], "Hold a 'Disability Declaration Week' with visits to wards and community teams by members of the network.", 'Workforce Information Manager', D(2025, 4, 1), D(2025, 6, 30), 'Done', 'Declaration on ESR rose from 7.2% to 9.0%.'],
    ['2', ['2'], 'Review healthcare support worker job descriptions to remove requirements that are not essential, such as a full driving licence where a pool car is available.', 'Recruitment Manager', D(2025, 5, 1), D(2025, 12, 31), 'On track', '14 of 22 job descriptions reviewed.'],
    ['3', ['3'], 'Use the reasonable adjustments checklist at every stage of the capability and sickness absence procedures.', 'Head of Employee Relations', D(2025, 4, 1), D(2025, 9, 30), 'Done', 'Checklist written into both policies in September.'],
    ['4a', ['4a'], 'Give ward staff a debrief and wellbeing check after any incident of abuse from a patient, and record whether the member of staff is disabled.', 'Head of Nursing – Inpatient Services', D(2025, 6, 1), D(2026, 3, 31), 'At risk', 'Debriefs are happening; the disability field is not yet on the form.'],
    ['4b', ['4b'], 'Hold listening events for disabled and neurodivergent staff about bullying by managers and colleagues, and act on what we hear.', 'Head of Staff Experience', D(2025, 7, 1), D(2026, 1, 31), 'On track', 'Two events held, 38 attended.'],
    ['5', ['5'], 'Guarantee a career conversation with a trained coach for any disabled member of staff who asks for one.', 'Head of Leadership & OD', D(2025, 9, 1), D(2026, 3, 31), 'At risk', 'Coach pool trained, but few requests so far.'],
    ['7', ['7'], 'Cut waits for workplace assessments and equipment to under six weeks by moving the adjustments budget to the People directorate.', 'Deputy Director of People', D(2025, 4, 1), D(2025, 10, 31), 'Overdue', 'Average wait is still 11 weeks; the budget transfer is not yet approved.'],
    ['9', ['9'], "Co-produce the Trust's neurodiversity guidance with the Disability and Neurodiversity Network.", 'EDI Lead', D(2025, 6, 1), D(2025, 11, 30), 'Done', 'Guidance launched in November.'],
    ['10', ['10'], 'Arrange disability awareness training for board members, delivered by people with lived experience from our learning disability services.', 'Trust Secretary', D(2025, 10, 1), D(2026, 2, 28), 'On track', 'Booked for the February board development day.'],
  ];
  for (const [met, inds, act, lead, start, end, st, com] of rows) {
    p.action([met, act, lead, start, end, st, com], { indicators: inds, action: act, lead, due: shown(end, DF), status: st, rag: RAG[st], progress: com }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { numFmt: DF, alignment: { horizontal: 'center' } }, { numFmt: DF, alignment: { horizontal: 'center' } }, { bold: true, color: COL[st] }] });
  }
  p.blank();
  p.line(['Status colours: Done (blue), On track (green), At risk (orange), Overdue (red). PCC = People and Culture Committee.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability foundation trust). Sheet 'Plan': the title naming the trust (row 1, merged A–G), then a TWO-ROW header (rows 3–4, navy): 'WDES metric', 'Action' and 'Lead' merged down both rows; 'Timescale' merged over 'Start' and 'Complete by'; 'Progress' merged over 'Status' and 'Comments'; nine actions with no ref and, after a blank row, an italic status-colour key that also spells out PCC. Start and Complete by are real dates shown mmm-yy. Everyday quirk: a STRAY NOTE to a colleague in column I of row 2, on a yellow fill outside the table: 'Lou – can you check the 4b figures before this goes to PCC?'. Judgement calls: the stray note is a non-action row (nothing to do with any one action and no field of any); both header rows are header rows; due = Complete by, never Start; status = the word, rag from its FONT colour as the key gives it (Done blue, On track green, At risk orange → amber, Overdue red); progress = Comments; lead = Lead; indicators from the metric column – metric 9 is written without a letter (['9']); 4a and 4b are separate rows; ref '' (the metric is no ref); theme null.", { mode: 'font', ragCol: 6, indCol: 'A', notFrom: ['D'], dueFrom: ['E'], dataRows: [stray], forbidden: ['Lou – can you check the 4b figures before this goes to PCC?'] });
}
