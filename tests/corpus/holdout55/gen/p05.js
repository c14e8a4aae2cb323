// holdout55-wres-2018-19-corrimoor: follows Pennine Care NHS FT's WRES page (penninecare.nhs.uk/wres): the WRES lets the trust focus on
// three areas – BME representation at senior management and Board level; BME staff experience of the employee relations process and the
// staff survey; access to non-mandatory training and development. Here those three FOCUS AREAS are the plan's lettered sections, their
// headings naming the indicators they cover.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Corrimoor Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout55-wres-2018-19-corrimoor', sheet: 'WRES Action Plan', standard: 'WRES', period: '2018-19', trust, widths: [7, 60, 30, 13, 44], font: { name: 'Arial', size: 10 } });
  p.line(['WORKFORCE RACE EQUALITY STANDARD ACTION PLAN 2018/19'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['Owner: Director of Workforce and Organisational Development        Version 3 – agreed at the Equality and Inclusion Group, 9 October 2018'], { merge: ['A', 'E'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'Responsible', 'Target date', 'Evidence of completion'], { style: { fill: C.navy, color: C.white } });
  const F = 'dd-mmm-yy';
  const areas = [
    ['A. BME representation at senior management and Board level (WRES 1 and 9)', ['1', '9'], [
      ['A1', 'Set out the number of BME staff at Band 8a and above and on the Board in each quarterly workforce report.', 'Head of Workforce Information', D(2018, 12, 31), 'Quarterly workforce report'],
      ['A2', 'Use a BME-led search agency for the next two non-executive director appointments.', 'Trust Secretary', D(2019, 3, 31), 'Appointment panel papers'],
      ['A3', 'Ring-fence places on the Band 7 to 8a leadership course for BME staff.', 'Head of Learning and Development', 'TBC', 'Course register'],
    ]],
    ['B. BME staff experience of the employee relations process and the staff survey (WRES 3, 5, 6, 7 and 8)', ['3', '5', '6', '7', '8'], [
      ['B1', 'Have a senior HR manager check every case before it enters the formal disciplinary process (indicator 3).', 'Head of Employee Relations', D(2018, 11, 30), 'Case log audit'],
      ['B2', 'Train cultural ambassadors to sit on disciplinary and grievance panels where a BME member of staff is involved (indicator 3).', 'Head of Employee Relations', D(2019, 3, 31), 'Ambassador rota and training records'],
      ['B3', 'Share the staff survey results by ethnicity with every care group and agree one action per care group.', 'Care Group Directors', D(2019, 2, 28), 'Care group action logs'],
    ]],
    ['C. Access to non-mandatory training and development (WRES 4)', ['4'], [
      ['C1', 'Record all non-mandatory training on ESR so that access can be reported by ethnicity.', 'Head of Learning and Development', D(2019, 3, 31), 'ESR training report by ethnicity'],
      ['C2', 'Publicise every funded course through the BME staff network as well as the intranet.', 'BME Network Chair', D(2018, 10, 31), 'Network minutes'],
    ]],
  ];
  const secs = [];
  for (const [head, codes, acts] of areas) {
    secs.push(p.line([head], { merge: ['A', 'E'], style: { bold: true, fill: C.lightblue } }));
    for (const [ref, a, lead, due, ev] of acts) {
      const m = /\(indicator (\d)\)/.exec(a);
      p.action([ref, a, lead, due, ev], { ref, indicators: m ? [m[1]] : codes, theme: head, action: a, lead, due: typeof due === 'string' ? due : shown(due, F), outcome: ev }, { styles: [{}, {}, {}, { numFmt: F, alignment: { horizontal: 'center' } }] });
    }
  }
  p.blank();
  p.line(['Progress against this plan is reported to the Equality and Inclusion Group each quarter and to the Board in the annual WRES report.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health foundation trust) following a real mental health trust's WRES page (Pennine Care's), which names three areas the WRES lets it focus on – BME representation at senior management and Board level, BME staff experience of the employee relations process and staff survey, non-mandatory training and development. Layout: title in capitals, trust, an owner / version line, one header 'Ref | Action | Responsible | Target date | Evidence of completion' (row 5), three lettered FOCUS AREA section rows whose headings name the indicators they cover ('A. … (WRES 1 and 9)', 'B. … (WRES 3, 5, 6, 7 and 8)', 'C. … (WRES 4)'), refs A1–C2, target dates as real dates shown dd-mmm-yy with one 'TBC', and a closing reporting line. Judgement calls: theme = the focus area row; indicators = the focus area's list, EXCEPT where an action names its own indicator in brackets ('(indicator 3)' under area B → ['3'] only) – B3 names none and takes all five of B's; due = Target date as shown, 'TBC' kept as written; lead = Responsible; outcome = 'Evidence of completion' (what will show the action is done); the owner line names the plan owner, not a lead for the actions, and its date is not a due; no status column: status '', rag null.", { sections: secs, dueFrom: ['D'] });
}
