// holdout83-wres-2018-19-gorsebridge: an ambulance trust's plan grouped by DIRECTORATE (section labels written in the Action column only,
// shaded across); a '% complete' number beside a RAG word on a fill; target dates as real dates.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Gorsebridge Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout83-wres-2018-19-gorsebridge', sheet: 'WRES 18-19', standard: 'WRES', period: '2018-19', trust, widths: [6, 7, 56, 30, 13, 11, 10], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WRES Action Plan 2018/19`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: 'FF006400' } });
  p.line(['Last reviewed: 03/12/2018 by the Inclusion Steering Group'], { merge: ['A', 'G'], style: { italic: true } });
  p.header(['No.', 'Ind.', 'Action', 'Lead', 'Target date', '% complete', 'RAG'], { style: { fill: 'FF00703C', color: C.white } });
  const F = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.blue };
  const G = [
    ['A&E Operations', [
      ['1', '2', 'Hold two paramedic taster days a year in the city’s most diverse wards, run with the local mosque and gurdwara.', 'Head of Operations – West', D(2018, 10, 31), 0.5, 'Amber'],
      ['2', '5', 'Give crews a standard incident code for racist abuse from patients and send each report to the duty manager the same shift.', 'Clinical Safety Lead', D(2018, 9, 30), 1, 'Blue'],
      ['3', '7', 'Offer BME paramedics shadowing shifts with clinical team leaders before the team leader recruitment round.', 'Assistant Director of Operations', D(2019, 2, 28), 0.25, 'Red'],
    ]],
    ['Emergency Operations Centre (999 and 111)', [
      ['4', '2', 'Use a second, trained scorer for every call handler assessment centre so no one scorer decides alone.', 'EOC Recruitment & Training Manager', D(2018, 11, 30), 0.75, 'Green'],
      ['5', '6', 'Set up a buddy system for call handlers taking abusive calls, with a debrief offered within the shift.', 'EOC Duty Manager', D(2019, 1, 31), 0.4, 'Amber'],
    ]],
    ['Patient Transport Service', [
      ['6', '3', 'Review every PTS disciplinary case from 2016–18 for consistency of outcome by ethnicity.', 'HR Business Partner – PTS', D(2018, 12, 31), 0.6, 'Green'],
      ['7', '4', 'Make sure PTS crews can book non-mandatory courses on the same system as A&E crews.', 'PTS Training Coordinator', D(2019, 3, 31), 0.1, 'Red'],
    ]],
    ['Corporate and Board', [
      ['8', '1', 'Report BME staff by band and by directorate to the Board each quarter.', 'Workforce Information Manager', D(2018, 7, 31), 1, 'Blue'],
      ['9', '9', 'Ask the recruitment agency for a BME candidate on every non-executive shortlist.', 'Company Secretary', D(2019, 3, 31), 0.3, 'Amber'],
    ]],
  ];
  const sections = [];
  for (const [dir, acts] of G) {
    sections.push(p.line(['', '', dir, '', '', '', ''], { border: true, style: { bold: true, fill: 'FFE2EFDA' } }));
    for (const [no, ind, act, lead, due, pct, rag] of acts) p.action([no, ind, act, lead, due, pct, rag], { ref: no, indicators: [ind], theme: dir, action: act, lead, due: shown(due, 'dd-mmm-yy'), status: rag, rag: rag.toLowerCase() }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd-mmm-yy' }, { numFmt: '0%', alignment: { horizontal: 'center' } }, { fill: F[rag] }] });
  }
  p.blank();
  p.line(['Blue = complete; Green = on track; Amber = behind but recoverable; Red = off track. % complete is the lead’s own estimate.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust). Sheet 'WRES 18-19': title with the trust name, a 'Last reviewed: 03/12/2018' line, the green header 'No. | Ind. | Action | Lead | Target date | % complete | RAG' (row 3), then FOUR DIRECTORATE section rows whose label is written in the ACTION column only (C), shaded across A–G ('A&E Operations', 'Emergency Operations Centre (999 and 111)', 'Patient Transport Service', 'Corporate and Board'), nine actions numbered 1–9 under them, and a key line. Judgement calls: the directorate rows are section rows (not actions, though their text sits in the Action column) and give the theme; lead = Lead; due = Target date as displayed (real dates, dd-mmm-yy); '% complete' is the lead's estimate and gives no status or progress; status = the RAG word, rag from its fill (Blue = complete → blue); ref = No.; indicators from Ind.; the review date is no due; the key is not an action.", { mode: 'fill', ragCol: 7, sections, notFrom: ['F'], forbidden: ['03/12/2018'] });
}
