// holdout29-wres-2023-24-kingsmere: an acute trust's plan after a year of edits (layout and judgement calls in the gold notes and README).
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kingsmere Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout29-wres-2023-24-kingsmere', sheet: 'WRES plan', standard: 'WRES', period: '2023-24', trust, widths: [9, 11, 52, 24, 12, 13, 44, 14, 34], font: { name: 'Calibri', size: 11 } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  p.line([`${trust} – Workforce Race Equality Standard action plan 2023/24`], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Plan owner: Head of Equality, Diversity and Inclusion.  v7 – last saved by HRBP (Surgery & Critical Care) 14/02/24. Cols H–I added by HRBPs Oct 23.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 }, color: 'FF595959' } });
  const Y = { fill: C.yellow };
  p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Due', 'Status', 'Update', 'Division', 'HRBP notes'], { style: { fill: C.paleblue }, styles: [{}, {}, {}, {}, {}, {}, {}, Y, Y] });
  const F = { 'On track': C.lightgreen, Complete: C.green, 'At risk': C.amber, Delayed: C.red };
  const rows = [
    ['K23/01', '1', 'Agree a three-year target for ethnic minority representation at Band 8a and above with each division, and report progress to the People Committee twice a year.', 'Deputy Chief People Officer', D(2023, 9, 30), 'Complete', 'Targets agreed by all five divisions in September; first report went to People Committee in November.', 'All', '', ['1']],
    ['K23/02', '2', 'Put a trained inclusion panel member on every interview panel for posts at Band 7 and above.', 'Head of Resourcing', D(2023, 12, 31), 'At risk', '41 panel members trained so far; coverage at Band 7 is 63% of panels. Release from clinical duties is the main barrier.', 'All', 'Surgery asked for a rota – HRBP to pick up with ops managers', ['2']],
    ['K23/03', '2', 'Redact names and personal details from applications at shortlisting for all non-medical posts.', 'Recruitment Manager', D(2023, 7, 31), 'Complete', 'Switched on in the recruitment system from 3 July.', 'All', '', ['2']],
    ['K23/04a', '3', 'Review every formal disciplinary case for ethnic minority staff with a second senior manager before it goes to a hearing.', 'Head of Employee Relations', D(2023, 10, 31), 'On track', 'Pre-hearing check in place since August; 14 cases reviewed, 3 resolved informally.', 'All', 'Row split from old K23/04 at Q2 review', ['3']],
    ['K23/04b', '3', 'Give investigating officers refresher training on fair and proportionate investigations.', 'Head of Employee Relations', D(2024, 1, 31), 'Delayed', 'Training provider changed; first sessions now booked for March.', 'All', '', ['3']],
    ['K23/05', '5, 6', 'Roll out the "Speak Up, Step In" active bystander sessions to the emergency department and the acute medical unit.', 'Lead Nurse for Culture', D(2024, 3, 31), 'On track', 'ED done (112 staff). AMU sessions running Feb–Mar.', 'Medicine', 'Medicine HRBP attending AMU session 7/3', ['5', '6']],
    ['K23/06', '7', 'Open the Stepping Up leadership programme to a second cohort of ethnic minority staff at Bands 5 to 7.', 'Head of Organisational Development', D(2023, 11, 30), null, 'Cohort 2 started 6 November with 22 participants.', 'All', '', ['7']],
    ['K23/07', '8', 'Publish a clear route for reporting racism by a manager or colleague, including an anonymous option.', 'Freedom to Speak Up Guardian', D(2024, 2, 29), 'On track', 'Draft route agreed with the Race Equality Network; comms planned for Feb.', 'All', '', ['8']],
    ['K23/08', '9', 'Use a diverse longlisting panel for the two non-executive director vacancies.', 'Trust Secretary', D(2024, 3, 31), null, '', 'Corporate', 'Awaiting NHSE timetable', ['9']],
  ];
  const blank = { 'K23/06': C.green, 'K23/08': C.amber };
  const RAG = { C0: 'green', [C.lightgreen]: 'green', [C.green]: 'green', [C.amber]: 'amber', [C.red]: 'red' };
  for (const [ref, ind, act, lead, due, st, upd, div, hr, inds] of rows) {
    const fill = st ? F[st] : blank[ref];
    p.action([ref, ind, act, lead, due, st ?? undefined, upd, div, hr], { ref, indicators: inds, action: act, lead, due: due.toLocaleDateString('en-GB', { timeZone: 'UTC' }), status: st ?? '', rag: RAG[fill], progress: upd, ragAt: { col: 'F', via: 'fill' } },
      { styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill }, {}, { fill: C.tan }, { fill: C.tan, italic: true }] });
  }
  p.blank(); p.blank();
  p.line(['2022/23 PLAN – copied here for reference at year end. Do not update – see rows above.'], { merge: ['A', 'I'], style: { bold: true, fill: C.grey } });
  p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Due', 'Status', 'Update'], { style: { fill: C.grey } });
  const old = [
    ['K22/01', '1', 'Publish band-by-band ethnicity data for each division on the intranet.', 'Workforce Information Manager', D(2022, 9, 30), 'Complete', 'Published Oct 22.'],
    ['K22/02', '2', 'Introduce inclusion panel members for Band 8a+ interviews.', 'Head of Resourcing', D(2023, 3, 31), 'Complete', 'Carried forward and widened to Band 7 in 23/24 (K23/02).'],
    ['K22/03', '3', 'Audit two years of disciplinary cases by ethnicity.', 'Head of Employee Relations', D(2022, 12, 31), 'Complete', 'Audit found ethnic minority staff 1.6 times as likely to enter a formal process.'],
    ['K22/04', '5, 6', 'Pilot active bystander sessions in theatres.', 'Lead Nurse for Culture', D(2023, 3, 31), 'Complete', '86 theatre staff attended.'],
    ['K22/05', '7', 'Launch Stepping Up programme (cohort 1).', 'Head of Organisational Development', D(2022, 11, 30), 'Complete', '18 completed; 5 promoted within six months.'],
    ['K22/06', '8', 'Refresh the dignity at work policy with the staff networks.', 'Head of Employee Relations', D(2023, 1, 31), 'Delayed', 'Closed – folded into K23/07.'],
  ];
  for (const [ref, ind, act, lead, due, st, upd] of old) p.line([ref, ind, act, lead, due, st, upd], { border: true, styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: st === 'Complete' ? C.green : C.red }], style: { color: 'FF7F7F7F' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) as it looks after a year of edits by several people, on one sheet 'WRES plan': a title naming the plan for 2023/24, a grey version line (owner, 'v7 – last saved by HRBP …', 'Cols H–I added by HRBPs Oct 23'), one frozen header 'Ref | WRES indicator | Action | Lead | Due | Status | Update | Division | HRBP notes' whose last two headers are on YELLOW fill and whose two added columns are shaded tan (the HR business partners' additions), nine actions 'K23/01' … 'K23/08' with one action SPLIT at the Q2 review into 'K23/04a' and 'K23/04b' (the HRBP note says so); real dd/mm/yyyy due dates; status words on filled cells, except two rows where a later editor only coloured the status cell and typed no word (K23/06 green, K23/08 amber). Two blank rows below, a grey bar '2022/23 PLAN – copied here for reference at year end. Do not update – see rows above.', the older header (seven columns) and LAST YEAR'S six actions 'K22/01' … in grey text. Judgement calls: the gold is this year's plan only (the title names 2023/24 and the bar says the 2022/23 rows are a reference copy) – the copied 2022/23 rows, their header and the bar are non-action rows; the two split rows are two actions (each has its own lead, due, status and update) with refs as written ('K23/04a'); status = the word in the Status cell, '' where a cell is only coloured, and rag = the cell fill (light green 'On track' → green); progress = the Update column; the added Division and HRBP notes columns are context and give no gold field ('Row split from old K23/04 at Q2 review', 'Awaiting NHSE timetable' are the HRBPs' working notes, not the plan's update); indicators from the WRES indicator column ('5, 6' → ['5','6']); due as displayed (dd/mm/yyyy); theme null.", { forbidden: ["Awaiting NHSE timetable", "Row split from old K23/04 at Q2 review", "Medicine HRBP attending AMU session 7/3"] });
}
