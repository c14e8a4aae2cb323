// holdout17-wres-2017-18-yarncliffe: NEW LAYOUT – SAVED WITH AN ACTIVE FILTER. The tracker was saved with its AutoFilter
// set on Status to show only open actions ('On track', 'Delayed', 'Not started'), so the four 'Complete' rows are HIDDEN
// BY THE FILTER (the filter criteria are stored in the sheet, as Excel saves them). They are still this year's actions.
// Otherwise an ordinary year-two WRES tracker: 'Ref | Indicator | Action | Lead | Target date | Status | Latest update'.
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import { Book, Plan, C, D, shown, OUT, ALL_WRES } from './lib.js';
export const SHOWN = ['On track', 'Delayed', 'Not started'];
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wres-2017-18-yarncliffe', sheet: 'WRES tracker', standard: 'WRES', period: '2017-18', trust: 'Yarncliffe Hospitals NHS Trust', widths: [8, 12, 56, 30, 13, 13, 46] });
  p.line(['Yarncliffe Hospitals NHS Trust – WRES Action Plan 2017/18: progress tracker'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Updated for the Workforce Committee, 6 December 2017. Status colours: Complete blue, On track green, Delayed amber, Not started red.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['Ref', 'Indicator', 'Action', 'Lead', 'Target date', 'Status', 'Latest update'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const F = 'dd/mm/yyyy';
  const data = [
    ['Y01', '1', ['1'], 'Publish a quarterly workforce profile by ethnicity and band for each clinical division.', 'Head of Workforce Information', D(2017, 9, 30), 'Complete', 'Published since Q1.'],
    ['Y02', '1', ['1'], 'Reduce "not stated" ethnicity records below 4% through an ESR self-service campaign.', 'Head of Workforce Information', D(2018, 3, 31), 'On track', 'Now 5.2%, down from 8.9%.'],
    ['Y03', '2', ['2'], 'Put a trained BME assessor on every interview panel for Band 8a and above.', 'Head of Recruitment', D(2017, 10, 31), 'Complete', '100% compliance in October.'],
    ['Y04', '2', ['2'], 'Review the shortlisting criteria in nursing and midwifery adverts with the BME Network.', 'Head of Recruitment', D(2018, 1, 31), 'Delayed', 'Network meeting moved to January.'],
    ['Y05', '3', ['3'], 'Introduce a pre-formal check by the Deputy Director of HR for all disciplinary cases.', 'Deputy Director of HR', D(2017, 8, 31), 'Complete', 'In place since August.'],
    ['Y06', '4', ['4'], 'Report the ethnicity of staff given funded CPD each quarter.', 'Head of Education', D(2018, 3, 31), 'Not started', 'Waiting for the new learning system.'],
    ['Y07', '5, 6', ['5', '6'], 'Train a network of Respect Champions to support staff who experience racist abuse or bullying.', 'Head of Organisational Development', D(2018, 2, 28), 'On track', '15 of 20 champions trained.'],
    ['Y08', '7', ['7'], 'Run the "Moving Forward" career development programme for BME staff at Bands 5–7.', 'Head of Organisational Development', D(2018, 3, 31), 'On track', 'Cohort 1 started November.'],
    ['Y09', '8', ['8'], 'Report discrimination concerns raised by BME staff to the Board twice a year.', 'Freedom to Speak Up Guardian', D(2017, 12, 31), 'Complete', 'First report to Board in November.'],
    ['Y10', '9', ['9'], 'Add a commitment to Board diversity to the non-executive recruitment brief.', 'Trust Secretary', D(2018, 3, 31), 'Delayed', 'No vacancy this year.'],
    ['Y11', '1-9', ALL_WRES, 'Refresh this plan with the BME Network when the 2018 WRES data are available.', 'Equality and Diversity Lead', D(2018, 3, 31), 'Not started', ''],
  ];
  for (const [ref, ind, inds, action, lead, due, st, upd] of data) {
    const r = p.action([ref, ind, action, lead, due, st, upd], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: upd }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    if (!SHOWN.includes(st)) p.ws.getRow(r).hidden = true; // hidden by the saved filter
  }
  const last = p.r;
  p.ws.autoFilter = `A${h}:G${last}`;
  p.blank();
  p.line(['Filter: Status shows open actions only. Clear the filter to see completed actions.'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  // Excel keeps the filter's criteria in the sheet: add them the way Excel writes them (exceljs writes only the range)
  const file = path.join(OUT, `${p.name}.xlsx`); const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const sheet = 'xl/worksheets/sheet1.xml'; let xml = await zip.file(sheet).async('string');
  const crit = `<filterColumn colId="5"><filters>${SHOWN.map((v) => `<filter val="${v}"/>`).join('')}</filters></filterColumn>`;
  xml = xml.replace(/<autoFilter ref="([^"]+)"\s*\/>/, `<autoFilter ref="$1">${crit}</autoFilter>`);
  if (!xml.includes(crit)) throw new Error('filter criteria not written');
  zip.file(sheet, xml); fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: the tracker was SAVED WITH AN ACTIVE AUTOFILTER on the Status column showing only open actions ('On track', 'Delayed', 'Not started'), so the four 'Complete' action rows (Y01, Y03, Y05, Y09) are HIDDEN BY THE FILTER – the filter range A4:G15 and its criteria are stored in the sheet as Excel stores them, the filter button on 'Status' shows a funnel, and a small line under the table says 'Filter: Status shows open actions only. Clear the filter to see completed actions.' Otherwise an ordinary year-two WRES tracker: bold merged title naming the trust, an italic update line that also gives the status colours, a blank row, then a grey header 'Ref | Indicator | Action | Lead | Target date | Status | Latest update' (row 4, frozen). Refs 'Y01'…'Y11'; indicators as text numbers ('1', '5, 6', '1-9' = all nine); target dates real dd/mm/yyyy; status words filled Complete blue, On track green, Delayed amber, Not started red; latest update = progress (one empty). Judgement calls: rows hidden by a filter are still actions of the plan (the filter is a view the last editor left on; the note under the table says the completed actions are there), so all eleven rows are gold actions, the four hidden ones included; unlike a row hidden by hand to withdraw an action (holdout17 vennington), nothing says these were dropped.", { ragCol: 'F', mode: 'fill', filtered: { col: 'F', shown: SHOWN } });
}
