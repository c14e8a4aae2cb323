// holdout26-wres-2016-17-calderbrook: follows an NHS trust's 'Workforce Race Equality Standard Report (UPDATE)' to its Employment
// Strategy and Engagement Committee (http://businessdocbox.com/Human_Resources/104456125-Executive-director-lead-and-presenter-director-of-resources-head-of-human-resources.html):
// a committee cover block – Date, Agenda item, 'This report is for: Decision / Discussion / To Note / History', Title, 'Executive
// Director lead and presenter', 'Report author', 'The following impacts have been identified and assessed within this report:
// Equality X Quality Privacy X', 'Executive summary of key issues', 'This report addresses these strategic priorities:' (five 'We
// will …' lines) – and a draft action plan that shows how each action adds value and links into existing work streams.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Calderbrook Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout26-wres-2016-17-calderbrook', sheet: 'ESEC paper', standard: 'WRES', period: '2016-17', trust, widths: [8, 30, 48, 34, 30, 26, 14] });
  const lab = (l, v, opts = {}) => p.line([null, l, v, null, null, null, null], { styles: [{}, { bold: true, fill: C.palegrey }], merge: ['C', 'G'], border: true, ...opts });
  p.line([null, trust, null, null, null, null, null], { style: { bold: true, color: C.nhs, font: { size: 12 } }, merge: ['B', 'G'] });
  lab('Committee', 'Employment Strategy and Engagement Committee');
  lab('Date', '4th August 2016');
  lab('Agenda item', '7.2');
  p.line([null, 'This report is for:', 'Decision  X', 'Discussion', 'To Note', 'History', null], { border: true, styles: [{}, { bold: true, fill: C.palegrey }] });
  lab('Title', 'Workforce Race Equality Standard Report 2016 and draft action plan');
  lab('Executive Director lead and presenter', 'Director of Workforce and Organisational Development');
  lab('Report author', 'Equality and Diversity Adviser; Workforce Information Manager');
  p.line([null, 'The following impacts have been identified and assessed within this report:', 'Equality  X', 'Quality', 'Privacy  X', null, null], { border: true, styles: [{}, { bold: true, fill: C.palegrey }], height: 30 });
  lab('Executive summary of key issues', 'The 2016 data show parity in appraisal rates and a small improvement in Board representation, but BME staff remain more likely to enter formal disciplinary processes and less likely to report equal access to career progression. We have drafted an action plan (below) and seek the Committee\'s approval. Each action shows the value it adds and the existing work it links into.', { height: 75 });
  p.line([null, 'This report addresses these strategic priorities:', 'We will deliver the best care  X', 'We will support and develop our staff  X', 'We will continually improve what we do', 'We will use our resources wisely', null], { border: true, styles: [{}, { bold: true, fill: C.palegrey }], height: 30 });
  p.blank();
  p.line([null, 'Draft WRES action plan 2016/17', null, null, null, null, null], { style: { bold: true, font: { size: 13 } }, merge: ['B', 'G'] });
  p.header(['Ref', 'Key line of enquiry', 'Action', 'How this adds value', 'Links to existing work', 'Lead', 'By when'], { style: { fill: C.nhs, color: C.white } });
  const rows = [
    ['A1', 'Career progression (WRES indicators 1 and 7)', 'Hold listening events with BME staff at bands 5 to 7 to find out what stops them applying for promotion.', 'Keeps experienced staff and reduces agency spend on senior posts.', 'People Strategy workstream 3: talent management', 'Head of OD', 'October 2016', ['1', '7']],
    ['A2', 'Career progression (WRES indicators 1 and 7)', 'Open the Aspire leadership programme to BME staff at band 5 with ring-fenced places.', 'Builds a pipeline for hard-to-fill band 7 posts.', 'Leadership Academy prospectus 2016/17', 'Head of OD', 'January 2017', ['1', '7']],
    ['A3', 'Disciplinary process (WRES indicator 3)', 'Have a senior HR manager check every decision to start a formal investigation involving a BME member of staff.', 'Fewer unnecessary investigations and suspensions, and lower cost.', 'Employee relations improvement project', 'Head of Employee Relations', 'September 2016', ['3']],
    ['A4', 'Disciplinary process (WRES indicator 3)', 'Report disciplinary cases by ethnicity to this Committee every quarter.', 'Gives the Committee assurance and an early warning.', 'Workforce dashboard', 'Workforce Information Manager', 'Quarterly from Q3', ['3']],
    ['A5', 'Recruitment (WRES indicator 2)', 'Audit shortlisting and appointment outcomes by ethnicity for every band 8a and above post.', 'Widens the field for senior appointments.', 'Recruitment and retention plan', 'Recruitment Manager', 'December 2016', ['2']],
    ['A6', 'Internal culture (WRES indicators 5 and 6)', 'Train line managers in handling concerns about bullying and harassment raised by BME staff.', 'Lower sickness absence and turnover.', 'Health and wellbeing strategy; Freedom to Speak Up', 'Freedom to Speak Up Guardian', 'March 2017', ['5', '6']],
    ['A7', 'Data quality', 'Raise ethnicity recording on ESR to 98% by asking staff to check their own record through self-service.', 'Better data for planning and for the WRES return.', 'ESR self-service roll-out', 'Workforce Information Manager', 'November 2016', []],
  ];
  for (const [ref, k, a, v, l, lead, due, inds] of rows) p.action([ref, k, a, v, l, lead, due], { ref, indicators: inds, action: a, lead, due }, { border: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community partnership trust) following an NHS trust's WRES report to its Employment Strategy and Engagement Committee: a COMMITTEE COVER BLOCK of label / value rows (Committee, Date 4th August 2016, Agenda item 7.2, 'This report is for:' with 'Decision  X' and the unticked options in their own cells, Title, Executive Director lead and presenter, Report author, an impacts row with 'Equality  X' and 'Privacy  X', Executive summary, 'This report addresses these strategic priorities:' with two of four 'We will …' priorities marked X), then 'Draft WRES action plan 2016/17' and the table `Ref | Key line of enquiry | Action | How this adds value | Links to existing work | Lead | By when`. Judgement calls: the cover block is context – the Executive Director lead is not a lead, the meeting date is not a due, the X marks are not statuses, the strategic priorities ('We will deliver the best care') are not actions; ref = the Ref cell (A1…A7); indicators = the WRES numbers named in the key line of enquiry ('(WRES indicators 1 and 7)' → ['1','7']), [] for 'Data quality'; the key line of enquiry is repeated on each row and is not a theme (theme null); 'How this adds value' and 'Links to existing work' are context columns (no gold field from them; 'People Strategy workstream 3' is not an indicator); due = 'By when' as written ('Quarterly from Q3'); no status, rag null.", { notFrom: ['D', 'E'], forbidden: ['Director of Workforce and Organisational Development', '4th August 2016', 'Decision  X', 'Equality  X', 'Privacy  X', 'We will deliver the best care  X', 'We will support and develop our staff  X'] });
}
