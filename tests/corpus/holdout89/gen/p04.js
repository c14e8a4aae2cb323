// holdout89-wdes-2021-22-lyndhope: a COMMUNITY health trust's WDES plan written by the People Team around three themes of its own (section
// rows under one header); metrics as '4a & 4b', '2, 5', '9a'; 'When' as quarters and words; a success-measure column; a dated progress
// column; no status column at all.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lyndhope Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout89-wdes-2021-22-lyndhope', sheet: 'WDES plan', standard: 'WDES', period: '2021-22', trust, widths: [6, 12, 50, 24, 14, 36, 36], font: { name: 'Verdana', size: 9 } });
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2021/22`], { merge: ['A', 'G'], height: 22, style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.line(['Written with the Ability Network after the 2021 WDES data (published October 2021). Progress will be reported to the People & Culture Committee in March 2022.'], { merge: ['A', 'G'], height: 26 });
  p.blank();
  p.header(['No.', 'WDES metric(s)', 'What we will do', 'Who', 'When', 'How we will measure success', 'Progress (Sept 2021)'], { style: { fill: C.teal, color: C.white } });
  const rows = [
    ['Theme 1: Knowing our workforce'],
    ['1', '1', 'Ask every member of staff to check their equality details in ESR during the annual appraisal, with a prompt in the appraisal paperwork.', 'Workforce Systems Lead', 'Q3', 'ESR declaration rate up from 3.9% to 6%.', 'Appraisal form updated; prompt goes live in October.', ['1']],
    ['2', '1', 'Publish a short film of community nurses and therapists talking about why they shared their disability status.', 'Communications Manager', 'Q2', 'Film viewed 500+ times on the intranet.', 'Filming done in August.', ['1']],
    ['Theme 2: Safe and respectful workplaces'],
    ['3', '4a & 4b', 'Give lone-working district nurses and health visitors a clear route to report abuse from patients, relatives, managers or colleagues, including a disability tick-box.', 'Head of Health & Safety', 'Q3 21/22', 'Reports of disability-related abuse rise (better reporting) and survey scores fall by 2023.', '', ['4a', '4b']],
    ['4', '4a(iii)', 'Cover harassment and bullying between colleagues, and how to report it, in the induction for bank and agency staff in the community hospitals.', 'Temporary Staffing Lead', 'By December 2021', 'All bank inductions cover it.', 'Induction slides drafted.', ['4a']],
    ['5', '6', 'Train the sickness absence panel members in adjusting triggers and in the Access to Work scheme.', 'HR Advisory Team Leader', 'By March 2022', 'No disabled member of staff reaches stage 2 without an adjustments discussion.', 'First session held 7 September.', ['6']],
    ['6', '8', 'Hold a tailored adjustment agreement for every disabled member of staff who asks for one, kept by the employee and their manager.', 'Health & Wellbeing Lead', 'Ongoing', 'Metric 8 above 80%.', 'Template agreed with the Ability Network.', ['8']],
    ['Theme 3: Fair progression'],
    ['7', '2, 5', 'Guarantee interviews for disabled applicants who meet the essential criteria and follow up unsuccessful internal candidates with feedback from the panel chair.', 'Recruitment Lead', 'Q4', 'Relative likelihood of appointment below 1.1.', '', ['2', '5']],
    ['8', '9a', 'Pay the Ability Network chair for four hours a week of protected time and give the network a budget.', 'Director of People', 'Q2', 'Network meets monthly and reports to the committee twice a year.', 'Agreed at Executive Team in July.', ['9a']],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } })); theme = r[0]; continue; }
    const [no, met, act, who, when, meas, prog, inds] = r;
    p.action([no, met, act, who, when, meas, prog], { ref: no, indicators: inds, theme, action: act, lead: who, due: when, progress: prog, outcome: meas }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Metric 10 (Board) is part of the Board development programme and is not repeated in this plan.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust). Sheet 'WDES plan', Verdana 9: a teal title naming the trust and the year, a line saying the plan was written with the Ability Network and will be reported in March 2022, a blank row, the teal header 'No. | WDES metric(s) | What we will do | Who | When | How we will measure success | Progress (Sept 2021)' (row 4), then three grey THEME section rows ('Theme 1: Knowing our workforce', 'Theme 2: Safe and respectful workplaces', 'Theme 3: Fair progression') with eight numbered actions, and after a blank row a line putting metric 10 in the Board development programme. No status column. Judgement calls: theme = the section row above; ref = No.; indicators from the metric cell ('4a & 4b' → both; '2, 5' → both; '9a' kept); action 4's metric is typed '4a(iii)' – the sub-part of metric 4a on harassment from colleagues – and gives '4a' (the roman sub-part is not a metric code); lead = Who; due = When as written ('Q3', 'Q3 21/22', 'By December 2021', 'Ongoing'); outcome = How we will measure success; progress = the September 2021 column (two blank); status '' and rag null; the publication and reporting months are no dues; the metric 10 line is no action.", { sections: secs });
}
