// holdout55-wres-2024-25-ravensmere: follows NHS South Yorkshire ICB's news page on its Primary Care Race Equality Network
// (southyorkshire.icb.nhs.uk/news/south-yorkshire-primary-care-race-equality-network): the ICB's three anti-racism priorities –
// understanding the experience of people from minoritised communities, being a stronger ally, ensuring its own leadership is more
// inclusive – and a network for primary care staff meeting quarterly. Kept as an ICB keeps a board-assurance tracker: one column of
// updates per quarter and a forecast RAG letter.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Ravensmere Integrated Care Board';
  const p = new Plan(book, { name: 'holdout55-wres-2024-25-ravensmere', sheet: 'Race equality tracker', standard: 'WRES', period: '2024-25', trust, widths: [7, 48, 24, 34, 34, 34, 34, 11], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust} – Workforce Race Equality Standard and anti-racism commitments 2024/25: quarterly tracker`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Reported to: People, Culture and Inclusion Committee. Position at: end of Quarter 3 (December 2024). Forecast key: G = will be delivered in year; A = at risk; R = will not be delivered in year.'], { merge: ['A', 'H'], style: { italic: true }, height: 30 });
  p.header(['Ref', 'Deliverable', 'SRO', 'Q1 update', 'Q2 update', 'Q3 update', 'Q4 update', 'Forecast'], { style: { fill: C.navy, color: C.white } });
  const FC = { G: C.green, A: C.amber, R: C.red };
  const pr = [
    ['Priority 1: Understand the experience of colleagues and communities from minoritised groups', [
      ['1.1', 'Run focus groups with ethnic minority ICB staff on the 2023 staff survey results (WRES 5–8).', 'Chief People Officer', 'Facilitator procured.', 'Three focus groups held; 38 staff took part.', 'Findings shared with the Executive Team.', 'G', ['5', '6', '7', '8']],
      ['1.2', 'Set up a Primary Care Race Equality Network for staff in general practice, pharmacy, dentistry and optometry, meeting quarterly.', 'Director of Primary Care', 'Terms of reference drafted.', 'Launch meeting held online, 64 attendees.', '', 'G', []],
      ['1.3', 'Publish the ICB\'s first ethnicity pay gap report alongside the WRES report.', 'Chief People Officer', 'Data cleanse of ESR ethnicity records.', 'Delayed – payroll migration.', '', 'A', []],
    ]],
    ['Priority 2: Be a stronger ally', [
      ['2.1', 'Deliver allyship training to every Band 8a and above manager in the ICB.', 'Director of Nursing', '', 'Pilot session run with the corporate team.', 'Four sessions held; 41% of managers trained.', 'A', []],
      ['2.2', 'Agree a system-wide approach to racist abuse from patients with the four provider trusts (WRES 5).', 'Chief People Officer', 'Draft principles shared with trust HR directors.', 'Principles agreed at the System People Board.', 'Provider sign-off outstanding at one trust.', 'A', ['5']],
    ]],
    ['Priority 3: Make our own leadership more inclusive', [
      ['3.1', 'Set an ethnicity target for the Board and senior leadership in line with the Model Employer ambition (WRES 9).', 'Chair', 'Baseline agreed.', '', '', 'R', ['9']],
      ['3.2', 'Include an inclusion objective in every executive director appraisal for 2024/25.', 'Chief Executive', 'Objectives set for all executive directors.', 'Mid-year reviews completed.', 'On track for year-end appraisals.', 'G', []],
      ['3.3', 'Use diverse interview panels and debiased job descriptions for all Band 8c and above posts (WRES 2).', 'Chief People Officer', 'Panel guidance issued.', 'Used for five of six senior posts.', 'Used for all Q3 senior posts.', 'G', ['2']],
    ]],
  ];
  const secs = [];
  for (const [head, acts] of pr) {
    secs.push(p.line([head], { merge: ['A', 'H'], style: { bold: true, fill: C.lilac } }));
    for (const [ref, a, sro, q1, q2, q3, fc, codes] of acts) {
      const prog = q3 || q2 || q1;
      p.action([ref, a, sro, q1, q2, q3, '', fc], { ref, indicators: codes, theme: head, action: a, lead: sro, status: fc, rag: { G: 'green', A: 'amber', R: 'red' }[fc], progress: prog }, { styles: [{}, {}, {}, {}, {}, {}, { fill: C.palegrey }, { fill: FC[fc], bold: true, alignment: { horizontal: 'center' } }] });
    }
  }
  p.blank();
  p.line(['Q4 column to be completed for the year-end report in April 2025.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board) following a real ICB's published page on its anti-racism priorities and Primary Care Race Equality Network (NHS South Yorkshire's: three priorities – understand the experience of minoritised colleagues and communities, be a stronger ally, make leadership more inclusive – and a network meeting quarterly). Kept as a BOARD-ASSURANCE TRACKER: a title line, a 'Reported to / Position at / Forecast key' line, one header 'Ref | Deliverable | SRO | Q1 update | Q2 update | Q3 update | Q4 update | Forecast' (row 3), three 'Priority n:' section rows, deliverables 1.1–3.3 and a closing note. ONE UPDATE COLUMN PER QUARTER: Q1 and Q2 mostly filled, Q3 filled for some, Q4 empty and greyed (not yet due); the Forecast is a G / A / R LETTER on a fill, explained in the key line. Judgement calls: progress = the LATEST filled quarter's update (Q3 where there is one, otherwise Q2, otherwise Q1 – 3.1 has only 'Baseline agreed.' in Q1), never the earlier ones joined; status = the Forecast letter as written ('G'), rag from it (G green, A amber, R red); lead = SRO; ref = Ref; theme = the Priority row; no due date anywhere (the tracker runs to year end but no deliverable has a date): due '', dueSource null; indicators only where a deliverable names them ('(WRES 5–8)' → ['5','6','7','8']; '(WRES 2)' → ['2']); the network and pay-gap deliverables name none ([]); the 'Position at: end of Quarter 3 (December 2024)' line is the report date, not a due.", { sections: secs, ragCol: 'H', mode: 'fill', latestOf: ['F', 'E', 'D'] });
}
