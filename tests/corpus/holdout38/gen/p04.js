// holdout38-wdes-2022-23-corrieston: an ambulance trust's WDES plan in a SMART template – 'Specific | Measurable | Achievable |
// Relevant | Time-bound' columns (the action written as the Specific, the metric named in Relevant, the timescale in Time-bound),
// a Lead column and a January update, under numbered objective rows; a two-row header (SMART letters over the column names).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Corrieston Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout38-wdes-2022-23-corrieston', sheet: 'WDES SMART plan', standard: 'WDES', period: '2022-23', trust, widths: [6, 42, 30, 28, 22, 16, 24, 36] });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Workforce Disability Equality Standard – SMART Action Plan 2022/23'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Each objective is broken into SMART actions. “Relevant” shows the WDES metric each action is meant to move; “Achievable” shows the resources or support the action relies on.'], { merge: ['A', 'H'], style: { italic: true }, height: 28 });
  p.blank();
  const hs = { fill: C.purple, color: C.white, alignment: { horizontal: 'center' } };
  p.header(['', 'S', 'M', 'A', 'R', 'T', '', ''], { style: { ...hs, font: { size: 14 } } });
  p.header(['Ref', 'Specific – what will we do?', 'Measurable – how will we know?', 'Achievable – resources / support', 'Relevant – WDES metric', 'Time-bound – by when', 'Lead', 'Update (January 2023)'], { style: { fill: C.lilac } });
  const objs = [
    ['Objective 1: Make reasonable adjustments quick, consistent and portable', [
      ['1.1', 'Introduce a workplace adjustments passport that follows the colleague between stations and control rooms.', 'Passport in use by 150 colleagues', 'Template from the NHS Employers toolkit; HR advisers’ time', 'Metric 7 – feeling valued', 'By 31 March 2023', 'Head of HR Operations', 'Template agreed with the Enable network; 38 passports issued.', ['7']],
      ['1.2', 'Agree a 28-day standard for putting adjustments in place and track every request against it.', '80% of adjustments in place within 28 days', 'Adjustments log in the HR case system', 'Metric 7 – feeling valued', 'Q3 2022/23', 'HR Business Partner (Operations)', 'Log live in October; 64% within 28 days so far.', ['7']],
      ['1.3', 'Fund specialist equipment centrally so that stations do not carry the cost.', 'Central budget of £40k in place', 'Finance approval at the Executive Management Board', 'Metric 7 – feeling valued', 'April 2022', 'Deputy Director of Finance', 'Budget approved in April.', ['7']],
    ]],
    ['Objective 2: Tackle bullying and harassment of disabled colleagues', [
      ['2.1', 'Add a disability-related abuse option to the Datix incident form for crews and call handlers.', 'Option live; reports analysed quarterly', 'Risk team and Datix administrator', 'Metric 4a – harassment from patients and the public', 'September 2022', 'Head of Risk', 'Live since September; 17 reports in Q3.', ['4a']],
      ['2.2', 'Run manager workshops on disability, neurodiversity and unconscious bias for every station and control-room manager.', '90% of managers attend', 'Two trainers from the Enable network; release time from rotas', 'Metrics 4a and 4b', 'By 31 March 2023', 'Head of Organisational Development', '61% attended; remaining dates booked for February.', ['4a', '4b']],
    ]],
    ['Objective 3: Fair progression, capability and appraisal', [
      ['3.1', 'Review the capability policy with the Enable network so that disability-related absence is separated from performance.', 'Revised policy approved by JNCC', 'Staff side and network time', 'Metric 3 – capability process', 'December 2022', 'Head of Employee Relations', 'Approved by JNCC in December.', ['3']],
      ['3.2', 'Guarantee an interview to disabled applicants for internal promotion who meet the essential criteria.', 'Appointment ratio from shortlisting closer to 1.0', 'Recruitment team, TRAC flag', 'Metric 2 – shortlisting', 'Q2 2022/23', 'Recruitment Manager', 'Flag added in August.', ['2']],
      ['3.3', 'Offer a mentor from the senior leadership group to disabled colleagues preparing for promotion.', '15 mentoring pairs', 'Volunteer mentors; OD coordinator', 'Metric 5 – career progression', 'By 31 March 2023', 'Head of Organisational Development', '9 pairs matched.', ['5']],
    ]],
    ['Objective 4: Hear disabled colleagues’ voices and improve our data', [
      ['4.1', 'Give the Enable network protected time and a budget, and a place on the People Committee agenda twice a year.', 'Network attendance and committee minutes', 'Executive sponsor; £5k budget', 'Metric 9b – voice', 'June 2022', 'Chief People Officer', 'Budget and time agreed; first committee slot in November.', ['9b']],
      ['4.2', 'Ask every colleague to check their disability record on ESR during the annual appraisal.', 'Declaration rate up from 3.1% to 5%', 'Appraisal form change; ESR self-service', 'Metric 1 – workforce', 'By 31 March 2023', 'Workforce Information Manager', 'Declaration 3.9% in December.', ['1']],
      ['4.3', 'Publish a short Board disability declaration summary in the annual report.', 'Board declaration published', 'Company Secretary’s office', 'Metric 10 – Board', 'July 2022', 'Company Secretary', 'Included in the 2021/22 annual report.', ['10']],
    ]],
  ];
  const sections = [];
  for (const [title, acts] of objs) {
    sections.push(p.line([title], { merge: ['A', 'H'], style: { bold: true, fill: C.palegrey } }));
    for (const [ref, s, m, a, r, t, lead, upd, inds] of acts) p.action([ref, s, m, a, r, t, lead, upd], { ref, indicators: inds, theme: title, action: s, lead, due: t, progress: upd, outcome: m });
  }
  p.blank();
  p.line(['Approved by the People Committee, 16 June 2022. Progress reviewed quarterly with the Enable network.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance trust) in a SMART TEMPLATE (sheet 'WDES SMART plan'): title rows, an italic note explaining that 'Relevant' names the WDES metric and 'Achievable' the resources, then a TWO-ROW HEADER – row 5 holds only the big letters S / M / A / R / T over the five SMART columns (purple), row 6 the column names 'Ref | Specific – what will we do? | Measurable – how will we know? | Achievable – resources / support | Relevant – WDES metric | Time-bound – by when | Lead | Update (January 2023)'. Four grey OBJECTIVE rows ('Objective 1: Make reasonable adjustments quick, consistent and portable' …) with eleven actions '1.1' … '4.3'. Judgement calls: the action is the SPECIFIC column; outcome = Measurable; Achievable is the resources the action relies on, not an action, lead or outcome; indicators from the Relevant column ('Metric 7 – feeling valued' → ['7'], 'Metrics 4a and 4b' → ['4a','4b'], 'Metric 9b – voice'); due = Time-bound as written ('By 31 March 2023', 'Q3 2022/23', 'April 2022', all text); lead = Lead; progress = the January update; theme = the objective row; no status column (status '', rag null – the update's words like 'approved' are not a status); the approval line under the table is not an action. Both rows 5 and 6 are header rows.",
    { sections, notFrom: ['D'] });
}
