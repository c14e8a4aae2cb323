// holdout88-wres-2017-18-fellbury: an ambulance trust's WRES plan and November update, exported from its PDF board paper with a converter
// that judged the column boundaries page by page: on page 2 it opened an EMPTY COLUMN B and pushed the whole table (and the repeated
// header) one column right. Cells keep the PDF's line breaks inside them; the board paper's running head and footer sit in the grid.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fellbury and Wolds Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout88-wres-2017-18-fellbury', sheet: 'Page 1-2', standard: 'WRES', period: '2017-18', trust, widths: [7, 14, 40, 24, 13, 36, 16], font: { name: 'Calibri', size: 10 } });
  const furn = [];
  const running = () => furn.push(p.line(['Trust Board (Part 1) – 30 November 2017', '', '', '', '', 'Agenda item 11 – Appendix B'], { style: { font: { size: 8, color: { argb: 'FF595959' } } } }));
  running();
  const t1 = p.line([`${trust} – WRES Action Plan 2017/18: update at November 2017`], { style: { bold: true, alignment: { wrapText: false } } });
  p.blank();
  const H = ['Ref', 'Indicator', 'Action', 'Lead', 'Deadline', 'Update – November 2017', 'Status'];
  p.header(H, { border: false, style: { fill: 'FFDCE6F1' } });
  const acts1 = [
    ['W1', '1', 'Break down the workforce profile by\noperational area (A&E, PTS, EOC and\nNHS 111) and by pay band.', 'Head of Workforce\nPlanning', 'Aug 2017', 'Profile completed and shared with\nArea Directors in September.', 'Complete'],
    ['W2', '1', 'Agree with each Area Director a local\nplan to improve BME representation in\nfrontline paramedic roles.', 'Area Directors', 'Dec 2017', 'Plans agreed in two of four areas.', 'In progress'],
    ['W3', '2', 'Attend community and careers events in\nthe two cities where the Trust recruits\nmost student paramedics.', 'Recruitment & Resourcing\nManager', 'Ongoing', 'Six events attended since July;\napplications from BME candidates up\nfrom 7% to 10%.', 'In progress'],
    ['W4', '2', 'Offer practice assessments for the\ndriving and fitness tests to applicants\nwho are invited to the assessment day.', 'Recruitment & Resourcing\nManager', 'Oct 2017', 'Practice sessions run in September\nand October.', 'Complete'],
    ['W5', '3', 'Review every disciplinary case involving\na BME member of staff at the monthly\ncase review panel before a hearing.', 'Deputy Director of HR', 'Sep 2017', 'Panel in place; 11 cases reviewed.', 'Complete'],
  ];
  const acts2 = [
    ['W6', '4', 'Publish the criteria for places on the\nclinical team leader development\nprogramme and monitor by ethnicity.', 'Head of Education &\nDevelopment', 'Jan 2018', 'Criteria drafted; to Education\nGroup in December.', 'In progress'],
    ['W7', '5', 'Give crews a clear route to report racist\nabuse from patients and the public, and\nfeed back on the action taken.', 'Head of Risk & Security', 'Mar 2018', 'Not started – waiting for the new\nincident reporting system.', 'Not yet started'],
    ['W8', '6, 8', 'Launch a “Respect on Station” campaign\nwith the BME staff forum and the\nunions.', 'Director of Operations', 'Feb 2018', 'Campaign materials with the forum\nfor comment.', 'In progress'],
    ['W9', '7', 'Offer BME staff a mentor from the senior\nmanagement team through the new\nmentoring scheme.', 'Organisational\nDevelopment Lead', 'Mar 2018', '14 BME staff matched to mentors.', 'In progress'],
    ['W10', '9', 'Include a statement welcoming BME\napplicants in the next non-executive\ndirector advert.', 'Company Secretary', 'When vacancy\narises', 'No vacancy this year.', 'Not yet started'],
  ];
  const add = (row, at) => { const [ref, ind, a, lead, due, upd, st] = row; p.action(row, { ref, indicators: ind.split(', '), action: a, lead, due, status: st, progress: upd }, { at, border: false }); };
  for (const r of acts1) add(r, 1);
  p.blank();
  furn.push(p.line(['', '', '', '', '', '', 'Page 1 of 2'], { style: { font: { size: 8 } } }));
  running();
  // page 2: the converter opened an empty column B, so everything from the indicator on sits one column to the right
  p.header(['Ref', '', ...H.slice(1)], { border: false, style: { fill: 'FFDCE6F1' } });
  for (const r of acts2) { const [ref, ...rest] = r; const [, ind, a, lead, due, upd, st] = r; p.action([ref, '', ...rest], { ref, indicators: ind.split(', '), action: a, lead, due, status: st, progress: upd }, { border: false }); }
  p.blank();
  const note = p.line(['Status: Complete / In progress / Not yet started. Next update to the Board in May 2018.'], { style: { italic: true, alignment: { wrapText: false } } });
  p.blank();
  furn.push(p.line(['', '', '', '', '', '', 'Page 2 of 2'], { style: { font: { size: 8 } } }));
  p.ws.getColumn(8).width = 16;
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional ambulance trust), the November 2017 update of its WRES plan as an appendix to a public Board paper, CONVERTED FROM THE PDF (sheet 'Page 1-2', Calibri 10, no borders): a running head 'Trust Board (Part 1) – 30 November 2017 … Agenda item 11 – Appendix B' at the top of each page, the title naming the trust, the header 'Ref | Indicator | Action | Lead | Deadline | Update – November 2017 | Status' (row ${p.headerRows[0]}), actions W1–W5, a footer 'Page 1 of 2', the running head again and the header REPEATED (row ${p.headerRows[1]}) – but on PAGE 2 THE CONVERTER OPENED AN EMPTY COLUMN B, so the repeated header and actions W6–W10 sit ONE COLUMN TO THE RIGHT (Indicator in C, Action in D, Lead in E, Deadline in F, Update in G, Status in H) while the Ref stays in A. Cells keep the PDF's line breaks inside them ('Head of Workforce\\nPlanning'). Judgement calls: each field is read under ITS OWN PAGE'S header – on page 2 the Action is column D, the Lead E, the Deadline F and the Status H (column C there holds the indicator, column G the update); action, lead and progress as written (their line breaks kept); due as typed ('Ongoing', 'When vacancy\\narises' kept); status = the Status word (no colour: rag null); progress = the November update; ref = W1…W10; indicators from the indicator column ('6, 8' → both). The running heads, the Board date, the footers and the status line are not actions; the Board and next-update dates are no dues. Theme null.`, { furniture: furn, forbidden: ['30 November 2017', 'May 2018', 'Agenda item 11 – Appendix B'] });
}
