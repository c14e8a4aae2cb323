// holdout16-wres-2026-27-fosbury: ORDINARY new-year WRES draft in Calibri 11 – title, 'Version 0.3 – DRAFT' line and a
// merged intro; 'Action ID | Indicator | 2026 data | Priority | Action | Lead | Start | Target date | Status' with the
// '2026 data' column HIDDEN; indicators as text numbers ('5 and 6', '1 to 9'); Start + Target date real dates in the UK
// locale format '[$-809]dd mmmm yyyy;@' (due = Target date); status DROPDOWN words, unfilled, no key (rag null);
// sign-off lines below.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wres-2026-27-fosbury', sheet: 'WRES 2026-27', standard: 'WRES', period: '2026-27', trust: 'Fosbury Healthcare NHS Trust', widths: [10, 10, 22, 9, 56, 28, 18, 18, 13], font: { name: 'Calibri', size: 11 } });
  p.line(['Fosbury Healthcare NHS Trust – WRES Action Plan 2026/27'], { merge: ['A', 'I'], style: { bold: true, font: { size: 15 } } });
  p.line(['Version 0.3 – DRAFT for consultation with the Race Equality Network and staff side'], { merge: ['A', 'I'], style: { italic: true, color: 'FFC00000' } });
  p.line(['Our 2026 WRES data show progress on shortlisting (indicator 2) but a widening gap on harassment from colleagues (indicator 6) and on access to career progression (indicator 7). This plan sets out eleven actions for 2026/27; status will be updated each quarter from July 2026.'], { merge: ['A', 'I'], height: 44 });
  p.blank();
  const h = p.header(['Action ID', 'Indicator', '2026 data', 'Priority', 'Action', 'Lead', 'Start', 'Target date', 'Status'], { style: { fill: C.tan, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.getColumn(3).hidden = true;
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = '[$-809]dd mmmm yyyy;@';
  const data = [
    ['FB26-01', '1', ['1'], 'BME staff 27% of workforce; 11% at 8a+', 'High', 'Agree a trajectory for BME representation at Band 8a and above for each care group, reported quarterly.', 'Deputy Chief People Officer', D(2026, 4, 1), D(2026, 9, 30), 'In progress'],
    ['FB26-02', '2', ['2'], 'Relative likelihood 1.19 (2025: 1.41)', 'Medium', 'Keep diverse shortlisting panels for Band 7+ and extend them to Band 6 nursing posts.', 'Head of Recruitment', D(2026, 4, 1), D(2027, 3, 31), 'In progress'],
    ['FB26-03', '3', ['3'], 'Relative likelihood 1.62', 'High', 'Introduce an independent "second look" by a senior manager before any BME member of staff is moved into a formal disciplinary process.', 'Head of Employee Relations', D(2026, 5, 1), D(2026, 7, 31), 'Not started'],
    ['FB26-04', '4', ['4'], 'Relative likelihood 0.98', 'Low', 'Publish funded CPD opportunities on one intranet page and monitor applications by ethnicity.', 'Head of Education', D(2026, 6, 1), D(2026, 12, 31), 'Not started'],
    ['FB26-05', '5', ['5'], '31.4% BME, 26.0% White', 'Medium', 'Put up the zero tolerance notices in all outpatient areas and support staff to press charges after racist abuse.', 'Head of Security', D(2026, 4, 1), D(2026, 10, 31), 'Not started'],
    ['FB26-06', '6', ['6'], '29.8% BME, 21.1% White (gap widened)', 'High', 'Run facilitated team conversations about racism in the ten teams with the highest rates of harassment from colleagues.', 'Head of Organisational Development', D(2026, 6, 1), D(2027, 2, 28), 'Not started'],
    ['FB26-07', '5 and 6', ['5', '6'], '', 'Medium', 'Give every BME member of staff who reports harassment a follow-up conversation within 10 working days.', 'Freedom to Speak Up Guardian', D(2026, 7, 1), D(2027, 3, 31), 'Not started'],
    ['FB26-08', '7', ['7'], '41% BME, 56% White', 'High', 'Launch a sponsorship programme pairing 20 BME staff at Bands 6–8a with executive sponsors.', 'Chief People Officer', D(2026, 9, 1), D(2027, 3, 31), 'Not started'],
    ['FB26-09', '8', ['8'], '14.2% BME, 6.3% White', 'Medium', 'Add a module on discrimination and microaggressions to the mandatory management essentials course.', 'Head of Organisational Development', D(2026, 4, 1), D(2026, 9, 30), 'Delayed'],
    ['FB26-10', '9', ['9'], 'Board 8% BME (voting)', 'Medium', 'Use a diverse longlist and a Race Equality Network member on the panel for the next non-executive appointments.', 'Director of Corporate Affairs', D(2026, 9, 1), D(2027, 3, 31), 'Not started'],
    ['FB26-11', '1 to 9', ALL_WRES, '', 'High', 'Publish the 2026 WRES report and this plan, and report progress to the People Committee each quarter.', 'Head of Equality, Diversity and Inclusion', D(2026, 4, 1), D(2026, 10, 31), 'In progress'],
  ];
  for (const [ref, ind, inds, dat, pri, action, lead, start, due, st] of data)
    p.action([ref, ind, dat, pri, action, lead, start, due, st], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: null }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, { numFmt: F }, { numFmt: F }] });
  p.ws.dataValidations.add(`I${h + 1}:I${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Delayed,Complete"'] });
  p.blank();
  p.line(['Equality impact assessment completed: 2 April 2026'], { merge: ['A', 'I'] });
  p.line(['Executive owner: Chief People Officer        Consultation closes: 15 May 2026        Final approval: Trust Board, June 2026'], { merge: ['A', 'I'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY new-year WRES DRAFT in Calibri 11: merged title naming the trust, a red italic 'Version 0.3 – DRAFT for consultation…' line, a merged intro paragraph, a blank row, then a tan header 'Action ID | Indicator | 2026 data | Priority | Action | Lead | Start | Target date | Status' (row 5, frozen). Column C '2026 data' is HIDDEN (figures, context only). Refs 'FB26-01'…'FB26-11'. Indicators written as text numbers: '1', '5 and 6', '1 to 9' (= all nine). 'Priority' High / Medium / Low is context, not a status. Start and Target date are real dates in the UK-locale custom format '[$-809]dd mmmm yyyy;@' (shown '30 September 2026'); gold due = Target date. Status words from a DROPDOWN (Not started / In progress / Delayed / Complete), UNFILLED, and the plan has NO key → rag null for every action. No progress column. Two sign-off lines below (EIA date; executive owner / consultation / approval). Judgement calls: due = Target date, not Start; Priority is not the status; with no colour and no key, 'Delayed' and 'In progress' have no RAG; the hidden data column is not read.", {});
}
