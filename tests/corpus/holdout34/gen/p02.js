// holdout34-wres-2024-25-fenmarch: a MONDAY.COM board exported to Excel – board name and description on top, each GROUP as a
// title row followed by its own repeated column header, Monday's default status labels (Done / Working on it / Stuck) with no
// colour, a Timeline column written 'start - end', several people in one Person cell, Item ID and 'Last updated' system columns.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout34-wres-2024-25-fenmarch', sheet: 'WRES Action Plan 2024-25', standard: 'WRES', period: '2024-25', trust: 'NHS Fenmarch Integrated Care Board', widths: [58, 24, 15, 25, 20, 52, 13, 30], font: { name: 'Calibri', size: 11 } });
  const HDR = ['Name', 'Person', 'Status', 'Timeline', 'Indicator', 'Update', 'Item ID', 'Last updated'];
  p.line(['WRES Action Plan 2024-25'], { style: { font: { size: 16, bold: true } } });
  p.line(['Actions agreed by the People Committee for staff employed by NHS Fenmarch Integrated Care Board. Owner: People & OD team.']);
  p.blank();
  let theme = null; let id = 1689240513;
  const group = (name) => { if (p.r > 3) p.blank(); theme = name; p.line([name], { style: { bold: true, font: { color: { argb: 'FF579BFC' } } } }); p.header(HDR, { border: false }); };
  const item = (name, who, status, timeline, ind, upd, last, inds) => {
    id += 7 + name.length;
    const due = timeline ? timeline.split(' - ')[1] : '';
    p.action([name, who, status, timeline, ind, upd, id, last], { ref: String(id), theme, indicators: inds, action: name, lead: who || '', due, status: status || '', progress: upd || '' }, { border: false });
  };
  group('Recruitment and progression');
  item('Require every Band 8a+ interview panel to include a member from a Black, Asian or minority ethnic background who has completed panel training', 'Grace Mensah', 'Working on it', '2024-05-01 - 2024-12-20', 'Indicator 2', 'Panel pool of 22 trained; 71% of panels compliant in Q2.', 'Sam Okafor Oct 9, 2024', ['2']);
  item('Offer a place on the ICS "Stepping Up" programme to every applicant from the Band 6–7 cohort who applied and was not shortlisted last year', 'Grace Mensah, Tom Ashby', 'Done', '2024-04-08 - 2024-07-31', 'Indicator 1, Indicator 2', '9 places taken up in the June cohort.', 'Tom Ashby Aug 2, 2024', ['1', '2']);
  item('Set a trajectory for ethnic minority representation at Band 8c and above in line with the Model Employer goal and report it twice a year', 'Imran Qadir', 'Stuck', '2024-06-03 - 2025-03-31', 'Indicator 1', 'Waiting for the ICB restructure to finish before numbers are fixed.', 'Imran Qadir Jan 14, 2025', ['1']);
  group('Fair treatment at work');
  item('Review every formal grievance and disciplinary case opened in the last two years for ethnicity and share the themes with the Race Equality Network', 'Helen Voss', 'Done', '2024-04-15 - 2024-09-30', 'Indicator 3', 'Review found 3 cases; two themes taken into manager training.', 'Helen Voss Oct 1, 2024', ['3']);
  item('Add a civility and respect session to the ICB corporate induction, co-delivered by network members', 'Race Equality Network', 'Working on it', '2024-09-02 - 2025-01-31', 'Indicator 6, Indicator 8', 'Session designed; first delivery in November induction.', 'Sam Okafor Nov 20, 2024', ['6', '8']);
  item('Publish the breakdown of access to funded CPD and apprenticeships by ethnicity in the annual people report', 'Workforce Intelligence', '', '2025-01-06 - 2025-03-28', 'Indicator 4', '', 'Sam Okafor Dec 3, 2024', ['4']);
  group('Leadership and accountability');
  item('Include a race equality objective in every Executive Director\'s appraisal for 2024/25', 'Chief People Officer', 'Done', '2024-04-01 - 2024-06-28', 'Indicator 9', 'All eight objectives signed off by the Chief Executive.', 'Tom Ashby Jul 1, 2024', ['9']);
  item('Hold a reverse mentoring pairing between each Board member and a member of the Race Equality Network', 'Imran Qadir, Grace Mensah', 'Working on it', '2024-07-01 - 2025-03-31', 'Indicator 7, Indicator 9', 'Six of nine pairings have met at least twice.', 'Grace Mensah Feb 11, 2025', ['7', '9']);
  item('Agree how the ICB will take part in the system-wide anti-racism statement with partner trusts', '', '', '', 'Indicator 5, Indicator 6', '', 'Sam Okafor Feb 27, 2025', ['5', '6']);
  p.saveGold('monday.com board exported to Excel (an ICB). Row 1 is the board name (\'WRES Action Plan 2024-25\', which gives the period), row 2 the board description naming the ICB, then three GROUPS, each a coloured group-name row followed by its OWN copy of the column header \'Name | Person | Status | Timeline | Indicator | Update | Item ID | Last updated\' and its items, with a blank row between groups. Quirks of the route: Monday\'s default status labels (\'Done\', \'Working on it\', \'Stuck\') arrive as plain words with no colour, two items have no status; the Timeline column holds one text \'yyyy-mm-dd - yyyy-mm-dd\'; a Person cell can hold two people separated by \', \', and one is a team or network; Item ID is a long system number; \'Last updated\' joins a person\'s name and a date (the last editor, not the lead). Judgement calls: theme = the group name; ref = Item ID (the only identifier); lead = Person as written (both names when two); due = the END of the Timeline as written (\'2024-12-20\'), never the start; the last item has no timeline (due \'\') and no person (lead \'\'); status = the label as written, \'\' when blank; rag null throughout (no colour and no colour word on the sheet); progress = Update; indicators from the Indicator column.', { exact: { ref: 'G', lead: 'B', status: 'C', progress: 'F', action: 'A' }, notFrom: ['H'], dueEnd: 'D' });
  await book.save('holdout34-wres-2024-25-fenmarch.xlsx');
}
