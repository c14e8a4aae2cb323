// holdout18-wres-2018-19-pockthorpe: NEW LAYOUT – ACTIONS GROUPED BY WHEN THEY WILL BE DELIVERED. No timescale column:
// tan merged SECTION ROWS 'Immediate – by 30 September 2018', 'Short term – by 31 March 2019', 'Medium term – during
// 2019/20', 'Ongoing – throughout the plan' own the actions below them and are their only timescale. Otherwise an ordinary
// DGH WRES plan: 'No. | WRES indicator(s) | Action | Lead | Progress (October 2018) | RAG'; status words filled.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wres-2018-19-pockthorpe', sheet: 'WRES action plan', standard: 'WRES', period: '2018-19', trust: 'Pockthorpe and District Hospitals NHS Foundation Trust', widths: [6, 14, 58, 34, 44, 13] });
  p.line(['Pockthorpe and District Hospitals NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard: Action Plan 2018-19'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Our actions are grouped by when they will be delivered. RAG: Complete – blue; On track – green; Delayed – amber; Not started – red.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  const h = p.header(['No.', 'WRES indicator(s)', 'Action', 'Lead', 'Progress (October 2018)', 'RAG'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const sections = [
    ['Immediate – by 30 September 2018', [
      ['1', ['1'], 'Correct the ethnicity coding errors found in the 2018 WRES return and re-run the band analysis.', 'Workforce Information Manager', 'Done in August; Band 8a+ figures corrected.', 'Complete'],
      ['2', ['2'], 'Publish the 2018 WRES data and this plan on the Trust website.', 'Associate Director of HR', 'Published 28 September.', 'Complete'],
      ['9', ['9'], 'Brief the Council of Governors on Board diversity before the non-executive recruitment round.', 'Trust Secretary', 'Briefing moved to the November meeting.', 'Delayed'],
    ]],
    ['Short term – by 31 March 2019', [
      ['2', ['2'], 'Train 25 BME staff to sit on interview panels for posts at Band 7 and above.', 'Recruitment Manager', '14 trained so far.', 'On track'],
      ['3', ['3'], 'Introduce a case review by the Associate Director of HR before any disciplinary investigation of a BME member of staff.', 'Associate Director of HR', 'Process agreed with staff side in October.', 'On track'],
      ['5, 6', ['5', '6'], 'Set up a network of Dignity at Work advisers across the three hospital sites.', 'Head of Organisational Development and the BME Staff Network chair', 'Volunteers recruited; training booked for January.', 'On track'],
      ['4', ['4'], 'Record access to non-mandatory training and CPD by ethnicity in the learning system.', 'Head of Learning and Development', 'Waiting for the system upgrade.', 'Not started'],
    ]],
    ['Medium term – during 2019/20', [
      ['7', ['7'], 'Design a positive action development programme for BME staff at Bands 5–7 with the regional Leadership Academy.', 'Head of Organisational Development', 'Early discussions with the Academy.', 'On track'],
      ['8', ['8'], 'Commission a cultural review of the two directorates with the highest discrimination scores.', 'Director of Workforce', 'Not yet scoped.', 'Not started'],
    ]],
    ['Ongoing – throughout the plan', [
      ['1-9', ALL_WRES, 'Report progress on the plan to the Workforce Committee every quarter.', 'Director of Workforce', 'Q1 and Q2 reports received.', 'On track'],
      ['5, 6, 8', ['5', '6', '8'], 'Hold quarterly listening events for BME staff with an executive director.', 'Director of Workforce', 'Event in July; October event postponed.', 'Delayed'],
    ]],
  ];
  let n = 0;
  for (const [sec, acts] of sections) {
    p.line([sec], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.tan } });
    for (const [ind, inds, action, lead, prog, st] of acts) {
      const no = ++n;
      p.action([no, ind, action, lead, prog, st], { ref: String(no), indicators: inds, action, lead, due: sec, status: st, rag: S[st][1], progress: prog }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    }
  }
  p.blank();
  p.line(['Plan owner: Director of Workforce. Agreed by the Workforce Committee, 18 July 2018.'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: ACTIONS GROUPED BY WHEN THEY WILL BE DELIVERED, with no timescale column. Four tan merged SECTION ROWS – 'Immediate – by 30 September 2018', 'Short term – by 31 March 2019', 'Medium term – during 2019/20', 'Ongoing – throughout the plan' – own the actions beneath them, and the intro line says 'Our actions are grouped by when they will be delivered.' Otherwise an ordinary WRES plan of a district general hospital trust (2018-19): merged trust name, bold title, italic intro line with the RAG key, a blank row, then a grey header 'No. | WRES indicator(s) | Action | Lead | Progress (October 2018) | RAG' (row 5, frozen). Numbers 1–11 run on across the sections (real numbers; gold ref '1'…'11'). Indicators as text numbers ('1', '5, 6', '5, 6, 8', '1-9' = all nine); indicators within a section are NOT in order (the sections are by time). Leads job titles, one joint lead ('Head of Organisational Development and the BME Staff Network chair', gold = whole cell). Status words filled Complete blue, On track green, Delayed amber, Not started red; progress column. Owner line below. Judgement calls: gold due = the whole text of the section row above the action ('Short term – by 31 March 2019'), since that is the only timescale a reader has; the time sections are NOT themes (theme null); section rows are non-action rows; the 'Medium term – during 2019/20' actions belong to this 2018-19 plan even though they run past its year.", { ragCol: 'F', mode: 'fill', dueSection: { col: 1 } });
}
