// holdout72-wdes-2021-22-garnford: acute trust, a two-year WDES plan laid out like a published 2020-2022 equality plan of a mental
// health trust: a colour key at the top (Red / Amber / Green / Blue = new), then one block per metric, each with ITS OWN header – and
// the headers do not agree: some blocks are 'Objective | Analysis | WDES Action | Lead | Date | RAG Rating' (the RAG cell holds the
// update on its colour), others 'Objective | Reason *most recent data is shown* | Action | Update | Lead | Date | RAG Rating' (one column
// more, data in the Objective column, the RAG cell only coloured). 'Metric n' rows with the wording beside them open each block.
import { Book, Plan, C } from './lib.js';
import { fitHeight } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [18, 30, 44, 30, 22, 13, 26];
  const trust = 'Garnford and District Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2021-22-garnford', sheet: 'WDES AP 2021-23', standard: 'WDES', period: '2021-22', trust, widths: W, font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.line(['WDES ACTION Plan 2021 - 2023'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  const keyRows = [];
  for (const [w, f, t] of [['Red', C.red, 'Not yet begun'], ['Amber', C.amber, 'Begun but not complete'], ['Green', C.green, 'Complete'], ['Blue', C.lightblue, 'New for 2021 onwards']]) keyRows.push(p.line([w, t], { styles: [{ fill: f, bold: true }, {}] }));
  p.blank();
  const F = { red: C.red, amber: C.amber, green: C.green, blue: C.lightblue };
  const H6 = (a) => ['Objective', 'Analysis', a, 'Lead', 'Date', 'RAG Rating'];
  const H7 = ['Objective', 'Reason *most recent data is shown*', 'Action', 'Update', 'Lead', 'Date', 'RAG Rating'];
  const hs = { style: { fill: C.paleblue } };
  const M = {
    1: 'Percentage of staff in AfC pay bands or medical and dental subgroups and very senior managers (including Executive Board members) compared with the percentage of staff in the overall workforce.',
    2: 'Relative likelihood of non-disabled staff compared to Disabled staff being appointed from shortlisting across all posts.',
    3: 'Relative likelihood of Disabled staff compared to non-disabled staff entering the formal capability process, as measured by entry into the formal capability procedure.',
    '4a': 'Percentage of Disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients/service users, their relatives or other members of the public; managers; other colleagues.',
    '4b': 'Percentage of Disabled staff compared to non-disabled staff saying that the last time they experienced harassment, bullying or abuse at work, they or a colleague reported it.',
    5: 'Percentage of Disabled staff compared to non-disabled staff believing that the Trust provides equal opportunities for career progression or promotion.',
    8: 'Percentage of Disabled staff saying that their employer has made adequate adjustment(s) to enable them to carry out their work.',
    '9a': 'The staff engagement score for Disabled staff, compared to non-disabled staff and the overall engagement score for the Trust.',
    '9b': 'Has your Trust taken action to facilitate the voices of Disabled staff in your organisation to be heard?',
  };
  // 6-col action: [analysis, action, lead, date, ragText, rag]; 7-col action: [objectiveData, reason, action, update, lead, date, rag]; ['data', text] = analysis only
  const blocks = [
    [6, 'WDES Action', [['m', '1'],
      ['As of 31/03/2020 Disabled staff 3.1%, non-disabled 71.4%, not stated 25.5%', 'Run a declaration drive with the Disability and Wellbeing Network, including a short film of staff explaining why they declared.', 'Workforce Information Manager  EDI Facilitator', 'June 2021', 'Film made and the drive ran in May and June; declaration is now 4.6%.', 'green'],
      ['As of 31/03/2021 Disabled staff 4.6%, non-disabled 72.0%, not stated 23.4%', 'Analyse ESR by division and band to find where Disabled staff are least represented.', 'Workforce Information Manager', 'September 2021', 'Report going to the EDI Steering Group in October.', 'amber'],
      ['data', 'Fewer than 1% of staff at Band 8c and above have declared a disability.']]],
    [7, null, [['m', '2'],
      ['Shortlisted: Disabled 402, non-disabled 5,120\nAppointed: Disabled 47, non-disabled 861', 'Non-disabled applicants are 1.44 times more likely to be appointed from shortlisting (1.29 last year).', 'All recruiting managers to complete the refreshed Recruitment and Selection training, which now covers adjustments at interview.', 'Training relaunched online in April 2021; 212 managers trained so far.', 'Recruitment Manager  EDI Facilitator', 'April 2021', 'green'],
      ['', '', 'Offer interview skills sessions for Disabled staff through the Disability and Wellbeing Network.', 'First session held in July with 9 attendees; the next is in November.', 'EDI Facilitator  Network Chair', 'July 2021', 'amber']]],
    [6, 'Action', [['m', '3'],
      ['Disabled staff are 1.9 times more likely to enter formal capability (6 cases against 31).', 'Record on ESR whether occupational health advice was sought before a capability case moved to the formal stage.', 'ER Manager', 'Nov 2021', 'ESR field added; reporting from December.', 'green']]],
    [7, null, [['m', '4a'],
      ['Public 31.2%\nManagers 14.0%\nColleagues 24.5%', 'Abuse from the public is highest for Disabled staff in ED and outpatients.', '• Put up “we will not tolerate abuse of our staff” posters in all receptions, including one that names disability.\n• Remind all staff to report abuse on Datix.', 'Posters in place in ED; outpatients to follow in November.', 'Head of Security  Communications Manager', 'October 2021', 'amber'],
      ['m', '4b'],
      ['Reported: Disabled 44.6%, non-disabled 47.9%', 'Disabled staff are a little less likely to report it.', 'Add a “report it for me” option so that a colleague or the network can raise a Datix on someone’s behalf.', 'Not yet begun – waiting for the new Datix release.', 'Risk Manager', 'January 2022', 'red']]],
    [6, 'Action', [['m', '5'],
      ['54.3% of Disabled staff believe the Trust provides equal opportunities, against 60.1% of non-disabled staff.', 'Keep two places for Disabled staff on each cohort of the “Stepping Forward” Band 5–7 leadership programme.', 'Head of Leadership and OD', 'January 2022', 'Cohort 3 has three Disabled members.', 'green'],
      ['', 'The Trust will be working with a disabled-led jobs board to advertise posts in areas where Disabled staff are under-represented.', '', '', 'Completed – will need to wait for the impact of this partnership.', 'green']]],
    [7, null, [['m', '8'],
      ['71.0% of Disabled staff say adequate adjustments have been made', 'Down from 74.5%; delays in getting equipment were the main complaint.', 'Move the reasonable adjustments budget to Occupational Health so that equipment is ordered centrally.', 'Budget moved from 1 October 2021.', 'Head of Occupational Health', 'October 2021', 'green']]],
    [6, 'Action', [['m', '9a'],
      ['Engagement score 6.4 for Disabled staff against 6.9.', 'Hold two “listening into action” events a year for Disabled staff with the Chief Executive.', 'Director of Workforce', 'March 2022', 'First event held online in September.', 'amber'],
      ['m', '9b'],
      ['Yes – the Disability and Wellbeing Network meets monthly.', 'Give the network chair a standing place at the People and Culture Committee.', 'Company Secretary', 'July 2021', 'New for 2021 onwards – agreed in July.', 'blue']]],
  ];
  const secs = []; const dataRows = []; const ragColAt = {}; let theme = null; let ind = null;
  for (const [n, word, items] of blocks) {
    p.header(n === 6 ? H6(word) : H7, hs);
    for (const it of items) {
      if (it[0] === 'm') { ind = it[1]; theme = `Metric ${ind}`; secs.push(p.line([theme, M[ind]], { border: true, merge: ['B', n === 6 ? 'F' : 'G'], styles: [{ bold: true }, {}], height: 26 })); continue; }
      if (it[0] === 'data') { const vals = ['', it[1], '', '', '', '']; const r = p.write(vals, { height: fitHeight(vals, W, 9) }); p.nonActionRows.push(r); dataRows.push(r); continue; }
      if (n === 6) {
        const [an, act, lead, date, txt, rag] = it; const vals = ['', an, act, lead, date, txt];
        p.action(vals, { indicators: [ind], theme, action: act, lead, due: date, rag, progress: txt }, { height: fitHeight(vals, W, 9), styles: [{}, {}, {}, {}, {}, { fill: F[rag] }] });
      } else {
        const [od, reason, act, upd, lead, date, rag] = it; const vals = [od, reason, act, upd, lead, date, ''];
        const r = p.action(vals, { indicators: [ind], theme, action: act, lead, due: date, rag, progress: upd }, { height: fitHeight(vals, W, 9), styles: [{}, {}, {}, {}, {}, {}, { fill: F[rag] }] });
        ragColAt[r] = 7;
      }
    }
    p.blank();
  }
  p.line(['Metric 10 (Board representation) is taken forward through the Board development plan and is not repeated here.'], { merge: ['A', 'G'], style: { italic: true } });
  p.ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust), laid out like a published two-year equality action plan of 2020-2022: sheet 'WDES AP 2021-23', trust name, title 'WDES ACTION Plan 2021 - 2023', a four-row COLOUR KEY (Red 'Not yet begun', Amber 'Begun but not complete', Green 'Complete', Blue 'New for 2021 onwards' – the colour word on its fill beside the meaning), then seven metric blocks, EACH WITH ITS OWN HEADER ROW, and the headers DIFFER: the 6-column blocks read 'Objective | Analysis | WDES Action (or Action) | Lead | Date | RAG Rating' and their RAG Rating cell holds the update text on its colour; the 7-column blocks read 'Objective | Reason *most recent data is shown* | Action | Update | Lead | Date | RAG Rating' – Lead, Date and the RAG column move one column right, an Update column appears, the block's FIGURES sit in the Objective column and the RAG cell is coloured with no text. Each block opens with a 'Metric n' row (the label in A, the wording merged beside it); two blocks hold two metrics (4a then 4b; 9a then 9b) under one header. Metric 1's block has an analysis-only row ('Fewer than 1% …', row 13) with no action; metric 5's second action has no lead or date (as the plan writes it); the action cells of 4a hold two '•' lines. A closing italic line rules metric 10 out. Judgement calls: every field is read under ITS OWN block's header (lead = Lead, due = Date, progress = the Update cell in 7-column blocks and the RAG Rating cell's text in 6-column blocks); status '' (no status word: the RAG cell holds an update or nothing), rag from the RAG Rating cell's fill as the key reads it (light blue – 'New for 2021 onwards' – → blue); the Analysis / Reason / Objective-column figures are context, never progress or outcome; theme = the 'Metric n' row above ('Metric 4b' under the same header as 4a); indicators from that row (2021 codes 4a, 4b, 9a, 9b); the two '•' lines of the 4a cell are one action; a Lead cell naming two roles with only spaces between them ('Recruitment Manager  EDI Facilitator') is kept whole as written; the analysis-only row, the key rows, the metric rows and the metric 10 line are not actions; no ref.", { mode: 'fill', ragCol: 6, ragColAt, statusIsCell: false, sections: secs, dataRows: [...dataRows, ...keyRows], notFrom: ['A', 'B'], forbidden: ['Not yet begun', 'Begun but not complete', 'Complete', 'New for 2021 onwards'], blockHeader: { action: ['WDES Action', 'Action'], lead: ['Lead'], due: ['Date'], progress: ['Update', 'RAG Rating'] } });
}
