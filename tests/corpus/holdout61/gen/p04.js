// holdout61-wdes-2025-26-dunmore: ICB as an employer; a FRAMEWORK column merged down the left (WDES, WRES, EDS 2022, Equality Act 2010 –
// PSED, Neurodiversity); a 'Metric' column that holds WDES metrics and, on the WRES row, a WRES indicator; RAG written as colour words.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Dunmore and Haverleigh Integrated Care Board';
  const p = new Plan(book, { name: 'holdout61-wdes-2025-26-dunmore', sheet: 'Workforce EDI plan', standard: 'WDES', period: '2025-26', trust, widths: [22, 7, 54, 16, 26, 13, 42, 9], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Our workforce equality plan as an employer, 2025/26'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['This plan covers ICB staff only (about 610 colleagues). System-wide actions sit in the ICS People Plan. Approved by the Remuneration and People Committee, 17 June 2025.'], { merge: ['A', 'H'], height: 28 });
  p.blank();
  const hdr = p.header(['Framework', 'Ref', 'Action', 'Metric', 'Owner', 'Milestone', 'Progress at Q2', 'RAG'], { style: { fill: C.paleblue } });
  const W = { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue', 'Not started': null };
  const groups = [
    ['Workforce Disability Equality Standard (WDES)', [
      ['D1', 'Ask every colleague to update their disability status through ESR self-service, with a short film on why it matters.', 'Metric 1', 'Head of Workforce Information', 'Q2 2025/26', 'Declaration up from 4.1% to 6.3%.', 'Blue'],
      ['D2', 'Publish a clear route for reporting harassment from providers and members of the public, and tell staff what happened after they reported.', 'Metrics 4a & 4b', 'Head of Corporate Affairs', 'Q3 2025/26', 'Route drafted with the Disability Network.', 'Green'],
      ['D3', 'Give line managers a toolkit on presenteeism and phased returns for colleagues with long-term conditions.', 'Metrics 5 & 6', 'HR Business Partner', 'Q3 2025/26', 'Toolkit in design.', 'Amber'],
      ['D4', 'Make reasonable adjustments a standing item in every one-to-one for disabled colleagues who want it.', 'Metric 8', 'Associate Director of People', 'Q1 2025/26', 'One-to-one template changed.', 'Blue'],
      ['D5', 'Report the disability profile of the Board to the Remuneration and People Committee twice a year.', 'Metric 10', 'Board Secretary', 'Q4 2025/26', '', 'Not started'],
    ]],
    ['Workforce Race Equality Standard (WRES)', [
      ['R1', 'Include an ethnic minority panel member on every Band 8a and above interview panel.', 'WRES indicator 2', 'Head of Recruitment', 'Q2 2025/26', 'Rolled out for 8a–8d; VSM in Q3.', 'Amber'],
    ]],
    ['Equality Delivery System 2022', [
      ['E1', 'Grade Domain 2 (workforce health and wellbeing) with the staff networks and the staff partnership forum.', '', 'EDI Lead', 'Q4 2025/26', 'Evidence pack started.', 'Green'],
    ]],
    ['Equality Act 2010 – Public Sector Equality Duty', [
      ['P1', 'Publish our equality information and two new equality objectives on the ICB website.', '', 'Head of Corporate Affairs', 'Q4 2025/26', '', 'Not started'],
      ['P2', 'Complete an equality impact assessment for the organisational change programme before consultation opens.', '', 'Associate Director of People', 'Q1 2025/26', 'EqIA signed off on 2 June.', 'Blue'],
    ]],
    ['Neurodiversity', [
      ['N1', 'Fund workplace needs assessments for neurodivergent colleagues without waiting for a diagnosis.', '', 'Associate Director of People', 'Q2 2025/26', 'Six assessments funded.', 'Green'],
    ]],
  ];
  const other = [];
  for (const [fw, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([ref, act, met, lead, due, prog, rag], i) => {
      const inds = []; const m = /Metrics? (.+)$/.exec(met); if (m && !/WRES/.test(met)) inds.push(...m[1].split(/\s*[&,]\s*/));
      const r = p.action([i === 0 ? fw : undefined, ref, act, met, lead, due, prog, rag], { ref, indicators: inds, theme: fw, action: act, lead, due, status: rag, rag: W[rag], progress: prog },
        { styles: [{ bold: true, alignment: { vertical: 'middle' }, fill: C.palegrey }] });
      if (!inds.length) other.push(r);
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['RAG: Blue = complete  Green = on track  Amber = at risk  Red = off track  Not started = not yet due to start'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board, as an employer of its own staff) kept as ONE WORKFORCE EQUALITY PLAN: ICB name, title 'Our workforce equality plan as an employer, 2025/26', a scope and approval paragraph (Remuneration and People Committee, 17 June 2025), a blank row, one pale-blue header 'Framework | Ref | Action | Metric | Owner | Milestone | Progress at Q2 | RAG' (row 5). The FRAMEWORK cell is MERGED DOWN over its rows: 'Workforce Disability Equality Standard (WDES)' (D1–D5), 'Workforce Race Equality Standard (WRES)' (R1), 'Equality Delivery System 2022' (E1), 'Equality Act 2010 – Public Sector Equality Duty' (P1, P2), 'Neurodiversity' (N1). A RAG key line at the foot. Judgement calls: every row is an action of the plan (the WRES, EDS, PSED and neurodiversity rows too); indicators from the Metric column where it names a WDES metric ('Metrics 4a & 4b' → ['4a','4b'], 'Metrics 5 & 6' → ['5','6']); R1's Metric cell is 'WRES indicator 2' – a WRES indicator, NOT WDES metric 2 (this is read as the WDES plan, the file's standard) → []; empty Metric → []; theme = the merged Framework cell; ref as written (D1, R1, P2); due = Milestone as written ('Q3 2025/26'); lead = Owner; progress = 'Progress at Q2'; status = the RAG word as written (no fills), rag from the word per the key (Blue = complete, Green, Amber; 'Not started' is no colour → rag null); the approval date is not a due.", { mode: 'word', ragCol: 'H', words: W, otherWork: other, themeCol: { col: 'A', header: hdr }, leadCol: 'E', dueCol: 'F', progressCol: 'G' });
}
