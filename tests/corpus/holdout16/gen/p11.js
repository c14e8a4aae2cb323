// holdout16-wres-2018-19-saxonford: NEW LAYOUT – WHOLE-ROW SHADING IS THE STATUS. No status column: each action row is
// shaded across ALL its cells – pale green (complete), pale yellow (in progress), pale red (not started or overdue) – or
// left unshaded (not yet due), explained by a key sentence above the header. Otherwise an ordinary mid-year WRES update:
// 'No. | Indicator | Action | Lead | Timescale | Progress update (November 2018)'; 'Ind 2', 'Ind 5 & 6'; dd-mmm-yy dates.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wres-2018-19-saxonford', sheet: 'WRES 18-19', standard: 'WRES', period: '2018-19', trust: 'Saxonford Hospitals NHS Trust', widths: [6, 12, 58, 30, 12, 50] });
  p.line(['Saxonford Hospitals NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['WRES Action Plan 2018/19 – mid-year update for the Workforce Committee, November 2018'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Rows are shaded to show progress: green – complete; yellow – in progress; red – not started or overdue. Unshaded rows are not yet due.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['No.', 'Indicator', 'Action', 'Lead', 'Timescale', 'Progress update (November 2018)'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const R = { g: ['FFC6EFCE', 'green'], y: ['FFFFFF99', 'amber'], r: ['FFFFC7CE', 'red'], n: [null, null] };
  const F = 'dd-mmm-yy';
  const data = [
    ['1', 'Ind 1', ['1'], 'Publish the workforce profile by ethnicity and band for each division on the intranet.', 'Head of Workforce Information', D(2018, 6, 30), 'g', 'Published June 2018 and updated quarterly.'],
    ['2', 'Ind 1', ['1'], 'Run an ESR self-service campaign to reduce "not stated" ethnicity records below 3%.', 'Head of Workforce Information', D(2018, 12, 31), 'y', 'Not stated now 4.1%.'],
    ['3', 'Ind 2', ['2'], 'Require a BME panel member for all interviews at Band 8a and above.', 'Head of Recruitment', D(2018, 9, 30), 'g', 'In place since September; 94% compliance.'],
    ['4', 'Ind 2', ['2'], 'Review the wording of person specifications to remove criteria that are not essential to the job.', 'Head of Recruitment', D(2019, 3, 31), 'n', ''],
    ['5', 'Ind 3', ['3'], 'Make every formal disciplinary case involving a BME member of staff subject to a pre-investigation check by a senior HR manager.', 'Deputy Director of HR', D(2018, 10, 31), 'r', 'Not started – HR team vacancies.'],
    ['6', 'Ind 4', ['4'], 'Record applications for study leave and funded courses by ethnicity.', 'Head of Education', D(2018, 11, 30), 'y', 'Recording started for nursing; medical staff to follow.'],
    ['7', 'Ind 5 & 6', ['5', '6'], 'Train 40 staff as "active bystanders" to challenge racist behaviour.', 'Head of Organisational Development', D(2019, 3, 31), 'y', '18 trained.'],
    ['8', 'Ind 5', ['5'], 'Put up posters in all patient areas stating that racist abuse of staff will not be tolerated.', 'Head of Patient Experience', D(2018, 8, 31), 'g', 'Posters in place.'],
    ['9', 'Ind 7', ['7'], 'Set up a reverse mentoring scheme between BME staff and the executive team.', 'Head of Organisational Development', D(2018, 10, 31), 'r', 'Overdue – mentors recruited but no pairs matched yet.'],
    ['10', 'Ind 8', ['8'], 'Report bullying and discrimination cases raised by BME staff to the Workforce Committee each quarter.', 'Deputy Director of HR', D(2018, 9, 30), 'g', 'Quarterly report since Q2.'],
    ['11', 'Ind 9', ['9'], 'Include a commitment to race equality in the recruitment pack for the two non-executive vacancies.', 'Trust Secretary', D(2019, 2, 28), 'n', 'Vacancies to be advertised in January.'],
    ['12', 'All', ALL_WRES, 'Refresh this plan with the Race Equality Network when the 2019 WRES data are available.', 'Equality and Diversity Lead', D(2019, 3, 31), 'n', ''],
  ];
  for (const [no, ind, inds, action, lead, due, shade, upd] of data) {
    const fill = R[shade][0];
    p.action([no, ind, action, lead, due, upd], { ref: no, indicators: inds, action, lead, due: shown(due, F), status: '', rag: R[shade][1], progress: upd }, { style: fill ? { fill } : {}, styles: [{}, {}, {}, {}, { numFmt: F }] });
  }
  p.blank();
  p.line(['Next update to the Workforce Committee: March 2019.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: WHOLE-ROW SHADING IS THE ONLY STATUS. There is NO status or RAG column: every cell of an action row (A:F) is shaded in one pale colour – green C6EFCE (complete), yellow FFFF99 (in progress), red FFC7CE (not started or overdue) – or left UNSHADED (not yet due), as the italic key sentence above the header explains ('Rows are shaded to show progress: green – complete; yellow – in progress; red – not started or overdue. Unshaded rows are not yet due.'). Otherwise an ordinary mid-year WRES update: dark-blue trust name, bold title, the key sentence, a blank row, then a grey header 'No. | Indicator | Action | Lead | Timescale | Progress update (November 2018)' (row 5). Numbers 1–12 (text). Indicators 'Ind N', 'Ind 5 & 6', 'All' (= all nine). Timescales real dates shown dd-mmm-yy. Progress = the update (two empty). A next-update line below. Gold status '' (no status is written anywhere) and rag = the row's shading: green → green, yellow → amber, red → red, unshaded → null. Judgement calls: the row colour is the RAG even though no cell names a status; green here means complete, so complete actions are 'green' (not blue); yellow is amber; an unshaded row (not yet due) has no colour; the words 'Not started' / 'Overdue' inside two updates are progress text, not a status.", { ragCol: 'C', mode: 'fill', statusIsCell: false, rowFill: { from: 1, to: 6 } });
}
