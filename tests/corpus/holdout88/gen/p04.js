// holdout88-wdes-2021-22-ashgrave: a community trust's WDES plan published as a PDF and converted back: each action is a Wingdings
// bullet ('' – the glyph lands in its OWN narrow column B) followed by lines of text; lines with no bullet carry the action, lead and
// progress on; the metric label wraps down column A onto the next actions' rows; running head, repeated header, footer per page.
import { Book, Plan } from './lib.js';
import { lines, act } from './pdf.js';
const BUL = '\uF0B7';
export async function build() {
  const book = new Book();
  const trust = 'Ashgrave Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout88-wdes-2021-22-ashgrave', sheet: 'Table 1', standard: 'WDES', period: '2021-22', trust, widths: [22, 3, 46, 22, 12, 34], font: { name: 'Calibri', size: 9 } });
  const furn = [];
  const run = () => furn.push(p.line([`${trust}`, '', '', '', '', 'WDES Action Plan 2021-22'], { style: { font: { size: 8, color: { argb: 'FF7F7F7F' } } } }));
  const head = () => p.header(['WDES Metric', '', 'Actions', 'Lead', 'Timescale', 'Progress (December 2021)'], { border: false, style: { bold: true, color: 'FFFFFFFF', fill: 'FF005EB8' } });
  const foot = (n) => furn.push(p.line(['', '', '', '', '', `${n} | Page`], { style: { font: { size: 8 } } }));
  run();
  p.line(['Workforce Disability Equality Standard – Action Plan 2021-22'], { style: { bold: true, font: { size: 12 }, alignment: { wrapText: false } } });
  p.line(['Agreed by the Equality, Diversity and Inclusion Steering Group, 8 September 2021'], { style: { italic: true, alignment: { wrapText: false } } });
  head();
  const F = { action: 'C', lead: 'D', progress: 'F' };
  const A = (metric, acts, lead, due, prog, inds) => act(p, lines({ A: metric, B: BUL, C: acts, D: lead, E: due, F: prog }, 6), { indicators: inds, due }, F);
  // metric 1 label: 'Metric 1 – Percentage of' / 'staff in AfC pay bands' / 'compared with the overall' / 'workforce'
  A(['Metric 1 – Percentage of', 'staff in AfC pay bands'], ['Run a “Count me in” declaration', 'campaign through the staff bulletin and', 'team briefs, with the Disability Network.'], 'Head of Workforce', 'Oct 2021', ['Campaign ran in October; ESR', 'declaration up from 3.2% to 4.0%.'], ['1']);
  A(['compared with the overall', 'workforce'], ['Add the declaration rate by service to', 'the quarterly workforce report.'], ['Workforce Information', 'Manager'], 'Dec 2021', ['In the Q3 report.'], ['1']);
  A(['Metric 2 – Relative', 'likelihood of appointment', 'from shortlisting'], ['Train recruiting managers in making', 'adjustments at interview, and ask every', 'candidate before the interview.'], 'Recruitment Lead', 'Jan 2022', ['Question added to the invitation', 'letter; training booked for January.'], ['2']);
  A(['Metric 3 – Formal', 'capability'], ['Seek Occupational Health advice before', 'any formal capability stage for a', 'disabled member of staff.'], 'HR Business Partners', 'Nov 2021', ['Added to the capability procedure.'], ['3']);
  A(['Metrics 4a and 4b –', 'Harassment, bullying or'], ['Give lone workers in district nursing and', 'podiatry a simple way to report abuse from', 'patients and relatives while on visits.'], ['Head of Health &', 'Safety'], 'Mar 2022', ['Lone worker app being procured.'], ['4a', '4b']);
  foot(1); run(); head();
  A(['abuse'], ['Include disability in the civility and', 'respect training for team leaders.'], ['Organisational', 'Development Lead'], 'Feb 2022', ['Module drafted with the Network.'], ['4a', '4b']);
  A(['Metric 5 – Career', 'progression'], ['Reserve places for disabled staff on the', '“Stepping Up” leadership programme.'], 'Head of Learning', 'Sept 2021', ['Four places taken in the autumn', 'cohort.'], ['5']);
  A(['Metric 6 – Presenteeism'], ['Change the managing attendance policy', 'so that disability-related absence is', 'recorded separately.'], 'HR Policy Lead', 'Mar 2022', ['Out for consultation.'], ['6']);
  A(['Metrics 7 and 8 – Valued', 'and adjustments'], ['Introduce a Reasonable Adjustments', 'Passport that moves with the member of', 'staff between teams.'], 'Disability Network Chair', 'Jan 2022', ['Passport launched 6 December.'], ['7', '8']);
  A(['Metric 9a – Engagement;', '9b – Disabled staff voice'], ['Give the Disability Network chair two', 'days a month of protected time and a', 'seat on the People Committee.'], 'Director of People', 'Oct 2021', ['Agreed by the Executive Team.'], ['9a', '9b']);
  A(['Metric 10 – Board'], ['Ask Board members to complete the', 'confidential equality monitoring form.'], 'Company Secretary', 'Apr 2022', [''], ['10']);
  p.blank();
  foot(2);
  p.ws.views = [{ state: 'normal', showGridLines: false }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional community health trust), as a published PDF CONVERTED BACK TO EXCEL (sheet 'Table 1', Calibri 9, no borders, gridlines off): a grey running head (trust name … 'WDES Action Plan 2021-22') at the top of each page, the title, an 'Agreed by … 8 September 2021' line, then the white-on-blue header 'WDES Metric | | Actions | Lead | Timescale | Progress (December 2021)' (rows ${p.headerRows.join(', ')} – REPEATED on page 2). In the PDF each action was a Wingdings bullet: the converter put the bullet glyph ('', U+F0B7) in its OWN NARROW COLUMN B and laid the text LINE BY LINE, so a row with a bullet STARTS an action and the rows below without a bullet carry its text, lead ('Workforce Information' / 'Manager', 'Head of Health &' / 'Safety', 'Organisational' / 'Development Lead') and progress on. The METRIC LABEL in column A also wraps line by line and runs on to the NEXT action's row ('compared with the overall' / 'workforce' beside the second metric 1 action; 'abuse' beside the first action on page 2, which is still metrics 4a and 4b). A footer '1 | Page' / '2 | Page' ends each page. Judgement calls: one action per bullet; action, lead and progress = the pieces joined with a space (the bullet glyph is no part of the text); due = Timescale as typed ('Sept 2021'); indicators = the metric label the action sits under ('Metrics 4a and 4b' → both, also for the page-2 action beside 'abuse'; 'Metrics 7 and 8' → both; 'Metric 9a – Engagement; 9b – …' → ['9a','9b']); metric 10's progress is empty (''). No status column: status '' and rag null; no ref. Continuation rows, running heads, footers and the 'Agreed by' line are not actions; that date is no due. Theme null.`, { furniture: furn, forbidden: ['8 September 2021'] });
}
