// holdout51-wdes-2021-22-otterbeck: an ordinary mental health trust WDES grid. Quirks: a BLANK COLUMN left where a field was deleted
// (its header cell empty but still filled in the header colour, nothing under it) and two FOOTNOTES under the table, one tied to an
// asterisk in the metric column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Otterbeck Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout51-wdes-2021-22-otterbeck', sheet: 'Action plan', standard: 'WDES', period: '2021-22', trust, widths: [9, 16, 56, 11, 26, 14, 44] });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES Action Plan 2021-22 (approved by the People and Culture Committee, September 2021)'], { merge: ['A', 'G'], style: { italic: true } });
  const hs = { fill: C.teal, color: C.white };
  p.header(['Ref', 'WDES Metric', 'Action', '', 'Responsible officer', 'By when', 'Progress update'], { style: hs });
  const acts = [
    ['W21-01', 'Metric 1', ['1'], 'Run a "count me in" campaign so that colleagues who have never declared a disability on ESR are asked in person by their manager.', 'Head of Workforce Intelligence', 'Oct 2021', 'Campaign ran in October; declaration up from 3.9% to 5.6%.'],
    ['W21-02', 'Metric 2', ['2'], 'Guarantee an interview to disabled applicants who meet the essential criteria, and check each month that it happens.', 'Recruitment Manager', 'Dec 2021', ''],
    ['W21-03', 'Metric 3', ['3'], 'Confirm that the capability policy excludes disability-related sickness from formal stages and brief all managers on the change.', 'Head of Employee Relations', 'Jan 2022', 'Policy change agreed at JNCC in November.'],
    ['W21-04', 'Metric 4a', ['4a'], 'Add a disability-hate option to the incident reporting form for abuse from service users.', 'Head of Patient Safety', 'Nov 2021', 'Live on the incident system from 15 November.'],
    ['W21-05', 'Metric 4b', ['4b'], 'Offer restorative conversations, led by trained facilitators, when a disabled colleague raises bullying by a colleague.', 'Head of Organisational Development', 'Mar 2022', ''],
    ['W21-06', 'Metrics 5 & 7', ['5', '7'], 'Set aside places on the Stepping Up leadership course for disabled staff and follow up each participant at six months.', 'Head of Leadership and Talent', 'Feb 2022', ''],
    ['W21-07', 'Metric 8', ['8'], 'Move the reasonable adjustments budget to a central fund so that no team pays for adjustments from its own budget.', 'Deputy Director of Finance', 'Apr 2022', 'Business case at Finance Committee in March.'],
    ['W21-08', 'Metric 9b*', ['9b'], 'Give the Disability and Wellbeing Network chair protected time of one day a month and a seat on the People and Culture Committee.', 'Chief People Officer', 'Sep 2021', 'In place since September.'],
  ];
  for (const [ref, m, inds, a, lead, due, upd] of acts) p.action([ref, m, a, '', lead, due, upd], { ref, indicators: inds, action: a, lead, due, progress: upd });
  p.blank();
  p.line(['* Metric 9b asks whether the Trust has taken action to facilitate the voices of disabled staff; it is answered Yes or No by the Trust, not by the Staff Survey.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  p.line(['Refs carry on from the 2020-21 plan: actions completed last year have been removed.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and learning disability trust): an ordinary single grid. Trust name (row 1) and plan title with its approval line (row 2); one teal header 'Ref | WDES Metric | Action | (blank) | Responsible officer | By when | Progress update' (row 3) whose FOURTH CELL IS EMPTY – a field deleted from the template whose column was left in place (still filled in the header colour, nothing under it); eight actions (rows 4–11) with refs 'W21-01'…'W21-08', metrics written 'Metric 4a', 'Metrics 5 & 7', 'Metric 9b*'; month-year text dues; a progress update on some rows; a blank row and TWO FOOTNOTES (rows 13–14): the asterisk note on metric 9b and a note that refs carry on from last year. Judgement calls: the empty column is nothing – no field comes from it and it does not shift the columns after it (Responsible officer is still the lead); indicators from the metric cell with the 2021 split metrics ('Metric 4a' → ['4a'], 'Metrics 5 & 7' → ['5','7'], 'Metric 9b*' → ['9b'], the asterisk only points to the footnote); the footnotes are not actions and give no field; lead = Responsible officer and due = By when as written; progress = the update where filled; no status column (status '', rag null); theme null.", { refCol: { col: 'A' }, blankCol: { col: 'D', headerRow: 3 } });
}
