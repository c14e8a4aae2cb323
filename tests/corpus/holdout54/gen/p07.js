// holdout54-wres-2021-22-tolland: large mental health trust, year-end. Invented layout: title rows, then per THEME a block of a theme
// row, a 'What we want to achieve' row and a 'How we will know' row (theme-level measures), then its actions; TWO UPDATE / RAG PAIRS
// (mid-year Sept 2021 and year-end March 2022) – year-end left blank for actions added late; a dagger '†' after the number of actions
// carried over from 2020-21; RAG words typed on fills; a 'Chart data' block under the notes.
import { Book, Plan, C } from './lib.js';
const FILL = { Blue: C.blue, Green: C.green, Amber: C.amber, Red: C.red };
export async function build() {
  const book = new Book();
  const trust = 'Tolland and Wyke Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout54-wres-2021-22-tolland', sheet: 'WRES Action Plan', standard: 'WRES', period: '2021-22', trust,
    widths: [7, 50, 9, 26, 13, 36, 9, 36, 9], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 } } });
  p.line(['Race Equality (WRES) Action Plan 2021-22 – year-end review'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['Agreed with the Race Equality Network and the Equality, Diversity and Inclusion Committee, June 2021. Year-end position reported to the Quality and People Committee, April 2022.'], { merge: ['A', 'I'], style: { italic: true }, height: 28 });
  p.blank();
  p.header(['No.', 'Action', 'WRES', 'Lead', 'Deadline', 'Mid-year update (Sept 2021)', 'Mid-year RAG', 'Year-end update (March 2022)', 'Year-end RAG'], { style: { fill: C.purple, color: C.white } });
  const themes = [
    ['Theme 1: Inclusive recruitment', 'Black, Asian and minority ethnic applicants are as likely to be appointed as white applicants.', 'Relative likelihood of appointment from shortlisting (indicator 2) at 1.25 or below by March 2022.', [
      ['1.1', 'Train a pool of inclusive recruitment champions to sit on Band 7 and above interview panels.', '2', 'Head of Recruitment', 'July 2021', '48 champions trained.', 'Blue', '', ''],
      ['1.2', 'Use values-based and scenario questions in place of "tell us about yourself" questions at interview.', '2', 'Head of Recruitment', 'September 2021', 'Question bank drafted.', 'Green', 'Question bank in use for all clinical posts.', 'Blue'],
      ['1.3†', 'Collect and review feedback from unsuccessful candidates by ethnicity.', '2', 'Recruitment Manager', 'December 2021', 'Survey tool chosen.', 'Amber', 'Survey live since February; too few responses to analyse yet.', 'Amber'],
      ['1.4', 'Advertise healthcare support worker posts through community radio and the local mosque and gurdwara.', '1', 'Recruitment Manager', 'October 2021', 'Two campaigns run.', 'Green', 'Applicants from minority ethnic groups up from 29% to 38%.', 'Blue'],
      ['1.5', 'Report shortlisting-to-appointment by ethnicity per care group every quarter.', '2', 'Workforce Information Lead', 'Quarterly', 'Q1 report issued.', 'Green', 'All four quarters reported; ratio 1.19 at year end.', 'Blue'],
    ]],
    ['Theme 2: Career progression', 'Our senior workforce reflects the diversity of the communities we serve.', 'BME staff at Band 8a+ rise from 11% to 14%; staff survey indicator 7 gap halved.', [
      ['2.1', 'Run the "Moving Forward" development programme for BME staff at Bands 4–7, with sponsors from the senior team.', '1, 7', 'Head of Organisational Development', 'March 2022', 'Cohort 1 (22 staff) started in August.', 'Green', 'Cohort 1 finished; 5 promoted. Cohort 2 recruited.', 'Green'],
      ['2.2', 'Publish all acting-up and secondment opportunities on the intranet jobs board.', '7', 'Head of Recruitment', 'June 2021', 'Live.', 'Blue', '', ''],
      ['2.3†', 'Give BME nurses at Band 5 and 6 a career conversation with a senior nurse each year.', '1', 'Deputy Director of Nursing', 'March 2022', '84 conversations held.', 'Amber', '173 conversations; target of 250 missed because of winter pressures.', 'Red'],
      ['2.4', 'Monitor access to funded courses and study leave by ethnicity and act on gaps.', '4', 'Head of Learning and Development', 'March 2022', 'Baseline taken: likelihood 1.08.', 'Green', 'Likelihood 1.03; no action needed.', 'Blue'],
      ['2.5', 'Set up a reverse mentoring scheme with every executive director.', '7', 'Chief People Officer', 'December 2021', 'Mentors recruited.', 'Green', 'Eight pairs meeting.', 'Blue'],
      ['2.6', 'Add an independent BME assessor to every consultant and medical leadership appointment.', '1', 'Medical Director', 'March 2022', '', '', 'Agreed by the Medical Staffing Committee in January; first panels in March.', 'Green'],
    ]],
    ['Theme 3: Just and restorative culture', 'No one is more likely to face a formal process because of their ethnicity.', 'Relative likelihood of entering a formal disciplinary process (indicator 3) at 1.0–1.25.', [
      ['3.1†', 'Apply the just culture checklist before every disciplinary investigation.', '3', 'Head of Employee Relations', 'June 2021', 'Checklist used in all cases since April.', 'Blue', '', ''],
      ['3.2', 'Give every employee under investigation a wellbeing contact outside their team.', '3', 'Head of Employee Relations', 'September 2021', 'Contacts in place.', 'Blue', '', ''],
      ['3.3', 'Review all disciplinary outcomes involving BME staff at the monthly case review panel with a Race Equality Network member.', '3', 'Head of Employee Relations', 'Monthly', 'Panel meeting monthly.', 'Green', 'Panel continues; formal entry ratio 1.36 (2021: 1.92).', 'Amber'],
      ['3.4', 'Train investigating officers in bias and cultural awareness.', '3', 'Head of Employee Relations', 'December 2021', '19 of 40 trained.', 'Amber', '37 of 40 trained.', 'Green'],
    ]],
    ['Theme 4: Tackling racism from patients and colleagues', 'Staff feel safe from racist abuse and know they will be supported when it happens.', 'Indicators 5, 6 and 8 improve for BME staff in the 2021 staff survey.', [
      ['4.1', 'Agree a clear position and guidance on racist abuse from service users, including when care may be transferred.', '5', 'Medical Director', 'September 2021', 'Guidance drafted with service user governors.', 'Amber', 'Guidance approved in November and briefed to all wards.', 'Blue'],
      ['4.2', 'Offer post-incident support and a debrief to staff after every reported racist incident.', '5', 'Head of Staff Wellbeing', 'Ongoing', 'Debrief offer in place on inpatient wards.', 'Green', 'Extended to community teams; 64 debriefs this year.', 'Green'],
      ['4.3', 'Run anti-racism workshops for every team in the two care groups with the highest indicator 6 scores.', '6', 'Equality and Inclusion Manager', 'March 2022', '12 of 40 teams.', 'Amber', '29 of 40 teams.', 'Amber'],
      ['4.4', 'Appoint race equality advocates to support staff raising concerns about discrimination.', '8', 'Freedom to Speak Up Guardian', 'December 2021', 'Role description agreed.', 'Green', 'Nine advocates trained and in post.', 'Blue'],
      ['4.5†', 'Add ethnicity to the incident reporting form for staff who are harmed, so racist incidents can be counted.', '5, 6', 'Head of Patient Safety', 'June 2021', 'Datix change request not yet made.', 'Red', 'Field added in December.', 'Blue'],
      ['4.6', 'Hold "Let\'s talk about race" listening events open to all staff.', '6, 8', 'Equality and Inclusion Manager', 'Quarterly', 'Two events held.', 'Green', 'Four events held; 310 attendees in total.', 'Blue'],
    ]],
    ['Theme 5: Leadership and accountability', 'Our Board and senior leaders own race equality and are held to account for it.', 'Progress reported quarterly; indicator 9 gap narrowed.', [
      ['5.1', 'Set a race equality objective in every Board member\'s appraisal.', '9', 'Chair', 'July 2021', 'Done for executives; non-executives in progress.', 'Green', 'All Board members.', 'Blue'],
      ['5.2', 'Use diverse search partners for the two non-executive director vacancies.', '9', 'Chair', 'January 2022', 'Search partner appointed.', 'Green', 'One BME non-executive appointed; second post re-advertised.', 'Amber'],
      ['5.3', 'Report on this plan to every EDI Committee and to the Board twice a year.', '', 'Director of People', 'Quarterly', 'On schedule.', 'Green', 'All reports made.', 'Blue'],
      ['5.4', 'Fund the Race Equality Network chair for two days a week.', '', 'Chief People Officer', 'April 2021', 'In place.', 'Blue', '', ''],
      ['5.5', 'Commission an external review of the Trust\'s progress against the NHS "Combatting Racial Discrimination" guidance.', '', 'Director of People', 'March 2022', '', '', 'Review commissioned; reporting in June 2022.', 'Amber'],
    ]],
  ];
  const secs = []; const ctx = [];
  const rs = { alignment: { horizontal: 'center' }, bold: true };
  for (const [th, aim, know, acts] of themes) {
    secs.push(p.line([th], { merge: ['A', 'I'], border: true, style: { bold: true, fill: C.lilac } }));
    ctx.push(p.line(['What we want to achieve:', '', aim], { merge: [['A', 'B'], ['C', 'I']], styles: [{ bold: true }] }));
    ctx.push(p.line(['How we will know:', '', know], { merge: [['A', 'B'], ['C', 'I']], styles: [{ bold: true }] }));
    for (const [no, a, w, lead, dl, mu, mr, yu, yr] of acts) {
      const status = yr || mr; const progress = yr ? yu : mu;
      p.action([no, a, w, lead, dl, mu, mr, yu, yr], { ref: no.replace('†', ''), indicators: w ? w.split(', ') : [], theme: th, action: a, lead, due: dl, status, rag: status ? { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red' }[status] : null, progress },
        { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, mr ? { ...rs, fill: FILL[mr] } : {}, {}, yr ? { ...rs, fill: FILL[yr] } : {}] });
    }
  }
  p.blank();
  p.line(['Notes'], { style: { bold: true } });
  p.line(['† Action carried over from the 2020-21 plan.'], { merge: ['A', 'I'] });
  p.line(['RAG: Blue = complete; Green = on track; Amber = some risk to delivery; Red = not delivered / off track. Where an action was completed at mid-year the year-end columns are left blank. Actions 2.6 and 5.5 were added at the mid-year review.'], { merge: ['A', 'I'], height: 28 });
  p.blank();
  p.line(['Chart data – year-end RAG'], { style: { bold: true } });
  const all = themes.flatMap((t) => t[3]); const cnt = (c) => all.filter((x) => (x[8] || x[6]) === c).length;
  const chart = ['Blue', 'Green', 'Amber', 'Red'].map((c) => p.line([c, cnt(c)], { border: true, styles: [{ fill: FILL[c] }] }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Invented layout (fictional large mental health trust), year-end review of its 2021-22 WRES plan. Title rows (the trust; the plan title; an italic line on who agreed it and where it is reported), one purple header 'No. | Action | WRES | Lead | Deadline | Mid-year update (Sept 2021) | Mid-year RAG | Year-end update (March 2022) | Year-end RAG' (row 5), then FIVE THEME BLOCKS: a lilac 'Theme n: …' row, a 'What we want to achieve:' row and a 'How we will know:' row (a theme-level measure), then the theme's actions (26 in all, 1.1–5.5); notes ('†' = carried over from 2020-21; the RAG key; blank year-end columns for actions completed at mid-year; two actions added at mid-year) and a 'Chart data – year-end RAG' block (colour, count). Judgement calls: theme = the 'Theme n' row; the aim and measure rows are context (not actions, not outcomes – outcome '' on every action); ref = the number without the dagger ('1.3†' → '1.3'); indicators from the WRES column ('1, 7' → ['1','7'], blank → []); due = Deadline as written ('July 2021', 'Quarterly', 'Ongoing', 'Monthly'); status = the LATEST RAG WORD – the year-end RAG where given, else the mid-year RAG (actions closed at mid-year, left blank at year end as the note says) – and rag = that word's colour (Blue = complete); progress = the update beside that RAG (year-end, else mid-year; '' for 2.6/5.5 mid-year blanks never arises as both have year-end entries); the chart-data rows and notes are not actions.", { mode: 'word', ragCol: 'I', ragCols: ['I', 'G'], latestProgress: ['H', 'F'], words: { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red', '': null }, sections: secs, dataRows: [...ctx, ...chart] });
}
