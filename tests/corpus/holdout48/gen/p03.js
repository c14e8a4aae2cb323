// holdout48-wdes-2025-26-hollinbrook: follows an ambulance trust's published EDS22 action plan page (East of England Ambulance Service,
// https://eastamb.nhs.uk/about-us/equality-diversity-and-inclusion/equality-delivery-system-22): a one-line description, 'Section 1: …
// action plan April 2023 / March 2026', 'Version: January 2024', 'Key themes: … presented under the following four … thematic areas:'
// with each numbered area and a one-line aim, 'Our commitment' with the EDI team's e-mail, then the plan, and 'Section 2: Monitoring
// and evaluation'. Here the same frame carries a community trust's WDES plan. ASSUMED: the table's columns (WDES metric, success
// measure, a column mapping to the EDI Improvement Plan's high impact actions) and the thematic-area section rows.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinbrook Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout48-wdes-2025-26-hollinbrook', sheet: 'WDES action plan', standard: 'WDES', period: '2025-26', trust, widths: [7, 12, 54, 30, 16, 40, 12], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'G'];
  p.line(['Workforce Disability Equality Standard (WDES) action plan'], { merge: M, style: { bold: true, font: { size: 15 }, color: C.nhs } });
  p.line([`The WDES action plan for ${trust}, supporting us to improve the working lives of disabled colleagues and those with long-term conditions.`], { merge: M });
  p.line(['Section 1: WDES action plan April 2025 / March 2026'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Version: June 2025'], { merge: M });
  p.line(['Key themes: WDES metrics and actions are presented under the following four Belonging Plan thematic areas:'], { merge: M });
  const areas = [
    ['1. Counted and seen', 'Making sure every disabled colleague feels safe to tell us, so that our data reflects the workforce we really have.'],
    ['2. A fair way in and on', 'Recruitment and progression that judge people on what they can do, with adjustments offered from the first contact.'],
    ['3. Adjustments that last', 'Reasonable adjustments agreed quickly, recorded once and carried with colleagues when they move teams.'],
    ['4. Safe to speak', 'A workplace where disabled colleagues are free from harassment and their voice shapes decisions.'],
  ];
  for (const [h, aim] of areas) { p.line([h], { merge: M, style: { bold: true } }); p.line([aim], { merge: M, style: { italic: true } }); }
  p.line(['Our commitment'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Everyone at Hollinbrook has a part to play in making the trust a place where disabled colleagues can thrive. We will involve the Ability Network in every action and report openly on what changes. EDI team wdes@hollinbrook.nhs.example'], { merge: M, height: 42 });
  const hdr = p.header(['No.', 'WDES metric', 'Action', 'Lead(s)', 'Timescale', 'Success measure', 'EDI Improvement Plan HIA'], { style: { fill: C.nhs, color: C.white } });
  const plan = [
    [areas[0][0], [
      ['1.1', '1', ['1'], 'Relaunch self-service disability recording on ESR with a guide written with the Ability Network.', 'Head of Workforce Systems', 'Q2 2025/26', 'Declaration rate in ESR moves from 5.8% towards the staff survey rate of 24%.', 'HIA 2'],
      ['1.2', '1', ['1'], 'Show the declared and undeclared picture for each service in the monthly workforce dashboard.', 'Workforce Information Manager', 'September 2025', 'Dashboard live for all services.', 'HIA 1'],
    ]],
    [areas[1][0], [
      ['2.1', '2', ['2'], 'Offer every shortlisted candidate the chance to ask for an adjustment at interview, in the invitation letter itself.', 'Head of Recruitment', 'July 2025', 'Relative likelihood of appointment from shortlisting within 0.8–1.25.', 'HIA 2'],
      ['2.2', '5', ['5'], 'Guarantee disabled colleagues a place on the Next Step career conversation programme when they apply.', 'Head of Leadership and OD', 'March 2026', 'Gap on equal opportunities for progression narrows by 3 points.', 'HIA 2'],
    ]],
    [areas[2][0], [
      ['3.1', '8', ['8'], 'Bring in a single Adjustments Passport that stays with a colleague through any move or change of manager.', 'Head of Health and Wellbeing', 'Q3 2025/26', 'Adequate adjustments rate rises to 80% in the 2025 staff survey.', 'HIA 4'],
      ['3.2', '8', ['8'], 'Set a 28-day standard for agreeing adjustments and report any breach to the divisional director.', 'Deputy Chief People Officer', 'Ongoing', 'Nine in ten requests agreed within 28 days.', 'HIA 4'],
      ['3.3', '3', ['3'], 'Check every capability case for a disabled colleague with occupational health before the first formal meeting.', 'Head of Employee Relations', 'December 2025', 'No disabled colleague enters formal capability without an adjustments review.', 'HIA 6'],
    ]],
    [areas[3][0], [
      ['4.1', '4a, 4b', ['4a', '4b'], 'Train Freedom to Speak Up champions on disability harassment and publish anonymised themes twice a year.', 'Freedom to Speak Up Guardian', 'Q4 2025/26', 'Harassment from managers and colleagues reported by disabled staff falls by 2 points.', 'HIA 6'],
      ['4.2', '9b', ['9b'], 'Give the Ability Network chair a seat on the People and Culture Committee and protected time of one day a month.', 'Chief People Officer', 'June 2025', 'Network chair attending from July 2025.', 'HIA 1'],
      ['4.3', '10', ['10'], 'Include a board development session on disability inclusion led by colleagues with lived experience.', 'Director of Corporate Affairs', 'January 2026', 'Session held; board objectives updated.', 'HIA 1'],
    ]],
  ];
  const secs = [];
  for (const [area, acts] of plan) {
    secs.push(p.line([area], { merge: M, style: { bold: true, fill: C.lilac }, border: true }));
    for (const [no, m, inds, a, lead, when, sm, hia] of acts) p.action([no, m, a, lead, when, sm, hia], { ref: no, indicators: inds, theme: area, action: a, lead, due: when, outcome: sm }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  }
  p.blank();
  p.line(['Section 2: Monitoring and evaluation'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['The trust and the named leads will adopt this action plan as the basis of their work programme. Leads will report progress to the Belonging Plan group each quarter, and assurance will go to the People and Culture Committee twice a year.'], { merge: M, height: 40 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) framed like a real published EDS22 action plan page of an NHS trust (East of England Ambulance Service's): a title, a one-line description naming the trust, 'Section 1: WDES action plan April 2025 / March 2026', 'Version: June 2025', 'Key themes: … presented under the following four Belonging Plan thematic areas:' then each numbered area ('1. Counted and seen' …) in bold with an italic one-line aim, 'Our commitment' with a paragraph ending in the EDI team's e-mail, then ONE header 'No. | WDES metric | Action | Lead(s) | Timescale | Success measure | EDI Improvement Plan HIA' (row 16), the four thematic areas again as lilac SECTION ROWS over ten actions (1.1–4.3), and 'Section 2: Monitoring and evaluation' with its paragraph. Judgement calls: the key-themes list above the table repeats the section names with their aims – those rows are NOT actions; theme = the area section row over the action; the HIA column ('HIA 2', 'HIA 6') maps to the EDI Improvement Plan and gives no indicator; indicators from the WDES metric column ('4a, 4b' → ['4a','4b']); due = Timescale as written ('Q2 2025/26', 'September 2025', 'Ongoing'); outcome = the success measure; the Version date and the plan's April 2025 / March 2026 span are not dues; no status column (status '', rag null).", { sections: secs, crossRef: { metricCol: 'B', otherCols: [] }, forbidden: ['Version: June 2025', 'April 2025 / March 2026'] });
}
