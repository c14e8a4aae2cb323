// holdout24-wres-2024-25-cowlinge: follows an ambulance trust's published 'WRES 2024-2025 action plan' (East of England Ambulance
// Service's web page): 'Indicator | Objective | Action | Delivery Date | Leads | Inclusivity Plan priority area' – a bare indicator
// number and the indicator's wording as the 'Objective', both spanning the indicator's actions; targets written into the action;
// dd/mm/yyyy dates; two leads joined by '&'; a priority-area mapping column; one indicator with only 'continue to monitor' and N/A.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cowlinge and Fenland Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout24-wres-2024-25-cowlinge', sheet: 'WRES 2024-2025', standard: 'WRES', period: '2024-25', trust, widths: [10, 40, 58, 14, 34, 30] });
  p.line(['WRES 2024-2025 action plan'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line([`${trust}'s Workforce Race Equality Standard (WRES) action plan for 2024-2025.`], { merge: ['A', 'F'] });
  p.header(['Indicator', 'Objective', 'Action', 'Delivery Date', 'Leads', 'Inclusivity Plan priority area'], { style: { fill: C.darkblue, color: C.white } });
  const F = 'dd/mm/yyyy';
  const A = 'Attract and retain an inclusive workforce', P = 'Fair and consistent policies, processes and practices', L = 'Inclusive leadership and culture';
  const groups = [
    ['1', 'Percentage of staff in each AfC band and VSM (including executive board members) compared with the percentage of staff in the whole workforce.', [
      ['We will keep monitoring this indicator and report it to the People Committee every quarter.', 'N/A', 'N/A', A, true],
    ]],
    ['2', 'Relative likelihood of White applicants being appointed from shortlisting compared with BME applicants.', [
      ['Make recruitment panels diverse wherever possible, using trained Inclusion Advocates. BME baseline 6.1% – increase to 7.5% in Year 1', D(2025, 3, 31), 'Head of Culture and Inclusion & Head of Resourcing', A],
      ['Deliver inclusive recruitment training to panel members so that selection is free from bias. BME baseline 6.1% – increase to 7.5% in Year 1', D(2025, 3, 31), 'Head of Talent and Succession', undefined],
      ['Carry out an equality review of recruitment and progression policies and target action where it finds problems.', D(2024, 12, 31), 'Head of Culture and Inclusion', A],
    ]],
    ['3', 'Relative likelihood of BME staff entering the formal disciplinary process compared with White staff.', [
      ['Carry out an equality review of employee relations policies and processes to find where they can be fairer and help keep staff from under-represented groups.', D(2024, 12, 31), 'Head of Culture and Inclusion & Head of HR', P],
      ['Make disciplinary and capability panels diverse wherever possible, using trained Inclusion Advocates.', D(2025, 3, 31), 'Head of HR', undefined],
    ]],
    ['6', 'Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months.', [
      ['Roll out civility and respect training to every station and control room team leader.', D(2025, 3, 31), 'Head of Organisational Development', L],
    ]],
    ['7', 'Percentage of staff believing that the trust provides equal opportunities for career progression or promotion.', [
      ['Launch a talent programme for BME staff at Bands 4 to 6, with sponsorship from a senior leader. 20 participants in Year 1', D(2025, 3, 31), 'Head of Talent and Succession & BME Network Chair', A],
    ]],
  ];
  for (const [ind, obj, acts] of groups) {
    const first = p.r + 1; let prRow = null;
    acts.forEach(([a, due, lead, area, na], i) => {
      const r = p.action([i === 0 ? ind : undefined, i === 0 ? obj : undefined, a, due, lead, area], { ref: '', indicators: [ind], action: a, lead: na ? '' : lead, due: na ? '' : shown(due, F), }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }] });
      if (area) prRow = r; else if (prRow) { mergeDown(p.ws, 'F', prRow, r); prRow = null; }
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service) following a real published 'WRES 2024-2025 action plan' of an ambulance trust (East of England Ambulance Service's web page, a table pasted into Excel): a bold title, a line naming the trust, then a dark-blue header 'Indicator | Objective | Action | Delivery Date | Leads | Inclusivity Plan priority area' (row 3). The Indicator is a BARE NUMBER and the 'Objective' is the indicator's WORDING (not a goal), both MERGED DOWN over the indicator's actions; five indicators (1, 2, 3, 6, 7). Some actions end with a TARGET written into the same cell ('… BME baseline 6.1% – increase to 7.5% in Year 1'). Delivery dates are real dates shown dd/mm/yyyy; leads are job titles, sometimes two joined by ' & '; the last column maps each action to one of the trust's Inclusivity Plan priority areas, merged over two rows where two actions share one. INDICATOR 1 HAS ONLY 'We will keep monitoring this indicator and report it to the People Committee every quarter.' with 'N/A' as its date and lead (row 4). No status or progress column. Judgement calls: row 4 IS an action (a standing commitment to monitor and report quarterly that the trust lists as its action for indicator 1), but its 'N/A' date and lead mean there is none, so its lead and due are '' rather than 'N/A'; the target sentence at the end of a cell is part of that action (gold action = the whole cell, and no outcome is split off); indicators from the bare number; the merged Objective is the indicator's wording (context), not a theme; the priority-area column is another framework's mapping, not a theme; lead as written with both people when joined by '&'; due as shown; no status, rag null.", { notFrom: ['B', 'F'] });
}
