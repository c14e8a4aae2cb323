// holdout10-wdes-2019-20-oakmarsh: ordinary first WDES plan; header with line breaks on row 5 after title, intro and an
// owner line; 'Metric N' + short title; leads joined with '&'; loose timescales; no status column; notes under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wdes-2019-20-oakmarsh', sheet: 'WDES', standard: 'WDES', period: '2019-20', trust: 'Oakmarsh Community Healthcare NHS Trust', widths: [6, 26, 58, 30, 18, 44] });
  p.line(['Oakmarsh Community Healthcare NHS Trust – Workforce Disability Equality Standard'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Action Plan 2019/20'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['This is our first WDES action plan. It was written with the Disability and Wellbeing Network after the August 2019 data submission and will be reviewed by the Equality and Inclusion Group every quarter.'], { merge: ['A', 'F'], height: 30 });
  p.line(['Plan owner: Deputy Director of People'], { merge: ['A', 'F'], style: { italic: true } });
  p.header(['No.', 'WDES\nmetric', 'What we will do', 'Who will lead\n(and support)', 'When by', 'Progress\n(March 2020)'], { style: { fill: C.grey }, height: 28 });
  const act = (no, metric, inds, action, lead, due, prog) => p.action([no, metric, action, lead, due, prog], { ref: no, indicators: inds, action, lead, due, progress: prog });
  act('1', 'Metric 1 – Workforce profile', ['1'], 'Run a "Why declare?" campaign so that fewer staff have an unknown disability status on ESR.', 'Workforce Information Manager & Disability and Wellbeing Network', 'End Sept 2019', 'Unknown status down from 31% to 24%.');
  act('2', 'Metric 1 – Workforce profile', ['1'], 'Add the disability question to the new starter checklist and the annual appraisal form.', 'Head of HR Operations', 'Oct 2019 onwards', 'Added to checklist; appraisal form from April 2020.');
  act('3', 'Metric 2 – Shortlisting', ['2'], 'Re-accredit as a Disability Confident Employer and check that the guaranteed interview scheme is applied on every vacancy.', 'Recruitment Lead', 'Within 6 months', 'Level 2 renewed in January 2020.');
  act('4', 'Metric 3 – Capability', ['3'], 'Separate ill-health cases from performance cases in the capability data and review both by disability.', 'Employee Relations Manager', 'By Dec 19', 'Data split; no difference found in ill-health cases.');
  act('5', 'Metric 4 – Harassment, bullying or abuse', ['4'], 'Include disability in the bullying and harassment training for managers and in the Freedom to Speak Up reports.', 'Head of OD & Freedom to Speak Up Guardian', 'Q3 2019/20', 'Training updated; FTSU reports now show disability.');
  act('6', 'Metric 5 – Career progression', ['5'], 'Offer coaching to Disabled staff who apply for a promotion and are not appointed.', 'Head of OD', 'From Jan 2020', 'Four staff coached so far.');
  act('7', 'Metric 6 – Presenteeism', ['6'], 'Introduce a Health and Wellbeing passport that follows the member of staff when they change manager.', 'Disability and Wellbeing Network Chair & Occupational Health Manager', 'Annually (March)', 'Passport launched on 3 December 2019.');
  act('8', 'Metric 7 – Feeling valued', ['7'], 'Hold two listening events a year with the network and publish "You said, we did".', 'Chief Executive', 'Six-monthly', 'First event held in November.');
  act('9', 'Metric 8 – Reasonable adjustments', ['8'], 'Set up a central budget and a five-day turnaround for workplace adjustments.', 'Deputy Director of People', 'April 2020', 'Business case approved; fund opens 1 April.');
  act('10', 'Metrics 9 & 10 – Staff voice and Board', ['9', '10'], 'Appoint an Executive and a Non-Executive disability champion and report the Board\'s declaration rate each year.', 'Trust Chair', 'TBC', '');
  p.blank();
  p.line(['Notes'], { style: { bold: true } });
  p.line(['1. Metric 4 covers harassment from patients, managers and colleagues, and whether it was reported.'], { merge: ['A', 'F'] });
  p.line(['2. Progress will be reported to the Board with the 2020 WDES data.'], { merge: ['A', 'F'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary first WDES plan on a sheet named only 'WDES'. Two merged title rows, a merged intro paragraph, a 'Plan owner:' line, then one header on row 5 whose cells contain LINE BREAKS: 'No. | WDES\\nmetric | What we will do | Who will lead\\n(and support) | When by | Progress\\n(March 2020)'. Ten actions, one per row, numbered 1–10 (gold ref). Metric cells are 'Metric N – short title' ('Metrics 9 & 10 – …' → ['9','10']); not sections, theme null. Several leads are two people or groups joined by '&' (gold lead = the whole cell, e.g. 'Head of OD & Freedom to Speak Up Guardian'). Timescales are loose text: 'End Sept 2019', 'Oct 2019 onwards', 'Within 6 months', 'By Dec 19', 'Q3 2019/20', 'From Jan 2020', 'Annually (March)', 'Six-monthly', 'April 2020', 'TBC' (gold due = the text). There is NO status column – only a progress narrative – so status is '' and rag null; the last action has no progress. After a blank row, a 'Notes' heading and two numbered note lines (non-action rows; they start with '1.' and '2.' but are notes, not actions).");
}
