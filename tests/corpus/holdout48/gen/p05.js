// holdout48-wres-2025-26-ardenvale: follows an ICB's 'RACE Code' web page (NHS Birmingham and Solihull ICB,
// https://www.birminghamsolihull.icb.nhs.uk/what-we-do/programmes-work/equality-diversity-and-inclusion/race-code): the Code and its
// Accountability Framework, adoption after a self-assessment, 'A Race Action Plan is being drawn up …', 'This is shown by four key
// principles - reporting, actions, composition and education.' and each principle with its definition. ASSUMED: the Race Action Plan
// itself, grouped under the four principles (each a section row with its definition), with a high impact action column, WRES
// indicator, executive owner, deadline and Q2 update.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Ardenvale Integrated Care Board';
  const p = new Plan(book, { name: 'holdout48-wres-2025-26-ardenvale', sheet: 'Race Action Plan', standard: 'WRES', period: '2025-26', trust, widths: [9, 14, 54, 12, 26, 12, 40], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'G'];
  p.line(['RACE Equality Code – our Race Action Plan 2025/26'], { merge: M, style: { bold: true, font: { size: 15 } } });
  p.line([trust], { merge: M, style: { bold: true, color: C.nhs } });
  p.line(['The RACE Equality Code and its Accountability Framework give organisations one set of standards for tackling race inequality in the boardroom and among senior leaders, and turn recommendations into actions that can be checked.'], { merge: M, height: 30 });
  p.line(['We adopted the Code after completing a self-assessment against it in early 2025. This Race Action Plan sets out, openly and in measurable terms, how we will reach our race equality goals as an employer and as leader of our system.'], { merge: M, height: 30 });
  p.line(['This is shown by four key principles - reporting, actions, composition and education.'], { merge: M });
  const hdr = p.header(['Ref', 'High impact action', 'What we will do', 'WRES indicator', 'Executive owner', 'Deadline', 'Q2 update'], { style: { fill: C.darkblue, color: C.white } });
  const secs = [
    ['Reporting', 'A clear commitment to be open with all stakeholders about the progress and impact of our race work, with concise and current information.', [
      ['R1', 'HIA 1', 'Publish our WRES data and a six-monthly progress report on this plan on our website.', '1, 9', ['1', '9'], 'Chief People Officer', 'Oct 2025', 'First report published in September.'],
      ['R2', 'HIA 3', 'Publish an ethnicity pay gap report beside the gender pay gap report, with a plan to close the gap.', '—', [], 'Chief Finance Officer', 'Mar 2026', ''],
    ]],
    ['Actions', 'Measurable actions and outcomes, with targets and plans, that shift our approach and can be held to account.', [
      ['A1', 'HIA 2', 'Use de-biased shortlisting and a diverse panel for every ICB post at Band 8a and above.', '2', ['2'], 'Chief People Officer', 'Jul 2025', 'In place for all 8a+ posts since July.'],
      ['A2', 'HIA 6', 'Review each formal employee relations case involving an ethnic minority colleague at a monthly panel with a non-executive member.', '3', ['3'], 'Director of Corporate Affairs', 'Sep 2025', 'Panel met twice; terms of reference agreed.'],
      ['A3', 'HIA 4', 'Offer a wellbeing conversation to every colleague who reports racist abuse, within two weeks of the report.', '5, 6', ['5', '6'], 'Chief People Officer', 'Dec 2025', ''],
    ]],
    ['Composition', 'Key indicators that make a visible difference to race diversity at every level of the organisation.', [
      ['C1', 'HIA 2', 'Set a goal for ethnic minority representation at Band 8c and above and report it to the Board each quarter.', '1', ['1'], 'Chief Executive', 'Jun 2025', 'Goal of 19% by 2028 agreed by the Board.'],
      ['C2', 'HIA 1', 'Include at least one ethnic minority candidate on every shortlist for a Board or executive appointment.', '9', ['9'], 'Chair', 'Mar 2026', ''],
    ]],
    ['Education', 'A framework that builds the ethical, moral, social and business case for race diversity into how we learn and lead.', [
      ['E1', 'HIA 6', 'Deliver anti-racism learning to every ICB line manager, with follow-up sessions led by the Race Equality Network.', '5 to 8', ['5', '6', '7', '8'], 'Director of Nursing', 'Jan 2026', '62% of managers completed by Q2.'],
      ['E2', 'HIA 5', 'Co-ordinate a shared induction and buddying offer for internationally recruited staff across our primary care partners.', '—', [], 'Director of Primary Care', 'Nov 2025', 'Offer designed with two primary care networks.'],
    ]],
  ];
  for (const [name, def, acts] of secs) {
    const r = p.line([name, def], { border: true, merge: ['B', 'G'], styles: [{ bold: true, fill: C.lilac }, { italic: true, fill: C.lilac }], height: 28 });
    for (const [ref, hia, a, ind, inds, owner, due, upd] of acts) p.action([ref, hia, a, ind, owner, due, upd], { ref, indicators: inds, theme: name, action: a, lead: owner, due, progress: upd }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  }
  p.line(['Owner of this plan: Chief People Officer. Reviewed by the People Committee each quarter.'], { merge: M, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, for itself and its system) following a real ICB's 'RACE Code' page (Birmingham and Solihull's): a title, the ICB's name, three paragraphs (the Code and its Accountability Framework; adoption after a self-assessment; 'This is shown by four key principles - reporting, actions, composition and education.'), then ONE header 'Ref | High impact action | What we will do | WRES indicator | Executive owner | Deadline | Q2 update' (row 6) and the four PRINCIPLES as lilac section rows – the principle's name in column A and its definition merged across B–G in italics – each over two or three actions (refs R1, A1, C1, E1 …), and an italic owner line. Judgement calls: the principle rows are not actions (the one named 'Actions' included); theme = the principle's name ('Composition'), not its definition; the High impact action column ('HIA 2', 'HIA 6') maps to the EDI Improvement Plan and gives no indicator; indicators from the WRES indicator column – '1, 9' → ['1','9'], the range '5 to 8' → ['5','6','7','8'], '—' → [] (pay gap and international recruitment actions have no WRES indicator); lead = Executive owner; due = Deadline as written ('Oct 2025'); progress = Q2 update (blank on three rows); no status (status '', rag null); the closing owner line is not a lead for any action.", { forbidden: ['Chief People Officer. Reviewed by the People Committee each quarter.'] });
}
