// holdout41-wres-2016-17-elmstow: a mental health and learning disability trust's FIRST WRES plan, kept by the E&D lead: 'WRES Indicator'
// and 'Issue identified' MERGED DOWN over each indicator's actions ('Indicator 5 & 6 – harassment'), timescales typed many ways, leads as
// short team names ('HR', 'E&D lead', 'L&D'), and a steering-group note merged across the table between two groups.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Elmstow Mental Health and Learning Disability NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout41-wres-2016-17-elmstow', sheet: 'WRES plan', standard: 'WRES', period: '2016-17', trust, widths: [22, 34, 54, 15, 13, 32] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2016/17'], { merge: ['A', 'F'], style: { bold: true } });
  const sub = p.line(['Submitted to E&D Steering Group, September 2016'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['WRES Indicator', 'Issue identified', 'Action', 'Lead', 'Timescale', 'Comments'], { style: { fill: C.lilac } });
  const group = (ind, issue, inds, acts) => {
    let first = null;
    for (const [a, lead, ts, com = ''] of acts) {
      const isD = ts instanceof Date; const due = isD ? shown(ts, 'mmm-yy') : ts;
      const r = p.action([first ? '' : ind, first ? '' : issue, a, lead, ts, com], { indicators: inds, action: a, lead, due, progress: com }, { styles: [{ bold: true }, {}, {}, {}, isD ? { numFmt: 'mmm-yy', alignment: { horizontal: 'left', vertical: 'top' } } : {}] });
      first = first || r;
    }
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  };
  group('Indicator 2 – shortlisting', 'White applicants 1.74 times more likely than BME applicants to be appointed from shortlisting.', ['2'], [
    ['Review shortlisting for Band 5 nursing posts in the three localities with the recruitment team.', 'HR', D(2017, 3, 31), 'Started in Northern locality'],
    ['Include a BME member of staff on interview panels for Band 7 posts and above.', 'E&D lead', '31.03.17'],
  ]);
  group('Indicator 3 – disciplinary', 'BME staff 2.1 times more likely to enter the formal disciplinary process.', ['3'], [
    ['Have a second HR adviser review every case before a formal investigation is started.', 'HR', 'end of year'],
  ]);
  const note = p.line(['Discussed at E&D Steering Group 12/1/17 – BME staff network to be invited to the next meeting.'], { merge: ['A', 'F'], style: { italic: true, fill: C.palegrey } });
  group('Indicator 4 – non-mandatory training', 'Training records do not hold ethnicity, so this cannot yet be reported.', ['4'], [
    ['Add ethnicity to the training records system so that indicator 4 can be reported next year.', 'L&D', '31.03.17'],
  ]);
  group('Indicator 5 & 6 – harassment', 'Higher harassment from patients and from colleagues reported by BME staff (staff survey 2015).', ['5', '6'], [
    ['Work with inpatient ward managers to record racist incidents from patients on Datix and follow each one up.', 'Dir of Nursing', '6 months'],
    ['Promote the bullying and harassment advisers to BME staff at locality meetings.', 'E&D lead', 'Apr 2017', 'Leaflet drafted'],
  ]);
  group('Indicator 7 – equal opportunities', 'Only 71% of BME staff believe the trust gives equal opportunities for career progression.', ['7'], [
    ['Run a career development workshop for BME staff in each locality.', 'L&D', D(2017, 1, 31), 'Two of three held'],
    ['Track applications to the leadership programme by ethnicity.', 'L&D', D(2017, 3, 31)],
  ]);
  group('Indicator 9 – Board', 'No BME voting Board members.', ['9'], [
    ["Raise board diversity with the Council of Governors' nominations committee.", 'Trust Secretary', D(2017, 3, 31)],
  ]);
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Invented layout: a mental health and learning disability foundation trust's FIRST WRES plan, kept by its E&D lead, Arial 10 on sheet 'WRES plan': the trust and the title merged across A:F, an italic 'Submitted to E&D Steering Group, September 2016' (row ${sub}), a blank row, one lilac header 'WRES Indicator | Issue identified | Action | Lead | Timescale | Comments' (row 5), then nine actions in six indicator groups. The bold 'WRES Indicator' cell ('Indicator 2 – shortlisting', 'Indicator 5 & 6 – harassment', …) and the 'Issue identified' cell (the finding, with figures) are MERGED DOWN over each group's actions. Between the indicator 3 and indicator 4 groups an italic grey note merged across the table records a steering-group discussion (row ${note}). Timescales are real dates shown 'Mar-17' / 'Jan-17' or typed text ('31.03.17', 'end of year', '6 months', 'Apr 2017'). Judgement calls: indicators from the merged indicator cell for every action under it ('Indicator 5 & 6' → ['5','6']); the indicator cell is context, not a theme, and the Issue identified cell is a finding, never an action or progress; the steering-group note is a non-action row (its date is not a due); lead as written ('HR', 'E&D lead', 'L&D', 'Dir of Nursing'); due as shown; progress = the Comments cell; no status column, so status '' and rag null; no ref.`,
    { notFrom: ['B'], dataRows: [sub, note], indCol: { col: 'A', merged: true }, forbidden: ['12/1/17', 'September 2016'] });
}
