// holdout24-wdes-2023-24-northfell: follows an ambulance service's WDES action plan 2023/24 (North West Ambulance Service's web
// page): the page first lists the WDES metrics, the trust's three EDI PRIORITIES and the six HIGH IMPACT ACTIONS of the NHS EDI
// Improvement Plan, then every action is cross-referenced to all three 'listed as numbers in the action plan'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Northfell Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout24-wdes-2023-24-northfell', sheet: 'WDES action plan', standard: 'WDES', period: '2023-24', trust, widths: [6, 60, 12, 11, 11, 30, 14, 16] });
  p.line([`${trust} – Workforce Disability Equality Standard (WDES) action plan 2023/24`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['This plan sets out what we will do in 2023/24 to improve the working lives of staff with disabilities and long-term conditions. Each action is cross-referenced, by number, to the WDES metrics, our EDI priorities and the high impact actions of the NHS EDI Improvement Plan.'], { merge: ['A', 'H'], height: 40 });
  p.line(['Our EDI priorities: 1 – fair access to jobs and career progression; 2 – educate and develop our leaders and staff; 3 – better use of patient data and experience.'], { merge: ['A', 'H'], height: 28 });
  p.line(['High impact actions: 1 – measurable EDI objectives for board members; 2 – fair recruitment and talent management; 3 – pay gaps; 4 – health inequalities in the workforce; 5 – international recruits; 6 – eliminate bullying, discrimination, harassment and physical violence.'], { merge: ['A', 'H'], height: 40 });
  p.blank();
  p.header(['No.', 'Action', 'WDES metric', 'EDI priority', 'High impact action', 'Lead', 'Timescale', 'RAG'], { style: { fill: 'FF00703C', color: C.white } });
  const R = { Green: [C.green, 'green'], Amber: [C.amber, 'amber'], Red: [C.red, 'red', C.white] };
  const rows = [
    ['Every director and board member to hold an EDI objective that includes disability, and report on it at appraisal.', '9b', ['9b'], '2', '1', 'Chief Executive', 'Q2 2023/24', 'Green'],
    ['Check the guaranteed interview offer for disabled applicants across all paramedic and call-handler recruitment.', '2', ['2'], '1', '2', 'Head of Resourcing', 'Q3 2023/24', 'Amber'],
    ['Reasonable adjustments passport for every disabled member of staff, with a review when they change station or manager.', '6, 7', ['6', '7'], '1', '4', 'Head of Wellbeing', 'Q4 2023/24', 'Amber'],
    ['Publish a disability pay gap report alongside the gender pay gap report.', '1', ['1'], '1', '3', 'Head of Reward', 'Q4 2023/24', 'Red'],
    ['Campaign in control rooms against abuse of staff by callers, with a route for disabled staff to report it.', '4a, 4b', ['4a', '4b'], '2', '6', 'Head of EOC Operations', 'Q3 2023/24', 'Green'],
    ['Include disability awareness in the induction programme for international recruits.', '5', ['5'], '2', '5', 'Head of Education', 'Q2 2023/24', 'Green'],
    ['Use patient experience data to understand how disabled patients experience our service and share it with staff.', '9a', ['9a'], '3', '4', 'Head of Patient Experience', 'Q4 2023/24', 'Amber'],
  ];
  rows.forEach(([a, m, codes, pri, hia, lead, due, r], i) => {
    p.action([i + 1, a, m, pri, hia, lead, due, r], { ref: String(i + 1), indicators: codes, action: a, lead, due, status: r, rag: R[r][1] }, { styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { fill: R[r][0], ...(R[r][2] ? { color: R[r][2] } : {}) }] });
  });
  p.blank();
  p.line(['RAG: Green – on track; Amber – some risk to delivery; Red – off track.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service) following a real WDES action plan 2023/24 published by an ambulance service trust, whose page first explains that each action is cross-referenced to the WDES metrics, the trust's EDI priorities and the NHS EDI Improvement Plan's high impact actions, 'listed as numbers in the action plan'. Here: a title line, an intro, a line DECODING THE THREE EDI PRIORITIES and a line DECODING THE SIX HIGH IMPACT ACTIONS (both by number), a blank row, then a green header 'No. | Action | WDES metric | EDI priority | High impact action | Lead | Timescale | RAG' (row 6), seven numbered actions, a blank row and a RAG key line. The three mapping columns all hold BARE NUMBERS ('9b', '2', '1' on the first row). Timescales are FY quarters ('Q2 2023/24'); RAG is a colour WORD filled in its colour (Green / Amber / Red, no blue). 2021+ WDES set ('4a, 4b', '9a', '9b'). Judgement calls: indicators come ONLY from the WDES metric column – the EDI priority and high impact action numbers are other frameworks' numbers, not WDES metrics, and are never read as indicators (row 7's WDES metric is 9b while its priority is 2 and its HIA 1; row 10's metric is 1 while its HIA is 3; row 11's metrics are 4a, 4b while its priority is 2 and its HIA 6); theme null (the priority and HIA lines above the header are keys, not headings); ref = No.; status = the colour word and rag its fill; no progress column.", { ragCol: 'H', mode: 'fill', notFrom: ['D', 'E'], crossRef: { metricCol: 'C', otherCols: ['D', 'E'] } });
}
