// holdout14-wdes-2022-23-haddonleigh: NEW LAYOUT – OUTLINE-GROUPED UPDATE LOG. Each action row is the summary row of an
// Excel row GROUP (outline level 1, summary above) whose detail rows are dated progress updates; most groups are
// COLLAPSED (hidden rows with content), the last two are expanded. Status words filled; key row under the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wdes-2022-23-haddonleigh', sheet: 'WDES action log', standard: 'WDES', period: '2022-23', trust: 'Haddonleigh Mental Health NHS Foundation Trust', widths: [9, 12, 66, 28, 12, 12], font: { name: 'Arial', size: 10 } });
  p.ws.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
  p.ws.properties.outlineLevelRow = 1;
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.line(['Haddonleigh Mental Health NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.line(['WDES action plan 2022/23 with progress log – click + to show the updates under each action'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Metric', 'Action', 'Lead', 'Due', 'RAG'], { style: { fill: 'FFDEEAF6', alignment: { vertical: 'middle', wrapText: true } } });
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white] };
  const ALL12 = ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'];
  const data = [
    ['HD-01', 'M1', ['1'], 'Improve disability declaration on ESR through a "Count Me In" campaign led by the Disability Equality Network.', 'Workforce Information Lead', D(2022, 12, 31), 'Complete', ['Q1 (14/07/22): campaign materials agreed with the network.', 'Q2 (13/10/22): campaign ran September; 312 records updated.', 'Q3 (12/01/23): declaration rate 6.8% (from 4.9%). Closed.']],
    ['HD-02', 'M2', ['2'], 'Offer interview coaching and reasonable adjustments at every stage of recruitment and say so in every advert.', 'Recruitment Lead', D(2022, 9, 30), 'Complete', ['Q1 (14/07/22): advert template changed.', 'Q2 (13/10/22): coaching offer live on the careers site. Closed.']],
    ['HD-03', 'M3', ['3'], 'Pause formal capability where an occupational health referral is outstanding and record the reasons in every case.', 'Employee Relations Manager', D(2023, 3, 31), 'On track', ['Q2 (13/10/22): procedure amended; audit booked for February.']],
    ['HD-04', 'M4a', ['4a'], 'Give community teams personal safety devices and a clear process for reporting abuse from service users on home visits.', 'Head of Security Management', D(2023, 1, 31), 'At risk', ['Q2 (13/10/22): procurement under way.', 'Q3 (12/01/23): supplier delay – devices expected March.']],
    ['HD-05', 'M4b', ['4b'], 'Deliver the "Respect at Work" workshops for managers, with a section on disability-related bullying.', 'Head of OD', D(2023, 3, 31), 'On track', ['Q3 (12/01/23): 9 of 14 workshops delivered.']],
    ['HD-06', 'M5 & M7', ['5', '7'], 'Launch a talent conversation scheme for disabled staff and track who is supported into a new role.', 'Head of OD', D(2023, 3, 31), 'Off track', ['Q2 (13/10/22): not started – OD vacancy.', 'Q3 (12/01/23): still not started; proposed to carry forward.']],
    ['HD-07', 'M6', ['6'], 'Update the attendance policy so that disability-related absence is recorded separately and considered before triggers.', 'HR Policy Lead', D(2022, 11, 30), 'Complete', ['Q2 (13/10/22): approved by JNCC. Closed.']],
    ['HD-08', 'M8', ['8'], 'Introduce the Workplace Adjustments Passport and a central fund for equipment.', 'Health and Wellbeing Lead', D(2023, 3, 31), 'At risk', ['Q1 (14/07/22): passport drafted.', 'Q3 (12/01/23): central fund not yet agreed by Finance.']],
    ['HD-09', 'M9a & M9b', ['9a', '9b'], 'Agree protected time for Disability Equality Network officers and a budget for the network\'s work plan.', 'Chief People Officer', D(2022, 10, 31), 'Complete', ['Q2 (13/10/22): one day a month agreed for chair and vice chair. Closed.']],
    ['HD-10', 'All', ALL12, 'Publish the WDES report and a progress summary on the intranet and discuss it at the Board.', 'Equality and Inclusion Manager', D(2023, 3, 31), 'On track', ['Q3 (12/01/23): Board discussion booked for 30 March.']],
  ];
  data.forEach(([ref, mt, inds, action, lead, due, st, updates], i) => {
    const open = i >= data.length - 2;
    p.action([ref, mt, action, lead, due, st], { ref, indicators: inds, action, lead, due: shown(due, 'mmm yyyy'), status: st, rag: S[st][1], progress: updates.at(-1) }, { styles: [{ bold: true }, {}, {}, {}, { numFmt: 'mmm yyyy' }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    for (const u of updates) p.line([null, null, u], { border: true, style: { italic: true, color: 'FF595959' }, styles: [{}, {}, { alignment: { indent: 2, wrapText: true, vertical: 'top' } }], outline: 1, hidden: !open });
  });
  p.blank();
  p.line(['Key', 'Complete', 'On track', 'At risk', 'Off track'], { at: 2, border: true, styles: [{ bold: true }, { fill: C.blue, color: C.white }, { fill: C.green }, { fill: C.amber }, { fill: C.red, color: C.white }] });
  p.line(['Updates are added at each quarterly Inclusion Committee; closed actions stay in the log until year end.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  const hidden = p.nonActionRows.filter((r) => p.ws.getRow(r).hidden);
  p.saveGold(`Original plan (fictional trust) using a real-world layout NO EARLIER BATCH HAS: an OUTLINE-GROUPED UPDATE LOG. Trust (teal), title ('… with progress log – click + to show the updates under each action'), blank row, light-blue header 'Ref | Metric | Action | Lead | Due | RAG' (row 4, frozen). Each action row is the summary row of an Excel ROW GROUP (outline level 1, summary ABOVE the detail): its detail rows are dated progress updates written in the Action column, italic grey, indented ('Q2 (13/10/22): …'). The groups of HD-01…HD-08 are COLLAPSED – their update rows are HIDDEN but hold text (rows ${hidden.join(', ')}); the last two groups (HD-09, HD-10) are expanded and visible. All update rows are non-action rows; gold progress = the LATEST update under the action. Metric codes 'M1', 'M4a', 'M5 & M7', 'M9a & M9b', 'All' (= all twelve codes of the 2021 set). Due real dates shown mmm yyyy. Status words filled: Complete BLUE, On track green, At risk amber, Off track red, keyed by a row of filled words under the table, then an italic note. Judgement calls: update rows are not actions even though they sit in the Action column and start with a date – they have no ref, lead, due or status; the date inside them ('13/10/22') is the update date, not a due date; hidden rows count as non-action rows with content.`, { ragCol: 'F', mode: 'fill' });
}
