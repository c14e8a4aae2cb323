// holdout93-wres-2026-27-calvercote: specialist heart and lung FT, a WRES plan ORGANISED BY THE SIX HIGH IMPACT ACTIONS of the EDI
// Improvement Plan: grey HIA section rows (with the HIA's number and wording), refs '1a', '2b' …, the WRES indicator(s) in their own
// column, completion dates as real dates 'd mmm yyyy', status words in Excel's Good / Neutral / Bad styles, a 'Measure of success'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Calvercote Heart and Lung Centre NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout93-wres-2026-27-calvercote', sheet: 'WRES & HIA plan', standard: 'WRES', period: '2026-27', trust, widths: [6, 56, 12, 26, 14, 13, 40], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Race equality: our WRES action plan 2026/27, set out against the High Impact Actions of the NHS EDI Improvement Plan'], { merge: ['A', 'G'], style: { font: { size: 11 } } });
  p.blank();
  p.header(['Ref', 'Action', 'WRES indicator(s)', 'Lead', 'Completion date', 'Status', 'Measure of success'], { style: { fill: C.darkblue, color: C.white } });
  const F = { Achieved: C.goodG, Progressing: C.neutralA, Behind: C.badR, 'Not started': null };
  const FC = { Achieved: 'FF006100', Progressing: 'FF9C5700', Behind: 'FF9C0006' };
  const R = { Achieved: 'green', Progressing: 'amber', Behind: 'red', 'Not started': null };
  const plan = [
    ['HIA 1 – Chief executives, chairs and board members to have specific and measurable EDI objectives', [
      ['1a', 'Agree a race equality objective with each board member and report progress on it in the annual board effectiveness review.', '9', 'Chair', D(2026, 6, 30), 'Achieved', 'Every board member has an objective recorded.'],
    ]],
    ['HIA 2 – Overhaul recruitment processes and embed talent management processes', [
      ['2a', 'Use structured, scored interview questions for all cardiac physiologist, perfusionist and theatre nursing posts.', '2', 'Head of Recruitment', D(2026, 12, 31), 'Progressing', 'Relative likelihood of appointment from shortlisting down to 1.20.'],
      ['2b', 'Hold talent conversations with every Band 6 and 7 nurse and scientist from an ethnic minority background in critical care and the cath labs.', '1, 7', 'Deputy Chief Nurse', D(2027, 3, 31), 'Progressing', '80% have had a recorded conversation by year end.'],
      ['2c', 'Make sure each senior appointment panel for Band 8b and above has at least one ethnic minority member.', '1, 2', 'Director of People', D(2026, 10, 1), 'Achieved', 'Panel make-up recorded on TRAC for every appointment.'],
    ]],
    ['HIA 3 – Develop and implement an improvement plan to eliminate pay gaps', [
      ['3a', 'Publish our first ethnicity pay gap report and check starting salaries agreed above the bottom of the band by ethnicity.', '1', 'Head of Reward', D(2027, 3, 31), 'Not started', 'Pay gap report published with the 2027 gender pay gap report.'],
    ]],
    ['HIA 5 – Comprehensive induction, onboarding and development for internationally recruited staff', [
      ['5a', 'Give internationally educated nurses and perfusionists a named buddy for their first six months and a check-in with the practice education team at 3 and 6 months.', '4, 7', 'Lead for International Recruitment', D(2026, 11, 30), 'Progressing', 'Retention of internationally recruited staff at 12 months above 90%.'],
    ]],
    ['HIA 6 – Eliminate the conditions in which bullying, discrimination, harassment and physical violence occur', [
      ['6a', 'Respond to every reported incident of racist abuse from patients or visitors within 72 hours, led by the ward or department manager.', '5', 'Head of Patient Safety', D(2026, 9, 30), 'Behind', 'Indicator 5 down from 24% to 20%.'],
      ['6b', 'Train managers in theatres, critical care and outpatients to handle complaints of racism from colleagues fairly and record the outcome.', '6, 8', 'Head of Employee Relations', D(2027, 1, 31), 'Progressing', 'Fewer staff report discrimination from a colleague (indicator 8).'],
      ['6c', 'Check every disciplinary case for bias before a formal investigation, using a decision tree agreed with staff side.', '3', 'Head of Employee Relations', D(2026, 8, 31), 'Achieved', 'Relative likelihood of entering formal disciplinary below 1.25.'],
    ]],
  ];
  const secs = [];
  for (const [sec, acts] of plan) {
    secs.push(p.line([sec], { merge: ['A', 'G'], style: { bold: true, fill: C.grey } }));
    for (const [ref, act, ind, lead, dt, st, mos] of acts) {
      p.action([ref, act, ind, lead, dt, st, mos], { ref, indicators: ind.split(', '), theme: sec, action: act, lead, due: shown(dt, 'd mmm yyyy'), status: st, rag: R[st], outcome: mos }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: 'd mmm yyyy' }, { fill: F[st] || undefined, color: FC[st] }, {}] });
    }
  }
  p.blank();
  p.line(['HIA 4 (health inequalities in the workforce) is delivered through the Trust’s Health and Wellbeing plan and is not repeated here.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Owner: Deputy Director of People & Inclusion. Reported to the Quality & People Committee, 12 November 2026.'], { merge: ['A', 'G'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist heart and lung FT). Sheet 'WRES & HIA plan': trust name, title, a blank row, the navy header 'Ref | Action | WRES indicator(s) | Lead | Completion date | Status | Measure of success' (row 4, frozen), five grey HIA SECTION ROWS ('HIA 1 – Chief executives, chairs and board members …', 'HIA 2 – …', 'HIA 3', 'HIA 5', 'HIA 6'; merged A–G) each over its actions (nine in all, refs '1a' … '6c'), then two italic closing lines (HIA 4 is covered elsewhere; the plan owner and committee date). Judgement calls: theme = the HIA section row as written; the HIA numbers are EDI Improvement Plan numbers, NOT WRES indicators – indicators come only from the 'WRES indicator(s)' column ('1, 7', '4, 7', '6, 8' → both; 6c under HIA 6 is indicator 3); lead = Lead; due = Completion date as displayed ('30 Jun 2026'); status = the word, rag from Excel's Good / Neutral / Bad fills (Achieved green, Progressing amber, Behind red, 'Not started' unfilled → null); outcome = Measure of success; ref = Ref. The plan owner and the committee date in the closing line give no field.", { mode: 'fill', ragCol: 6, sections: secs, forbidden: ['Deputy Director of People & Inclusion', '12 November 2026'] });
}
