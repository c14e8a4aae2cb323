// holdout15-wres-2022-23-rivelsby: ORDINARY sectioned WRES plan – ACTION AS THE FIRST COLUMN, one header at the top, then
// three NAVY MERGED SECTION ROWS ('Priority area 1 – Fair recruitment and progression') = theme; per-row indicator codes
// 'WRES2', 'WRES 5 & 6', 'WRES1–9'; 'Accountable lead'; Start + Due real dates shown dd.mm.yyyy (due = Due); status words
// Completed (green) / On track (light green) / Some slippage (amber) / Significant delay (red); approval footer.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wres-2022-23-rivelsby', sheet: 'Race Equality Action Plan', standard: 'WRES', period: '2022-23', trust: 'Rivelsby Teaching Hospitals NHS Trust', widths: [60, 13, 30, 12, 12, 16, 44] });
  p.line(['RIVELSBY TEACHING HOSPITALS NHS TRUST'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.navy } });
  p.line(['Workforce Race Equality Standard – action plan 2022-23'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Action', 'Indicator', 'Accountable lead', 'Start', 'Due', 'Status', 'Evidence of impact'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const S = { Completed: [C.green, 'green'], 'On track': [C.lightgreen, 'green'], 'Some slippage': [C.amber, 'amber'], 'Significant delay': [C.red, 'red', C.white] };
  const F = 'dd.mm.yyyy';
  const sections = [
    ['Priority area 1 – Fair recruitment and progression (indicators 1, 2 and 7)', [
      ['Set representation goals for BME staff at Band 8a and above, by division, in line with the Model Employer aspiration.', 'WRES1', ['1'], 'Chief People Officer', D(2022, 4, 1), D(2022, 9, 30), 'Completed', 'Goals agreed by the Executive in September.'],
      ['Make diverse interview panels mandatory for all Band 7+ posts and record panel make-up on TRAC.', 'WRES2', ['2'], 'Head of Recruitment', D(2022, 5, 1), D(2022, 12, 31), 'On track', 'Recording on TRAC from October.'],
      ['Introduce de-biased job descriptions and adverts using the inclusive language checker.', 'WRES2', ['2'], 'Head of Recruitment', D(2022, 6, 1), D(2023, 1, 31), 'Some slippage', 'Checker procured; roll-out slipped to February.'],
      ['Run the "Aspire" career development programme for BME nurses and midwives at Bands 5 and 6.', 'WRES 7', ['7'], 'Deputy Chief Nurse', D(2022, 9, 1), D(2023, 3, 31), 'On track', 'Cohort 2 of 20 started in November.'],
    ]],
    ['Priority area 2 – Just and learning culture (indicators 3, 5, 6 and 8)', [
      ['Require a pre-formal review by a trained "just culture" panel before any disciplinary investigation is started.', 'WRES3', ['3'], 'Head of Employee Relations', D(2022, 4, 1), D(2022, 7, 31), 'Completed', 'Panel in place; formal cases down by a third.'],
      ['Launch a campaign against racist abuse of staff by patients and the public, with sanctions agreed with the police.', 'WRES 5 & 6', ['5', '6'], 'Director of Estates and Facilities', D(2022, 7, 1), D(2022, 11, 30), 'Significant delay', 'Police liaison post vacant.'],
      ['Train 100 "active bystanders" across the Trust.', 'WRES 6 & 8', ['6', '8'], 'Head of OD', D(2022, 6, 1), D(2023, 3, 31), 'On track', '72 trained.'],
    ]],
    ['Priority area 3 – Leadership and accountability (indicators 4, 9 and all)', [
      ['Report access to non-mandatory training and CPD by ethnicity to the Education Committee twice a year.', 'WRES4', ['4'], 'Director of Education', D(2022, 4, 1), D(2022, 10, 31), 'Completed', 'First report October 2022.'],
      ['Give every executive director a race equality objective in their appraisal.', 'WRES9', ['9'], 'Chief Executive', D(2022, 4, 1), D(2022, 6, 30), 'Completed', 'All objectives set.'],
      ['Reverse mentoring for all Board members with members of the Race Equality Network.', 'WRES9', ['9'], 'Chair', D(2022, 9, 1), D(2023, 3, 31), 'Some slippage', 'Five of nine pairs matched.'],
      ['Publish the WRES report and an update on this plan on the Trust website.', 'WRES1–9', ALL_WRES, 'Head of Equality, Diversity and Inclusion', D(2022, 8, 1), D(2022, 10, 31), 'Completed', 'Published 28.10.2022.'],
    ]],
  ];
  for (const [sec, acts] of sections) {
    p.line([sec], { merge: ['A', 'G'], style: { bold: true, fill: C.navy, color: C.white } });
    for (const [action, ind, inds, lead, start, due, st, ev] of acts)
      p.action([action, ind, lead, start, due, st, ev], { indicators: inds, theme: sec, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: ev }, { styles: [{}, {}, {}, { numFmt: F }, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['Approved by the Board of Rivelsby Teaching Hospitals NHS Trust, 27.07.2022. Progress reported to the People Committee each quarter.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY sectioned WRES plan: CAPITAL navy trust name, title, a blank row, then ONE grey header with the ACTION AS THE FIRST COLUMN 'Action | Indicator | Accountable lead | Start | Due | Status | Evidence of impact' (row 4). Below it three NAVY MERGED SECTION ROWS (white bold text, A:G) 'Priority area N – … (indicators …)' – gold theme = the section text; each action still has its own indicator cell, which gives its indicators ('WRES1', 'WRES 7', 'WRES 5 & 6', 'WRES 6 & 8', 'WRES1–9' = all nine). Start and Due are real dates shown dd.mm.yyyy; gold due = Due. Status words filled: Completed green, On track LIGHT GREEN (→ green), Some slippage amber, Significant delay red. 'Evidence of impact' = progress. No key. Approval footer line (which names the trust in ordinary case). Judgement calls: due = Due, not Start; the section headings' indicator lists are not used where the row has its own; the 'Published 28.10.2022' progress text is not a completed date field (no completed column).", { ragCol: 'F', mode: 'fill' });
}
