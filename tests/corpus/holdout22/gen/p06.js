// holdout22-wdes-2020-21-tavington: ORDINARY Covid-year WDES plan of a SPECIALIST PSYCHOLOGICAL THERAPIES AND GENDER IDENTITY
// trust, Calibri 11 – two title lines and a 'reset' note; lilac header 'WDES metric | Why this matters (2020 data) | Action |
// Accountable | Responsible | Start | Due | Progress | BRAG' (lead = Responsible, due = Due, not Start); 'WDES N', 'WDES 4 & 9'
// (pre-2021 set); dd/mm/yy; B/G/A/R letters filled; key line below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tavington Centre NHS Foundation Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout22-wdes-2020-21-tavington', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust, widths: [12, 32, 52, 22, 28, 10, 10, 38, 7], font });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['WDES action plan 2020/21'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['COVID-19: this plan was reset in September 2020; start and due dates below are the reset dates.'], { merge: ['A', 'I'], style: { italic: true, color: C.darkred } });
  p.blank();
  p.header(['WDES metric', 'Why this matters (2020 data)', 'Action', 'Accountable', 'Responsible', 'Start', 'Due', 'Progress', 'BRAG'], { style: { fill: C.lilac } });
  const L = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'dd/mm/yy';
  const data = [
    ['WDES 1', ['1'], '4.6% of staff have a disability recorded on ESR; 24% say so in the staff survey.', 'Run a confidential declaration campaign explaining why we ask, with stories from the Disability Staff Network.', 'Director of People', 'Workforce Intelligence Manager', D(2020, 10, 1), D(2020, 12, 18), 'Declaration rose to 6.9%.', 'B'],
    ['WDES 2', ['2'], 'Non-disabled shortlisted applicants are 1.38 times as likely to be appointed.', 'Offer all shortlisted applicants the chance to ask for adjustments for remote (video) interviews.', 'Director of People', 'Recruitment Lead', D(2020, 9, 14), D(2020, 11, 30), 'Question added to every invitation.', 'B'],
    ['WDES 2', ['2'], '', 'Audit a sample of recruitment panels for the guaranteed interview scheme.', 'Director of People', 'Recruitment Lead', D(2021, 1, 4), D(2021, 3, 31), 'Sample of 40 campaigns chosen.', 'G'],
    ['WDES 3', ['3'], 'Numbers are small (three cases in two years).', 'Ask Occupational Health for advice before any formal capability stage for a disabled member of staff.', 'Director of People', 'Head of Employee Relations', D(2020, 10, 1), D(2020, 12, 31), 'Policy change awaiting JNCC.', 'A'],
    ['WDES 4 & 9', ['4', '9'], 'Disabled staff report more bullying from colleagues; the network asked to be consulted on policy.', 'Make the Disability Staff Network a consultee on every workforce policy review.', 'Chief Executive', 'Equality and Inclusion Lead', D(2020, 9, 1), D(2020, 10, 31), 'Agreed at the Executive Team.', 'B'],
    ['WDES 4', ['4'], '', 'Include disability in the dignity at work training for clinical teams delivering remote therapy sessions.', 'Medical Director', 'Head of Clinical Training', D(2020, 11, 2), D(2021, 2, 26), 'Module being recorded.', 'G'],
    ['WDES 5', ['5'], 'Disabled staff are less likely to believe we offer equal opportunities for career progression.', 'Reserve places for disabled staff on the supervisor and team leader courses.', 'Director of People', 'Head of Learning and Development', D(2021, 1, 11), D(2021, 3, 31), 'Not yet started – course paused.', 'R'],
    ['WDES 6', ['6'], '36% of disabled staff felt pressure to come to work when unwell.', 'Publish guidance for working from home when unwell, agreed with staff side, so that remote work is not used as presenteeism.', 'Director of People', 'HR Business Partner', D(2020, 10, 1), D(2021, 1, 29), 'Draft agreed with staff side.', 'G'],
    ['WDES 7', ['7'], '', 'Recognise disabled colleagues\' contributions in the Trust\'s annual awards and the monthly newsletter.', 'Director of Communications', 'Internal Communications Manager', D(2020, 12, 1), D(2021, 3, 31), 'Awards category added.', 'G'],
    ['WDES 8', ['8'], 'Only 68% of disabled staff say adequate adjustments have been made.', 'Provide home-working equipment (chairs, screens, software) assessed by Occupational Health for staff working remotely.', 'Director of Finance', 'Head of Facilities', D(2020, 9, 14), D(2021, 3, 31), 'Backlog of 23 assessments.', 'A'],
    ['WDES 10', ['10'], 'No Board member has shared a disability.', 'Offer Board members a confidential way to declare a disability and report the result in the annual report.', 'Chair', 'Company Secretary', D(2021, 2, 1), D(2021, 3, 31), 'Not yet started.', 'R'],
  ];
  for (const [m, inds, why, action, acc, resp, start, due, prog, l] of data) {
    p.action([m, why, action, acc, resp, start, due, prog, l], { indicators: inds, action, lead: resp, due: shown(due, F), status: l, rag: L[l][1], progress: prog }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, { numFmt: F }, {}, { fill: L[l][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(L[l][2] ? { color: L[l][2] } : {}) }] });
  }
  p.blank();
  p.line(['BRAG: B = complete; G = on track; A = at risk of missing the due date; R = off track or not started.'], { merge: ['A', 'I'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY Covid-year WDES plan of a SPECIALIST PSYCHOLOGICAL THERAPIES AND GENDER IDENTITY trust, Calibri 11: merged lines for the trust (purple), 'WDES action plan 2020/21' and a dark-red italic COVID-19 note ('this plan was reset in September 2020; start and due dates below are the reset dates'), a blank row, then a lilac header 'WDES metric | Why this matters (2020 data) | Action | Accountable | Responsible | Start | Due | Progress | BRAG' (row 5). Metrics 'WDES N' from the pre-2021 set ('WDES 4 & 9' = ['4','9'], whole 4 and 9). 'Why this matters' holds the data finding, empty on some rows. 'Accountable' is an executive, 'Responsible' the manager delivering the action. Start and Due are real dates shown dd/mm/yy. BRAG letters filled B blue / G green / A amber / R red. A key line sits below. Judgement calls: lead = Responsible, not Accountable; due = Due, not Start; 'Why this matters' is context; the status is the letter and its fill the rag; the COVID-19 note and key line are not actions; no ref; theme null.", { ragCol: 'I', mode: 'fill', dueFrom: ['G'], notFrom: ['B', 'D', 'F'] });
}
