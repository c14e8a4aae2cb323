// holdout20-wdes-2021-22-stowbridge: NEW LAYOUT – THE TIMESCALE SPLIT OVER TWO COLUMNS, 'Year' AND 'Qtr', under a merged
// 'Delivery' header. A DENTAL HOSPITAL's tracker built for filtering by financial year and quarter: neither cell alone is
// the timescale ('2021/22' + 'Q3' is read 'Q3 2021/22'); 'Ongoing' in Year with no quarter; one action runs into 2022/23.
import { Book, Plan, C, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout20-wdes-2021-22-stowbridge', sheet: 'WDES tracker', standard: 'WDES', period: '2021-22', trust: 'Stowbridge Dental Hospital NHS Trust', widths: [8, 13, 58, 30, 10, 7, 14, 44], font });
  p.line(['Stowbridge Dental Hospital NHS Trust'], { style: { bold: true, font: { ...font, size: 14 } } });
  p.line(['Workforce Disability Equality Standard (WDES) action tracker 2021/22 – filter on Year and Qtr to see what is due'], { style: { bold: true } });
  p.line(['Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red)'], { style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WDES metric', 'Action', 'Lead', 'Delivery', null, 'Status', 'Progress notes'], { merge: ['E', 'F'], style: { fill: 'FFB4C6E7', alignment: { horizontal: 'center', vertical: 'top' } } });
  for (const col of ['A', 'B', 'C', 'D', 'G', 'H']) p.ws.mergeCells(`${col}${p.r}:${col}${p.r + 1}`);
  p.header([null, null, null, null, 'Year', 'Qtr'], { style: { fill: 'FFB4C6E7', alignment: { horizontal: 'center', vertical: 'top' } } });
  p.ws.views = [{ state: 'frozen', ySplit: p.r }];
  p.ws.autoFilter = `A${p.r}:H${p.r}`;
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white] };
  const data = [
    ['SDH-W01', 'Metric 1', ['1'], 'Run a declaration campaign with the dental nursing school so students and new starters record a disability on ESR.', 'Workforce Information Lead', '2021/22', 'Q2', 'Complete', 'Declaration up from 2.9% to 5.1%.'],
    ['SDH-W02', 'Metric 2', ['2'], 'Guarantee an interview to disabled applicants who meet the essential criteria for dental nurse and technician posts.', 'Recruitment Manager', '2021/22', 'Q3', 'On track', 'Scheme on TRAC; monitoring from October.'],
    ['SDH-W03', 'Metric 3', ['3'], 'Check every formal capability case for reasonable adjustments before it starts.', 'Senior HR Business Partner', '2021/22', 'Q2', 'Complete', 'Checklist in use.'],
    ['SDH-W04', 'Metric 4a', ['4a'], 'Give reception and clinic staff a clear route to report abuse from patients, including disability-related abuse.', 'Head of Patient Services', '2021/22', 'Q3', 'At risk', 'Datix category agreed; training delayed by clinic recovery work.'],
    ['SDH-W05', 'Metric 4b', ['4b'], 'Add an anonymous online route for reporting harassment and tell staff what happened after they reported it.', 'Freedom to Speak Up Guardian', '2021/22', 'Q4', 'On track', 'Online form built; testing with the staff network.'],
    ['SDH-W06', 'Metric 5', ['5'], 'Open the clinical leadership programme to disabled staff with adjustments built in.', 'Head of Education', '2022/23', 'Q1', 'On track', 'Applications open in March.'],
    ['SDH-W07', 'Metric 6', ['6'], 'Record disability-related absence separately so it does not trigger the attendance policy.', 'HR Policy Lead', '2021/22', 'Q3', 'Off track', 'ESR change not yet agreed with payroll.'],
    ['SDH-W08', 'Metric 7', ['7'], 'Publish three stories from disabled colleagues in the staff newsletter.', 'Communications Manager', '2021/22', 'Q4', 'On track', 'One story published.'],
    ['SDH-W09', 'Metric 8', ['8'], 'Introduce a reasonable adjustments passport that moves with the member of staff between departments.', 'Occupational Health Manager', '2021/22', 'Q3', 'At risk', 'Passport designed; sign-off pending.'],
    ['SDH-W10', 'Metric 9a', ['9a'], 'Hold listening sessions on the staff survey engagement questions where disabled staff score lowest, and act on three themes.', 'EDI Lead', 'Ongoing', '', 'On track', 'First two sessions held.'],
    ['SDH-W11', 'Metric 9b', ['9b'], 'Set up a disabled staff network with protected time for the chair.', 'Director of Workforce', '2021/22', 'Q2', 'Complete', 'Network launched in September.'],
    ['SDH-W12', 'Metric 10', ['10'], 'Offer Board members disability awareness development and invite them to declare.', 'Company Secretary', '2021/22', 'Q4', 'On track', 'Session booked for Board development day.'],
    ['SDH-W13', 'All', ALL_WDES21, 'Report progress on the tracker to the People Committee every quarter.', 'EDI Lead', 'Ongoing', '', 'On track', 'Q2 report taken in November.'],
  ];
  for (const [ref, m, inds, action, lead, year, q, st, upd] of data)
    p.action([ref, m, action, lead, year, q || null, st, upd], { ref, indicators: inds, action, lead, due: q ? `${q} ${year}` : year, status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  p.blank();
  p.line(['Financial year runs April–March: Q1 = Apr–Jun, Q2 = Jul–Sep, Q3 = Oct–Dec, Q4 = Jan–Mar.'], { style: { italic: true, font: { ...font, size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: THE TIMESCALE SPLIT OVER TWO COLUMNS. A dental hospital keeps its WDES tracker so it can be filtered by financial year and quarter: the two-row header (rows 5–6, blue, frozen, autofilter on row 6) has 'Delivery' MERGED over 'Year' and 'Qtr', every other header cell merged down over both rows ('Ref | WDES metric | Action | Lead | Delivery (Year, Qtr) | Status | Progress notes'). Year holds '2021/22' (once '2022/23') or 'Ongoing'; Qtr holds 'Q1'…'Q4' or nothing. Trust title, plan title ('… filter on Year and Qtr …') and a status key line above; a footnote line below explaining the quarters. Refs 'SDH-W01'…; metrics 'Metric N' with 4a, 4b, 9a and 9b separate (2021 set) and 'All' (= all twelve). Status words filled Complete blue (white text) / On track green / At risk amber / Off track red. Gold due = the quarter and the year read together as a person says them: 'Q3 2021/22' (from Year '2021/22' + Qtr 'Q3'), 'Q1 2022/23'; where Qtr is empty the Year cell alone ('Ongoing'). Judgement calls: neither the Year cell ('2021/22' is the whole plan year) nor the Qtr cell ('Q3' of which year?) is the timescale on its own, so due joins them quarter first, as financial-year quarters are written elsewhere ('Q3 2021/22'); 'Ongoing' has no quarter and is kept as written; the merged 'Delivery' cell is a header, rows 5 and 6 are both header rows; the quarter footnote is not an action.", { ragCol: 'G', mode: 'fill', splitDue: { yearCol: 'E', qCol: 'F', headerRow: 6 } });
}
