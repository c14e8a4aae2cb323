// holdout59-wres-2018-19-harrowden: an ambulance trust's WRES plan kept by hand – a Front sheet (version table, who's-who for the
// initials) and a 'Plan' sheet whose Target date column holds dates TYPED AS TEXT in many formats; leads as initials, names and roles.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harrowden Ambulance Service NHS Trust';
  const fr = book.wb.addWorksheet('Front');
  fr.getColumn(1).width = 16; fr.getColumn(2).width = 16; fr.getColumn(3).width = 22; fr.getColumn(4).width = 50;
  const put = (r, vals, font = {}) => vals.forEach((v, i) => { const c = fr.getCell(r, i + 1); c.value = v; c.font = { name: 'Arial', size: 10, ...font }; c.alignment = { wrapText: true, vertical: 'top' }; });
  put(1, [trust], { bold: true, size: 14 }); put(2, ['Workforce Race Equality Standard – Action Plan 2018/19'], { bold: true, size: 12 });
  put(4, ['Version', 'Date', 'Author', 'Changes'], { bold: true });
  put(5, ['0.1', '02/08/2018', 'JO', 'First draft from WRES data']); put(6, ['0.2', '21/08/2018', 'JO / KM', 'BME Staff Network comments added']); put(7, ['1.0', '06/09/2018', 'KM', 'Approved by Trust Board']);
  put(9, ['Who\'s who'], { bold: true }); put(10, ['JO', 'Joy Okafor, Head of Inclusion']); put(11, ['KM', 'Kevin Marsh, Deputy Director of HR']); put(12, ['PD', 'Priya Desai, Recruitment Lead']);
  const p = new Plan(book, { name: 'holdout59-wres-2018-19-harrowden', sheet: 'Plan', standard: 'WRES', period: '2018-19', trust, widths: [5, 13, 56, 18, 16, 12, 44] });
  p.line(['WRES Action Plan 2018/19 – working copy'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.header(['#', 'WRES metric', 'Action', 'Responsible', 'Target date', 'Date added', 'Comments'], { style: { fill: C.yellow } });
  const DF = 'dd/mm/yy';
  const rows = [
    ['1', 'Metric 1', '1', 'Correct the ethnicity records of the 312 staff recorded as "not stated" through a station-by-station data drive.', 'JO', '30.09.18', D(2018, 8, 2), 'Data drive started at North and East stations.'],
    ['2', 'Metric 2', '2', 'Use a structured scoring sheet for paramedic interviews and check the scores by ethnicity after each recruitment round.', 'PD', 'Sept 2018', D(2018, 8, 2), 'Scoring sheet agreed with education team.'],
    ['3', 'Metric 2', '2', 'Go out to colleges and community groups in the two most diverse boroughs to recruit emergency care assistants.', 'Dave Pearce', 'Jan/Feb 2019', D(2018, 8, 21), ''],
    ['4', 'Metric 3', '3', 'Have every disciplinary investigation involving a BME member of staff signed off by the Deputy Director of HR before it goes to a hearing.', 'KM', '01/04/2019', D(2018, 8, 2), 'In place from 1 September.'],
    ['5', 'Metric 4', '4', 'Track who is released for the paramedic degree apprenticeship by ethnicity and publish the figures to staff.', 'Head of Education', '31st March 2019', D(2018, 8, 2), ''],
    ['6', 'Metric 5', '5', 'Add a "racist abuse" option to the incident reporting form used by crews and control room staff.', 'Sam Ibe (H&S)', 'end Dec 18', D(2018, 8, 21), 'Form change with the Datix administrator.'],
    ['7', 'Metric 6', '6', 'Train station and control room managers in handling bullying complaints, starting with the two areas of concern.', 'KM/PD', 'w/c 14/1/19', D(2018, 8, 21), ''],
    ['8', 'Metric 7', '7', 'Start a BME leadership development cohort of twelve staff, with a place on the Clinical Team Leader course.', 'JO', 'TBC', D(2018, 9, 6), 'Funding bid with the Leadership Academy.'],
    ['9', 'Metric 9', '9', 'Ask the Board to adopt a statement on its own ethnic diversity and review it at the annual Board development day.', 'Chief Executive', 'March 19', D(2018, 9, 6), ''],
  ];
  for (const [n, m, ind, act, lead, due, added, com] of rows) {
    p.action([n, m, act, lead, due, added, com], { ref: n, indicators: [ind], action: act, lead, due, progress: com }, { height: 40, styles: [{}, {}, {}, {}, {}, { numFmt: DF }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance trust) kept by hand in two sheets. 'Front' names the trust and plan, has a version table (Version | Date | Author | Changes, dates typed) and a 'Who's who' list decoding the initials JO, KM and PD. 'Plan' has a one-line title, a blank row, a yellow header '# | WRES metric | Action | Responsible | Target date | Date added | Comments' and nine numbered actions. The TARGET DATE column holds dates TYPED AS TEXT in as many ways as people typed them: '30.09.18', 'Sept 2018', 'Jan/Feb 2019', '01/04/2019', '31st March 2019', 'end Dec 18', 'w/c 14/1/19', 'TBC', 'March 19'. 'Date added' holds real Excel dates shown dd/mm/yy. RESPONSIBLE mixes initials ('JO', 'KM/PD'), names ('Dave Pearce', 'Sam Ibe (H&S)') and roles ('Head of Education', 'Chief Executive'). Judgement calls: due = the Target date text exactly as typed (not normalised, not converted; 'TBC' kept); 'Date added' is when the row was written, never the due; the Front sheet's version dates are not dues; lead = Responsible as written – initials stay initials ('KM/PD' whole) even though the Front sheet decodes them; ref = '#'; progress = Comments; indicators from 'Metric N'; no status, rag null; no theme.", { due: { col: 'E' }, lead: { col: 'D', mode: 'whole' }, progress: 'G', notFrom: ['F'] });
}
