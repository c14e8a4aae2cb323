// holdout66-wres-2023-24-harrowdale: an ICB Board paper where each WRES indicator heading is followed by a FIGURES row laid in the
// same grid – '2022: …' in the Lead column, '2023: …' in the Due column and an arrow in the RAG column – before the actions. The RAG
// column is a bare coloured cell. A row says an action was combined with another; the paper's recommendation sits in the grid's last row.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Harrowdale and Fenn Integrated Care Board';
  const p = new Plan(book, { name: 'holdout66-wres-2023-24-harrowdale', sheet: 'Annex A', standard: 'WRES', period: '2023-24', trust, widths: [46, 52, 24, 16, 8], font: { name: 'Arial', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  p.line(['Board meeting in public, 14 November 2023 – Annex A: WRES 2023 data and action plan 2023-24'], { merge: ['A', 'E'] });
  p.blank();
  p.header(['WRES indicator', 'Action', 'Lead', 'By when', 'RAG'], { style: { fill: C.nhs, color: C.white } });
  const rag = { green: C.green, amber: C.amber, red: C.red };
  const ind = (t) => p.line([t], { border: true, style: { bold: true } });
  const figs = (a, b, arrow) => p.line([undefined, 'Our figures', a, b, arrow], { border: true, style: { italic: true, color: 'FF404040' } });
  const act = (th, codes, [a, lead, due, r]) => p.action([undefined, a, lead, due, undefined], { ref: '', indicators: codes, theme: th, action: a, lead, due, status: '', rag: r }, { styles: [{}, {}, {}, {}, { fill: rag[r] }] });
  let t = 'Indicator 1: BME staff in Band 8a and above';
  ind(t); figs('2022: 9.4%', '2023: 10.8%', '↑');
  act(t, ['1'], ['Set a target for BME representation at 8a and above for each directorate and report it quarterly to the People Board.', 'Chief People Officer', 'Dec 2023', 'green']);
  act(t, ['1'], ['Sponsor four BME colleagues a year on the regional Stepping Up and Ready Now programmes.', 'Head of OD', 'Mar 2024', 'amber']);
  t = 'Indicator 2: Relative likelihood of appointment from shortlisting';
  ind(t); figs('2022: 1.74', '2023: 1.52', '↓');
  act(t, ['2'], ['Remove names and personal details from applications at shortlisting for all ICB posts.', 'Recruitment Lead', 'Jan 2024', 'green']);
  p.line([undefined, 'Combined with the indicator 1 target-setting action above (agreed at the July Board).', undefined, undefined, undefined], { border: true, style: { italic: true, fill: C.palegrey } });
  t = 'Indicators 5 and 6: Harassment, bullying or abuse';
  ind(t); figs('2022: 24.9% / 21.0%', '2023: 26.3% / 19.4%', '↕');
  act(t, ['6'], ['Introduce a civility and respect charter co-written with the Race Equality Network and signed by every team.', 'Director of Corporate Affairs', 'Feb 2024', 'amber']);
  act(t, ['5'], ['Agree with provider trusts how abuse of ICB staff working on their sites will be reported and followed up.', 'Deputy Director of Nursing', 'Mar 2024', 'red']);
  t = 'Indicator 9: Board voting membership';
  ind(t); figs('2022: 0%', '2023: 14.3%', '↑');
  act(t, ['9'], ['Include a lived-experience member on the panel for every Board appointment.', 'Chair', 'Ongoing', 'green']);
  act(t, ['9'], ['Run a Board development session on the ICB\'s anti-racism commitments with an external facilitator.', 'Chief Executive', 'Oct 2023', 'green']);
  p.line(['Recommendation', 'The Board is asked to receive the 2023 WRES data and approve the action plan for publication by 31 December 2023.'], { border: true, style: { bold: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board): Annex A of a Board paper – the 2023 WRES data and the action plan 2023-24 in one grid. Title, meeting line, then one blue header 'WRES indicator | Action | Lead | By when | RAG' (row 4). Each indicator group starts with a bold INDICATOR row in column A ('Indicator 2: Relative likelihood of appointment from shortlisting'), then a FIGURES ROW laid out in the same grid: 'Our figures' in the Action column, '2022: 1.74' in the LEAD column, '2023: 1.52' in the BY WHEN column and an arrow ('↑', '↓', '↕') in the RAG column – then the actions, whose column A is empty. The RAG column of an action is a BARE COLOURED CELL with no text. A grey italic row in the Action column says an action was 'Combined with the indicator 1 target-setting action above'. The last row has 'Recommendation' in column A and the Board's recommendation in the Action column. Judgement calls: the figures rows are NOT actions – their '2022: …' / '2023: …' are no lead or due and the arrow no status; the 'Combined with …' row is not an action (it reports a merger, and sets no work); the Recommendation row is not an action and its '31 December 2023' is no due; theme = the indicator row above; indicators from that row, and for the '5 and 6' group from each action's own subject (the charter is about colleagues, ['6']; abuse on provider sites is from patients and the public, ['5']); no refs; status '' (no word), rag = the cell's fill.", { mode: 'fill', ragCol: 'E' });
}
