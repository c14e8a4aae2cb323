// holdout42-wdes-2019-20-brackenholt: a community trust's first WDES plan with a METRIC MATRIX: ten narrow columns headed 1 … 10 under a
// merged 'WDES metric(s) this action is intended to improve' band, a tick in each column an action is meant to move, and the trust's 2019
// result for each metric in a row just under the header. Lettered theme rows; status words on fills at December 2019.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenholt Community Health NHS Trust';
  const widths = [6, 52, 24, 9, ...Array(10).fill(5), 13];
  const p = new Plan(book, { name: 'holdout42-wdes-2019-20-brackenholt', sheet: 'WDES plan 2019-20', standard: 'WDES', period: '2019-20', trust, widths });
  p.line([trust], { merge: [['A', 'O']], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard (WDES) – action plan 2019-20'], { merge: [['A', 'O']], style: { bold: true } });
  p.line(['Approved by the Trust Board on 26 September 2019. Status column updated for the People Committee, December 2019.'], { merge: [['A', 'O']], style: { italic: true } });
  p.blank();
  const hs = { fill: C.navy, color: C.white, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  const h1 = p.header(['Ref', 'Action', 'Lead', 'By', 'WDES metric(s) this action is intended to improve', '', '', '', '', '', '', '', '', '', 'Status at Dec 2019'], { merge: [['E', 'N']], height: 30, style: hs });
  const h2 = p.header(['', '', '', '', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', ''], { style: hs });
  for (const col of ['A', 'B', 'C', 'D', 'O']) p.ws.mergeCells(`${col}${h1}:${col}${h2}`);
  const res = p.line(['', 'Our 2019 result (see the WDES report, section 3)', '', '', '3.2%', '1.41', '2.05', '29.4%', '76.0%', '27.1%', '36.9%', '71.3%', '6.4', '-2.6%', ''], { border: true, style: { italic: true, color: 'FF595959', fill: C.palegrey, font: { size: 8 } } });
  const secs = []; let theme = null;
  const sec = (t) => { secs.push(p.line([t], { merge: [['A', 'O']], border: true, style: { bold: true, fill: C.paleblue } })); theme = t; };
  const ST = { Complete: C.green, 'On track': C.lightgreen, Delayed: C.amber, 'Not started': null };
  const RAG = { Complete: 'green', 'On track': 'green', Delayed: 'amber', 'Not started': null };
  const act = (ref, action, lead, due, ticks, status) => {
    const m = Array.from({ length: 10 }, (_, i) => (ticks.includes(i + 1) ? '✓' : ''));
    const styles = [{}, {}, {}, { numFmt: 'mmm-yy' }, ...Array(10).fill({ alignment: { horizontal: 'center', vertical: 'top' } }), ST[status] ? { fill: ST[status] } : {}];
    p.action([ref, action, lead, due, ...m, status], { ref, theme, indicators: ticks.map(String), action, lead, due: shown(due, 'mmm-yy'), status, rag: RAG[status] }, { styles, height: 42 });
  };
  sec('A. Knowing our workforce');
  act('A1', 'Run a \'Count me in\' campaign asking every member of staff to check and update their disability status on ESR self-service, with a one-page briefing for managers on why it matters.', 'Workforce Information Manager', D(2019, 12, 31), [1], 'On track');
  act('A2', 'Add the disability question to exit questionnaires and show leavers by disability in the quarterly turnover report.', 'HR Business Partners', D(2020, 1, 31), [1], 'Not started');
  sec('B. Getting in and getting on');
  act('B1', 'Sign up to Disability Confident Level 2 and offer an interview to every disabled applicant who meets the essential criteria for the post.', 'Head of Resourcing', D(2019, 11, 30), [2], 'Complete');
  act('B2', 'Rewrite the capability procedure so that performance concerns linked to health or disability go through the attendance and reasonable adjustments route before any formal capability stage.', 'Deputy Director of People', D(2020, 3, 31), [3], 'Delayed');
  act('B3', 'Offer one-to-one career conversations through the trust\'s coaching network to disabled staff in Bands 3 to 6.', 'Head of Organisational Development', D(2020, 2, 29), [1, 5], 'On track');
  sec('C. Experience at work');
  act('C1', 'Introduce a reasonable adjustments passport that stays with the member of staff when they change role, team or manager.', 'Occupational Health Manager', D(2019, 12, 31), [6, 7, 8], 'On track');
  act('C2', 'Cover disability in the managers\' bullying and harassment workshop, and add a disability option to the incident form for abuse from patients and the public.', 'Head of Staff Wellbeing', D(2020, 1, 31), [4], 'Delayed');
  sec('D. Voice and leadership');
  act('D1', 'Set up a Disabled Staff Network with an executive sponsor and two hours a month of protected time for members to attend.', 'Director of People', D(2019, 10, 31), [7, 9], 'Complete');
  act('D2', 'Ask each Board member to state whether they consider themselves to have a disability, so that metric 10 can be reported in full in 2020.', 'Company Secretary', D(2020, 3, 31), [10], 'Not started');
  p.blank();
  const key = p.line(['', '✓ = the action is expected to move this metric. Metrics: 1 workforce by pay band; 2 appointment from shortlisting; 3 formal capability process; 4 harassment, bullying or abuse; 5 equal opportunities for progression; 6 pressure to come to work when unwell; 7 feeling valued; 8 reasonable adjustments; 9 engagement and voice; 10 Board membership.'], { merge: [['B', 'O']], height: 42, style: { italic: true, font: { size: 9 } } });
  const sk = p.line(['', 'Status key: Complete (green) – On track (light green) – Delayed (amber) – Not started (no colour).'], { merge: [['B', 'O']], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) – a first WDES plan on a sheet 'WDES plan 2019-20': trust name, title with the year, an approval line (Board date, status updated December 2019), then a TWO-ROW navy header: `Ref | Action | Lead | By | WDES metric(s) this action is intended to improve | Status at Dec 2019` with Ref, Action, Lead, By and Status merged down over both rows and the metric band merged E:N over ten narrow columns headed '1' … '10' on the second row; directly under it a grey italic row 'Our 2019 result (see the WDES report, section 3)' with one figure per metric column ('3.2%', '1.41', '2.05' … '-2.6%'); four lettered theme rows merged A:O ('A. Knowing our workforce' … 'D. Voice and leadership'); nine actions A1 … D2 with a '✓' in each metric column the action is meant to move; a blank row; a tick key line naming the ten metrics and a status key line. Judgement calls: indicators = the headers of the ticked columns in column order (B3 ['1', '5'], C1 ['6', '7', '8'], D1 ['7', '9']) – WDES 2019 whole metrics; the 2019 result row is data, not an action, and its figures are not indicators or fields; the key lines are not actions (the metric numbers listed there give nothing); theme = the lettered row above; refs as written ('A1'); due = the By column as shown ('Dec-19', real dates in mmm-yy); status = the word in 'Status at Dec 2019', rag = its fill (Complete green, On track light green → green, Delayed amber, Not started unfilled → null); the Board approval date and the December 2019 update month are not dues.", { sections: secs, tickMatrix: { headerRow: h2, from: 5, to: 14, mark: '✓' }, dataRows: [res, key, sk], mode: 'fill', ragCol: 'O', leadCol: 'C', dueCol: 'D' });
}
