// holdout26-wres-2023-24-dearnefield: follows South Yorkshire ICB's Equality Delivery System page 'Domain 3: Inclusive leadership'
// (https://syics.co.uk/icb/about-us/our-statutory-duties/equality-and-diversity/equality-delivery-system-eds/eds-domain-3): 'We have
// rated this domain overall as developing.', then per outcome 'Outcome 3A: Board members, system leaders (Band 9 and VSM) …', an
// 'Evidence: Developing' line and evidence bullets (policies, executive sponsorship of staff networks, EDI objectives for the board …),
// and a 'Ratings' key (Excellent / Achieving / Developing / Undeveloped activity) applied to each outcome and to the domain.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Dearnefield Integrated Care Board';
  const p = new Plan(book, { name: 'holdout26-wres-2023-24-dearnefield', sheet: 'EDS Domain 3', standard: 'WRES', period: '2023-24', trust, widths: [70, 32, 16], font: { name: 'Arial', size: 10 } });
  const wide = (t, st = {}, h) => p.line([t, null, null], { merge: ['A', 'C'], style: st, height: h });
  wide(trust, { bold: true, color: C.nhs });
  wide('Equality Delivery System 2022 – Domain 3: Inclusive leadership, 2023/24', { bold: true, font: { size: 15 } });
  wide('We have rated this domain overall as developing. Under each outcome we list the evidence we used and the actions we will take this year, several of which also answer our WRES results.', {}, 30);
  const secs = [];
  const outcome = (h, grade, evidence, acts) => {
    p.blank();
    secs.push(p.line([h, null, null], { merge: ['A', 'C'], style: { bold: true, color: C.nhs }, height: 30 }));
    p.line([`Evidence: ${grade}`, null, null], { merge: ['A', 'C'], style: { bold: true } });
    for (const e of evidence) wide(`• ${e}`);
    p.header(['Next steps for 2023/24', 'Lead', 'By'], { style: { fill: C.grey } });
    for (const [a, lead, due, inds] of acts) p.action([a, lead, due], { indicators: inds, theme: h, action: a, lead, due }, { border: true });
  };
  outcome('Outcome 3A: Board members, system leaders (Band 9 and VSM) and those with line management responsibilities routinely demonstrate their understanding of, and commitment to, equality and health inequalities', 'Developing',
    ['Executive sponsors for each of the ICB\'s four staff networks', 'EDI objectives for every Board member and executive director', 'An associate non-executive director programme aimed at ethnic minority candidates'],
    [['Review every Board member\'s EDI objective at mid-year appraisal and publish a summary in the annual report.', 'Chief People Officer', 'Oct 2023', []],
     ['Appoint a second cohort of associate non-executive directors from ethnic minority backgrounds (WRES 9).', 'Director of Corporate Governance', 'Mar 2024', ['9']],
     ['Run reverse mentoring between ethnic minority staff and the executive team.', 'Head of OD', 'Jan 2024', []]]);
  outcome('Outcome 3B: Board and committee papers (including minutes) identify equality and health inequalities related impacts and risks and how they will be mitigated and managed', 'Developing',
    ['Board paper front sheet includes an equality and health inequalities impact section', 'Impact assessments completed for new policies and strategies'],
    [['Audit a sample of Board and committee papers each quarter for a completed impact section and report gaps to the Audit Committee.', 'Head of Governance', 'Quarterly', []]]);
  outcome('Outcome 3C: Board members and system leaders (Band 9 and VSM) ensure levers are in place to manage performance and monitor progress with staff and patients', 'Achieving',
    ['WRES and WDES reports to the People Committee', 'Gender pay gap reporting', 'Leavers data analysed by protected characteristic'],
    [['Add the ICB\'s own WRES indicators 2 and 8 to the quarterly workforce dashboard seen by the Board.', 'Head of Workforce Information', 'Dec 2023', ['2', '8']],
     ['Ask each provider in the system to bring its WRES action plan to the system People Board.', 'Chief People Officer', 'Feb 2024', []]]);
  p.blank();
  wide('Ratings', { bold: true });
  wide('There are four possible ratings – Excellent activity, Achieving activity, Developing activity and Undeveloped activity – applied to each outcome and then reviewed for the domain overall.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB) following an ICB's published Equality Delivery System page for Domain 3 (Inclusive leadership), pasted into three columns: ICB name, title, the overall domain rating sentence, then three outcomes, each as a blank row, a blue heading 'Outcome 3A: Board members, system leaders …', an 'Evidence: Developing' line (the EDS GRADE), evidence bullets (work already in place), and a 'Next steps for 2023/24 | Lead | By' header with its actions; a 'Ratings' key closes the sheet. Judgement calls: the actions are the next-steps rows only – the evidence bullets are past work (context); the grade after 'Evidence:' ('Developing', 'Achieving') rates the OUTCOME, not an action – status '', rag null; theme = the outcome heading; indicators only where an action names a WRES indicator ('(WRES 9)' → ['9'], 'WRES indicators 2 and 8' → ['2','8']) – the outcome codes 3A / 3B / 3C and 'Domain 3' are EDS codes, not WRES indicator 3; 'WRES action plan' in the last action names no indicator ([]); due = By as written ('Oct 2023', 'Quarterly').", { sections: secs, forbidden: ['Evidence: Developing', 'Evidence: Achieving', 'Developing', 'Achieving'] });
}
