// holdout72-wdes-2025-26-saxonbury: ambulance service, laid out like a published ambulance-trust WDES action plan page of 2023/24 that
// maps every action to three frameworks 'listed as numbers in the action plan': the WDES metric, the trust's own EDI Priorities (1–3)
// and the EDI Improvement Plan's High Impact Actions (1–6). The priorities and HIAs are spelled out above the table as key rows; the
// table is 'Ref | Action | WDES metric | EDI Priority | HIA | Lead | Timescale | Status (Sept 2025)' with a drop-down status, no colour.
import { Book, Plan, C } from './lib.js';
import { fitHeight } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [9, 54, 10, 9, 7, 30, 13, 14];
  const trust = 'Saxonbury and Weald Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2025-26-saxonbury', sheet: 'WDES action plan 2025-26', standard: 'WDES', period: '2025-26', trust, widths: W, font: { name: 'Calibri', size: 10 } });
  p.line(['Workforce Disability Equality Standard (WDES) action plan 2025/26'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['This action plan sets out the work that we will do in 2025/26 to improve the experiences of our colleagues with disabilities and long-term conditions. We have based the actions on our most recent WDES data (March 2025) and the 2024 NHS Staff Survey.'], { merge: ['A', 'H'], height: 28 });
  p.line([`Each action is mapped to the WDES metrics, to ${trust}’s EDI Priorities and to the High Impact Actions of the NHS EDI Improvement Plan, to show how the actions cut across these frameworks. The priorities and High Impact Actions are set out below and are listed as numbers in the action plan.`], { merge: ['A', 'H'], height: 40 });
  p.blank();
  const keys = [];
  p.line(['Our EDI Priorities'], { style: { bold: true } });
  for (const [k, t] of [['Priority 1', 'We will make sure our current colleagues and future talent have fair access to jobs, development and promotion.'], ['Priority 2', 'We will build the skills of our leaders to understand and challenge discrimination, including disablism.'], ['Priority 3', 'We will use patient experience and data to improve access to our services for disabled patients and carers.']]) keys.push(p.line([k, t], { merge: ['B', 'H'], styles: [{ bold: true }, {}] }));
  p.blank();
  p.line(['NHS EDI Improvement Plan – High Impact Actions'], { style: { bold: true } });
  for (const [k, t] of [['HIA 1', 'Chairs, chief executives and board members must have specific and measurable EDI objectives.'], ['HIA 2', 'Overhaul recruitment processes and embed talent management processes.'], ['HIA 3', 'Eliminate total pay gaps with respect to race, disability and gender.'], ['HIA 4', 'Address health inequalities within the workforce.'], ['HIA 5', 'Implement a comprehensive induction, onboarding and development programme for internationally recruited staff.'], ['HIA 6', 'Create an environment that eliminates the conditions in which bullying, discrimination, harassment and physical violence at work occur.']]) keys.push(p.line([k, t], { merge: ['B', 'H'], styles: [{ bold: true }, {}] }));
  p.blank();
  const hdr = p.header(['Ref', 'Action', 'WDES metric', 'EDI Priority', 'HIA', 'Lead', 'Timescale', 'Status (Sept 2025)'], { style: { fill: C.darkblue, color: C.white }, height: 28 });
  const rows = [
    ['D01', 'Run “Tell us once” so that colleagues can record a disability or long-term condition on ESR from the app, with help at station induction days.', '1', '1', '—', 'Workforce Information Manager', 'Q2 2025/26', 'Complete'],
    ['D02', 'Offer a guaranteed interview and an adjustments conversation to disabled applicants for Emergency Care Support Worker and paramedic roles.', '2', '1', '2', 'Head of Recruitment', 'Q3 2025/26', 'In progress'],
    ['D03', 'Review the fitness and driving assessments so that reasonable adjustments are considered for roles in the Emergency Operations Centre and 111.', '2, 8', '1', '2', 'Head of Recruitment / Occupational Health Lead', 'Q4 2025/26', 'Not started'],
    ['D04', 'Record disability-related abuse from patients as a hate incident on Datix and give crews access to body-worn cameras on request.', '4a', '3', '6', 'Head of Security and Violence Reduction', 'Q2 2025/26', 'In progress'],
    ['D05', 'Include disability and neurodiversity in the compassionate leadership module of the Clinical Team Leader programme.', '4a, 5', '2', '6', 'Head of Leadership Development', 'Q3 2025/26', 'In progress'],
    ['D06', 'Make it possible to report harassment anonymously through the Freedom to Speak Up app, and tell colleagues what happened next.', '4b', '2', '6', 'Freedom to Speak Up Guardian', 'Q3 2025/26', 'Delayed'],
    ['D07', 'Publish a disability pay gap alongside our gender and ethnicity pay gaps.', '—', '1', '3', 'Head of Reward', 'Q4 2025/26', 'Not started'],
    ['D08', 'Set up a central reasonable adjustments fund held by the Wellbeing Hub, with a target of eight weeks from request to adjustment.', '8', '1', '4', 'Health and Wellbeing Lead', 'Q1 2025/26', 'Complete'],
    ['D09', 'Give the chair of the Enable Network (disabled colleagues) two days a month of protected time and a seat on the People Committee.', '9b', '2', '1', 'Head of EDI', 'Q1 2025/26', 'Complete'],
    ['D10', 'Set a disability objective for every Board member and report progress at the annual Board appraisal.', '10', '2', '1', 'Company Secretary', 'Q4 2025/26', 'Not started'],
  ];
  const first = p.r + 1;
  for (const r of rows) {
    const [ref, act, met, , , lead, when, st] = r;
    p.action(r, { ref, indicators: met === '—' ? [] : met.split(', '), action: act, lead, due: when, status: st }, { height: fitHeight(r, W), styles: [{}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  }
  for (let r = first; r <= p.r; r++) p.ws.getCell(`H${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Delayed,Complete"'] };
  p.ws.views = [{ state: 'frozen', ySplit: hdr }];
  p.ws.autoFilter = `A${hdr}:H${p.r}`;
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance service), laid out like a published ambulance-trust WDES action plan page that maps each action to three frameworks 'listed as numbers in the action plan'. Sheet 'WDES action plan 2025-26': title, two paragraphs (the second names the trust and explains the mapping), 'Our EDI Priorities' with three KEY rows ('Priority 1' | 'We will make sure …'), 'NHS EDI Improvement Plan – High Impact Actions' with six KEY rows ('HIA 1' … 'HIA 6'), then the header 'Ref | Action | WDES metric | EDI Priority | HIA | Lead | Timescale | Status (Sept 2025)' (row 18, frozen, with a filter) and ten actions D01–D10. The Status cells use a drop-down list (Not started / In progress / Delayed / Complete) with no colour. Judgement calls: indicators ONLY from the WDES metric column ('2, 8' and '4a, 5' → both in order; '—' → [] for the pay gap action D07); the EDI Priority numbers (1–3) and HIA numbers (1–6) are other frameworks and never indicators (D04's HIA '6' is not metric 6, D09's and D10's HIA '1' is not metric 1); the 'We will …' priority sentences and the HIA descriptions are key rows, not actions; ref = Ref; lead = Lead (kept whole where it names two); due = Timescale as written ('Q2 2025/26'); status = the drop-down word, rag null (no colour); theme null.", { crossRef: { metricCol: 'C', otherCols: ['D', 'E'] }, notFrom: ['D', 'E'], dataRows: keys });
}
