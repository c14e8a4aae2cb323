// holdout56-wdes-2024-25-fenbridge: follows the 'Date | Event' reporting timeline on NHS England's WDES page
// (https://www.england.nhs.uk/about/equality/equality-hub/wdes/: 'April 2023 Organisations review their datasets …', the 1–31 May
// collection, publication of the board-ratified annual report by 31 October). The trust keeps its WDES year as a month-by-month
// calendar, the national dates among its own steps in grey italics.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fenbridge Community Health Services NHS Trust';
  const p = new Plan(book, { name: 'holdout56-wdes-2024-25-fenbridge', sheet: 'WDES calendar 2024-25', standard: 'WDES', period: '2024-25', trust, widths: [18, 64, 30, 16, 10] });
  const W = ['A', 'E'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['Workforce Disability Equality Standard – our 2024/25 cycle'], { merge: W, style: { bold: true } });
  p.line(['Rows in grey italics are national dates set by NHS England; they are shown so that our own steps line up with them.'], { merge: W, style: { italic: true } });
  p.blank();
  p.header(['Month', 'What happens', 'Who', 'Link', 'Done?'], { style: { fill: C.teal, color: C.white } });
  const nat = (m, t) => p.line([m, t, 'NHS England', '', ''], { border: true, style: { italic: true, color: 'FF808080', fill: C.palegrey } });
  const act = (m, t, who, link, done, inds) => p.action([m, t, who, link, done], { indicators: inds, action: t, lead: who, due: m, status: done, dueSource: 'column' });
  act('April 2024', 'Check the ESR disability fields and the recruitment system extract for gaps before the data are pulled.', 'Workforce Information Manager', 'Metric 1, 2', 'Yes', ['1', '2']);
  nat('May 2024', 'Trusts submit their WDES metrics through the data collection framework (1–31 May).');
  act('May 2024', 'Submit our WDES data return and keep a copy of the validated figures for the report.', 'Workforce Information Manager', '', 'Yes', []);
  act('June 2024', 'Share the draft figures with the Disability and Neurodiversity Network at a lunch-and-learn on what they mean.', 'EDI Lead', 'HIA 2', 'Yes', []);
  act('July 2024', 'Agree three priority metrics for 2024/25 with the network (we propose 4a, 6 and 8).', 'EDI Lead with network co-chairs', 'Metric 4a, 6, 8', 'Yes', ['4a', '6', '8']);
  act('August 2024', 'Draft the annual report and action plan and take it to the Workforce and OD Group.', 'Head of OD', '', 'Yes', []);
  act('September 2024', 'People Committee reviews the annual report and recommends it to the Board.', 'Director of People', '', '', []);
  act('October 2024', 'Trust Board ratifies the WDES annual report and action plan.', 'Trust Board', 'HIA 1', '', []);
  nat('31 October 2024', 'Deadline for trusts to publish their board-ratified WDES annual report on their website.');
  act('November 2024', 'Publish the report on our website in accessible formats (Word and easy read).', 'Communications Manager', '', '', []);
  act('December 2024', 'Mark Disability History Month with manager briefings on the reasonable adjustments passport.', 'Head of OD', 'Metric 8', '', ['8']);
  act('January 2025', 'Mid-year check: passports issued and days taken to put adjustments in place.', 'EDI Lead', 'Metric 8', '', ['8']);
  nat('Spring 2025', 'NHS England publishes the national WDES data analysis report.');
  act('March 2025', 'Report progress on the three priority metrics to People Committee.', 'Director of People', 'HIA 1', '', []);
  p.blank();
  p.line(['Key to "Done?": Yes = completed; blank = not yet due.'], { merge: W, style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health services trust) laid out like the 'Date | Event' timeline on NHS England's WDES page: the trust keeps its WDES year as a month-by-month calendar on one sheet 'WDES calendar 2024-25' – trust name, title, a line saying that grey italic rows are national dates set by NHS England, a blank row, the teal header on row 5 'Month | What happens | Who | Link | Done?', fifteen month rows and a key to 'Done?'. Three rows are grey italic NATIONAL DATES with 'NHS England' in Who (the May collection window, the 31 October publication deadline, the national report in spring). Judgement calls: the national rows are not actions of the trust – they are shown for timing only (non-action rows), although they sit in the same table with a month and a 'Who'; every other row is one of the trust's steps and an action, including the People Committee and Board steps (lead = the Who cell as written, 'Director of People' and 'Trust Board'); due = the Month cell as written ('April 2024'); status = 'Yes' where 'Done?' says so, '' where blank, rag null (no colour); indicators from the Link column where it names metrics ('Metric 1, 2' → ['1', '2'], 'Metric 4a, 6, 8' → ['4a', '6', '8']) – 'HIA 1' / 'HIA 2' give none; theme null; ref ''.", { ind: 'D', notFrom: [], forbidden: ['NHS England'] });
}
