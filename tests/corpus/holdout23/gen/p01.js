// holdout23-wres-2015-16-farrowfield: ORDINARY first-year WRES plan of an ACUTE trust whose catchment includes an INTERNATIONAL
// AIRPORT: merged title, plan line, intro paragraph; header 'Ind. | Issue identified | Planned activity | Named lead | Completion by |
// Progress RAG | Position statement' with Ind. and Issue MERGED DOWN over two-action groups; RAG shown by FILL ONLY (no text);
// text timescales; pencilled notes in an unheaded MARGIN column H; key and approval lines below.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Farrowfield Hospital NHS Trust';
  const p = new Plan(book, { name: 'holdout23-wres-2015-16-farrowfield', sheet: 'WRES plan', standard: 'WRES', period: '2015-16', trust, widths: [9, 30, 50, 26, 15, 10, 42, 20] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } }, height: 22 });
  p.line(['Workforce Race Equality Standard (WRES) – Action Plan 2015/16'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['This is our first WRES action plan. It responds to the data we submitted in July 2015. Around four in ten of our staff live in the towns around the airport, where a third of residents are from Black and minority ethnic (BME) communities, yet BME staff are under-represented in senior roles and report more harassment than their white colleagues. The actions below are our first steps.'], { merge: ['A', 'G'], height: 54 });
  p.blank();
  p.header(['Ind.', 'Issue identified', 'Planned activity', 'Named lead', 'Completion by', 'Progress RAG', 'Position statement'], { style: { fill: 'FFD9E1F2' } });
  const G = [C.green, 'green'], A = [C.amber, 'amber'], R = [C.red, 'red'];
  const groups = [
    ['Ind. 1', ['1'], 'BME staff are 31% of the workforce but 9% of staff at Band 8a and above.', [
      ['Publish a workforce profile by band and ethnicity for each directorate every six months.', 'Head of Workforce Information', 'Dec 2015', G, 'First profile went to the Workforce Committee in November.', 'WFC 12/11'],
      ['Agree an aspirational target for BME representation at Band 8a and above and take it to the Trust Board.', 'Director of HR & OD', 'March 2016', A, 'Draft target discussed at Executive Team; Board date to be confirmed.', ''],
    ]],
    ['Ind. 2', ['2'], 'White applicants are 1.62 times more likely than BME applicants to be appointed from shortlisting.', [
      ['Put at least one BME panel member on every interview panel for posts at Band 7 and above.', 'Recruitment Manager', 'End of Q4', A, 'Pool of 22 trained panel members; not yet enough to cover every panel.', 'chase Med Staffing'],
    ]],
    ['Ind. 3', ['3'], 'BME staff are 2.1 times more likely to enter the formal disciplinary process.', [
      ['Review every disciplinary case opened in 2014/15 by ethnicity and report the themes to the Workforce Committee.', 'Employee Relations Manager', 'Jan-16', G, 'Case review under way with staff-side colleagues.', ''],
    ]],
    ['Ind. 4', ['4'], 'Access to non-mandatory training is similar, but BME staff take up fewer funded courses.', [
      ['Monitor access to non-mandatory training and CPD funding by ethnicity and report it each quarter.', 'Head of Learning & Development', 'Ongoing', A, 'Course booking system cannot yet report by ethnicity; manual count for Q3.', ''],
    ]],
    ['Ind. 5 / 6', ['5', '6'], 'Staff survey 2014: 31% of BME staff report harassment from patients or the public and 29% from colleagues.', [
      ['Agree with the police a joint protocol for racist abuse of staff in the emergency department, including passengers brought in from the airport.', 'Head of Security & Emergency Planning', 'Ongoing', G, 'Protocol drafted with the police airport unit; in use from December.', 'ED matron aware'],
      ['Run a "Speak up" campaign so that staff know how to report bullying and harassment by colleagues.', 'Head of Staff Engagement', 'By end of March 2016', R, 'Not started – campaign to be designed with the new BME network.', ''],
    ]],
    ['Ind. 7', ['7'], 'Only 64% of BME staff believe the Trust offers equal opportunities for promotion.', [
      ['Set up a BME staff network with an executive sponsor and protected time for members to attend.', 'Director of HR & OD', 'Nov 2015', G, 'Network launched 18 November; 46 members.', ''],
    ]],
  ];
  for (const [ind, inds, issue, acts] of groups) {
    const r0 = p.r + 1;
    acts.forEach(([action, lead, due, [fill, rag], pos, margin], i) => {
      p.action([i ? '' : ind, i ? '' : issue, action, lead, due, '', pos], { indicators: inds, action, lead, due, status: '', rag, progress: pos }, { styles: [{}, { italic: true }, {}, {}, {}, { fill }] });
      if (margin) { const c = p.ws.getCell(`H${p.r}`); c.value = margin; c.font = { name: 'Arial', size: 8, italic: true, color: { argb: 'FF7F7F7F' } }; }
    });
    mergeDown(p.ws, 'A', r0, p.r); mergeDown(p.ws, 'B', r0, p.r);
  }
  p.blank();
  p.line(['RAG key: green = achieved or on track; amber = in progress with some slippage; red = not started or significantly delayed.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Document owner: Director of HR & OD   |   Approved: Trust Board, 24 September 2015   |   Next review: Workforce Committee, March 2016'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first-year WRES plan of an ACUTE trust whose catchment includes an INTERNATIONAL AIRPORT: a merged title (trust), a plan line, an intro paragraph, a blank row, then a pale-blue header (row 5) 'Ind. | Issue identified | Planned activity | Named lead | Completion by | Progress RAG | Position statement'. The indicator ('Ind. 1', 'Ind. 5 / 6') and the issue (the data finding) are MERGED DOWN over one- and two-action groups: a merged indicator belongs to every action it spans. The 'Progress RAG' cells are FILLED ONLY – green, amber or red with no text. Completion dates are text as typed ('Dec 2015', 'End of Q4', 'Jan-16' typed as text, 'Ongoing', 'By end of March 2016'). An unheaded MARGIN column H holds pencilled notes in small grey italics on four rows ('WFC 12/11', 'chase Med Staffing', 'ED matron aware'). Below: a blank row, an italic RAG key line and an owner / approval line. Judgement calls: the status cell has no text, so status is '' and rag is the fill; Planned activity = action; Named lead = lead; Position statement = progress; the issue is context, not a theme or outcome (theme null); the margin notes are no gold field (they are working notes, not progress); 'Ind. 5 / 6' = ['5','6']; the title, plan, intro, key and approval lines are not actions.", { ragCol: 'F', mode: 'fill', notFrom: ['B', 'H'] });
}
