// holdout84-wdes-2025-26-cradwell: community health trust's WDES plan under priority section rows; the Target date is a real date
// MERGED DOWN over each priority's actions; an action written as a list was typed with Enter, so its bullets run on into the rows below
// with no ref; one lead's job title is split the same way; statuses in coloured font.
import { Book, Plan, C, mergeDown, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cradwell Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout84-wdes-2025-26-cradwell', sheet: 'WDES 2025-26', standard: 'WDES', period: '2025-26', trust, widths: [7, 11, 54, 26, 15, 14, 36], font: { name: 'Aptos', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: 'FF00A499' } });
  p.line(['Workforce Disability Equality Standard: our plan for 2025-26'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Written with the Access Network (our disabled staff network). Data: WDES 2025 return, staff survey 2024.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WDES metric', 'Action', 'Lead', 'Target date', 'Status', 'How we will measure it'], { style: { fill: 'FF00A499', color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const FC = { 'On track': C.green, 'At risk': C.orange, 'Off track': C.red, Achieved: C.blue };
  const RG = { 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', Achieved: 'blue' };
  const fmt = 'dd/mm/yyyy';
  // [section, target date, [[ref, metric, [action lines], [lead lines], status, measure]]]
  const secs = [
    ['Priority 1 – Getting in and getting on', D(2025, 12, 31), [
      ['1.1', '1', ['Run a “count me in” week in each locality so staff can update their disability status in ESR with help from a network member.'], ['Workforce Information Lead'], 'On track', 'Declaration rate above 8% (7.1% in 2025).'],
      ['1.2', '2', ['Review job descriptions for Band 3–6 community roles to remove requirements that are not essential (e.g. a full driving licence where a car is not needed).'], ['Recruitment & Onboarding', 'Manager'], 'At risk', 'Relative likelihood of appointment at or below 1.0.'],
      ['1.3', '3', ['Route capability cases through Occupational Health and an adjustments discussion before any formal step.'], ['Employee Relations Lead'], 'Achieved', 'No capability case for a disabled member of staff without an OH report.'],
    ]],
    ['Priority 2 – Safe, supported and heard', D(2026, 3, 31), [
      ['2.1', '4a, 4b', ['Put a “disability-related” tick box on the incident form and brief team leaders on using it.'], ['Head of Patient Safety'], 'On track', 'Incidents recorded by quarter; metric 4a down from 29%.'],
      ['2.2', '8', ['Launch a reasonable adjustments offer that includes:', '• a passport that moves with staff between teams', '• a central budget held by People Services', '• a target of 4 weeks from request to adjustment'], ['Head of Health & Wellbeing'], 'Off track', 'Metric 8 above 80%; time to adjustment recorded.'],
      ['2.3', '6, 7', ['Hold listening events with the Access Network in each locality and publish what we changed.'], ['Chief People Officer'], 'At risk', 'Metric 7 up by 4 points.'],
      ['2.4', '9a, 9b', ['Agree a terms of reference for the Access Network with protected time for its chair and vice-chair.'], ['Head of EDI'], 'Achieved', 'Network chair has one day a week protected.'],
    ]],
    ['Priority 3 – Leadership', D(2026, 3, 31), [
      ['3.1', '10', ['Invite a board member to sponsor the Access Network and report to the board twice a year.'], ['Trust Secretary'], 'On track', 'Two board reports in the year.'],
    ]],
  ];
  const secRows = [];
  for (const [sec, tgt, acts] of secs) {
    secRows.push(p.r + 1); p.line([sec], { merge: ['A', 'G'], style: { bold: true, fill: 'FFE2F0EF' } });
    const first = p.r + 1;
    for (const [ref, met, al, ll, st, meas] of acts) {
      const r = p.action([ref, met, al[0], ll[0], tgt, st, meas], { ref, indicators: met.split(', '), theme: sec, action: al.join(' '), lead: ll.join(' '), due: shown(tgt, fmt), status: st, rag: RG[st], outcome: meas },
        { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt, alignment: { horizontal: 'center', vertical: 'middle' } }, { bold: true, color: FC[st] }, {}] });
      const n = Math.max(al.length, ll.length); const joins = [];
      for (let k = 1; k < n; k++) p.line(['', '', al[k] || '', ll[k] || '', '', '', ''], { border: true, styles: [{}, {}, {}, {}, { numFmt: fmt }, {}, {}] });
      if (al.length > 1) joins.push({ col: 3, rows: al.slice(1).map((_, k) => r + 1 + k) });
      if (ll.length > 1) joins.push({ col: 4, rows: ll.slice(1).map((_, k) => r + 1 + k) });
      if (joins.length) p.joins[r] = joins;
    }
    mergeDown(p.ws, 'E', first, p.r);
  }
  p.blank();
  p.line(['Status colours: green on track, orange at risk, red off track, blue achieved. Reviewed quarterly by the Inclusion Steering Group.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust). Sheet 'WDES 2025-26': teal trust title, plan title, an italic line on who wrote it and the data used, then the teal header 'Ref | WDES metric | Action | Lead | Target date | Status | How we will measure it' (row 5, frozen) and eight actions under three shaded PRIORITY section rows. The Target date is a real date (dd/mm/yyyy) MERGED DOWN over all the rows of its priority, the continuation rows included. Action 2.2 was written as a list typed with Enter: 'Launch a reasonable adjustments offer that includes:' on its own row, and its three bullets ('• a passport …', '• a central budget …', '• a target of 4 weeks …') in the Action cells of the three rows below, which have no ref, metric, lead or status; 1.2's lead is split the same way ('Recruitment & Onboarding' / 'Manager'). Judgement calls: the bullet rows and the split-title row are continuations, not actions (no ref, and they only make sense with the line above) – the action is the lead-in and its bullets joined with spaces, the lead the two halves joined; every action takes the Target date of the merged cell beside it ('31/12/2025' for priority 1, '31/03/2026' for 2 and 3); theme = the priority section row; ref = Ref; status = the word, rag from its font colour (orange → amber, blue achieved → blue); outcome = How we will measure it; the quarterly review is no due; indicators from WDES metric ('4a, 4b', '6, 7', '9a, 9b' → both).", { mode: 'font', ragCol: 6, mergedFields: { due: 'E' }, sections: secRows });
}
