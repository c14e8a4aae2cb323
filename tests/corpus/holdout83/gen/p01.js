// holdout83-wres-2022-23-saltmere: an ICS-wide WRES plan covering five partner trusts and the ICB; a 'Partner' column names the
// organisation each action sits with (context, never the lead – the 'Partner lead' column is); the identity is the system.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saltmere and Fennock Valley Integrated Care System';
  const p = new Plan(book, { name: 'holdout83-wres-2022-23-saltmere', sheet: 'System WRES plan', standard: 'WRES', period: '2022-23', trust, widths: [7, 30, 9, 52, 28, 12, 11], font: { name: 'Arial', size: 10 } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  p.line([`${trust} – system Workforce Race Equality Standard action plan 2022/23`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Agreed by the ICS People Board on 14 July 2022. Partners: Saltmere General Hospital NHS Trust, Fennock Valley Healthcare NHS Foundation Trust, Saltmere & Fennock Mental Health NHS Trust, Coastway Community Health NHS Trust, Western Counties Ambulance Service (Fennock division) and NHS Saltmere and Fennock Valley ICB.'], { merge: ['A', 'G'], height: 40 });
  p.line(['Where an action says “All partners” each organisation delivers it and reports through its own WRES lead; the Partner lead below coordinates across the system.'], { merge: ['A', 'G'], height: 28, style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Partner', 'WRES ind.', 'System action', 'Partner lead', 'Target', 'RAG'], { style: { fill: C.nhs, color: C.white } });
  const F = { R: C.red, A: C.amber, G: C.green, B: C.blue };
  const rows = [
    ['S1', 'All partners', '1', 'Publish one system dashboard showing each partner’s BME representation at Band 8a and above, refreshed every six months.', 'ICS Workforce Intelligence Lead', 'Oct 2022', 'G'],
    ['S2', 'Saltmere General Hospital NHS Trust', '2', 'Pilot inclusive-recruitment panel members shared across the two acute sites for Band 7 nursing interviews.', 'Head of Nursing Workforce', 'Dec 2022', 'A'],
    ['S3', 'Fennock Valley Healthcare NHS FT', '2', 'Remove the “previous NHS experience” essential criterion from all Band 2–4 healthcare support worker adverts.', 'Recruitment Manager', 'Sep 2022', 'B'],
    ['S4', 'Saltmere & Fennock Mental Health NHS Trust', '3', 'Agree a system-wide pre-formal “just culture” check so no BME colleague enters a formal disciplinary without a second review.', 'Deputy Director of People', 'Nov 2022', 'A'],
    ['S5', 'All partners', '4', 'Record who is released for non-mandatory training by ethnicity on each partner’s learning system and share quarterly.', 'System Education Lead', 'Mar 2023', 'R'],
    ['S6', 'Western Counties Ambulance Service (Fennock division)', '5, 6', 'Give crews a one-tap way to log racist abuse from patients and the public, with a welfare call from a manager within 48 hours.', 'Divisional Patient Safety Manager', 'Jan 2023', 'A'],
    ['S7', 'Coastway Community Health NHS Trust', '6', 'Train district nursing team leaders as active bystanders, starting with the three localities with the highest survey scores.', 'Head of Organisational Development', 'Feb 2023', 'G'],
    ['S8', 'NHS Saltmere and Fennock Valley ICB', '7', 'Run a system “Stepping Up” cohort of 24 BME staff at Bands 5–7, with places split across partners by headcount.', 'ICS Head of Leadership & Talent', 'Mar 2023', 'G'],
    ['S9', 'All partners', '9', 'Each partner board to set a target for BME board membership and report it to the ICS People Board each April.', 'ICB Director of People', 'Apr 2023', 'R'],
  ];
  for (const [ref, partner, ind, act, lead, due, rag] of rows) {
    p.action([ref, partner, ind, act, lead, due, rag], { ref, indicators: ind.split(', '), action: act, lead, due, status: rag, rag: { R: 'red', A: 'amber', G: 'green', B: 'blue' }[rag] }, { styles: [{ bold: true }, { color: 'FF404040' }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['RAG: B = complete, G = on track, A = at risk, R = off track. Next system report: ICS People Board, 12 January 2023.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care system): ONE WRES plan for a whole system of five partner trusts and the ICB. Sheet 'System WRES plan': a title naming the system, a paragraph listing the six partner organisations, an italic line explaining 'All partners', a blank row, then the NHS-blue header 'Ref | Partner | WRES ind. | System action | Partner lead | Target | RAG' (row 5, frozen), nine actions S1–S9 and, after a blank row, a RAG key / next-report line. Judgement calls: identity = the system as the title states it ('Saltmere and Fennock Valley Integrated Care System'), NOT any partner trust and not the ICB; the Partner column (a trust's name or 'All partners') is context and never the lead; lead = Partner lead; due = Target as typed; ref = Ref; indicators from 'WRES ind.' ('5, 6' → both); status = the RAG letter, rag from its fill (B blue = complete). The partner paragraph, the 'All partners' note and the key line are not actions; the People Board dates (14 July 2022, 12 January 2023) are no dues. Theme null (no grouping).", { mode: 'fill', ragCol: 7, notFrom: ['B'], forbidden: ['All partners', '12 January 2023', 'Saltmere General Hospital NHS Trust'] });
}
