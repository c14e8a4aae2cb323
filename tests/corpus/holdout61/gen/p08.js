// holdout61-wdes-2024-25-harnley: acute trust; a FRAMEWORK TICK MATRIX – one narrow column per framework (WRES | WDES | GPG | EDS | SSC)
// holding a number, a tick or nothing – under three priority sections; '% complete' as the only status.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harnley General Hospital NHS Trust';
  const p = new Plan(book, { name: 'holdout61-wdes-2024-25-harnley', sheet: 'EDI Action Plan', standard: 'WDES', period: '2024-25', trust, widths: [6, 54, 7, 7, 7, 7, 7, 28, 12, 11, 40] });
  p.line([trust], { merge: ['A', 'K'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['EDI Action Plan 2024/25 (incorporating WDES, WRES, gender pay gap, EDS 2022 and the Sexual Safety Charter)'], { merge: ['A', 'K'], style: { bold: true } });
  p.line(['A number in a framework column is the indicator / metric / outcome / commitment the action addresses; ✓ = linked to that framework generally. SSC = Sexual Safety Charter.'], { merge: ['A', 'K'], height: 28, style: { italic: true, font: { size: 9 } } });
  p.blank();
  const ctr = { alignment: { horizontal: 'center' } };
  p.header(['Ref', 'Action', 'WRES', 'WDES', 'GPG', 'EDS', 'SSC', 'Lead', 'Target date', '% complete', 'Latest position'], { style: { fill: C.darkblue, color: C.white } });
  const F = 'dd/mm/yyyy';
  const secs = [
    ['Priority 1 – Belonging and being heard', [
      ['1.1', 'Double the membership of the Disability and Long-Term Conditions Network through a relaunch week with the Chief Executive.', '', '9b', '', '', '', 'Head of EDI', D(2024, 10, 31), 1, 'Membership up from 64 to 141.'],
      ['1.2', 'Hold a joint listening event of all staff networks on the staff survey results.', '✓', '✓', '', '3A', '', 'Head of EDI', D(2024, 4, 30), 1, ''],
      ['1.3', 'Bring the menopause and neurodiversity peer-support groups under the wellbeing offer with a small budget each.', '', '✓', '', '2A', '', 'Health and Wellbeing Manager', D(2024, 12, 31), 0.5, 'Budget agreed for menopause group only.'],
    ]],
    ['Priority 2 – Fair careers and pay', [
      ['2.1', 'Guarantee an interview to disabled applicants who meet the essential criteria and check the effect on appointments.', '', '2', '', '', '', 'Head of Recruitment', D(2024, 9, 30), 0.75, 'Guarantee live; first analysis in Q3.'],
      ['2.2', 'Take an action plan on the 16.8% gender pay gap, led by the medical workforce team, to the People Committee.', '', '', '✓', '', '', 'Associate Director of Medical Workforce', D(2025, 3, 31), 0.25, 'Bonus pay data being checked.'],
      ['2.3', 'Make capability cases involving disabled staff go through an occupational health review before stage 2.', '', '3', '', '', '', 'Head of Employee Relations', D(2024, 11, 30), 0.5, ''],
      ['2.4', 'Offer ethnic minority and disabled Band 5 nurses a place on the Aspire development programme.', '7', '✓', '', '', '', 'Deputy Chief Nurse', D(2025, 1, 31), 0.25, 'First cohort in recruitment.'],
    ]],
    ['Priority 3 – Safe to speak up and safe at work', [
      ['3.1', 'Create a sexual misconduct policy and a trained investigator pool, in line with the charter.', '', '', '', '', '4, 6', 'Head of HR Policy', D(2024, 12, 31), 0.75, 'Policy out to consultation.'],
      ['3.2', 'Report harassment of disabled staff by patients, relatives and colleagues each quarter to the People Committee.', '', '4a, 4b', '', '', '', 'Workforce Information Lead', D(2024, 7, 31), 1, 'First report taken in July.'],
      ['3.3', 'Set a five-week standard for reasonable adjustments and track it through the new adjustments log.', '', '8', '', '2B', '', 'Head of Occupational Health', D(2024, 10, 31), 0.5, 'Log live; standard met in 61% of cases.'],
    ]],
  ];
  const sr = [], other = [];
  for (const [head, acts] of secs) {
    sr.push(p.line([head], { merge: ['A', 'K'], border: true, style: { bold: true, fill: C.paleblue } }));
    for (const [ref, act, wr, wd, gpg, eds, ssc, lead, due, pc, pos] of acts) {
      const inds = wd && wd !== '✓' ? wd.split(/,\s*/) : [];
      const pcs = `${Math.round(pc * 100)}%`;
      const r = p.action([ref, act, wr, wd, gpg, eds, ssc, lead, due, pc, pos], { ref, indicators: inds, theme: head, action: act, lead, due: shown(due, F), status: pcs, rag: null, progress: pos },
        { styles: [{}, {}, ctr, ctr, ctr, ctr, ctr, {}, { numFmt: F }, { numFmt: '0%', alignment: { horizontal: 'center' } }] });
      if (!inds.length) other.push(r);
    }
  }
  p.blank();
  p.line(['Prepared by the EDI team for the People Committee, 12 December 2024.'], { merge: ['A', 'K'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) kept as ONE EDI ACTION PLAN with a FRAMEWORK TICK MATRIX: trust name, title 'EDI Action Plan 2024/25 (incorporating WDES, WRES, gender pay gap, EDS 2022 and the Sexual Safety Charter)', an italic line explaining the matrix (a number = the indicator / metric / outcome / commitment addressed; ✓ = linked to the framework generally; SSC = Sexual Safety Charter), a blank row, one dark-blue header 'Ref | Action | WRES | WDES | GPG | EDS | SSC | Lead | Target date | % complete | Latest position' (row 5), three pale-blue merged PRIORITY section rows ('Priority 1 – Belonging and being heard', 'Priority 2 – Fair careers and pay', 'Priority 3 – Safe to speak up and safe at work') with ten actions, and a prepared-by line. Judgement calls: every row is an action of the plan (the gender pay gap, sexual misconduct policy and peer-support rows too); indicators come ONLY from the WDES column and only where it holds a metric ('4a, 4b' → ['4a','4b'], '9b' → ['9b']); a ✓ in the WDES column names no metric → [] (1.2, 1.3, 2.4); numbers in the WRES column ('7'), EDS column ('3A', '2A', '2B') and SSC column ('4, 6' – charter commitments) are never WDES metrics; theme = the priority section row; ref as written; lead as written; due = Target date shown dd/mm/yyyy; status = '% complete' as shown ('100%', '75%', '50%', '25%'), no colour → rag null; progress = Latest position ('' on rows 8 and 13); the prepared-by date is not a due.", { otherWork: other, sections: sr, indFrom: { col: 'D', re: '^(\\d+[ab]?(?:, \\d+[ab]?)*)$' }, leadCol: 'H', progressCol: 'K', notFrom: ['C', 'F', 'G'], mode: 'word', ragCol: 'J', words: {} });
}
