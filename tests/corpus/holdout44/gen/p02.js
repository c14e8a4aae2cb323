// holdout44-wdes-2022-23-loxwood: a mental health trust's WDES plan with its Q1–Q3 update columns GROUPED AND COLLAPSED (column outline),
// only the Q4 update showing; status typed from a drop-down and coloured by 'cell value equal to' conditional formats; an Evidence column
// of hyperlinks; autofilter left on; frozen at D5; printed title row.
import { Book, Plan, C, D, shown, cfWords, listDV } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Loxwood Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout44-wdes-2022-23-loxwood', sheet: 'WDES 22-23', standard: 'WDES', period: '2022-23', trust, widths: [7, 9, 54, 26, 11, 34, 34, 34, 40, 13, 14], font: { name: 'Arial', size: 10 } });
  const ws = p.ws; const F = 'mmm-yy';
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2022-23`], { merge: ['A', 'K'], style: { bold: true, font: { size: 13, color: { argb: C.navy } } } });
  p.line(['Q1 to Q3 updates are grouped – click + above column I to show them. Evidence links open the EDI team\'s SharePoint folder for the action.'], { merge: ['A', 'K'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  const hr = p.header(['Ref', 'Metric', 'Action', 'Responsible lead', 'Target date', 'Q1 update (Jul 22)', 'Q2 update (Oct 22)', 'Q3 update (Jan 23)', 'Q4 update (Apr 23)', 'Status', 'Evidence'], { style: { fill: C.lilac } });
  const url = (n) => `https://loxwoodpartnership.sharepoint.com/sites/EDI/WDES/2022-23/Action%20${n}`;
  const acts = [
    ['1', '1', 'Run a "count me in" campaign so that staff update their disability status on ESR, with a target of under 20% unknown.', 'Head of Workforce Information', D(2022, 12, 31), 'Campaign planned for Disability History Month.', 'Launched 16 Nov with the Disabled Staff Network.', 'Unknown down from 31% to 24%.', 'Unknown at 19.6% at 31 March – target met.', 'Complete', true],
    ['2', '2', 'Guarantee an interview to disabled applicants who meet the essential criteria, and audit the scheme twice a year.', 'Head of Resourcing', D(2022, 9, 30), 'Scheme rewritten with the Network.', 'First audit: 9 vacancies missed the guarantee.', 'Second audit due in February.', 'Second audit shows 3 misses; reminder sent to all recruiting managers.', 'On track', true],
    ['3', '3', 'Review every capability case that involves a disabled member of staff before a formal hearing is arranged.', 'Head of Employee Relations', D(2022, 10, 31), 'Review panel agreed.', 'Panel in place since September.', 'Seven cases reviewed.', 'Fourteen cases reviewed; two moved to reasonable adjustments instead.', 'Complete', false],
    ['4', '4a, 4b', 'Launch a disability harassment reporting route in Datix and publish the themes quarterly.', 'Head of Health and Safety', D(2022, 12, 31), 'Datix category requested.', 'Category delayed by the Datix upgrade.', 'Upgrade now expected in May.', 'Still waiting for the Datix upgrade; interim web form in use.', 'Delayed', false],
    ['5', '5', 'Add disability to the criteria for the Aspire talent programme and reserve places for disabled applicants.', 'Head of Leadership and OD', D(2023, 3, 31), '', 'Criteria agreed by Workforce Committee.', 'Reserved places advertised.', 'Four disabled colleagues joined the April cohort.', 'Complete', true],
    ['6', '6', 'Offer managers a short module on presenteeism and how to agree adjustments that let staff stay well at work.', 'Occupational Health Manager', D(2023, 1, 31), '', '', 'Module drafted with the Network.', 'Pilot with community teams booked for May.', 'Delayed', false],
    ['7', '7', 'Hold "You said, we did" listening events with disabled staff in each care group after the staff survey results.', 'Disabled Staff Network Chair', D(2023, 3, 31), '', '', 'Dates set for March.', 'Three of four events held; Learning Disability care group in May.', 'On track', false],
    ['8', '8', 'Replace the reasonable adjustments form with a Health Passport that moves with the person between teams.', 'Head of Wellbeing', D(2022, 11, 30), 'Health Passport template agreed.', 'Passport live on the intranet.', '62 passports in use.', '104 passports in use; added to induction.', 'Complete', true],
    ['9', '9a, 9b', 'Fund the Disabled Staff Network chair for one day a week and give the Network a seat on the People and Culture Committee.', 'Chief People Officer', D(2022, 7, 31), 'Agreed by the Executive Team.', '', '', 'Chair protected time in place since August.', 'Complete', false],
    ['10', '1 / 10', 'Ask the Board to take part in a disability awareness session and record a Board member\'s disability status where they consent.', 'Director of Corporate Affairs', D(2023, 2, 28), '', '', '', 'Board session cancelled twice; not now planned – Board development plan for 2023-24 to pick this up.', 'Withdrawn', false],
    ['11', '4b', 'Make sure all managers know how to record a colleague\'s report of harassment from patients in the Datix incident system.', 'Head of Health and Safety', D(2023, 3, 31), '', '', '', 'Not started – will follow the Datix upgrade.', 'Not started', false],
  ];
  const first = hr + 1;
  for (const [ref, m, a, lead, due, q1, q2, q3, q4, st, ev] of acts) {
    p.action([ref, m, a, lead, due, q1, q2, q3, q4, st, ev ? { text: 'Evidence folder', hyperlink: url(ref) } : ''], { ref, indicators: m.split(/, | \/ /), action: a, lead, due: shown(due, F), status: st, rag: { Complete: 'blue', 'On track': 'green', Delayed: 'amber' }[st] ?? null, progress: q4 },
      { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }, {}, {}, {}, {}, {}, ev ? { font: { underline: true, color: { argb: 'FF0563C1' } } } : {}] });
  }
  const last = p.r;
  cfWords(ws, `J${first}:J${last}`, [['Complete', C.lightblue], ['On track', C.goodG], ['Delayed', C.neutralA], ['Withdrawn', C.grey]], 'cellIs');
  listDV(ws, `J${first}:J${last}`, '"Complete,On track,Delayed,Not started,Withdrawn"');
  p.blank();
  p.line(['Status is chosen from the drop-down and coloured automatically: Complete blue, On track green, Delayed amber, Withdrawn grey; Not started is left white.'], { merge: ['A', 'K'], style: { italic: true, font: { size: 9 } } });
  p.line(['Approved by the People and Culture Committee on 14 June 2022; Q4 position reported on 20 April 2023.'], { merge: ['A', 'K'], style: { italic: true, font: { size: 9 } } });
  for (const c of ['F', 'G', 'H']) { ws.getColumn(c).outlineLevel = 1; ws.getColumn(c).hidden = true; }
  ws.properties.outlineProperties = { summaryBelow: true, summaryRight: true };
  ws.autoFilter = `A${hr}:K${last}`;
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: hr, topLeftCell: `D${hr + 1}` }];
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hr}:${hr}` };
  // as Excel writes a collapsed column group: hidden F:H at outline level 1, collapsed="1" on column I, outlineLevelCol on the sheet
  book.patches = { 'xl/worksheets/sheet1.xml': (x) => x.replace(/ collapsed="1"/g, '').replace(/outlineLevelCol="0"/, 'outlineLevelCol="1"').replace(/<col min="9" max="9"/, '<col min="9" max="9" collapsed="1"') };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust, 2021 metric set). Title, an italic line saying the Q1–Q3 updates are grouped, then header row 4 (frozen at D5 with the first three columns, printed on every page, autofilter left on with no criteria) 'Ref | Metric | Action | Responsible lead | Target date | Q1 update (Jul 22) | Q2 update (Oct 22) | Q3 update (Jan 23) | Q4 update (Apr 23) | Status | Evidence'. Columns F:H (the Q1–Q3 updates) are in a COLUMN OUTLINE GROUP that is COLLAPSED (hidden), so the sheet shows Target date, then the Q4 update. Status is typed from a list drop-down and has no fill of its own; 'cell value equal to' conditional formats colour it (Complete light blue, On track light green, Delayed light yellow, Withdrawn grey; Not started none). Evidence holds 'Evidence folder' hyperlinks (SharePoint) on four rows. Two italic lines below the table (colour key and approval) are not actions. Judgement calls: progress = the Q4 update, the latest update and the one that shows (the collapsed Q1–Q3 columns are older updates, not separate fields); status = the word; rag = the conditional format's colour (Complete → blue, On track → green, Delayed → amber, Withdrawn grey → null, Not started → null); the withdrawn action is still an action of the plan with status 'Withdrawn'; due = Target date as shown (mmm-yy); the Evidence link text and address are not progress; indicators from the Metric column ('4a, 4b' → ['4a','4b'], '9a, 9b', '1 / 10' → ['1','10']); theme null.",
    { mode: 'cf', ragCol: 'J', dv: { col: 'J' }, links: { col: 'K' }, colGroup: { cols: ['F', 'G', 'H'] }, notFrom: ['F', 'G', 'H'] });
}
