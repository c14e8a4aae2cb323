// holdout67-wres-2020-21-drenmouth: specialist cancer trust. Each action is a TWO-ROW RECORD: row 1 has the ref and the action (merged
// across), row 2 has small labels and values – Lead, Target, RAG, Evidence – under a two-row header that mirrors the record.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Drenmouth Cancer Centre NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout67-wres-2020-21-drenmouth', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [8, 14, 30, 14, 12, 44], font: { name: 'Arial', size: 10 } });
  p.line(['Workforce Race Equality Standard – Action Plan 2020-21'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line([trust], { merge: ['A', 'F'] });
  p.line(['Plan refreshed in October 2020 after the first wave of COVID-19; targets re-set where needed.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Indicator', 'Action', '', '', ''], { style: { fill: C.darkblue, color: C.white }, merge: ['C', 'F'] });
  p.header(['', '', 'Lead', 'Target', 'RAG', 'Evidence / update'], { style: { fill: C.lightblue } });
  const F = { G: C.green, A: C.amber, R: C.red };
  const acts = [
    ['R1', '1', ['1'], 'Include ethnicity in every workforce report to the Board and its committees, starting with the October People Committee', 'Head of Workforce Planning', 'Oct 2020', 'G', 'October and December reports included ethnicity breakdowns.'],
    ['R2', '2', ['2'], 'Move all recruitment to NHS Jobs anonymised shortlisting, including bank and fixed-term posts', 'Recruitment Manager', 'Jan 2021', 'A', 'Bank posts still shortlisted by name; system change booked for February.'],
    ['R3', '3', ['3'], 'Ask a BAME Network representative to observe each formal disciplinary panel, with the employee\'s agreement', 'Head of HR', 'Dec 2020', 'G', 'Four panels observed.'],
    ['R4', '4', ['4'], 'Monitor who is released for non-mandatory training and CPD by ethnicity each quarter', 'Education Lead', 'Mar 2021', 'R', 'Not started – education team redeployed during the second wave.'],
    ['R5', '5, 6', ['5', '6'], 'Complete COVID-19 risk assessments for every BAME colleague and revisit them when guidance changes', 'Occupational Health Lead', 'Jul 2020', 'G', '97% completed by the end of July; revisits in November.'],
    ['R6', '7, 8', ['7', '8'], 'Give BAME staff a confidential route to raise concerns through the Freedom to Speak Up Guardian and network ambassadors', 'FTSU Guardian', 'Nov 2020', 'A', 'Ambassadors recruited; publicity delayed.'],
    ['R7', '9', ['9'], 'Bring a BAME staff member onto the Board as a "board apprentice" for twelve months', 'Chief Executive', 'Mar 2021', 'A', 'Role advertised; shortlisting in February.'],
  ];
  for (const [ref, ind, inds, act, lead, due, r, ev] of acts) {
    const row = p.action([ref, ind, act, '', '', ''], { ref, indicators: inds, action: act, lead, due, status: r, rag: { G: 'green', A: 'amber', R: 'red' }[r], progress: ev }, { merge: ['C', 'F'], style: { bold: true, fill: C.palegrey } });
    const r2 = p.line(['', '', lead, due, r, ev], { border: true, styles: [{}, {}, {}, {}, { fill: F[r], alignment: { horizontal: 'center', vertical: 'top' } }, {}] });
    (p.blocks[row] ||= []).push(r2);
  }
  p.blank();
  p.line(['RAG: G – on track or complete; A – some delay; R – not started or off track.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional specialist cancer foundation trust, WRES 2020/21 (refreshed after the first COVID wave). Three title lines, then a TWO-ROW HEADER that mirrors a two-row record: row 5 'Ref | Indicator | Action' (Action merged C:F), row 6 'Lead | Target | RAG | Evidence / update' in columns C–F. Each action is a TWO-ROW RECORD: a grey bold row with ref, indicator and the action text merged across C:F, then a row beneath with the lead, target month, a RAG letter on a fill and the evidence. Judgement calls: one action per record; its row is the first (ref and action) row; the second row is a non-action row that belongs to the action above, and the action's lead, due, status and progress come FROM IT (lead = the C cell, due = Target, status = the RAG letter with rag from its fill, progress = Evidence / update); both header rows are header rows; indicators from the Indicator cell ('5, 6' → 5,6); theme null. Title lines and the RAG key are context.", { mode: 'fill', ragCol: 'E', ragRowOffset: 1, fieldsFromBlock: true });
}
