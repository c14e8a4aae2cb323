// holdout22-wdes-2019-20-brantham: ORDINARY first WDES plan of a DISTRICT GENERAL HOSPITAL trust serving FORMER COALFIELD
// communities – merged title and intro, an italic key line above a dark-green header 'Ref | Action | Lead | Timescale | Status |
// Evidence'; NO metric column – pale-green merged SECTION ROWS give each metric's official wording (theme + indicators, pre-2021
// set, one 'Metrics 5, 6 and 7' section); teams as leads; 'mmm yyyy' real dates; status words on PALE fills; approval line below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brantham Valley Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout22-wdes-2019-20-brantham', sheet: 'WDES Action Plan', standard: 'WDES', period: '2019-20', trust, widths: [9, 62, 30, 13, 13, 44] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard (WDES) – our first action plan, 2019/20'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Our 2019 WDES data show that 2.8% of staff have told us they have a disability, against 19% in the 2018 staff survey. Many of our staff live in the former mining villages we serve; the actions below were agreed with the Disability and Wellbeing Network.'], { merge: ['A', 'F'], height: 42 });
  p.line(['Status: Complete (blue) – On track (green) – At risk (amber) – Not started (red)'], { merge: ['A', 'F'], style: { italic: true } });
  p.header(['Ref', 'Action', 'Lead', 'Timescale', 'Status', 'Evidence'], { style: { fill: 'FF375623', color: C.white } });
  const S = { Complete: ['FFBDD7EE', 'blue'], 'On track': [C.goodG, 'green'], 'At risk': [C.neutralA, 'amber'], 'Not started': [C.badR, 'red'] };
  const F = 'mmm yyyy';
  const sections = [
    ['Metric 1 – Percentage of staff in AfC pay bands or medical and dental subgroups and very senior managers (including Executive Board members) compared with the percentage of staff in the overall workforce', ['1'], [
      ['WD1.1', 'Run a "Your record, your say" campaign so that staff update their disability status on ESR, led by network members.', 'Workforce Information Team', D(2019, 12, 31), 'Complete', 'Declaration rate rose from 2.8% to 4.1%.'],
      ['WD1.2', 'Add disability to the quarterly workforce report to each division.', 'Workforce Information Team', D(2020, 1, 31), 'On track', 'Included from the Q3 report.'],
    ]],
    ['Metric 2 – Relative likelihood of disabled staff compared to non-disabled staff being appointed from shortlisting across all posts', ['2'], [
      ['WD2.1', 'Sign up to Disability Confident Level 2 and guarantee an interview to disabled applicants who meet the essential criteria.', 'Recruitment Team', D(2020, 3, 31), 'On track', 'Self-assessment submitted.'],
    ]],
    ['Metric 3 – Relative likelihood of disabled staff compared to non-disabled staff entering the formal capability process, on the grounds of performance', ['3'], [
      ['WD3.1', 'Check that reasonable adjustments have been considered before any formal capability meeting.', 'HR Business Partners', D(2019, 11, 30), 'Complete', 'Checklist added to the capability policy.'],
    ]],
    ['Metric 4 – Percentage of disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients, managers or colleagues, and whether they reported it', ['4'], [
      ['WD4.1', 'Hold listening sessions for disabled staff on harassment and how to report it, and act on what we hear.', 'Equality and Inclusion Lead', D(2020, 2, 29), 'At risk', 'Two of four sessions held.'],
      ['WD4.2', 'Add disability to the Datix incident form so that harassment of disabled staff can be counted.', 'Risk Management Team', D(2020, 3, 31), 'Not started', 'Change request logged.'],
    ]],
    ['Metrics 5, 6 and 7 – Equal opportunities for career progression; pressure to come to work when unwell; feeling valued by the organisation', ['5', '6', '7'], [
      ['WD5.1', 'Introduce a reasonable adjustments passport that moves with the member of staff when they change job or manager.', 'Occupational Health', D(2020, 1, 31), 'On track', 'Passport drafted with the network.'],
      ['WD5.2', 'Train managers in supportive sickness absence conversations, including the Disability Leave option.', 'Learning and Development Team', D(2020, 3, 31), 'At risk', 'Trainer booked for March.'],
    ]],
    ['Metric 8 – Percentage of disabled staff saying their employer has made adequate adjustment(s) to enable them to carry out their work', ['8'], [
      ['WD8.1', 'Set up a central budget for workplace adjustments so that managers do not have to fund them from their own budget.', 'Finance and Workforce', D(2020, 3, 31), 'Not started', 'Business case at the April Executive meeting.'],
    ]],
    ['Metric 9 – Staff engagement score for disabled staff compared to non-disabled staff, and whether the organisation facilitates the voices of disabled staff', ['9'], [
      ['WD9.1', 'Give the Disability and Wellbeing Network an executive sponsor and one hour a month of protected time for members.', 'Director of Workforce and OD', D(2019, 10, 31), 'Complete', 'Sponsor appointed in October.'],
    ]],
    ['Metric 10 – Percentage difference between the organisation\'s Board voting membership and its overall workforce, by disability', ['10'], [
      ['WD10.1', 'Invite Board members to share their disability status confidentially and include it in the annual report.', 'Company Secretary', D(2020, 3, 31), 'On track', 'Letter sent to Board members.'],
    ]],
  ];
  for (const [head, inds, rows] of sections) {
    p.line([head], { merge: ['A', 'F'], border: true, style: { bold: true, fill: 'FFE2EFDA' }, height: 28 });
    for (const [ref, action, lead, due, st, ev] of rows)
      p.action([ref, action, lead, due, st, ev], { ref, indicators: inds, theme: head, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: ev }, { styles: [{}, {}, {}, { numFmt: F }, { fill: S[st][0] }] });
  }
  p.blank();
  p.line(['Approved by the Workforce Committee on 17 September 2019 and published on the Trust website.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first WDES plan of a DISTRICT GENERAL HOSPITAL trust serving FORMER COALFIELD communities: merged lines for the trust, the title ('… our first action plan, 2019/20'), an intro paragraph and an italic status key line, then a dark-green header with white text 'Ref | Action | Lead | Timescale | Status | Evidence' (row 5). There is NO metric column: eight pale-green merged SECTION ROWS give each metric in its official wording ('Metric 1 – Percentage of staff in AfC pay bands …', 'Metrics 5, 6 and 7 – Equal opportunities for career progression; pressure to come to work when unwell; feeling valued by the organisation'); gold theme = the section text and indicators = the metric(s) it names (pre-2021 set: whole 4 and 9). Refs 'WD1.1'…'WD10.1' carry the metric number. Leads are mostly TEAMS ('Workforce Information Team', 'HR Business Partners'). Timescales are real dates shown 'mmm yyyy'. Status words on PALE fills: Complete pale blue, On track pale green, At risk pale yellow, Not started pale red. Approval line below. Judgement calls: section rows are themes and give the indicators; the metric number inside the ref is not read separately (it agrees with the section); pale fills carry their colour (pale blue = blue, pale yellow = amber, pale red = red); Evidence = progress; the intro and key line are not actions.", { ragCol: 'E', mode: 'fill' });
}
