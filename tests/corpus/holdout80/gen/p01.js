// holdout80-wres-2016-17-pennyfold: district general hospital; a 'Cover' sheet (the ONLY place the trust is named, with document owner,
// approval and review lines and a contents list) before the 'Action Plan' sheet; indicators written out ('Indicator 2 – shortlisting');
// timescales typed as text; a progress column and no status.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pennyfold and District Hospitals NHS Trust';
  const cv = book.wb.addWorksheet('Cover');
  cv.getColumn(1).width = 4; cv.getColumn(2).width = 70;
  [[3, trust, { bold: true, size: 16, color: { argb: C.nhs } }], [5, 'Workforce Race Equality Standard', { bold: true, size: 14 }], [6, 'Action Plan 2016/17', { bold: true, size: 14 }],
    [9, 'Document owner: Head of Equality & Diversity', {}], [10, 'Approved by: Workforce & OD Committee, 14 September 2016', {}], [11, 'Review date: March 2017', {}],
    [13, 'Contents', { bold: true }], [14, '1. Action Plan (next tab)', {}], [15, '2. The 2016 WRES return was submitted to NHS England on 1 July 2016 and is published on our website.', { italic: true }]]
    .forEach(([r, v, f]) => { const c = cv.getCell(`B${r}`); c.value = v; c.font = { name: 'Arial', size: 11, ...f }; c.alignment = { wrapText: true }; });
  cv.pageSetup = { orientation: 'portrait', fitToPage: true };
  const p = new Plan(book, { name: 'holdout80-wres-2016-17-pennyfold', sheet: 'Action Plan', standard: 'WRES', period: '2016-17', trust, widths: [6, 24, 52, 24, 14, 40], font: { name: 'Arial', size: 10 } });
  p.line(['WRES Action Plan 2016/17'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } }, height: 22 });
  p.blank();
  p.header(['No.', 'WRES Indicator', 'Action', 'Lead Officer', 'Timescale', 'Progress to date'], { style: { fill: C.paleblue }, height: 18 });
  const rows = [
    ['1', 'Indicator 1 – workforce profile', 'Publish a breakdown of BME staff by Agenda for Change band and medical grade for each clinical division, every six months.', ['1'], 'Workforce Information Manager', 'Dec 2016', 'First divisional breakdown circulated to divisional boards in November.'],
    ['2', 'Indicator 2 – shortlisting', 'Remove names and dates of birth from application forms reaching shortlisting panels for posts at band 6 and above.', ['2'], 'Recruitment Services Manager', 'Jan 2017', 'NHS Jobs anonymisation switched on for band 7+; band 6 follows in January.'],
    ['3', 'Indicator 3 – disciplinary', 'Require a second HR review of every case before a BME member of staff enters formal disciplinary process.', ['3'], 'Deputy Director of HR', 'Nov 2016', 'In place since October; 4 cases reviewed, 2 resolved informally.'],
    ['4', 'Indicator 4 – non-mandatory training', 'Record who applies for and who receives funded CPD and secondments, by ethnicity, in the training database.', ['4'], 'Head of Learning & Development', 'March 2017', ''],
    ['5', 'Indicators 5 & 6 – harassment', 'Launch a "Speak Up" campaign with the BME Staff Network on reporting bullying from patients, relatives and colleagues.', ['5', '6'], 'Head of Equality & Diversity', 'Feb 2017', 'Campaign materials being designed with the network.'],
    ['6', 'Indicator 7 – career progression', 'Run a "Stepping Up" development programme for 15 BME nurses and midwives at bands 5 and 6.', ['7'], 'Head of Nursing Education', 'March 2017', 'Programme commissioned; first cohort starts in January.'],
    ['7', 'Indicator 8 – discrimination', 'Give all line managers a half-day session on fair treatment and unconscious bias.', ['8'], 'Head of Learning & Development', 'Ongoing', '112 managers trained to date.'],
    ['8', 'Indicator 9 – Board', 'Ask the recruitment agency for the next two non-executive appointments to present a diverse long list.', ['9'], 'Trust Secretary', 'As vacancies arise', ''],
  ];
  for (const [no, ind, act, inds, lead, ts, prog] of rows) p.action([no, ind, act, lead, ts, prog], { ref: no, indicators: inds, action: act, lead, due: ts, progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }] });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  p.ws.pageSetup.printTitlesRow = '3:3';
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional district general hospital), two sheets. 'Cover' names the trust, the standard and the year ('Action Plan 2016/17'), a document owner, the approving committee with its date, a review date and a contents list – no actions. 'Action Plan' is the gold sheet and never names the trust: title (row 1), a blank row, the pale blue header 'No. | WRES Indicator | Action | Lead Officer | Timescale | Progress to date' (row 3, frozen, print title) and eight actions numbered 1–8. Judgement calls: identity from the Cover sheet; the document owner (Head of Equality & Diversity) leads only the action that names her in Lead Officer; the approval date (14 September 2016) and review date (March 2017) are no dues; indicators from the written-out indicator cell ('Indicators 5 & 6 – harassment' → ['5', '6']); dues as typed, 'Ongoing' and 'As vacancies arise' kept; there is no status column, so status '' and rag null; progress = 'Progress to date' as written ('' where blank); theme null.", { otherSheets: { min: 2, sheets: ['Cover'] } });
}
