// holdout45-wdes-2024-25-ashdown: a specialist neurosciences FT's WDES plan grouped BY ORIGIN – 'A. Carried forward from 2023-24',
// 'B. New actions for 2024-25', 'C. Added during the year' – with last year's refs kept on the carried-forward rows, MOVED DUES typed
// with an arrow in the Due cell ('30/09/24 → 31/03/25'), plain uncoloured status words and one 'Update (Nov 24)' column.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashdown Neurosciences NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout45-wdes-2024-25-ashdown', sheet: 'WDES 2024-25', standard: 'WDES', period: '2024-25', trust, widths: [11, 10, 50, 26, 20, 13, 46], font: { name: 'Segoe UI', size: 9 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14, color: { argb: 'FF7030A0' } } } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2024-25'], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.line(['Last reviewed: People and Culture Committee, 21 November 2024.  Moved dates are shown as old → new.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Metric(s)', 'Action', 'Lead', 'Due', 'Status', 'Update (Nov 24)'], { style: { fill: 'FF7030A0', color: C.white } });
  const band = (t) => p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: C.lilac }, border: true });
  const f = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCFullYear()).slice(2)}`;
  const act = (ref, ind, a, lead, due, st, up) => {
    const isDate = due instanceof Date; const shownDue = isDate ? f(due) : due.split('→').pop().trim();
    return p.action([ref, ind, a, lead, due, st, up], { ref, indicators: ind.split(', '), action: a, lead, due: shownDue, status: st, progress: up }, { styles: [{ bold: true }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, isDate ? { numFmt: 'dd/mm/yy' } : {}, {}, {}] });
  };
  const bands = [];
  bands.push(band('A. Carried forward from 2023-24'));
  const cf = [
    act('C/F 23-4', '4a, 4b', "Take the 'Speak Up, Stand Up' civility workshops to the neurosurgical theatres and critical care teams.", 'Head of Organisational Development', '30/09/24 → 31/03/25', 'In progress', 'Critical care done; theatre sessions rebooked after the rota change.'),
    act('C/F 23-7', '5', 'Build agreed adjustments into the e-rostering rules so that protected working patterns cannot be rostered over.', 'Head of Workforce Systems', D(2024, 6, 30), 'Complete', 'Rules live on all wards since June; 28 staff with protected patterns.'),
    act('C/F 23-9', '1', "Cut the share of staff whose disability status is 'not declared' on ESR.", 'Workforce Information Lead', D(2025, 3, 31), 'In progress', "'Not declared' now 18%, down from 24%."),
  ];
  bands.push(band('B. New actions for 2024-25'));
  act('W24-1', '2', 'Make every job advert and application pack available in easy read and in a screen-reader friendly format.', 'Recruitment Manager', D(2024, 12, 31), 'In progress', 'Templates redesigned; being tested with the Neurodiversity Network.');
  act('W24-2', '3', 'Open every capability and sickness absence meeting with a reasonable adjustments checklist.', 'Head of Employee Relations', '31/10/24 → 31/01/25', 'Behind plan', 'Checklist drafted; staff-side asked for changes.');
  act('W24-3', '7, 8', 'Give every manager a short guide to reasonable adjustments and a named contact in Occupational Health.', 'Head of Occupational Health', D(2024, 11, 30), 'Complete', 'Guide issued on 4 November.');
  act('W24-4', '9b', 'Agree a budget and protected time for the chair and deputy chair of the DAWN disability network.', 'Chief People Officer', D(2024, 7, 31), 'Complete', 'Two days a month agreed for each.');
  act('W24-5', '10', 'Invite a DAWN network member to sit on the People and Culture Committee as a standing attendee.', 'Company Secretary', '30/09/24 → 31/01/25', 'Not started', 'Terms of reference change goes to the Board in January.');
  bands.push(band('C. Added during the year'));
  const added = [
    act('W24-6', '4a', 'Set up a debrief for staff who are harassed by patients with cognitive impairment, and a confidential way to report it.', 'Head of Health and Safety', D(2025, 3, 31), 'Not started', 'Added after the DAWN listening event on 10/09/24.'),
    act('W24-7', '6', 'Review the attendance policy trigger points for staff with a declared long-term condition.', 'HR Policy Lead', D(2025, 2, 28), 'In progress', 'Added after the DAWN listening event on 10/09/24. Options paper to the JCNC in December.'),
  ];
  p.blank();
  p.line(['Status: Not started / In progress / Behind plan / Complete. Contact: EDI team.'], { merge: ['A', 'G'], style: { font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist neurosciences foundation trust): title, plan name, a 'Last reviewed … 21 November 2024. Moved dates are shown as old → new.' line, ONE purple header row (row 5) 'Ref | Metric(s) | Action | Lead | Due | Status | Update (Nov 24)', then the actions GROUPED BY ORIGIN under three lilac bands: 'A. Carried forward from 2023-24' (three rows keeping last year's refs 'C/F 23-4', 'C/F 23-7', 'C/F 23-9'), 'B. New actions for 2024-25' (W24-1 … W24-5) and 'C. Added during the year' (W24-6, W24-7, each update starting 'Added after the DAWN listening event on 10/09/24.'). Due is a date (dd/mm/yy) or, where it moved, TEXT 'old → new' ('30/09/24 → 31/03/25', '31/10/24 → 31/01/25', '30/09/24 → 31/01/25'). Status words are plain, no colour; a status list line at the foot. Judgement calls: all three groups are this year's plan – carried-forward and added rows are actions (10 in all); the bands say where an action came from, they are NOT themes (theme null throughout); ref as written ('C/F 23-4', 'W24-6'); due = the CURRENT date, the one after the arrow ('31/03/25'), the date before the arrow is the superseded one; status as written, rag null (no colour anywhere); progress = Update (Nov 24), including the 'Added after …' sentence where it is the update; metrics from Metric(s) split on ', ' ('4a, 4b', '7, 8'; '9b' and '10' as written); the review date and the listening-event date are not dues.", { bands: [bands[0]], arrowCol: 'E', flagged: [...cf, ...added] });
}
