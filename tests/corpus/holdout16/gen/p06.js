// holdout16-wdes-2022-23-eastwold: ORDINARY 2021-set WDES plan with NO METRIC COLUMN – the metric is coded in the REF
// ('M1-1', 'M4a-1', 'M9b-1'), explained by a note line above the header; key line under the title; 'Ref | Action | Lead |
// Support from | Target date | RAG | Progress to date' (gold lead = Lead); real 'd-mmm-yy' dates; B/G/A/R letters filled;
// frozen + autofilter.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wdes-2022-23-eastwold', sheet: 'WDES 22-23', standard: 'WDES', period: '2022-23', trust: 'Eastwold Mental Health NHS Foundation Trust', widths: [9, 60, 28, 26, 12, 7, 44], font: { name: 'Calibri', size: 11 } });
  p.line(['WDES Action Plan 2022-23'], { style: { bold: true, font: { size: 16 }, alignment: { wrapText: false, vertical: 'top' } } });
  p.line(['Eastwold Mental Health NHS Foundation Trust'], { style: { bold: true, font: { size: 12 }, alignment: { wrapText: false, vertical: 'top' } } });
  p.line(['RAG key: B = complete, G = on track, A = at risk, R = off track'], { style: { alignment: { wrapText: false, vertical: 'top' } } });
  p.line(['Action references start with the WDES metric they address, e.g. M4b-1 is the first action for metric 4b.'], { style: { italic: true, font: { size: 9 }, alignment: { wrapText: false, vertical: 'top' } } });
  const h = p.header(['Ref', 'Action', 'Lead', 'Support from', 'Target date', 'RAG', 'Progress to date'], { style: { fill: C.lilac, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }]; p.ws.autoFilter = `A${h}:G${h}`;
  const L = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'd-mmm-yy';
  const data = [
    ['M1-1', '1', 'Run a declaration campaign in Disability History Month explaining why we ask about disability.', 'Workforce Intelligence Lead', 'Disability Staff Network', D(2022, 12, 16), 'B', 'Campaign ran 16 Nov – 16 Dec; 212 records updated.'],
    ['M1-2', '1', 'Report disability by band for each care group in the quarterly workforce report.', 'Workforce Intelligence Lead', '', D(2022, 9, 30), 'B', 'In the Q2 report.'],
    ['M2-1', '2', 'Offer every disabled applicant a named contact in the recruitment team who can arrange adjustments for interview.', 'Recruitment Manager', 'Disability Staff Network', D(2023, 1, 31), 'G', 'Named contacts in place for nursing; other staff groups from January.'],
    ['M3-1', '3', 'Add a reasonable adjustments check to the capability procedure before stage 1.', 'Head of Employee Relations', 'Staff side', D(2022, 10, 31), 'A', 'Policy change awaiting JNCC sign-off.'],
    ['M4a-1', '4a', 'Introduce post-incident support for staff who experience disability-related abuse from service users.', 'Head of Security and Safety', 'Ward managers', D(2023, 3, 31), 'G', 'Process drafted; piloting on two wards.'],
    ['M4b-1', '4b', 'Make the "Speak up" app the single route for reporting harassment and publicise it to disabled staff.', 'Freedom to Speak Up Guardian', 'Communications', D(2022, 11, 30), 'R', 'App contract delayed; launch now expected April.'],
    ['M5-1', '5', 'Ring-fence five places on each cohort of the "Leading with Compassion" programme for disabled staff.', 'Head of Leadership Development', '', D(2023, 3, 31), 'G', 'Three disabled staff on cohort 1.'],
    ['M6-1', '6', 'Add a prompt about pressure to come to work when unwell to the sickness absence return-to-work form.', 'Head of Employee Relations', 'Occupational Health', D(2022, 12, 31), 'A', 'Form redesign behind schedule.'],
    ['M7-1', '7', 'Include a "what matters to you" conversation in every appraisal for staff who have declared a disability.', 'Head of Organisational Development', 'Line managers', D(2023, 3, 31), 'G', ''],
    ['M8-1', '8', 'Set a 30-day standard for putting agreed adjustments in place and report performance against it.', 'Head of Occupational Health', 'Procurement', D(2023, 2, 28), 'R', 'Average currently 62 days.'],
    ['M9a-1', '9a', 'Hold a "you said, we did" session with disabled staff on the 2021 staff survey engagement results.', 'Director of People', 'Disability Staff Network', D(2022, 7, 31), 'B', 'Held 21 July; 40 attended.'],
    ['M9b-1', '9b', 'Give the Disability Staff Network chair protected time and a seat on the People and Culture Committee.', 'Director of People', '', D(2022, 6, 30), 'B', 'Chair attends from June.'],
    ['M10-1', '10', 'Offer Board members the chance to share lived experience of disability at a Board development session.', 'Trust Secretary', 'Chair', D(2023, 3, 31), 'A', 'Session moved to the new financial year.'],
  ];
  for (const [ref, ind, action, lead, sup, due, rag, prog] of data)
    p.action([ref, action, lead, sup, due, rag, prog], { ref, indicators: [ind], action, lead, due: shown(due, F), status: rag, rag: L[rag][1], progress: prog }, { styles: [{}, {}, {}, {}, { numFmt: F }, { fill: L[rag][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(L[rag][2] ? { color: L[rag][2] } : {}) }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2021-set WDES plan with NO METRIC COLUMN: large title 'WDES Action Plan 2022-23', the trust name, a RAG key line ('B = complete, G = on track, A = at risk, R = off track') and an italic note saying the action references start with the WDES metric (rows 1–4, unmerged, column A), then a lilac header 'Ref | Action | Lead | Support from | Target date | RAG | Progress to date' (row 5, frozen, autofilter). Refs 'M1-1', 'M4a-1', 'M4b-1', 'M9a-1', 'M9b-1', 'M10-1' … – gold indicators are the metric CODED IN THE REF (2021 set). Gold lead = Lead; 'Support from' names supporters (sometimes empty) and is not the lead. Target dates real, shown d-mmm-yy ('16-Dec-22'). RAG letters B/G/A/R filled blue/green/amber/red. Progress = 'Progress to date' (one empty). Nothing below the table. Judgement calls: the metric comes from the ref code as the note explains; 'Support from' is not the lead; the note line is not an action.", { ragCol: 'F', mode: 'fill' });
}
