// holdout41-wdes-2020-21-wenlow: a community trust's first-but-one WDES plan as its E&D officer keeps it during the Covid year. The header
// is row 1 (no title at all); the trust is named only in a small grey footer line at the bottom. Metric numbers are typed on the FIRST
// row of each metric only (blank below = same as above, not merged); dates are real dates in two formats or typed words ('Jan',
// 'end of Q4', 'Sept'); Progress holds the keeper's dated jottings; a red reminder line and a to-do line sit between / under the rows.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wenlow Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout41-wdes-2020-21-wenlow', sheet: 'WDES', standard: 'WDES', period: '2020-21', trust, widths: [9, 56, 20, 12, 50] });
  p.header(['Metric', 'Action', 'Lead', 'Date', 'Progress'], { style: { fill: C.grey } });
  let last = null;
  const act = (m, a, lead, date, prog = '') => {
    if (m) last = m;
    const isD = Array.isArray(date); const due = isD ? shown(date[0], date[1]) : date;
    p.action([m, a, lead, isD ? date[0] : date, prog], { indicators: [last], action: a, lead, due, progress: prog },
      { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, isD ? { numFmt: date[1], alignment: { horizontal: 'left', vertical: 'top' } } : {}, {}] });
  };
  act('1', "Run a 'why share your disability status' push through ESR self-service and the weekly team brief.", 'Head of Workforce Info', [D(2020, 12, 31), 'dd/mm/yyyy'], '09/10 – draft comms agreed with network. 04/11 – went out in CEO blog, 31 updates so far');
  act('', 'Add disability to the monthly workforce dashboard for each care group.', 'Head of Workforce Info', 'Jan');
  act('2', 'Make the guaranteed interview scheme visible on every advert and check a sample of shortlists each quarter.', 'Recruitment Lead', [D(2020, 11, 30), 'mmm-yy'], 'Advert wording agreed; first sample of 20 posts booked for Dec');
  const red = p.line(['', '** DISABILITY NETWORK MEETING 3 DEC – take Q3 update **'], { style: { bold: true, color: C.red } });
  act('4', 'Promote the Freedom to Speak Up route to disabled staff who experience harassment from colleagues.', 'FTSU Guardian', 'end of Q4', 'paused – FTSU Guardian redeployed to vaccination hub');
  act('', 'Add a question on disability and harassment to the exit interview form.', 'HRBP (Adults)', [D(2021, 3, 31), 'dd/mm/yyyy']);
  act('5', 'Offer adjustments at application stage for the Band 6–7 leadership programme and say so in the invitation.', 'Head of OD', 'Sept');
  act('7', 'Set up a reasonable adjustments passport and train managers to use it.', 'Head of OD / OH', [D(2021, 2, 28), 'mmm-yy'], 'OH happy to co-own. Using the NHS Employers template, adapted');
  act('', 'Publish a short guide for managers on making adjustments for staff working from home.', 'E&D', 'Dec', 'done – on intranet 27/11');
  act('9', "Ask the disability network to co-write the trust's response to the staff survey results.", 'E&D', 'Mar 21');
  p.blank();
  const todo = p.line(['', 'To do (me): chase Corporate Affairs for the Board figures for metric 10 before this goes to Workforce Committee'], { style: { italic: true } });
  p.blank();
  const foot = p.line([`${trust} – WDES action plan 2020/21 – EDI working copy`], { style: { font: { size: 8 }, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Invented layout: a community trust's WDES plan as its E&D officer keeps it in the Covid year, Arial 10 on sheet 'WDES'. NO TITLE: the grey header 'Metric | Action | Lead | Date | Progress' is row 1 and the trust and period are named only in a small grey FOOTER line (row ${foot}) under the table. Nine actions. The Metric column is typed on the FIRST action of each metric only – the rows under it are blank there (not merged), meaning 'same metric'. A bold red reminder line ('** DISABILITY NETWORK MEETING 3 DEC – take Q3 update **', row ${red}) sits between two metrics, and an italic 'To do (me): …' line (row ${todo}) under the table names metric 10. Judgement calls: a blank Metric cell carries the metric above (rows 3, 7 and 10 → 1, 4 and 7), as the keeper meant; indicators use the 2020 metric set (whole 4 and 9); the reminder, the to-do line and the footer are non-action rows – the to-do is the keeper's own chore, not a plan action, and its 'metric 10' gives no action an indicator; lead as written (job titles and teams, 'Head of OD / OH' whole, 'E&D'); due as shown – real dates as '31/12/2020', 'Nov-20', 'Feb-21', '31/03/2021', typed words 'Jan', 'end of Q4', 'Sept', 'Dec', 'Mar 21' kept; progress = the Progress cell as written (including 'paused – …' and 'done – on intranet 27/11', which are progress notes, not a status column); no status column, so status '' and rag null throughout; no theme or ref.`,
    { dataRows: [red, todo, foot], indCol: { col: 'A', ditto: true } });
}
