// holdout15-wdes-2021-22-fordingley: NEW LAYOUT – LEADS HELD ONLY IN CELL NOTES. No lead column: each action cell carries
// an Excel note (red triangle; author line 'EDI Team:' then 'Lead: …', sometimes a 'Supported by:' line); two actions have
// no note (no lead); one note on a STATUS cell is a review remark, not a lead. A line above the header tells the reader to
// hover over the action for its lead. Otherwise an ordinary 2021-set tracker (M-codes, dd/mm/yyyy, filled status words).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wdes-2021-22-fordingley', sheet: 'WDES 21-22', standard: 'WDES', period: '2021-22', trust: 'Fordingley and District NHS Foundation Trust', widths: [8, 14, 62, 13, 14, 48], font: { name: 'Calibri', size: 11 } });
  p.line(['Fordingley and District NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['WDES Action Plan 2021/22 – tracker'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['The lead for each action is recorded in the comment on the action cell (hover over the red triangle). Status: Complete (blue), On track (green), At risk (amber), Off track (red).'], { merge: ['A', 'F'], style: { italic: true }, height: 30 });
  p.blank();
  const h = p.header(['Ref', 'Metric', 'Action', 'Target date', 'Status', 'Progress update (Q3)'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white] };
  const note = (lines) => ({ texts: [{ font: { bold: true, size: 9, name: 'Tahoma' }, text: 'EDI Team:' }, { font: { size: 9, name: 'Tahoma' }, text: '\n' + lines.join('\n') }] });
  const data = [
    ['FD1', 'M1', ['1'], 'Refresh disability declaration on ESR through a "Count me in" campaign with the Disability Network.', 'Head of Workforce Information', null, D(2021, 11, 30), 'Complete', 'Declaration up from 3.9% to 5.8%.'],
    ['FD2', 'M1', ['1'], 'Report disability representation by band and staff group to the People Committee every quarter.', 'Workforce Intelligence Manager', null, D(2021, 9, 30), 'Complete', 'In the Q2 and Q3 reports.'],
    ['FD3', 'M2', ['2'], 'Check that every advert offers the guaranteed interview scheme and that shortlisting panels apply it.', 'Head of Resourcing', 'Supported by: Recruitment team', D(2022, 1, 31), 'On track', 'Audit of 40 campaigns: 38 compliant.'],
    ['FD4', 'M3', ['3'], 'Add an occupational health review to the capability procedure before any formal stage for a disabled colleague.', 'Head of Employee Relations', null, D(2022, 3, 31), 'At risk', 'Procedure redrafted; consultation with Staff Side delayed.'],
    ['FD5', 'M4a', ['4a'], 'Introduce a zero-tolerance message on abuse of disabled staff by patients and visitors, with a reporting route on Datix.', 'Head of Security', null, D(2021, 12, 31), 'On track', 'Datix category live; posters printing.'],
    ['FD6', 'M4a, M4b', ['4a', '4b'], 'Train managers to recognise and respond to disability-related bullying and harassment.', 'Head of Organisational Development', null, D(2022, 3, 31), 'On track', 'Module added to the management essentials course.'],
    ['FD7', 'M5', ['5'], 'Offer a career conversation with a trained coach to every disabled member of staff who asks.', null, null, D(2022, 3, 31), 'Off track', 'No coaches available until the new pool is trained.'],
    ['FD8', 'M6', ['6'], 'Change the attendance policy so that disability-related absence is recorded separately and not counted towards triggers.', 'Head of Employee Relations', 'Supported by: Occupational Health', D(2022, 2, 28), 'At risk', 'Policy group meeting moved to February.', 'Rated amber at the January review – was green in Q2.'],
    ['FD9', 'M8', ['8'], 'Launch a Reasonable Adjustments Passport and a central adjustments fund.', 'Head of Occupational Health', null, D(2021, 10, 31), 'Complete', '64 passports agreed; fund of £25k in place.'],
    ['FD10', 'M9a, M9b', ['9a', '9b'], 'Support the Disability and Long-Term Conditions Network to run a staff survey follow-up on engagement and voice.', 'Network Chair', 'Supported by: Head of EDI', D(2022, 1, 31), 'On track', 'Two focus groups held.'],
    ['FD11', 'M10', ['10'], 'Include disability in the Board development programme and ask Board members to update their own monitoring data.', null, null, D(2022, 3, 31), 'On track', 'Board session booked for March.'],
  ];
  for (const [ref, m, inds, action, lead, more, due, st, upd, stNote] of data) {
    const r = p.action([ref, m, action, due, st, upd], { ref, indicators: inds, action, lead: lead || '', due: shown(due, 'dd/mm/yyyy'), status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    if (lead) p.ws.getCell(`C${r}`).note = note([`Lead: ${lead}`, ...(more ? [more] : [])]);
    if (stNote) p.ws.getCell(`E${r}`).note = note([stNote]);
  }
  p.blank();
  p.line(['Approved by the People and Culture Committee, 19 October 2021. Next update: April 2022.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world style NO EARLIER BATCH HAS: LEADS HELD ONLY IN CELL NOTES. NHS-blue trust name, title 'WDES Action Plan 2021/22 – tracker', an italic line 'The lead for each action is recorded in the comment on the action cell (hover over the red triangle). Status: Complete (blue), On track (green), At risk (amber), Off track (red).', a blank row, then a pale-blue header 'Ref | Metric | Action | Target date | Status | Progress update (Q3)' (row 5, frozen). There is NO lead column: each action cell in C has an Excel NOTE (legacy comment, red triangle) whose first line is the author 'EDI Team:' and whose next line is 'Lead: <role>', sometimes followed by 'Supported by: …'; gold lead = the text after 'Lead:' (the supporting line is not the lead). FD7 and FD11 have NO note → lead ''. FD8's STATUS cell also has a note ('Rated amber at the January review – was green in Q2.') – a review remark, not a lead and not the status. Metrics as 2021-set codes 'M1', 'M4a', 'M4a, M4b', 'M9a, M9b', 'M10'. Target dates real, shown dd/mm/yyyy. Status words filled (Complete blue, On track green, At risk amber, Off track red). Progress = 'Progress update (Q3)'. Approval line below. Judgement calls: the lead is read from the note on the action cell only; 'Supported by' lines are not leads; the note author ('EDI Team') is not the lead; a note on another cell is ignored.", { ragCol: 'E', mode: 'fill', noteLead: { col: 'C', prefix: 'Lead:' } });
}
