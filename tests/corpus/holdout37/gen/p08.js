// holdout37-wdes-2025-26-coldharbour: an INTEGRATED CARE BOARD's WDES plan in two parts – 'As an employer' (its own staff) and 'As system
// leader' (with its partners) – under one header with a 'Partners involved' column. After the EDI Improvement Plan's framework for ICBs to
// produce their own local plans (NHS England, learninghub summary) and the employer / system split in ICB equality pages (SNEE ICB Joint
// Forward Plan appendix); the columns are ASSUMED (see SOURCES.md).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Coldharbour and Wendle Integrated Care Board';
  const p = new Plan(book, { name: 'holdout37-wdes-2025-26-coldharbour', sheet: 'WDES plan 2025-26', standard: 'WDES', period: '2025-26', trust, widths: [6, 7, 10, 54, 28, 28, 10, 32, 13], font: { name: 'Arial', size: 9 } });
  p.line([`${trust}`], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard action plan 2025/26 – our own staff and our system'], { merge: ['A', 'I'], style: { bold: true, font: { size: 11 } } });
  p.line(['Part A is what we will do as an employer of 640 staff. Part B is what we will lead across the system with our five NHS trusts, the hospice, GP collaboratives and the two councils. HIA = NHS EDI Improvement Plan high impact action.'], { merge: ['A', 'I'], height: 28 });
  p.blank();
  p.header(['Ref', 'HIA', 'WDES metric', 'Action', 'ICB lead', 'Partners involved', 'Due', 'Success measure', 'Status'], { style: { fill: C.navy, color: C.white } });
  const F = { 'Complete': C.blue, 'On track': C.green, 'Delayed': C.amber }; const RG = { 'Complete': 'blue', 'On track': 'green', 'Delayed': 'amber', 'Not started': null };
  const parts = [
    ['Part A – As an employer (ICB staff)', [
      ['A1', '1', 'M10', 'Set a disability inclusion objective for every ICB Board member and publish progress in the annual report.', 'Chief People Officer', '—', 'Jun 2025', 'All objectives set by June 2025', 'Complete'],
      ['A2', '2', 'M2', 'Join the Disability Confident Leader scheme, with our recruitment process validated by a disabled people\'s organisation.', 'Head of HR', 'Local disabled people\'s organisation', 'Dec 2025', 'Leader status awarded', 'On track'],
      ['A3', '4', 'M8', 'Bring all reasonable adjustment requests into one online form with a 30-day response target.', 'Head of HR', '—', 'Sep 2025', '85% of requests answered within 30 days', 'On track'],
      ['A4', '6', 'M4a', 'Train every ICB manager in disability- and neurodiversity-inclusive management.', 'Head of OD', '—', 'Mar 2026', '80% of managers trained', 'Delayed'],
      ['A5', '6', 'M9b', 'Give the ICB Disability and Carers Network an annual budget and an executive sponsor.', 'Chief People Officer', '—', 'May 2025', 'Budget and sponsor agreed', 'Complete'],
    ]],
    ['Part B – As system leader (with our partners)', [
      ['B1', '1', 'M10', 'Ask every partner trust Board to report its WDES metric 10 position to the ICB People Board once a year.', 'Director of Workforce Transformation', 'All five NHS trusts', 'Mar 2026', 'Five reports received', 'On track'],
      ['B2', '2', 'M1, M2', 'Run a supported internship for young disabled people with the two councils and the further education college.', 'System Workforce Lead', 'Both councils; FE college; two trusts', 'Jul 2025', '20 interns, 12 offered jobs', 'On track'],
      ['B3', '4', 'M6', 'Commission a shared occupational health adjustments service for primary care staff.', 'Primary Care Workforce Lead', 'GP collaboratives', 'Jan 2026', 'Service live in all eight primary care networks', 'Not started'],
      ['B4', '6', 'M4a, M4b', 'Agree a system standard for recording disability-related harassment and collect the figures every quarter.', 'System EDI Lead', 'All five NHS trusts; hospice', 'Oct 2025', 'Standard agreed; first quarterly return in', 'Delayed'],
      ['B5', '2', 'M5', 'Open places on the system leadership programme to disabled colleagues, with one place guaranteed for each partner.', 'ICS Leadership Academy', 'All partners', 'Nov 2025', '15 disabled colleagues on the programme', 'On track'],
    ]],
  ];
  const secs = [];
  for (const [part, acts] of parts) {
    secs.push(p.line([part], { merge: ['A', 'I'], border: true, style: { bold: true, fill: C.lightblue } }));
    for (const [ref, hia, m, a, lead, partners, due, sm, st] of acts) {
      p.action([ref, hia, m, a, lead, partners, due, sm, st], { ref, indicators: m.replace(/M/g, '').split(', '), theme: part, action: a, lead, due, status: st, rag: RG[st], outcome: sm }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { color: 'FF595959' }, {}, {}, F[st] ? { fill: F[st], color: st === 'Complete' ? C.white : C.black } : {}] });
    }
  }
  p.blank();
  p.line(['Status: Complete (blue) · On track (green) · Delayed (amber) · Not started (no colour). Reviewed quarterly by the ICB People Board.'], { merge: ['A', 'I'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board) in TWO PARTS under one header: the ICB's name, the plan title ('… – our own staff and our system'), an intro saying Part A is what the ICB does as an employer of 640 staff and Part B what it leads across the system (five NHS trusts, hospice, GP collaboratives, two councils), and that HIA = EDI Improvement Plan high impact action; a blank row; one navy header 'Ref | HIA | WDES metric | Action | ICB lead | Partners involved | Due | Success measure | Status' (row 5); two light-blue merged PART rows ('Part A – As an employer (ICB staff)', 'Part B – As system leader (with our partners)'), each over five actions A1–A5 / B1–B5; a status key line under the table. Judgement calls: both parts are the ICB's plan – the system actions (B1–B5) are actions too, led by an ICB lead with partners involved; theme = the Part row; lead = 'ICB lead' – 'Partners involved' (grey text: 'All five NHS trusts; hospice', '—') is context and never the lead; indicators from the WDES metric column ('M1, M2' → ['1','2'], 'M4a, M4b' → ['4a','4b']); 'WDES metric 10' inside B1's text agrees with its column; the HIA column has no gold field and is no metric; due as written ('Jun 2025'); outcome = 'Success measure'; status = the word, rag = its fill per the key line (Complete blue, On track green, Delayed amber, Not started unfilled → null); ref as written.", { sections: secs, notFrom: ['F', 'B'], crossRef: { metricCol: 'C', otherCols: ['B'] }, ragCol: 'I', mode: 'fill' });
}
