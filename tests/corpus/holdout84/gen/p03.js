// holdout84-wres-2018-19-fennimore: ambulance trust's WRES plan: the indicator and an AIM are MERGED DOWN beside two to four
// lettered sub-actions, each with its own owner, progress and RAG (so the sub-actions are the actions and the aim is the theme);
// 'When' is MERGED DOWN where a group shares one deadline.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fennimore Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout84-wres-2018-19-fennimore', sheet: 'Plan', standard: 'WRES', period: '2018-19', trust, widths: [11, 30, 6, 46, 22, 14, 38, 7], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: 'FF003087' } });
  p.line(['WRES Action Plan 2018/19 – Progress at Quarter 3 (December 2018)'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['WRES indicator', 'Aim', 'Ref', 'What we will do', 'Who', 'When', 'Progress at Q3', 'RAG'], { style: { fill: 'FFBDD7EE' }, height: 24 });
  const F = { R: C.red, A: C.amber, G: C.green, C: C.blue };
  const RG = { R: 'red', A: 'amber', G: 'green', C: 'blue' };
  // [indicator, aim, whenShared|null, [[ref, action, who, when|null, progress, rag]]]
  const groups = [
    ['2', 'More BME applicants appointed as paramedics and emergency care assistants', null, [
      ['1a', 'Attend recruitment events at two sixth-form colleges and a mosque open day in each operating area.', 'Recruitment Manager', 'Oct 2018', 'Four events held; 38 expressions of interest.', 'C'],
      ['1b', 'Offer driving assessment practice sessions to BME applicants who pass the interview stage.', 'Fleet Training Lead', 'Jan 2019', 'Pilot in North Division agreed; first session January.', 'G'],
      ['1c', 'Put a BME assessor on every ECA assessment centre panel.', 'Head of Education', 'Dec 2018', 'Only 5 of 9 panels had a BME assessor.', 'A'],
    ]],
    ['3', 'Fewer BME staff taken through formal disciplinary', 'Mar 2019', [
      ['2a', 'Add a second-level review by the Head of HR before a formal investigation is commissioned.', 'Head of HR', null, 'In place since September.', 'G'],
      ['2b', 'Report disciplinary cases by ethnicity and station to the Workforce Committee each quarter.', 'HR Information Analyst', null, 'Not yet – data quality problems in the case log.', 'R'],
    ]],
    ['5, 6, 8', 'Crews and control room staff feel safe and supported', null, [
      ['3a', 'Give crews a body-worn camera option on the two stations with the most racist abuse reported.', 'Head of Operations (South)', 'Feb 2019', 'Business case at Executive Team in January.', 'A'],
      ['3b', 'Train control room supervisors to take reports of racist abuse from callers and log them.', 'EOC Training Manager', 'Nov 2018', 'Done – 21 supervisors trained.', 'C'],
      ['3c', 'Launch a Freedom to Speak Up champion network with at least four BME champions.', 'Freedom to Speak Up Guardian', 'Jan 2019', 'Three champions recruited so far.', 'A'],
    ]],
    ['7, 9', 'Leadership that looks like our workforce', 'Mar 2019', [
      ['4a', 'Reserve places for BME staff on the Clinical Team Leader development course.', 'Head of Education', null, 'Six places reserved on the spring cohort.', 'G'],
      ['4b', 'Ask the Board to agree a target for BME representation at Board and senior manager level.', 'Director of Workforce', null, '', 'R'],
    ]],
  ];
  for (const [ind, aim, when, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([ref, act, who, w, prog, rag], i) => {
      const due = w || when;
      p.action([i ? '' : ind, i ? '' : aim, ref, act, who, w || (i ? '' : when), prog, rag], { ref, indicators: ind.split(', '), theme: aim, action: act, lead: who, due, status: rag, rag: RG[rag], progress: prog },
        { styles: [{ alignment: { horizontal: 'center', vertical: 'middle' }, bold: true }, { alignment: { vertical: 'middle' }, italic: true }, {}, {}, {}, { alignment: { vertical: 'middle' } }, {}, { fill: F[rag], alignment: { horizontal: 'center' } }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r); if (when) mergeDown(p.ws, 'F', first, p.r);
  }
  p.blank();
  p.line(['R – not started or off track   A – started, some risk   G – on track   C – complete'], { merge: ['A', 'H'], style: { font: { size: 8 } } });
  p.line(['Reported to the Workforce Committee, 22 January 2019'], { merge: ['A', 'H'], style: { font: { size: 8 }, italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust). Sheet 'Plan': trust name, a title naming the Q3 position, then the header 'WRES indicator | Aim | Ref | What we will do | Who | When | Progress at Q3 | RAG' (row 4) and ten lettered actions (1a–4b) in four groups. In each group the WRES indicator (A) and the Aim (B) are MERGED DOWN beside two or three sub-actions; for groups 2 and 4 the When cell (F) is also MERGED DOWN, one deadline for the group; then a RAG key line and a reporting line. Judgement calls: the sub-actions are the actions and the merged Aim is the theme – every lettered row has its own owner, progress and RAG, and the Aim is written as an outcome, not a task; each action takes the indicators of the merged cell beside it ('5, 6, 8' → all three) and the deadline of a merged When cell ('Mar 2019'); ref = the letter code; lead = Who; progress = Progress at Q3 as written ('' for 4b); status = the RAG letter, rag from its fill (C = complete on blue → blue); the Workforce Committee date is no due.", { mode: 'fill', ragCol: 8, themeCol: 'B', mergedFields: { lead: 'E', due: 'F' }, forbidden: ['22 January 2019'] });
}
