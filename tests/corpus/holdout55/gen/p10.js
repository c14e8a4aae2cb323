// holdout55-wres-2021-22-wyecross: follows Chesterfield Royal Hospital NHS FT's news page on its Anti-Racism Strategy (chesterfieldroyal.
// nhs.uk/latest-news/anti-racism-strategy): five key themes, each to be delivered through a THREE-YEAR IMPLEMENTATION PLAN, developed with
// the trust's race equality staff network. Kept as a three-year plan usually is in Excel: themes as section rows, a dot in each year in
// which an action runs.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wyecross Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout55-wres-2021-22-wyecross', sheet: 'Implementation plan', standard: 'WRES', period: '2021-22', trust, widths: [6, 56, 9, 9, 9, 28, 40], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Anti-Racism Strategy 2021-2024`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Three-year implementation plan (WRES action plan). Developed with the Race Equality and Cultural Inclusion Network and approved by the Trust Board, June 2021. ● = the action is delivered in that year.'], { merge: ['A', 'G'], style: { italic: true }, height: 30 });
  p.blank();
  p.header(['No.', 'What we will do', 'Year 1', 'Year 2', 'Year 3', 'Lead', 'How we will know'], { style: { fill: C.purple, color: C.white } });
  p.header(['', '', '2021/22', '2022/23', '2023/24', '', ''], { style: { fill: C.lilac } });
  const YRS = ['2021/22', '2022/23', '2023/24'];
  const themes = [
    ['Theme 1 – Understanding racism', [
      ['1.1', 'Make anti-racism training part of the induction for every new starter.', [1, 0, 0], 'Head of Learning and Development', 'All new starters complete the module in their first month.', []],
      ['1.2', 'Run annual conversations on race in every directorate, led by a director and a network member.', [1, 1, 1], 'Directors', 'Conversation held in each directorate each year.', []],
    ]],
    ['Theme 2 – Inclusive recruitment and progression', [
      ['2.1', 'Put a trained inclusion panel member on every interview at Band 7 and above.', [1, 1, 0], 'Head of Recruitment', 'Likelihood of appointment from shortlisting (WRES 2) within 0.8–1.25.', ['2']],
      ['2.2', 'Offer a sponsorship programme for ethnic minority staff at Bands 6 to 8a.', [0, 1, 1], 'Head of Organisational Development', 'WRES 7 gap halves by 2024.', ['7']],
    ]],
    ['Theme 3 – Safe to speak up', [
      ['3.1', 'Appoint a Freedom to Speak Up champion from the Race Equality and Cultural Inclusion Network.', [1, 0, 0], 'Freedom to Speak Up Guardian', 'Champion in post; concerns raised by ethnic minority staff recorded.', []],
      ['3.2', 'Give managers a clear route for acting on racist abuse from patients in their homes and clinics.', [0, 1, 0], 'Head of Health and Safety', 'Fewer staff report abuse from patients (WRES 5).', ['5']],
    ]],
    ['Theme 4 – Fair processes', [
      ['4.1', 'Check every proposed disciplinary case against a just culture decision tool before it is opened (WRES 3).', [1, 1, 1], 'Head of Employee Relations', 'Relative likelihood of entering a formal process below 1.25.', ['3']],
    ]],
    ['Theme 5 – Leadership and accountability', [
      ['5.1', 'Report progress on this plan to the Board every six months, with a story from a network member.', [1, 1, 1], 'Director of People', 'Board minutes.', []],
      ['5.2', 'Set a target for ethnic minority representation on the Board and at Band 8c and above (WRES 9).', [0, 0, 1], 'Chair', 'Target set and published.', ['9']],
    ]],
  ];
  const secs = []; const marks = {};
  for (const [head, acts] of themes) {
    secs.push(p.line([head], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } }));
    for (const [ref, a, yrs, lead, know, codes] of acts) {
      const last = yrs.lastIndexOf(1);
      const dot = (on) => (on ? '●' : undefined);
      const r = p.action([ref, a, dot(yrs[0]), dot(yrs[1]), dot(yrs[2]), lead, know], { ref, indicators: codes, theme: head, action: a, lead, due: YRS[last], outcome: know }, { styles: [{}, {}, ...yrs.map((y) => ({ alignment: { horizontal: 'center' }, color: C.purple, ...(y ? { fill: C.lilac } : {}) }))] });
      marks[r] = last;
    }
  }
  p.blank();
  p.line(['The plan is refreshed each April; Year 2 and Year 3 actions may change as Year 1 is evaluated.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust) following a real trust's published account of its Anti-Racism Strategy (Chesterfield Royal's: five key themes, each delivered through a three-year implementation plan, co-produced with the race equality staff network). Layout: a title line naming the strategy 2021-2024, an italic line (plan status, Board approval June 2021, and the KEY '● = the action is delivered in that year'), TWO HEADER ROWS – 'No. | What we will do | Year 1 | Year 2 | Year 3 | Lead | How we will know' (row 4) and the years '2021/22 | 2022/23 | 2023/24' beneath (row 5) – five 'Theme n – …' section rows, actions 1.1–5.2 with a ● (shaded) in each year the action runs, and a closing line. Judgement calls: due = the financial year (row 5) of the LAST year marked with ● (an action marked in all three years is due '2023/24'; one marked only in Year 1 is due '2021/22'), written as the sub-header shows it; the plan's period is its first year, 2021-22; theme = the Theme row; ref = No.; lead = Lead; outcome = 'How we will know' as written; indicators = the WRES indicator the row names, in the action ('(WRES 3)', '(WRES 9)') or in its own 'How we will know' measure ('(WRES 2)', 'WRES 7', '(WRES 5)'); rows naming none → []; no status column: status '', rag null; the approval date and the 2021-2024 span in the title are not dues; the closing line is not an action.", { sections: secs, marks, yearRow: 5 });
}
