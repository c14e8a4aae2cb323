// holdout71-wres-2018-19-carrowdale: mental health and community partnership FT, a plan in the shape of a real published 2020/21 WRES
// plan of a mental health and community trust (source 004) as it comes out of a PDF into Excel: 'Metric | Objective | Action/s |
// Timescales | Lead/s | Progress', the metric (with its 'Summary:') and the objective merged down beside their actions, actions numbered
// 1 … 14 ACROSS the metrics inside the action text, bare 'See n. above.' rows, the header repeated at each page break and one action
// split by a page break; the trust is named only in the closing note.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Carrowdale Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout71-wres-2018-19-carrowdale', sheet: 'WRES AP 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [34, 30, 46, 14, 28, 14], font: { name: 'Arial', size: 9 } });
  p.line(['Workforce Race Equality Standard Action Plan 2018/19'], { merge: ['A', 'F'], height: 20, style: { bold: true, font: { size: 13 } } });
  p.line(['October 2018 - October 2019'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  const HDR = ['Metric', 'Objective', 'Action/s', 'Timescales', 'Lead/s', 'Progress'];
  const hdr = () => p.header(HDR, { style: { fill: C.lilac } });
  hdr();
  // metric blocks: [metric cell, objective cell, rows…]; a row is [action text, timescale, lead] or ['See n. above.'] or 'BREAK'
  // (page break: the header again) or ['CONT', text] (the rest of the action above, carried over the page break)
  const blocks = [
    ['1. Percentage of BME staff in Bands 1-9/VSM (Very Senior Managers) compared with the percentage of BME staff in the overall workforce\n\nSummary: BME staff are 8% of the workforce but 3% of Band 7 and above, and there is no BME director.',
      '• Grow BME representation at Band 7 and above; and\n• Board commitment to becoming a more inclusive and representative employer.',
      ['1. Every manager to hold a career conversation with each BME colleague at appraisal and agree at least one development goal', 'October 2019', 'Associate Director of Learning and Development'],
      ['2. Hold a BME career development day in each locality (north and south)', 'March 2019', 'BME Network Lead'],
      ['3. Evaluate the reciprocal mentoring pilot that paired six executives with BME colleagues in 2017-18', 'Ongoing', 'Associate Director of Learning and Development'],
      ['4. Add an equality and inclusion statement to all job adverts', 'December 2018', 'Inclusion Manager'],
      ['5. Review recruitment processes so that advertising,', 'July 2019', 'Inclusion Manager/ Recruitment Manager'],
      'BREAK',
      ['CONT', 'shortlisting and interviewing are consistent across all directorates.']],
    ['2. Relative likelihood of White staff being appointed from shortlisting compared to BME staff\n\nSummary: White applicants are 1.52 times more likely to be appointed from shortlisting.',
      '• Strong talent management that spots potential and offers coaching, so that more BME staff succeed at interview.',
      ['6. Pilot a diverse interview panel, including a trained BME panel member, for all Band 7 and above posts', 'Autumn 2019', 'Recruitment Manager/ Associate Director of Learning and Development'],
      ['7. Give unsuccessful internal BME candidates structured feedback and an offer of interview coaching', 'June 2019', 'Recruitment Manager']],
    ['3. Relative likelihood of BME staff entering the formal disciplinary process compared to White staff\n\nSummary: BME staff are 1.9 times more likely to enter a formal process.',
      '• Fairness and consistency in every investigation involving a BME colleague.',
      ['8. Introduce a pre-formal check by a senior HR adviser before any BME colleague is placed on a formal investigation', 'January 2019', 'Head of Employee Relations']],
    ['4. Relative likelihood of BME staff accessing non-mandatory training and CPD compared to White staff\n\nSummary: BME staff are slightly more likely than White staff to access non-mandatory training this year.',
      '• BME staff encouraged and supported to use development funding for their career progression.',
      ['9. BME Network Lead to promote non-mandatory training and CPD funding through network emails and the network\'s social media pages', 'Ongoing', 'BME Network Lead'],
      'BREAK'],
    ['5. Percentage of BME staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months\n\nSummary: 31% of BME staff (White staff 24%).',
      '• Processes in place to support staff, and a clear zero-tolerance message to the public.',
      ['10. Run hate crime awareness sessions for ward and team managers with the local police', 'March 2019', 'BME Network Lead/ Local Security Management Specialist'],
      ['11. Display zero tolerance posters in every inpatient unit and community base', 'December 2018', 'Communications Manager']],
    ['6. Percentage of BME staff experiencing harassment, bullying or abuse from staff in the last 12 months\n\nSummary: 27% of BME staff (White staff 21%).',
      '• Positive team cultures in which staff have the skills and confidence to challenge poor behaviour.',
      ['12. Promote the Freedom to Speak Up Guardian and the BME Network at every trust induction', 'Ongoing', 'BME Network Lead/ FTSU Guardian'],
      ['See 10. above.']],
    ['7. Percentage of BME staff believing that the trust provides equal opportunities for career progression or promotion\n\nSummary: 71% of BME staff (White staff 86%).',
      '• Recruitment and promotion processes reviewed so that they are fair and seen to be fair.',
      ['See 2. above.'],
      ['13. Offer interview preparation clinics open to all staff, with BME staff invited first', 'May 2019', 'BME Network Lead/ Recruitment Manager']],
    ['9. BME board membership should reflect the overall workforce\n\nSummary: one of eleven voting board members is from a BME background.',
      '• A board that reflects the population served and the local workforce.',
      ['14. Ask the search agency for a diverse long list for the two non-executive director vacancies in 2019', 'April 2019', 'Director of People']],
  ];
  const seeRows = []; let pending = null;
  for (const [metric, obj, ...rows] of blocks) {
    let start = null; let last = null;
    const closeMerge = () => { if (start !== null) { mergeDown(p.ws, 'A', start, last); mergeDown(p.ws, 'B', start, last); } start = null; };
    for (const r of rows) {
      if (r === 'BREAK') { closeMerge(); hdr(); continue; }
      if (r[0] === 'CONT') {
        const cr = p.line(['', '', r[1], '', '', ''], { border: true });
        pending.g.action = `${pending.g.action} ${r[1]}`; p.joins[pending.row] = [{ col: 'C', rows: [cr] }];
        continue;
      }
      const first = start === null;
      const cells = first ? [metric, obj] : ['', ''];
      let row;
      if (r.length === 1) { row = p.line([...cells, r[0], '', '', ''], { border: true }); seeRows.push(row); }
      else {
        const [act, ts, lead] = r; const ref = /^(\d+)\./.exec(act)[1];
        const g = { ref, indicators: [/^(\d+)\./.exec(metric)[1]], action: act, lead, due: ts };
        row = p.action([...cells, act, ts, lead, ''], g);
        pending = { row, g: p.actions[p.actions.length - 1] };
      }
      if (first) start = row; last = row;
    }
    closeMerge();
  }
  p.blank();
  p.line([`Note: These actions were agreed with the Trust's WRES Improvement Group, a working group of the BME Staff Network. ${trust}, Equality and Inclusion Team.`], { merge: ['A', 'F'], style: { italic: true } });
  p.ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community partnership FT) laid out like a real published 2020/21 WRES action plan of a mental health and community trust (source 004), as the PDF comes out in Excel: sheet 'WRES AP 2018-19', the title, the plan period 'October 2018 - October 2019', a blank row, the header 'Metric | Objective | Action/s | Timescales | Lead/s | Progress' (row 4) REPEATED at two page breaks (rows 10 and 16). Each METRIC cell (the metric's number and wording, a blank line and a 'Summary:' of the year's figures) and its OBJECTIVE cell ('•' bullets) are merged down beside the metric's rows, the merge broken at a page break. The actions are numbered 1-14 IN THE ACTION TEXT, the numbering running on across metrics (no metric 8). Action 5 is SPLIT by the page break: 'Review recruitment processes so that advertising,' sits on row 9 with its timescale and leads and the rest of the sentence on row 11 under the repeated header, in the Action/s column alone. Two rows hold only a cross-reference ('See 10. above.', 'See 2. above.'). The Progress column is empty (the plan as first published). The trust is named only in the closing note. Judgement calls: ref = the number at the start of the action, the action text keeps it ('1. Every manager …'); action 5 = the two parts joined ('5. Review recruitment processes so that advertising, shortlisting and interviewing are consistent across all directorates.'), row 11 is its continuation, not an action; the 'See n. above.' rows set out no new work and are not actions (no field taken from them); indicators = the number the merged metric cell starts with (never the '1-9' of 'Bands 1-9'); the Summary figures are findings and the Objective is the metric's aim – neither gives a field (outcome ''); lead and timescale as written ('Autumn 2019', 'Ongoing', 'Recruitment Manager/ Associate Director of Learning and Development'); no status, rag null, progress ''; theme null (the metric is a column, not a heading row); identity trust from the closing note, period from the title and the October-to-October line.", { indCol: { col: 'A', mode: 'lead' }, notFrom: ['B'], dataRows: seeRows });
}
