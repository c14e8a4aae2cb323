// holdout54-wdes-2023-24-fellside: large ambulance trust, Q3 position. Invented layout: a DOCUMENT CONTROL block (label / value rows), a
// one-row SUMMARY of counts by status, then the plan under four theme rows; under each theme a grey 'Our data' row quoting the 2023
// WDES figures before its actions; refs 1.1 …; a STATUS WORD column (Open / Closed / Carried over) AND a separate colour-only RAG
// column; the key to the RAG colours and the status words under the table.
import { Book, Plan, C } from './lib.js';
const FILL = { blue: C.blue, green: C.green, amber: C.amber, red: C.red };
export async function build() {
  const book = new Book();
  const trust = 'Fellside and Borders Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout54-wdes-2023-24-fellside', sheet: 'WDES Action Plan', standard: 'WDES', period: '2023-24', trust,
    widths: [7, 54, 10, 28, 14, 44, 13, 7], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Workforce Disability Equality Standard (WDES) Action Plan 2023/24`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  const dc = [['Document control'], ['Version', '2.3 (Quarter 3 update)'], ['Author', 'Inclusion Manager'], ['Executive lead', 'Director of People and Organisational Development'], ['Approved by', 'People and Culture Committee'], ['Date approved', '19 October 2023'], ['Next review', 'April 2024']];
  const dcRows = dc.map(([l, v], i) => (i === 0 ? p.line([l], { style: { bold: true } }) : p.line(['', l, v], { merge: ['C', 'E'], border: true, styles: [{}, { bold: true, fill: C.palegrey }] })));
  p.blank();
  const themes = [
    ['1. Representation, recruitment and data', 'Our data: 4.8% of staff declare a disability on ESR (survey: 24.1%); disabled applicants 0.78 times as likely to be appointed from shortlisting (metric 2).', [
      ['1.1', 'Run a "Count me in" declaration campaign across stations, EOCs and support services, led by the Enable network.', '1', 'Inclusion Manager', 'Dec 2023', 'Campaign ran in November with station visits; ESR declaration now 6.9%.', 'Closed', 'blue'],
      ['1.2', 'Offer interview adjustments to all applicants at the invitation stage, not only to those who ask at application.', '2', 'Head of Recruitment', 'Sep 2023', 'Invitation letter changed in September; 38 adjustments requested so far.', 'Closed', 'blue'],
      ['1.3', 'Review the driving and fitness entry tests for operational roles with occupational health, to find adjustments that keep the role safe.', '2', 'Head of Education', 'Mar 2024', 'Review started; occupational health physician assigned.', 'Open', 'green'],
      ['1.4', 'Report declaration and appointment rates by directorate in the quarterly workforce report.', '1, 2', 'Workforce Information Manager', 'Quarterly', 'In the Q2 and Q3 reports.', 'Open', 'green'],
      ['1.5', 'Collect neurodivergence separately from disability on the staff equality form.', '1', 'Workforce Information Manager', 'Jun 2023', 'ESR local field still not configured; raised with the regional ESR team.', 'Carried over', 'red'],
      ['1.6', 'Keep Disability Confident Leader status at the 2024 renewal.', '2', 'Head of Recruitment', 'Mar 2024', 'Evidence pack being assembled.', 'Open', 'green'],
    ]],
    ['2. Reasonable adjustments and health', 'Our data: 71.2% of disabled staff say adequate adjustments have been made (metric 8); 31.4% felt pressure to work when unwell (metric 6).', [
      ['2.1', 'Launch a reasonable adjustments passport for operational and EOC staff that stays with them when they move station or shift pattern.', '8', 'Head of Health and Wellbeing', 'Oct 2023', 'Passport launched 2 October; 97 in place.', 'Closed', 'blue'],
      ['2.2', 'Hold a central budget for adjustments, including adapted uniform, headsets and EOC workstation equipment.', '8', 'Deputy Director of Finance', 'Jul 2023', 'Budget of £25,000 agreed.', 'Closed', 'blue'],
      ['2.3', 'Set up an adjustments panel that decides within 15 working days when a manager cannot agree a request.', '8', 'Head of Health and Wellbeing', 'Jan 2024', 'Terms of reference agreed; first panel 18 January.', 'Open', 'green'],
      ['2.4', 'Include fluctuating conditions and neurodivergence in the new attendance management training for station and EOC managers.', '6', 'Head of Learning and Development', 'Mar 2024', 'Module written; delivery slipped to Q4 because of winter pressures.', 'Open', 'amber'],
      ['2.5', 'Make the occupational health referral form ask about adjustments already in place and what works.', '6, 8', 'Occupational Health Manager', 'Aug 2023', 'Referral form changed.', 'Closed', 'blue'],
      ['2.6', 'Provide access to a neurodiversity screening and workplace needs assessment service.', '8', 'Head of Health and Wellbeing', 'Dec 2023', 'Procurement paused pending the regional framework; carried into 2024/25.', 'Open', 'red'],
    ]],
    ['3. Fair treatment and safety at work', 'Our data: disabled staff 1.63 times as likely to enter the formal capability process (metric 3); 35.8% report harassment from patients or the public (metric 4a).', [
      ['3.1', 'Check that adjustments were considered before any formal capability meeting, through an HR sign-off step.', '3', 'Head of Employee Relations', 'Sep 2023', 'Sign-off step live on the case management system.', 'Closed', 'blue'],
      ['3.2', 'Audit every capability case involving a disabled employee from the last two years.', '3', 'Head of Employee Relations', 'Dec 2022', 'Audit of 2021-22 cases complete; 2022-23 cases outstanding.', 'Carried over', 'amber'],
      ['3.3', 'Extend body-worn cameras and the violence reduction campaign to cover abuse targeting disability.', '4a', 'Head of Security and Violence Reduction', 'Mar 2024', 'Campaign artwork agreed with the Enable network.', 'Open', 'green'],
      ['3.4', 'Run "Speak up, step in" bystander sessions on disability harassment between colleagues.', '4a', 'Inclusion Manager', 'Feb 2024', '9 sessions held; 142 staff.', 'Open', 'green'],
      ['3.5', 'Promote the reporting routes for harassment to disabled staff, including an easy-read guide and BSL video.', '4b', 'Freedom to Speak Up Guardian', 'Nov 2023', 'Easy-read guide published; BSL video in production.', 'Open', 'amber'],
      ['3.6', 'Include disability in the Trust\'s post-incident support offer for staff assaulted or abused at work.', '4a', 'Head of Health and Wellbeing', 'Sep 2023', 'Added to the TRiM and debrief guidance.', 'Closed', 'blue'],
    ]],
    ['4. Progression, voice and leadership', 'Our data: engagement score of disabled staff 6.1 against 6.7 (metric 9a); no Board member declares a disability (metric 10).', [
      ['4.1', 'Reserve places for disabled staff on the "Leading Together" team leader programme and make its assessments accessible.', '5, 7', 'Head of Leadership and Organisational Development', 'Mar 2024', '7 disabled staff on the January cohort.', 'Open', 'green'],
      ['4.2', 'Give the Enable network chair protected time (two days a month) and a seat on the People and Culture Committee.', '9b', 'Director of People and Organisational Development', 'Jul 2023', 'Agreed in July.', 'Closed', 'blue'],
      ['4.3', 'Hold an annual "Ask the Exec" session hosted by the Enable network and publish the answers.', '9a, 9b', 'Chief Executive', 'Dec 2023', 'Session held 6 December; answers on the intranet.', 'Closed', 'blue'],
      ['4.4', 'Ask every Board member to complete the disability confidence self-assessment and share the Board\'s anonymised result.', '10', 'Company Secretary', 'Mar 2023', 'Six of eleven Board members completed.', 'Carried over', 'amber'],
      ['4.5', 'Celebrate Disability History Month and the Purple Light-Up with events at each divisional HQ.', '7', 'Head of Communications', 'Dec 2023', 'Events held in all four divisions.', 'Closed', 'blue'],
      ['4.6', 'Co-produce the 2024/25 WDES plan with the Enable network using the 2023 staff survey results.', '9a', 'Inclusion Manager', 'Apr 2024', '', 'Open', 'green'],
    ]],
  ];
  const all = themes.flatMap((t) => t[2]); const n = (s) => all.filter((a) => a[6] === s).length;
  const sum = p.line(['Plan summary (Q3)', '', `${all.length} actions`, `Closed: ${n('Closed')}`, `Open: ${n('Open')}`, `Carried over from 2022/23: ${n('Carried over')}`], { merge: ['A', 'B'], border: true, styles: [{ bold: true, fill: C.paleblue }] });
  p.blank();
  p.header(['Ref', 'Action', 'WDES metric', 'Lead', 'Timescale', 'Progress update (Q3)', 'Status', 'RAG'], { style: { fill: 'FF005EB8', color: C.white } });
  const secs = []; const data = [];
  for (const [th, d, acts] of themes) {
    secs.push(p.line([th], { merge: ['A', 'H'], border: true, style: { bold: true, fill: C.paleblue } }));
    data.push(p.line([d], { merge: ['A', 'H'], border: true, style: { italic: true, fill: C.grey } }));
    for (const [ref, a, m, lead, due, prog, st, rag] of acts) {
      p.action([ref, a, m, lead, due, prog, st, ''], { ref, indicators: m.split(', '), theme: th, action: a, lead, due, status: st, rag, progress: prog },
        { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { fill: FILL[rag] }] });
    }
  }
  p.blank();
  p.line(['RAG key:', 'Blue – complete; Green – on track; Amber – at risk, mitigation in place; Red – off track or cannot be delivered this year.'], { merge: ['B', 'H'] });
  p.line(['Status:', 'Open – in progress this year; Closed – delivered; Carried over – an action from the 2022/23 plan not finished last year and still being worked on (its timescale is the original one).'], { merge: ['B', 'H'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Invented layout (fictional large ambulance trust), Q3 position of its 2023/24 WDES plan. A title naming the trust and the plan, a DOCUMENT CONTROL block ('Document control' then label / value rows: Version 2.3 (Quarter 3 update), Author Inclusion Manager, Executive lead Director of People and Organisational Development, Approved by People and Culture Committee, Date approved 19 October 2023, Next review April 2024), a one-row PLAN SUMMARY ('24 actions', 'Closed: 10', 'Open: 11', 'Carried over from 2022/23: 3'), one header 'Ref | Action | WDES metric | Lead | Timescale | Progress update (Q3) | Status | RAG' (row 13), four theme section rows ('1. Representation, recruitment and data' …), under each a grey italic 'Our data: …' row quoting the theme's 2023 WDES figures, then its actions 1.1–4.6; a RAG key and a status key under the table. Judgement calls: theme = the theme row; the 'Our data' rows are findings (context) – not actions, not themes, and their metric numbers give no indicators; indicators from the 'WDES metric' column in the 2023 numbering ('4a', '4b', '9a, 9b' → ['9a','9b']); status = the STATUS WORD (Open / Closed / 'Carried over', the plan's word for an unfinished 2022/23 action) and rag = the COLOUR-ONLY RAG cell's fill – the two are separate columns and can disagree in kind (Carried over in amber or red; Open in red); due = Timescale as written ('Dec 2023', 'Quarterly'; carried-over rows keep their original 2022/23-year timescale, e.g. 'Jun 2023', 'Dec 2022'); progress = the Q3 update ('' where empty); no outcome column; the document control values (Author Inclusion Manager, Executive lead, Date approved) are not leads or dues – the Inclusion Manager and the Director of People and Organisational Development are leads only where the Lead column names them.", { mode: 'fill', ragCol: 'H', statusIsCell: false, sections: secs, dataRows: [...dcRows, sum, ...data], forbidden: ['19 October 2023', 'April 2024', '2.3 (Quarter 3 update)'] });
}
