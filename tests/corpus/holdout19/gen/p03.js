// holdout19-wres-2017-18-greyfriars: NEW LAYOUT – TWO PLANS SIDE BY SIDE ON ONE SHEET (this year | last year). A
// children's hospital keeps last year's closed plan to the RIGHT of this year's, on the same rows, so the committee can
// compare: caption row 'THIS YEAR – 2017/18 plan' (A:F) and 'LAST YEAR – 2016/17 plan (closed)' (H:L) over one header
// row holding both headers, an empty spacer column G between them; last year's plan has two more actions, so its last
// two rows have nothing on the left.
import { Book, Plan, C, D, shown, BORDER } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout19-wres-2017-18-greyfriars', sheet: 'WRES plans', standard: 'WRES', period: '2017-18', trust: "Greyfriars Children's Hospital NHS Foundation Trust", widths: [5, 12, 46, 24, 12, 12, 3, 5, 12, 42, 24, 16] });
  p.line(["Greyfriars Children's Hospital NHS Foundation Trust – Workforce Race Equality Standard"], { merge: ['A', 'L'], style: { bold: true, font: { size: 14 } } });
  p.line(["This year's action plan (left) with last year's plan and its final position (right) for comparison. Position as at 31 October 2017."], { merge: ['A', 'L'], style: { italic: true } });
  p.blank();
  p.line(['THIS YEAR – 2017/18 action plan', null, null, null, null, null, null, 'LAST YEAR – 2016/17 action plan (closed)'], { merge: [['A', 'F'], ['H', 'L']], styles: [{ bold: true, fill: C.nhs, color: C.white }, {}, {}, {}, {}, {}, {}, { bold: true, fill: C.grey }] });
  const h = p.header(['No.', 'Indicator', 'Action', 'Lead', 'By when', 'Status', null, 'No.', 'Indicator', 'Action', 'Lead', 'Outcome at March 2017'], { style: { fill: C.paleblue } });
  const hr = p.ws.getRow(h).getCell(7); hr.border = {}; hr.fill = undefined; hr.fill = { type: 'pattern', pattern: 'none' };
  const F = 'dd/mm/yyyy';
  const NOW = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const LAST = { Achieved: C.lightgreen, 'Partly achieved': C.yellow, 'Not achieved': C.red, 'Carried forward': C.grey };
  const now = [
    ['1', 'WRES 1', ['1'], 'Publish a quarterly ethnicity-by-band report for nursing, medical and play specialist staff groups.', 'Workforce Intelligence Lead', D(2017, 12, 31), 'On track'],
    ['2', 'WRES 2', ['2'], 'Carry forward: use a trained inclusion panel member on all Band 7+ interview panels (was 16/17 action 3).', 'Head of Resourcing', D(2018, 3, 31), 'Delayed'],
    ['3', 'WRES 2', ['2'], 'Audit shortlisting for the paediatric nurse recruitment campaign by ethnicity.', 'Head of Resourcing', D(2017, 11, 30), 'On track'],
    ['4', 'WRES 3', ['3'], 'Add a cultural-competence check by a second HR adviser before any disciplinary investigation starts.', 'Employee Relations Lead', D(2017, 9, 30), 'Complete'],
    ['5', 'WRES 4', ['4'], 'Report uptake of non-mandatory training and CPD funding by ethnicity each half-year.', 'Head of Learning', D(2018, 3, 31), 'Not started'],
    ['6', 'WRES 5', ['5'], 'Agree with play and family services a script for responding when parents racially abuse staff.', 'Deputy Chief Nurse', D(2017, 12, 31), 'On track'],
    ['7', 'WRES 6, 8', ['6', '8'], 'Launch a confidential reporting route for bullying and discrimination, with the Race Equality Network.', 'Freedom to Speak Up Guardian', D(2017, 10, 31), 'Complete'],
    ['8', 'WRES 7', ['7'], 'Run the "Stepping Up" leadership course locally for 20 BME staff at Bands 5–7.', 'Head of Learning', D(2018, 2, 28), 'On track'],
    ['9', 'WRES 9', ['9'], 'Set up reverse mentoring between each executive director and a BME member of staff.', 'Director of HR and OD', D(2018, 1, 31), 'Delayed'],
    ['10', 'WRES 1-9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress to the People and Culture Committee each quarter.', 'Director of HR and OD', D(2018, 3, 31), 'On track'],
  ];
  const last = [
    ['1', 'WRES 1', 'Cleanse ethnicity data on ESR.', 'Workforce Intelligence Lead', 'Achieved'],
    ['2', 'WRES 1', 'Publish the band profile by ethnicity on the intranet.', 'Workforce Intelligence Lead', 'Achieved'],
    ['3', 'WRES 2', 'Train inclusion panel members for Band 7+ interviews.', 'Head of Resourcing', 'Carried forward'],
    ['4', 'WRES 2', 'Anonymise application forms at shortlisting.', 'Head of Resourcing', 'Achieved'],
    ['5', 'WRES 3', 'Review all BME disciplinary cases at the HR case panel.', 'Employee Relations Lead', 'Partly achieved'],
    ['6', 'WRES 4', 'Record CPD funding on the learning system.', 'Head of Learning', 'Not achieved'],
    ['7', 'WRES 5', 'Zero-tolerance posters in all wards and clinics.', 'Deputy Chief Nurse', 'Achieved'],
    ['8', 'WRES 6', 'Train Dignity at Work advisers.', 'Director of HR and OD', 'Achieved'],
    ['9', 'WRES 7', 'Nominate BME staff for the regional Stepping Up programme.', 'Head of Learning', 'Partly achieved'],
    ['10', 'WRES 8', 'Hold BME staff focus groups.', 'Equality Lead', 'Achieved'],
    ['11', 'WRES 9', 'Board development session on race equality.', 'Director of HR and OD', 'Achieved'],
    ['12', 'WRES 1-9', 'Publish the WRES report and plan.', 'Equality Lead', 'Achieved'],
  ];
  const right = (i) => last[i] ? [...last[i].slice(0, 4), last[i][4]] : [null, null, null, null, null];
  const rightStyles = (i) => [{}, {}, {}, {}, last[i] ? { fill: LAST[last[i][4]] } : {}];
  const sideRows = [];
  for (let i = 0; i < Math.max(now.length, last.length); i++) {
    let r;
    if (now[i]) {
      const [ref, ind, inds, action, lead, due, st] = now[i];
      r = p.action([ref, ind, action, lead, due, st, null, ...right(i)], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: NOW[st][1] },
        { styles: [{}, {}, {}, {}, { numFmt: F }, { fill: NOW[st][0], ...(NOW[st][2] ? { color: NOW[st][2] } : {}) }, {}, ...rightStyles(i)] });
    } else {
      r = p.line([null, null, null, null, null, null, null, ...right(i)], { styles: [{}, {}, {}, {}, {}, {}, {}, ...rightStyles(i)] });
      for (let c = 8; c <= 12; c++) p.ws.getRow(r).getCell(c).border = BORDER;
    }
    const g = p.ws.getRow(r).getCell(7); g.border = {};
    sideRows.push(r);
  }
  p.blank();
  p.line(['Status key (this year): Complete – blue; On track – green; Delayed – amber; Not started – red.', null, null, null, null, null, null, 'Outcome key (last year): Achieved – green; Partly achieved – yellow; Not achieved – red; Carried forward – grey (now in this year\'s plan).'], { merge: [['A', 'F'], ['H', 'L']], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: TWO PLANS SIDE BY SIDE ON ONE SHEET – THIS YEAR | LAST YEAR. A children's hospital keeps last year's closed WRES plan to the RIGHT of this year's on the same rows so the committee can compare them. Rows 1–2: merged trust title and an italic line explaining the two halves ('Position as at 31 October 2017'); row 4: two CAPTIONS, 'THIS YEAR – 2017/18 action plan' (A:F, NHS blue) and 'LAST YEAR – 2016/17 action plan (closed)' (H:L, grey); row 5: ONE header row holding both headers, 'No. | Indicator | Action | Lead | By when | Status' (A:F) and 'No. | Indicator | Action | Lead | Outcome at March 2017' (H:L), with an empty unbordered SPACER column G. Rows 6–15 hold this year's ten actions on the left and last year's actions 1–10 on the right; rows 16–17 hold last year's actions 11–12 ONLY on the right (nothing on the left). This year: 'WRES N', 'WRES 6, 8', 'WRES 1-9' (= all nine); job-title leads; real dates dd/mm/yyyy; Status words filled Complete blue / On track green / Delayed amber / Not started red. Last year: final outcome words filled Achieved light green / Partly achieved yellow / Not achieved red / Carried forward grey. Two key lines under the two halves (row 19). Gold reads THIS YEAR's plan (the file and identity are 2017-18): one action per row 6–15 from columns A:F only; last year's cells on the same rows are not fields of those actions; rows 16–17 (last year only) are non-action rows. Judgement calls: the right-hand plan is a different (closed, 2016-17) plan, so none of its 12 actions are gold actions and its outcome words are not the status of the left-hand action on the same row; this year's action 2 says 'Carry forward … (was 16/17 action 3)' and is an action of this year; the caption row is not a header; row 5 is one header row for both halves.", { ragCol: 'F', mode: 'fill', sideBySide: { left: ['A', 'F'], right: ['H', 'L'], spacer: 'G', headerRow: h, rows: sideRows } });
}
