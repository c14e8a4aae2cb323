// holdout42-wres-2019-20-saxonmoor: an ambulance trust's WRES plan 2019-20: two-line 'Indicator n' heading rows (number on the first
// line, wording on the second, Alt+Enter), an 'Our data' row under each heading with the 2018 and 2019 figures in the table's own
// columns, then `Action | Evidence / progress to date | Lead | Start | Finish | BRAG` with B/R/A/G letters on fills and a BRAG key.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saxonmoor Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout42-wres-2019-20-saxonmoor', sheet: 'WRES 19-20', standard: 'WRES', period: '2019-20', trust, widths: [54, 44, 26, 11, 11, 8], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} – Workforce Race Equality Standard action plan 2019-20`], { merge: [['A', 'F']], style: { bold: true, font: { size: 12 }, color: 'FF375623' } });
  const key = p.line(['BRAG:  B = complete   R = not started / off track   A = started, some slippage   G = on track'], { merge: [['A', 'F']], style: { italic: true } });
  p.blank();
  p.header(['Action', 'Evidence / progress to date', 'Lead', 'Start', 'Finish', 'BRAG'], { style: { fill: C.teal, color: C.white } });
  const secs = []; const data = []; let theme = null;
  const sec = (n, words, y18, y19) => {
    theme = `Indicator ${n}\n${words}`;
    secs.push(p.line([theme], { merge: [['A', 'F']], border: true, height: 28, style: { bold: true, fill: C.paleblue } }));
    data.push(p.line([`Our data: 2018 – ${y18};  2019 – ${y19}`], { merge: [['A', 'F']], border: true, style: { italic: true, color: 'FF404040' } }));
    return n;
  };
  const F = { B: C.blue, R: C.red, A: C.amber, G: C.green };
  const RG = { B: 'blue', R: 'red', A: 'amber', G: 'green' };
  const act = (n, action, progress, lead, start, finish, brag) => p.action([action, progress, lead, start, finish, brag], { theme, indicators: [n], action, progress, lead, due: shown(finish, 'mmm-yy'), status: brag, rag: RG[brag] }, { height: 48, styles: [{}, {}, {}, { numFmt: 'mmm-yy' }, { numFmt: 'mmm-yy' }, { fill: F[brag], bold: true, alignment: { horizontal: 'center', vertical: 'top' } }] });
  let n = sec('1', 'Percentage of BME staff in each AfC band compared with the overall workforce', 'BME 4.6% of staff, 1.2% at Band 8a+', 'BME 5.1% of staff, 1.9% at Band 8a+');
  act(n, 'Targeted recruitment events for student paramedics with the two local universities and community organisations in the city wards.', 'Three events held; 22% of 2019 student intake BME (14% in 2018).', 'Head of Recruitment', D(2019, 4, 1), D(2019, 12, 31), 'B');
  act(n, 'Positive action statement on all Band 7 and above adverts, and a named contact for BME applicants who want to talk about the role first.', 'Statement on adverts since June; contact role not yet filled.', 'Head of Recruitment', D(2019, 6, 1), D(2020, 3, 31), 'A');
  n = sec('2', 'Relative likelihood of White staff being appointed from shortlisting compared with BME staff', '1.93', '1.64');
  act(n, 'Include a BME panel member, from the network\'s trained pool, on every interview panel for operational manager posts.', 'Pool of 15 trained; used on 9 of 12 panels.', 'Deputy Director of HR', D(2019, 5, 1), D(2019, 10, 31), 'G');
  act(n, 'Quarterly audit of shortlisting and appointment by ethnicity for the three largest recruitment campaigns (call handlers, ambulance technicians, paramedics).', '', 'Workforce Intelligence Lead', D(2019, 7, 1), D(2020, 3, 31), 'R');
  n = sec('3', 'Relative likelihood of BME staff entering the formal disciplinary process compared with White staff', '2.31', '1.88');
  act(n, 'Every case involving a BME member of staff to be reviewed by a second HR manager before it becomes a formal investigation.', 'Second review in place from July; 11 cases reviewed, 4 resolved informally.', 'Head of Employee Relations', D(2019, 7, 1), D(2019, 9, 30), 'B');
  n = sec('5', 'Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public', 'BME 46%, White 39%', 'BME 49%, White 40%');
  act(n, 'Roll out body-worn cameras to all frontline crews and publicise prosecutions for racially aggravated assaults on staff.', 'Cameras issued at four of nine hubs.', 'Head of Security', D(2019, 9, 1), D(2020, 6, 30), 'G');
  n = sec('7', 'Percentage of staff believing the trust provides equal opportunities for career progression or promotion', 'BME 62%, White 73%', 'BME 64%, White 74%');
  act(n, 'Career clinics at every hub, twice a year, run by the Education team and members of the BME network.', 'First round complete (September); 84 staff attended.', 'Head of Education', D(2019, 9, 1), D(2020, 3, 31), 'G');
  n = sec('9', 'Percentage difference between the Board\'s voting membership and the overall workforce', 'BME 0% of voting members', 'BME 9.1% of voting members (1 of 11)');
  act(n, 'Brief the recruitment agency for the non-executive director vacancy to produce a diverse longlist, and include a network member in the stakeholder panel.', 'Appointment made October 2019.', 'Director of Corporate Affairs', D(2019, 6, 1), D(2019, 10, 31), 'B');
  p.blank();
  const sign = p.line(['Indicators 4, 6 and 8 are covered by the Trust\'s Culture programme and are not repeated here. Plan owner: Equality and Diversity Manager. Reviewed at the Workforce Committee every two months.'], { merge: [['A', 'F']], height: 28, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance trust) on a sheet 'WRES 19-20' (Arial 9): a title with the trust and the year, a BRAG key line ('B = complete   R = not started / off track   A = … G = on track'), a blank row, one teal header `Action | Evidence / progress to date | Lead | Start | Finish | BRAG`, then per indicator a pale-blue TWO-LINE heading row merged A:F ('Indicator 2' on the first line, the indicator's wording on the second – Alt+Enter in one cell) and an italic 'Our data: 2018 – …;  2019 – …' row merged A:F, then the actions; indicators 1, 2, 3, 5, 7 and 9 only; a closing line says 4, 6 and 8 are covered elsewhere and names the plan owner. Judgement calls: theme = the whole heading cell as written (both lines) and indicators = the number on its first line; the 'Our data' rows are data, not actions or progress, and their figures (1.93, 2.31, percentages, '1 of 11') are not indicators; due = FINISH as shown ('Dec-19', real dates in mmm-yy), never Start; status = the BRAG letter as written, rag = its fill (B on blue = blue/complete, R red, A amber, G green); progress = 'Evidence / progress to date', '' where empty; lead = Lead; the closing line is not an action and its indicator numbers, the plan owner and the review cycle give no field; no refs.", { sections: secs, indFrom: { section: true, lead: true }, dataRows: [key, ...data, sign], mode: 'fill', ragCol: 'F', leadCol: 'C', dueCol: 'E', notFrom: ['D'], forbidden: ['Equality and Diversity Manager'] });
}
