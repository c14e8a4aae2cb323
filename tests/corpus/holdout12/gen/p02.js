// holdout12-wdes-2019-20-lowther: KMPT-style plan, METRIC BY METRIC: each metric block opens with its own header row
// and a 'Metric N' row (official wording merged B:F); data cell merged down; RAG column holds short status words filled.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wdes-2019-20-lowther', sheet: 'WDES Action Plan', standard: 'WDES', period: '2019-20', trust: 'Lowther Bay Hospitals NHS Trust', widths: [14, 34, 56, 26, 14, 16], font: { name: 'Calibri', size: 11 } });
  p.line(['WDES ACTION PLAN 2019 - 2020'], { merge: ['A', 'F'], style: { bold: true, font: { size: 15 } } });
  p.line(['Lowther Bay Hospitals NHS Trust – Workforce Disability Equality Standard'], { merge: ['A', 'F'], style: { font: { size: 12 } } });
  p.blank();
  const KEY = { 'Not started': [C.red, 'red', C.white], Started: [C.amber, 'amber'], Complete: [C.green, 'green', C.white], New: [C.blue, 'blue', C.white] };
  p.line(['Red', 'Not yet started'], { styles: [{ fill: C.red, bold: true, color: C.white }] });
  p.line(['Amber', 'Started but not complete'], { styles: [{ fill: C.amber, bold: true }] });
  p.line(['Green', 'Complete'], { styles: [{ fill: C.green, bold: true, color: C.white }] });
  p.line(['Blue', 'New action added September 2019'], { styles: [{ fill: C.blue, bold: true, color: C.white }] });
  p.blank();
  const M = {
    1: 'Percentage of staff in AfC pay-bands or medical and dental subgroups and very senior managers (including Executive Board members) compared with the percentage of staff in the overall workforce.',
    2: 'Relative likelihood of non-disabled staff compared to Disabled staff being appointed from shortlisting across all posts.',
    3: 'Relative likelihood of Disabled staff compared to non-disabled staff entering the formal capability process, as measured by entry into the formal capability procedure.',
    4: 'Percentage of Disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients/service users, managers or other colleagues, and saying that they or a colleague reported it.',
    5: 'Percentage of Disabled staff compared to non-disabled staff believing that the Trust provides equal opportunities for career progression or promotion.',
    6: 'Percentage of Disabled staff compared to non-disabled staff saying that they have felt pressure from their manager to come to work, despite not feeling well enough to perform their duties.',
    8: 'Percentage of Disabled staff saying that their employer has made adequate adjustment(s) to enable them to carry out their work.',
    9: 'The staff engagement score for Disabled staff, compared to non-disabled staff, and whether the Trust has taken action to facilitate the voices of Disabled staff to be heard.',
    10: 'Percentage difference between the organisation\'s Board voting membership and its overall workforce.',
  };
  const hdr = (second) => p.header(['Metric', second, 'Action', 'Lead', 'Date', 'RAG rating'], { style: { fill: C.lilac } });
  const st = (s) => ({ status: s, rag: KEY[s][1] });
  const block = (n, second, data, acts, extra) => {
    hdr(second);
    p.line([`Metric ${n}`, M[n]], { merge: ['B', 'F'], border: true, style: { bold: true }, height: 30 });
    const first = p.r + 1;
    acts.forEach(([a, lead, due, s], i) => {
      const k = KEY[s];
      p.action([null, i === 0 ? data : null, a, lead, due, s], { indicators: [String(n)], action: a, lead, due, ...st(s) }, { styles: [{}, {}, {}, {}, {}, { fill: k[0], ...(k[2] ? { color: k[2] } : {}) }] });
    });
    if (extra) extra();
    if (p.r > first) p.ws.mergeCells(`B${first}:B${p.r}`);
  };
  block(1, 'Data (31 March 2019)', 'Disabled staff (ESR): 2.9% of the workforce\nNot declared: 21.4%\nBand 8a+: 1.8% Disabled', [
    ['Run a "Tell us about you" ESR self-service campaign to reduce the 21.4% of staff whose disability status is not declared.', 'Workforce Information Manager', 'Oct 2019', 'Started'],
    ['Compare ESR declaration rates with the Staff Survey (18% Disabled) and report the gap to the Workforce Committee.', 'Equality & Inclusion Lead', 'Dec 2019', 'Complete'],
  ]);
  block(2, 'Analysis', 'Non-disabled applicants are 1.31 times more likely to be appointed from shortlisting.', [
    ['Check that every shortlisted Disabled applicant who meets the essential criteria is offered an interview under the Disability Confident guaranteed interview scheme.', 'Head of Recruitment', 'Sep 2019', 'Complete'],
    ['Add a reasonable adjustments question to the interview invitation letter on TRAC.', 'Recruitment Team Leader', 'Jan 2020', 'New'],
  ]);
  block(3, 'Analysis', 'Disabled staff are 2.4 times more likely to enter the formal capability process (small numbers: 5 Disabled, 31 non-disabled).', [
    ['Separate ill-health capability from performance capability when recording cases so the metric can be reported accurately.', 'Employee Relations Manager', 'Nov 2019', 'Started'],
  ]);
  block(4, 'Analysis', 'Disabled staff report more bullying from managers (19.8% v 11.2%) and colleagues (27.1% v 17.9%).', [
    ['Launch the Freedom to Speak Up champions network with at least two champions who are members of the Disability Network.', 'Freedom to Speak Up Guardian', 'Mar 2020', 'Not started'],
    ['Include disability in the Respect at Work training for line managers.', 'Head of OD', 'Feb 2020', 'Started'],
  ]);
  block(5, 'Analysis', '73.4% of Disabled staff believe the Trust provides equal opportunities, against 84.0% of non-disabled staff.', [
    ['Promote the Stepping Up leadership programme to Disabled staff and monitor applications by disability.', 'Head of Learning & Development', 'Mar 2020', 'Started'],
  ]);
  block(6, 'Analysis', 'Disabled staff 33.0%, non-disabled 22.5% felt pressure to come to work.', [], () => {
    p.line([null, null, 'See actions under Metric 8 (reasonable adjustments) and the revised Attendance Management policy.'], { border: true, ambiguous: true });
  });
  block(8, 'Analysis', '71.2% of Disabled staff say adequate adjustments have been made.', [
    ['Introduce a Reasonable Adjustments Passport and guidance for managers.', 'Health & Wellbeing Lead', 'Dec 2019', 'Started'],
    ['Set up a central reasonable adjustments budget so that equipment costs do not fall on ward and department budgets.', 'Director of Finance', 'Apr 2020', 'New'],
  ]);
  block(9, 'Analysis', 'Engagement score 6.6 (Disabled) v 7.0 (non-disabled); Disability Network launched May 2019.', [
    ['Give the Disability Network an executive sponsor and a standing item at the Equality and Inclusion Steering Group.', 'Director of People', 'Jul 2019', 'Complete'],
  ]);
  block(10, 'Analysis', 'No Board member has declared a disability (0%, against 2.9% of the workforce).', [
    ['Invite Board members to update their equality monitoring information and offer disability awareness training at a Board development session.', 'Company Secretary', 'Mar 2020', 'Not started'],
  ]);
  p.blank();
  p.line(['Metric 7 (feeling valued) is addressed through the Trust-wide staff engagement plan and is not repeated here.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) in the KMPT style: a capitals title 'WDES ACTION PLAN 2019 - 2020' (Calibri 15 bold), a subtitle naming the trust, a blank, then a KEY as four rows of a filled colour word in A and its meaning in B (Red – Not yet started; Amber – Started but not complete; Green – Complete; Blue – New action added September 2019). The plan is METRIC BY METRIC: every block repeats its own header row 'Metric | Data (31 March 2019) / Analysis | Action | Lead | Date | RAG rating' (lilac fill; the second column's name changes after the first block), then a bold 'Metric N' row with the official metric wording merged B:F, then the action rows, whose Metric cell is EMPTY and whose Data/Analysis cell is merged down over the block (multi-line in the first block). Gold indicator comes from the block's 'Metric N' row; 2019-20 plan, so metric 4 and 9 are whole ('4', '9'). The RAG rating column holds short status words filled in the key colours (Started amber, Complete green, 'Not started' red, 'New' BLUE – blue here means a new action, not completed; gold rag 'blue' as the cell shows). Metric 6 has no action of its own: a cross-reference row 'See actions under Metric 8 …' in the Action column is a non-action row and listed as AMBIGUOUS. Metric 7 has no block; a note under the plan says so. Dates are text ('Oct 2019'). No refs.", { ragCol: 'F', mode: 'fill' });
}
