// holdout23-wdes-2022-23-minsterbury: ORDINARY WDES plan of an acute trust in a CATHEDRAL CITY: title only, header 'Action required |
// Metric(s) | Owner | Target completion | Status | Evidence of impact'; the OWNER MERGED DOWN over consecutive actions; metric codes
// 'M4a, M4b' after the action; TEXT timescales in several styles; status words in MIXED CASE, filled; the BRAG KEY ONLY ON A SECOND
// SHEET ('Key & guidance'); a footnote.
import { Book, Plan, C, mergeDown, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Minsterbury Hospitals NHS Foundation Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout23-wdes-2022-23-minsterbury', sheet: 'Action plan', standard: 'WDES', period: '2022-23', trust, widths: [60, 14, 30, 17, 13, 44], font });
  p.line([`${trust} – WDES Action Plan 2022-23`], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, fill: 'FFFCE4D6' } });
  p.blank();
  p.header(['Action required', 'Metric(s)', 'Owner', 'Target completion', 'Status', 'Evidence of impact'], { style: { fill: 'FFC65911', color: C.white } });
  const S = { completed: [C.blue, 'blue', C.white], 'on track': [C.green, 'green'], 'at risk': [C.amber, 'amber'], overdue: [C.red, 'red', C.white] };
  const rows = [
    ['Refresh the declaration campaign with the Disability and Neurodiversity Network and add "prefer not to say" follow-up emails.', 'M1', ['1'], 'Workforce Information Manager', 'End Sept 22', 'Completed', 'Declaration up from 4.8% to 6.1%.'],
    ['Publish disability data for each clinical directorate alongside the WRES data.', 'M1', ['1'], null, 'Dec 2022', 'On Track', ''],
    ['Review the shortlisting stage for disabled applicants in the three directorates with the lowest ratio.', 'M2', ['2'], 'Head of Resourcing', 'Mar-23', 'at risk', 'Data pulled; review meeting not yet held.'],
    ['Check that capability cases consider adjustments before stage 2 and report the numbers quarterly.', 'M3', ['3'], 'Head of Employee Relations', 'by end of Q4', 'On Track', ''],
    ['Give managers a short guide on responding to disclosures of bullying by disabled staff.', 'M4a', ['4a'], null, 'Nov 2022', 'Overdue', 'Guide drafted; comms team capacity.'],
    ['Launch a campaign with the local police and the cathedral city\'s night-time economy partners against abuse of staff in ED.', 'M4a, M4b', ['4a', '4b'], 'Head of Security', 'Ongoing', 'on track', 'Joint posters in ED; reports of abuse up 20% (more reporting).'],
    ['Offer a "reasonable adjustments passport" to every disabled member of staff who asks for one.', 'M5, M8', ['5', '8'], 'Occupational Health Lead', 'End Sept 22', 'Completed', '71 passports issued.'],
    ['Ask staff who report presenteeism in the survey what would have helped, through network listening events.', 'M6 / M7', ['6', '7'], 'Chair, Disability & Neurodiversity Network', 'Jan 23', 'on track', 'Two listening events held.'],
    ['Set a target response rate for disabled staff in the 2022 NHS Staff Survey and publicise it through the network.', 'M9a', ['9a'], 'Head of Staff Engagement', 'Nov 2022', 'Completed', 'Response rate of disabled staff 54%.'],
    ['Review every WDES action at the People and Culture Committee and publish the plan on the website.', 'All', ALL_WDES21, 'Director of People', 'Quarterly', 'On Track', ''],
  ];
  // the owner is merged down over a run of consecutive actions (null = same as the row above)
  let lastLead = ''; let m0 = 0;
  rows.forEach(([action, m, inds, lead, due, st, ev], i) => {
    const own = lead ?? lastLead; const k = st.toLowerCase();
    const r = p.action([action, m, lead ?? '', due, st, ev], { indicators: inds, action, lead: own, due, status: st, rag: S[k][1], progress: ev }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { vertical: 'middle', wrapText: true } }, {}, { fill: S[k][0], ...(S[k][2] ? { color: S[k][2] } : {}) }] });
    if (lead) { lastLead = lead; m0 = r; } else mergeDown(p.ws, 'C', m0, r);
  });
  p.blank();
  p.line(['* Evidence of impact is reviewed each quarter with the Disability & Neurodiversity Network. See the "Key & guidance" sheet for the status key.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  const k = book.wb.addWorksheet('Key & guidance'); k.getColumn(1).width = 16; k.getColumn(2).width = 80;
  const kr = [['Status key', ''], ['Completed', 'Action finished and evidence recorded (blue)'], ['On Track', 'Will be delivered by the target date (green)'], ['At risk', 'Some slippage; may miss the target date (amber)'], ['Overdue', 'Target date passed (red)'], ['', ''], ['Metrics', 'M1–M10 are the WDES metrics (2022 technical guidance): M4a harassment, bullying or abuse from patients, managers or colleagues; M4b reporting it; M9a engagement score; M9b facilitating the voices of disabled staff.']];
  kr.forEach(([a, b], i) => { const ca = k.getCell(`A${i + 1}`), cb = k.getCell(`B${i + 1}`); ca.value = a || null; cb.value = b || null; ca.font = { ...font, bold: i === 0 || i === 6 }; cb.font = { ...font }; cb.alignment = { wrapText: true }; const f = [null, C.blue, C.green, C.amber, C.red][i]; if (f) ca.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f } }; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WDES plan of an acute trust in a CATHEDRAL CITY, Calibri 11, sheet 'Action plan': a merged peach title, a blank row, then a burnt-orange header (row 3) 'Action required | Metric(s) | Owner | Target completion | Status | Evidence of impact'. The Metric(s) column comes AFTER the action as M-codes from the 2021+ set ('M1', 'M4a, M4b', 'M5, M8', 'M6 / M7', 'M9a', 'All'). The OWNER cell is MERGED DOWN over two consecutive actions twice (rows 4–5 and 7–8: the owner is written once, in the first row). Timescales are TEXT in several styles ('End Sept 22', 'Dec 2022', 'Mar-23' typed, 'by end of Q4', 'Jan 23', 'Ongoing', 'Quarterly'). Status words in MIXED CASE ('Completed', 'On Track', 'on track', 'at risk', 'Overdue'), FILLED blue / green / amber / red. The status KEY is ONLY on a SECOND SHEET 'Key & guidance' (with a note on the M-codes); a footnote under the table points to it. Judgement calls: a merged owner belongs to every action it spans (row 5's lead is the Workforce Information Manager, row 8's the Head of Employee Relations); 'All' = all twelve 2021+ metrics; status as written (case kept), rag its fill; Evidence of impact = progress (it reports what has happened so far, not a planned measure); theme null; the title and footnote are not actions.", { ragCol: 'E', mode: 'fill' });
}
