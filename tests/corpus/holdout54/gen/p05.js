// holdout54-wdes-2025-26-mereshire: integrated care board, Q2 position. Invented layout: a title block with a RAG KEY in the cells to
// its right, a reporting-period line, then a programme-style plan `ID | Deliverable | WDES metric(s) | SRO | Delivery owner | Due |
// Progress this quarter | RAG | Evidence / assurance` in four workstreams; numbered DELIVERABLES (1, 2 …) carry their own owner,
// due and RAG AND have numbered SUB-DELIVERABLES (1.1, 1.2) under them; a fifth section holds the rows CARRIED OVER from 2024/25;
// RAG letters on fills (C = complete); a second sheet 'Change log'.
import { Book, Plan, C } from './lib.js';
const FILL = { C: C.blue, G: C.green, A: C.amber, R: C.red };
const RAGW = { C: 'blue', G: 'green', A: 'amber', R: 'red' };
export async function build() {
  const book = new Book();
  const trust = 'NHS Mereshire and Wolds Integrated Care Board';
  const p = new Plan(book, { name: 'holdout54-wdes-2025-26-mereshire', sheet: 'WDES Plan', standard: 'WDES', period: '2025-26', trust,
    widths: [7, 54, 12, 22, 26, 13, 44, 7, 34], font: { name: 'Arial', size: 10 } });
  const keyCells = (letter, meaning) => [letter, meaning];
  p.line([trust, '', '', '', '', '', '', 'RAG key', ''], { styles: [{ bold: true, font: { size: 14 }, color: C.nhs }, {}, {}, {}, {}, {}, {}, { bold: true }] });
  p.line(['Workforce Disability Equality Standard – delivery plan 2025/26', '', '', '', '', '', ...keyCells('C', 'Complete')], { styles: [{ bold: true, font: { size: 12 } }, {}, {}, {}, {}, {}, {}, { fill: C.blue, color: C.white, bold: true, alignment: { horizontal: 'center' } }] });
  const ws = p.ws;
  // key cells in H/I: rows 2-5 (letter in H, meaning in I)
  ws.getCell('H2').value = 'C'; ws.getCell('I2').value = 'Complete'; ws.getCell('G2').value = null;
  p.line(['Reporting period: Q2 2025/26 (1 July – 30 September 2025)', '', '', '', '', '', '', 'G', 'On track'], { styles: [{ italic: true }, {}, {}, {}, {}, {}, {}, { fill: C.green, bold: true, alignment: { horizontal: 'center' } }] });
  p.line(['Scope: the ICB as an employer (about 640 staff) and its system leadership role with the six NHS trusts in Mereshire and the Wolds.', '', '', '', '', '', '', 'A', 'At risk'], { styles: [{}, {}, {}, {}, {}, {}, {}, { fill: C.amber, bold: true, alignment: { horizontal: 'center' } }] });
  p.line(['', '', '', '', '', '', '', 'R', 'Off track'], { styles: [{}, {}, {}, {}, {}, {}, {}, { fill: C.red, color: C.white, bold: true, alignment: { horizontal: 'center' } }] });
  ws.mergeCells('A3:F3'); ws.mergeCells('A4:F4');
  p.blank();
  p.header(['ID', 'Deliverable', 'WDES metric(s)', 'SRO', 'Delivery owner', 'Due', 'Progress this quarter', 'RAG', 'Evidence / assurance'], { style: { fill: C.nhs, color: C.white } });
  const wss = [
    ['Workstream 1 – Our own workforce: data and disclosure', [
      ['1', 'Raise disability declaration on ESR among ICB staff to at least the staff survey rate.', '1', 'Chief People Officer', 'Head of Workforce Information', 'Q4 2025/26', 'Declaration 8.9% on ESR against 21% in the survey; campaign planned for November.', 'A', 'Quarterly ESR extract'],
      ['1.1', 'Run a declaration campaign fronted by members of the ICB\'s Disability and Carers Network.', '1', 'Chief People Officer', 'Internal Communications Manager', 'Q3 2025/26', 'Network members filmed; launch 17 November.', 'G', 'Campaign plan'],
      ['1.2', 'Add the option to declare a long-term condition or neurodivergence to the onboarding checklist.', '1', 'Chief People Officer', 'HR Business Partner', 'Q2 2025/26', 'Checklist updated in August.', 'C', 'Revised checklist'],
      ['2', 'Publish the ICB\'s WDES metrics, with a narrative, on the website by 31 October.', '1, 2, 3, 10', 'Chief People Officer', 'EDI Lead', '31/10/2025', 'Data validated; narrative at Exec sign-off.', 'G', 'Web page'],
    ]],
    ['Workstream 2 – Our own workforce: adjustments, wellbeing and voice', [
      ['3', 'Put a reasonable adjustments passport in place for every disabled member of staff who wants one.', '8', 'Chief People Officer', 'Head of Wellbeing', 'Q4 2025/26', '41 passports agreed; average time to adjustment 23 days.', 'G', 'Passport register'],
      ['3.1', 'Set a 20-working-day standard for putting agreed adjustments in place, and report against it.', '8', 'Chief People Officer', 'Head of Wellbeing', 'Q2 2025/26', 'Standard agreed; reporting from Q3.', 'C', 'People Committee paper, September'],
      ['3.2', 'Move the cost of adjustments and assistive technology to a central budget.', '8', 'Chief Finance Officer', 'Deputy Chief Finance Officer', 'Q1 2025/26', 'Central budget of £18,000 set up in April.', 'C', 'Budget statement'],
      ['4', 'Cut the share of disabled staff who feel pressure to come to work when unwell.', '6', 'Chief People Officer', 'Head of Wellbeing', 'Q4 2025/26', 'Manager guidance drafted; pulse survey in January.', 'G', 'Pulse survey'],
      ['4.1', 'Train all line managers in supportive attendance conversations, including for fluctuating conditions.', '6', 'Chief People Officer', 'Learning and Development Lead', 'Q3 2025/26', '52 of 118 managers trained; sessions under-booked.', 'A', 'Training records'],
      ['5', 'Give the Disability and Carers Network a budget, protected time and a voice at the People Committee.', '9b', 'Chief People Officer', 'EDI Lead', 'Q1 2025/26', 'Agreed; chair attends the People Committee.', 'C', 'Terms of reference'],
      ['6', 'Act on the themes from the staff survey engagement score of disabled staff through a listening exercise.', '9a', 'Chief People Officer', 'EDI Lead', 'Q3 2025/26', 'Listening sessions booked for October.', 'G', ''],
    ]],
    ['Workstream 3 – Our own workforce: recruitment, progression and fair treatment', [
      ['7', 'Close the gap in appointment from shortlisting between disabled and non-disabled applicants.', '2', 'Chief People Officer', 'Recruitment Manager', 'Q4 2025/26', 'Relative likelihood 1.31 in Q1 and 1.22 in Q2.', 'G', 'Recruitment dashboard'],
      ['7.1', 'Renew the ICB\'s Disability Confident Leader status.', '2', 'Chief People Officer', 'Recruitment Manager', '31/03/2026', 'Self-assessment started; validator booked.', 'G', ''],
      ['8', 'Record whether a disability or long-term condition is a factor in every capability case, and review those cases at the monthly ER meeting.', '3', 'Chief People Officer', 'Employee Relations Lead', 'Q2 2025/26', 'Two cases only this year; both reviewed.', 'C', 'ER case log'],
      ['9', 'Respond to harassment of disabled staff by colleagues through civility and respect training in the two directorates with the highest scores.', '4a', 'Chief People Officer', 'Head of Organisational Development', 'Q3 2025/26', 'Directorate leads not yet released time for sessions.', 'R', ''],
      ['10', 'Make the Board\'s own disability data public and set a Board development session on disability inclusion.', '10', 'Chair', 'Board Secretary', 'Q3 2025/26', 'Session scheduled for December Board seminar.', 'G', 'Board seminar agenda'],
    ]],
    ['Workstream 4 – System leadership (with the six NHS trusts)', [
      ['11', 'Bring the six trusts\' WDES action plans together in one system report to the People Board.', '', 'Chief People Officer', 'System EDI Programme Lead', 'Q3 2025/26', 'Four of six plans received.', 'A', 'System report'],
      ['11.1', 'Agree three shared WDES priorities for the system with the trusts\' EDI leads.', '', 'Chief People Officer', 'System EDI Programme Lead', 'Q2 2025/26', 'Agreed: adjustments passports, capability, Board representation.', 'C', 'EDI leads network notes'],
      ['11.2', 'Set up a system reasonable adjustments passport that staff keep when they move between NHS employers in the area.', '8', 'Chief People Officer', 'System EDI Programme Lead', 'Q4 2025/26', 'Legal advice on data sharing awaited.', 'A', ''],
      ['12', 'Fund a system-wide disabled staff leadership programme (30 places across the six trusts and the ICB).', '5, 7', 'Chief People Officer', 'Head of System Leadership and OD', 'Q4 2025/26', 'Provider appointed; first cohort 20 January.', 'G', 'Contract award'],
      ['13', 'Ask each trust to report its adjustments turnaround time quarterly, using a common definition.', '8', 'Chief People Officer', 'System Workforce Intelligence Lead', 'Q3 2025/26', 'Definition drafted; two trusts cannot yet report it.', 'A', ''],
    ]],
    ['Carried over from the 2024/25 plan', [
      ['14', 'Make the ICB\'s intranet and HR forms accessible to screen-reader users (WCAG 2.2 AA).', '7', 'Chief Digital Officer', 'Digital Services Manager', 'Q2 2025/26', 'Audit done; 60% of forms fixed. Revised date Q4.', 'R', 'Accessibility audit'],
      ['15', 'Include a disability inclusion objective in every director\'s appraisal.', '', 'Chief Executive', 'Chief People Officer', 'Q1 2025/26', 'All directors\' objectives include it.', 'C', 'Appraisal audit'],
    ]],
  ];
  const secs = [];
  for (const [name, acts] of wss) {
    secs.push(p.line([name], { merge: ['A', 'I'], border: true, style: { bold: true, fill: C.paleblue } }));
    for (const [id, a, m, sro, owner, due, prog, rag, ev] of acts) {
      const sub = id.includes('.');
      p.action([id, a, m, sro, owner, due, prog, rag, ev], { ref: id, indicators: m ? m.split(', ') : [], theme: name, action: a, lead: owner, due, status: rag, rag: RAGW[rag], progress: prog, outcome: '' },
        { styles: [{ bold: !sub }, sub ? { alignment: { indent: 2, wrapText: true, vertical: 'top' } } : { bold: true }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { fill: FILL[rag], bold: true, color: rag === 'C' || rag === 'R' ? C.white : C.black, alignment: { horizontal: 'center' } }] });
    }
  }
  p.blank();
  p.line(['Sub-deliverables (indented) contribute to the numbered deliverable above them and are tracked separately.'], { merge: ['A', 'I'], style: { italic: true } });
  const log = book.wb.addWorksheet('Change log');
  log.getColumn(1).width = 12; log.getColumn(2).width = 70; log.getColumn(3).width = 22;
  [['Date', 'Change', 'By'], ['14/04/2025', 'Plan approved by the People Committee; items 14 and 15 carried over from 2024/25.', 'EDI Lead'], ['08/07/2025', 'Q1 update; deliverable 11.2 added after the EDI leads network meeting.', 'System EDI Programme Lead'], ['06/10/2025', 'Q2 update.', 'EDI Lead']].forEach((r, i) => { r.forEach((v, j) => { const c = log.getCell(i + 1, j + 1); c.value = v; c.font = { name: 'Arial', size: 10, bold: i === 0 }; }); });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Invented layout (fictional integrated care board), Q2 position. Sheet 'WDES Plan': the ICB's name and the plan title in A1:A2 with a RAG KEY in the cells to their right (H1 'RAG key', H2:I5 the letters C / G / A / R on their fills beside Complete / On track / At risk / Off track), a reporting-period line and a scope line beside the key, then one header 'ID | Deliverable | WDES metric(s) | SRO | Delivery owner | Due | Progress this quarter | RAG | Evidence / assurance' (row 7), five section rows – four workstreams and 'Carried over from the 2024/25 plan' – and 23 action rows: numbered DELIVERABLES (1, 2 … 15, bold) and indented SUB-DELIVERABLES (1.1, 1.2, 3.1 …) under some of them; a note line; a second sheet 'Change log' (dated entries). Judgement calls: deliverables AND sub-deliverables are all actions – each row has its own owner, due, progress and RAG (the note says they are tracked separately); theme = the section row above, so the two carried-over rows have theme 'Carried over from the 2024/25 plan'; lead = the DELIVERY OWNER, not the SRO (the accountable executive, the same on most rows); indicators from 'WDES metric(s)' in the 2025 numbering ('4a', '9a', '9b', '5, 7' → ['5','7'], blank → []); due as written ('Q3 2025/26', '31/10/2025' typed as text); status = the RAG letter as written, rag = its fill (C = blue / complete, per the key); progress = 'Progress this quarter'; 'Evidence / assurance' is not an outcome (outcome ''); the key cells, scope line, note and change log are not actions.", { mode: 'fill', ragCol: 'H', sections: secs, notFrom: ['D', 'I'] });
}
