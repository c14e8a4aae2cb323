// holdout28-wdes-2024-25-wensum: follows East of England Ambulance Service NHS Trust's "WDES Annual Report 2024"
// (https://eastamb.nhs.uk/about-us/equality-diversity-and-inclusion/wdes-annual-report-2024): the plan developed with the Disability
// Support Network from workforce data and commissioned surveys of disabled staff, signed off through Boards and Committees, shared with the
// ICB; 'Regular updates are sought from Action owners … documented in the action plans'; progress or risks reported at the quarterly EDI
// Group; and 'we focussed on 5 of the WDES metrics … 2, 3, 4a, 4b, 8. For each we also set a target of improvement'. (The same trust's
// WRES 2024-25 plan was holdout24 cowlinge's source and its board cover sheet holdout25 saltmarsh's; this is a different document.)
// The per-metric target rows and the table (Action / Action owner / Due / Quarterly update / RAG) are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wensum and Broads Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout28-wdes-2024-25-wensum', sheet: 'WDES 2024-25', standard: 'WDES', period: '2024-25', trust, widths: [56, 26, 14, 40, 14], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2024/25`], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line(['The Inclusion team wrote this plan with our Disability Support Network, using the workforce data and the survey of disabled colleagues. It was signed off by the People Committee and is shared with our lead ICB.'], { merge: ['A', 'E'], height: 30 });
  p.line(['To make more meaningful progress we have focused on four WDES metrics – 2, 3, 4a and 4b – and set a target for each based on our previous data.'], { merge: ['A', 'E'], height: 28 });
  p.line(['Action owners give an update each quarter; progress and risks are reported to the quarterly EDI Group.'], { merge: ['A', 'E'], style: { italic: true } });
  p.blank();
  p.header(['Action', 'Action owner', 'Due', 'Quarterly update', 'RAG'], { style: { fill: C.darkblue, color: C.white } });
  const S = { 'Complete': C.green, 'On track': C.lightgreen, 'Delayed': C.amber, 'Not started': C.red };
  const R = { 'Complete': 'green', 'On track': 'green', 'Delayed': 'amber', 'Not started': 'red' };
  const metrics = [
    ['Metric 2: Relative likelihood of non-disabled candidates being appointed from shortlisting compared to disabled candidates', 'ind:2', '2023/24: 1.44     Target for 2024/25: 1.30 or below', [
      ['Audit the adjustments offered at assessment centres for student paramedic and call handler roles.', 'Head of Recruitment', 'Sep 2024', 'Audit of three assessment centres done; report to EDI Group in October.', 'On track'],
      ['Train every recruiting manager in the Disability Confident guaranteed interview offer.', 'Recruitment Training Lead', 'Dec 2024', 'Two of six sessions held.', 'Delayed'],
    ]],
    ['Metric 3: Relative likelihood of disabled staff compared to non-disabled staff entering the formal capability process', 'ind:3', '2023/24: 2.10     Target for 2024/25: 1.60 or below', [
      ['Require an occupational health referral and an adjustments conversation before any formal capability meeting.', 'Head of Employee Relations', 'Jul 2024', 'Policy change approved in July.', 'Complete'],
      ['Report capability cases by disability to the People Committee twice a year.', 'Workforce Information Manager', 'Mar 2025', '', 'Not started'],
    ]],
    ['Metric 4a: Percentage of disabled staff experiencing harassment, bullying or abuse from patients, managers or colleagues', 'ind:4a', '2023 survey: 41.2% (patients)     Target for 2024/25: below 38%', [
      ['Add a disability question to the body-worn camera and violence reduction reporting form.', 'Violence Reduction Lead', 'Nov 2024', 'Form redesigned; live in November.', 'On track'],
      ['Run Respect at Work sessions for every ambulance station leadership team.', 'Head of Organisational Development', 'Mar 2025', '14 of 22 stations done.', 'On track'],
    ]],
    ['Metric 4b: Percentage of disabled staff saying that the last time they experienced harassment, bullying or abuse they or a colleague reported it', 'ind:4b', '2023 survey: 47.5%     Target for 2024/25: 52% or above', [
      ['Promote the anonymous reporting line in the Disability Support Network newsletter and at every station.', 'Disability Support Network Chair', 'Jun 2024', 'Posters in all stations; two newsletter items.', 'Complete'],
    ]],
  ];
  const secs = [], targets = [];
  for (const [h, ind, target, acts] of metrics) {
    secs.push(p.line([h], { merge: ['A', 'E'], style: { bold: true, fill: C.paleblue }, border: true }));
    targets.push(p.line([target], { merge: ['A', 'E'], style: { italic: true } }));
    for (const [a, lead, due, upd, st] of acts) p.action([a, lead, due, upd, st], { indicators: [ind.slice(4)], theme: h, action: a, lead, due, status: st, rag: R[st], progress: upd }, { styles: [{}, {}, {}, {}, { fill: S[st] }] });
  }
  p.blank();
  p.line(['RAG key: Complete / On track (green), Delayed (amber), Not started (red).'], { merge: ['A', 'E'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) following a real ambulance trust's WDES annual report, which says the plan was written with the Disability Support Network, focuses on a few WDES metrics with a TARGET OF IMPROVEMENT for each, and is updated by action owners every quarter: title, three intro lines, one header 'Action | Action owner | Due | Quarterly update | RAG' (row 6), then four pale-blue METRIC SECTION ROWS ('Metric 2: Relative likelihood …', 'Metric 3: …', 'Metric 4a: …', 'Metric 4b: …'), each followed by an italic TARGET row ('2023/24: 1.44     Target for 2024/25: 1.30 or below'), then the actions; a RAG key line closes the sheet. Judgement calls: the target rows are not actions and their numbers are not metrics or dues ('2023/24', '2024/25' are years); indicators from the metric section row above (4a and 4b as written); theme = the metric section row; due as written ('Sep 2024'); progress = the quarterly update ('' when empty); status = the RAG word, rag = its fill ('On track' on light green → green, 'Delayed' amber, 'Not started' red); the key line is not an action.", { sections: secs, dataRows: targets, ragCol: 'E', mode: 'fill' });
}
