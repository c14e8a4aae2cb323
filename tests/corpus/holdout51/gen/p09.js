// holdout51-wdes-2020-21-lapwingford: an ordinary large acute trust WDES tracker. Quirks: the METRIC CELL MERGED DOWN over each
// metric's actions, and the sheet FROZEN under the header with FILTER BUTTONS across it (no filter applied).
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lapwingford University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout51-wdes-2020-21-lapwingford', sheet: 'Tracker', standard: 'WDES', period: '2020-21', trust, widths: [26, 7, 54, 26, 13, 10, 40], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard – action plan tracker 2020/21'], { merge: ['A', 'G'], style: { bold: true } });
  const h = p.header(['WDES metric', 'Ref', 'Action', 'Lead', 'Target date', 'RAG', 'Update'], { style: { fill: C.navy, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h, xSplit: 0, topLeftCell: `A${h + 1}` }];
  p.ws.autoFilter = `A${h}:G${h}`;
  const F = 'd mmm yyyy';
  const RG = { Green: C.green, Amber: C.amber, Red: C.red };
  const groups = [
    ['Metric 1: representation across pay bands', ['1'], [
      ['Run a declaration campaign in each division with the Disability and Long-Term Conditions Network.', 'Head of Workforce Information', D(2020, 11, 30), 'Green', 'Declaration up from 3.1% to 4.4%.'],
      ['Add disability to the quarterly workforce equality report to divisional boards.', 'Head of Workforce Information', D(2020, 9, 30), 'Green', ''],
    ]],
    ['Metric 2: appointment from shortlisting', ['2'], [
      ['Check every shortlist for Disability Confident guaranteed interviews before it is released to the panel.', 'Head of Recruitment', D(2020, 10, 31), 'Green', 'Built into TRAC.'],
      ['Train recruiting managers in making adjustments at interview.', 'Head of Recruitment', D(2021, 3, 31), 'Amber', 'Delayed by COVID-19 surge.'],
    ]],
    ['Metric 4: harassment, bullying or abuse', ['4'], [
      ['Add a disability question to the incident report for abuse by patients and visitors.', 'Head of Risk', D(2020, 12, 31), 'Amber', ''],
      ['Recruit disabled colleagues as Dignity at Work contacts in every division.', 'Head of Employee Relations', D(2021, 1, 31), 'Red', 'No volunteers yet in two divisions.'],
      ['Publish the route for reporting bullying from colleagues in an accessible format (Easy Read and audio).', 'Head of Communications', D(2020, 11, 30), 'Green', ''],
    ]],
    ['Metric 6: presenteeism', ['6'], [
      ['Revise the sickness absence policy so that adjustments are agreed before any formal stage.', 'Head of HR Policy', D(2021, 2, 28), 'Amber', 'Draft with staff side.'],
    ]],
    ['Metric 8: reasonable adjustments', ['8'], [
      ['Introduce a health passport that records agreed adjustments and moves with the colleague.', 'Head of Occupational Health', D(2020, 12, 31), 'Green', 'Launched December.'],
      ['Set a 30-day standard for putting adjustments in place and monitor it.', 'Head of Occupational Health', D(2021, 3, 31), 'Amber', ''],
    ]],
    ['Metric 9: disabled staff engagement and voice', ['9'], [
      ['Give the network chair two days a month of protected time and an executive sponsor.', 'Chief People Officer', D(2020, 8, 31), 'Green', ''],
    ]],
    ['Metric 10: Board membership', ['10'], [
      ['Ask Board members to complete the confidential equality monitoring form.', 'Company Secretary', D(2020, 10, 31), 'Green', 'All returned.'],
    ]],
  ];
  let n = 0;
  for (const [m, inds, acts] of groups) {
    const first = p.r + 1;
    for (const [a, lead, due, rag, upd] of acts) {
      const ref = `D${String(++n).padStart(2, '0')}`;
      p.action([m, ref, a, lead, due, rag, upd], { ref, indicators: inds, action: a, lead, due: shown(due, F), status: rag, rag: rag.toLowerCase(), progress: upd }, { styles: [{ bold: true }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }, { fill: RG[rag], alignment: { horizontal: 'center' } }] });
    }
    mergeDown(p.ws, 'A', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a large acute teaching trust): an ordinary tracker. Trust name (row 1), title (row 2), one navy header 'WDES metric | Ref | Action | Lead | Target date | RAG | Update' on row 3 with the SHEET FROZEN under it and FILTER BUTTONS across it (no filter applied); twelve actions (rows 4–15), refs D01–D12, under seven metrics whose cell ('Metric 4: harassment, bullying or abuse') is MERGED DOWN over its one to three actions (the 2020 set: whole metrics 4 and 9, and metric 10). Target dates are real dates shown d mmm yyyy ('30 Nov 2020'); the RAG column holds the words Green / Amber / Red on matching fills; updates where filled. Judgement calls: indicators = the metric number in the merged cell, for every action beside it; the metric wording is the indicator, not a theme (theme null); status = the word as written ('Amber') and rag = its fill; ref = the code as written; lead and date as shown; progress = the update where filled; the frozen pane and filter buttons change nothing.", { ragCol: 'F', mode: 'fill', metricMerge: { col: 'A' }, refCol: { col: 'B' }, frozen: { ySplit: h, filterRow: h }, notFrom: ['A'] });
}
