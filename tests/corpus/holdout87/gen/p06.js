// holdout87-wres-2022-23-quarrydale: ICB (own staff and the system's provider collaborative), a TWO-YEAR WRES plan 2022–2024: each action
// has a measure of success with a 2022 BASELINE and a TARGET FOR EACH YEAR (real numbers in number formats under date-like headers), a
// due date as a real date and a Q3 RAG word on a fill, under two workstream rows.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Quarrydale Integrated Care Board';
  const p = new Plan(book, { name: 'holdout87-wres-2022-23-quarrydale', sheet: 'WRES 2022-24', standard: 'WRES', period: '2022-23', trust, widths: [8, 9, 42, 30, 12, 12, 12, 24, 12, 9, 34], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'K'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard action plan – two years, April 2022 to March 2024 (ICB staff)'], { merge: ['A', 'K'], style: { bold: true } });
  p.line(['RAG position at Quarter 3 2022/23, reported to the Remuneration and People Committee on 14 February 2023.'], { merge: ['A', 'K'], style: { italic: true } });
  p.blank();
  p.header(['Action no.', 'WRES indicator', 'What we will do', 'Measure of success', 'Baseline (WRES 2022)', 'Target March 2023', 'Target March 2024', 'Accountable lead', 'Due date', 'Q3 RAG', 'Q3 commentary'], { style: { fill: C.paleblue }, height: 30 });
  p.ws.views = [{ state: 'frozen', ySplit: 5, xSplit: 3 }];
  const F = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.blue };
  const sections = [];
  const DF = 'dd/mm/yyyy';
  const ws = [
    ['Workstream A – Recruitment and progression', [
      ['A1', '1', 'Set band-by-band representation goals for the ICB and report progress to every Remuneration and People Committee.', 'BME staff at Band 8a and above as a share of all staff at that level', 0.11, 0.14, 0.18, '0%', 'Chief People Officer', D(2024, 3, 31), 'Green', 'Goals agreed in October; first report in December.'],
      ['A2', '2', 'Make every interview panel for Band 8a and above include a trained inclusion panellist from outside the hiring directorate.', 'Relative likelihood of White applicants being appointed from shortlisting', 1.74, 1.45, 1.25, '0.00', 'Head of Resourcing', D(2023, 6, 30), 'Amber', 'Panellist pool is 14 against 25 needed.'],
      ['A3', '7', 'Open a reverse-mentoring scheme pairing BME staff with members of the executive team.', 'BME staff believing the ICB gives equal chances of progression (staff survey)', 0.52, 0.6, 0.7, '0%', 'Director of Corporate Affairs', D(2023, 1, 31), 'Blue', 'Scheme launched; nine pairs meeting.'],
      ['A4', '4', 'Record requests for and funding of non-mandatory training and publish uptake by ethnicity twice a year.', 'Relative likelihood of White staff accessing non-mandatory training', 1.21, 1.1, 1, '0.00', 'Head of Learning & OD', D(2023, 9, 30), 'Red', 'Learning system cannot yet report by ethnicity; supplier fix due May.'],
    ]],
    ['Workstream B – Culture and experience', [
      ['B1', '6, 8', 'Launch "Speak Up for Race" sessions so staff can raise bullying or discrimination from colleagues in confidence, with a named executive to act on themes.', 'BME staff experiencing discrimination from a manager or colleague (staff survey)', 0.16, 0.12, 0.08, '0%', 'Freedom to Speak Up Guardian', D(2024, 3, 31), 'Green', 'Two sessions held; themes to Executive Team in March.'],
      ['B2', '5', 'Agree with the provider collaborative a shared zero-tolerance statement on racist abuse of staff working in care homes and GP surgeries.', 'BME staff harassed by the public', 0.19, 0.15, 0.12, '0%', 'Director of Primary Care', D(2023, 3, 31), 'Amber', 'Draft agreed by two of four providers.'],
      ['B3', '9', 'Use a search partner with a track record in diverse appointments for the two non-executive member posts falling vacant in 2023.', 'Voting Board members from BME backgrounds', '0 of 12', '1 of 12', '2 of 12', null, 'ICB Chair', D(2023, 9, 30), 'Green', 'Partner appointed; brief signed off.'],
    ]],
  ];
  for (const [wsName, acts] of ws) {
    sections.push(p.line([wsName], { merge: ['A', 'K'], style: { bold: true, fill: C.nhs, color: C.white } }));
    for (const [no, ind, act, mos, base, t1, t2, nf, lead, due, rag, com] of acts) {
      const cs = (v) => ({ numFmt: typeof v === 'number' ? nf : undefined, alignment: { horizontal: 'center' } });
      p.action([no, ind, act, mos, base, t1, t2, lead, due, rag, com], { ref: no, indicators: ind.split(', '), theme: wsName, action: act, lead, due: shown(due, DF), status: rag, rag: rag.toLowerCase(), progress: com, outcome: mos }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, cs(base), cs(t1), cs(t2), {}, { numFmt: DF }, { fill: F[rag], alignment: { horizontal: 'center' } }, {}] });
    }
  }
  p.blank();
  p.line(['Targets for March 2024 will be re-based when the 2023 WRES data is published in the autumn.'], { merge: ['A', 'K'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, own staff). A TWO-YEAR plan kept as one grid. Sheet 'WRES 2022-24': the ICB's name, title 'two years, April 2022 to March 2024 (ICB staff)', an italic line (RAG at Q3 2022/23, committee of 14 February 2023), a blank row, the header 'Action no. | WRES indicator | What we will do | Measure of success | Baseline (WRES 2022) | Target March 2023 | Target March 2024 | Accountable lead | Due date | Q3 RAG | Q3 commentary' (row 5, frozen at C), two blue WORKSTREAM rows with four and three actions, a closing line about re-basing the targets. The baseline and the two YEARLY TARGETS are real numbers shown through number formats ('11%', '1.74', '1.45') or text ('0 of 12'). Judgement calls: the plan's period is its FIRST year as stated (April 2022 to March 2024) → '2022-23'; due = Due date, a real date shown dd/mm/yyyy – never the 'March 2023' / 'March 2024' of the target headers; outcome = Measure of success (the measure's wording; the baseline and target figures are the measure's values and give no field); progress = Q3 commentary; status = the RAG word, rag from its fill (Blue → blue); theme = the workstream row; ref = Action no.; indicators from the WRES indicator column ('6, 8' → both); lead = Accountable lead as written (the ICB Chair for B3). The committee date and the closing line give no field.", { mode: 'fill', ragCol: 10, sections, notFrom: ['E', 'F', 'G'], forbidden: ['14 February 2023', 'March 2023', 'March 2024'] });
}
