// holdout88-wres-2022-23-wendlebury: a mental health and community trust's WRES plan converted from its published PDF: the header
// wrapped over two rows ('Time-' / 'scale'), the status words in coloured font, the objective given once per indicator – and on some
// rows the converter MISJUDGED THE LEAD / TIMESCALE BOUNDARY, putting the date at the end of the Lead cell and leaving Timescale empty.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wendlebury Health and Care Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout88-wres-2022-23-wendlebury', sheet: 'Sheet1', standard: 'WRES', period: '2022-23', trust, widths: [11, 30, 50, 30, 11, 12], font: { name: 'Calibri', size: 10 } });
  const furn = [];
  const head = () => { p.header(['Indicator', 'Objective', 'Actions', 'Lead', 'Time-', 'Status'], { border: false, style: { fill: 'FF4F2683', color: 'FFFFFFFF' } }); p.header(['', '', '', '', 'scale', ''], { border: false, style: { fill: 'FF4F2683', color: 'FFFFFFFF' } }); };
  p.line([`${trust}`], { style: { bold: true, font: { size: 12 }, alignment: { wrapText: false } } });
  p.line(['Workforce Race Equality Standard 2022 – our actions for 2022/23'], { style: { bold: true, alignment: { wrapText: false } } });
  p.line(['Status at 31 January 2023. Status key: Achieved, On track, Some delay, Not started.'], { style: { italic: true, alignment: { wrapText: false } } });
  head();
  const col = { Achieved: C.blue, 'On track': C.green, 'Some delay': C.orange, 'Not started': C.red };
  const rag = { Achieved: 'blue', 'On track': 'green', 'Some delay': 'amber', 'Not started': 'red' };
  // [indicator cell, objective cell, action, lead, timescale, status, inds, shifted?] – shifted: the converter wrote 'lead timescale' into D and left E empty
  const merged = [];
  const A = (ind, obj, a, lead, ts, s, inds, shifted) => { const r = p.action([ind, obj, a, shifted ? `${lead} ${ts}` : lead, shifted ? '' : ts, s], { indicators: inds, action: a, lead, due: ts, status: s, rag: rag[s] }, { border: false, styles: [{}, { italic: true }, {}, {}, {}, { color: col[s], bold: true }] }); if (shifted) merged.push(r); };
  A('1', 'Our workforce at every level reflects the communities we serve.', 'Agree a target for BME representation at Band 7 and above for each care group, and report progress to the People Committee twice a year.', 'Director of People & OD', 'Sep 2022', 'Achieved', ['1']);
  A('', '', 'Refresh the “Moving Up” development programme for BME staff at Bands 3–6 in community teams.', 'Head of Leadership Development', 'Q3 2022/23', 'On track', ['1'], true);
  A('2', 'Fair recruitment at every stage.', 'Make an inclusion adviser part of every Band 8a+ interview panel.', 'Head of Talent Acquisition', 'Q2 2022/23', 'Achieved', ['2']);
  A('', '', 'Remove names, ages and place of training from application forms at shortlisting for medical and nursing posts.', 'Medical Staffing Manager / Head of Talent Acquisition', 'Mar 2023', 'Some delay', ['2'], true);
  A('3', 'No one is treated more harshly because of their race.', 'Use a “pause and reflect” checklist, signed off by a Deputy Director, before a formal investigation is opened.', 'Head of Employee Relations', 'Jul 2022', 'Achieved', ['3']);
  A('4', 'Equal access to learning.', 'Publish approvals of study leave and funded courses by ethnicity each quarter.', 'Head of Education', 'Quarterly from Q2', 'On track', ['4'], true);
  p.blank();
  furn.push(p.line(['', '', '', '', '', 'Page 1 of 2'], { style: { font: { size: 8 } } }));
  head();
  A('5 & 6', 'Staff are safe from racism at work.', 'Introduce a post-incident support call within 72 hours for staff who report racist abuse from service users.', 'Associate Director of Nursing', 'Dec 2022', 'Some delay', ['5', '6']);
  A('', '', 'Train ward and team managers to act when staff report racism from colleagues, using the “Speak up, step in” model.', 'Head of Organisational Development', 'Feb 2023', 'Not started', ['5', '6'], true);
  A('7', 'Everyone believes they can progress.', 'Offer reciprocal mentoring to every member of the Executive Team with a member of the Race Equality Network.', 'Chief Executive', 'Jan 2023', 'On track', ['7']);
  A('8', 'Managers who lead inclusively.', 'Build the “Inclusive Leader” standard into the annual appraisal for all Band 7+ managers.', 'Deputy Director of People', 'Apr 2023', 'Not started', ['8']);
  A('9', 'A Board that reflects our communities.', 'Use targeted search with community and faith networks for the next non-executive vacancy.', 'Trust Secretary', '2023/24', 'On track', ['9'], true);
  p.blank();
  const ap = p.line(['Approved at the People Committee on 22 June 2022. The 2023 WRES data will be published in October 2023.'], { style: { italic: true, alignment: { wrapText: false } } });
  furn.push(p.line(['', '', '', '', '', 'Page 2 of 2'], { style: { font: { size: 8 } } }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional mental health and community FT), its published WRES plan CONVERTED FROM THE PDF (sheet 'Sheet1', Calibri 10, no borders): trust name, title, an italic 'Status at 31 January 2023. Status key: …' line, then a purple header WRAPPED OVER TWO ROWS – 'Indicator | Objective | Actions | Lead | Time- | Status' and 'scale' alone under 'Time-' (header rows ${p.headerRows.join(', ')}; both repeated after the 'Page 1 of 2' footer); the indicator number and an italic objective only on the first action of each indicator (blank beneath, not merged); status words in coloured FONT (Achieved blue, On track green, Some delay orange, Not started red). ON FIVE ROWS THE CONVERTER MISJUDGED THE LEAD / TIMESCALE BOUNDARY: the timescale sits at the END OF THE LEAD CELL ('Head of Leadership Development Q3 2022/23', 'Medical Staffing Manager / Head of Talent Acquisition Mar 2023', 'Head of Education Quarterly from Q2', 'Head of Organisational Development Feb 2023', 'Trust Secretary 2023/24') and the Time-scale cell is EMPTY. Judgement calls: lead = the person or post only, due = the timescale read off the end of the Lead cell on those rows (as on the others: 'Q3 2022/23', 'Quarterly from Q2', '2023/24'); a lead naming two posts kept whole; action = Actions; status = the word, rag from its font colour (orange → amber, blue = achieved); indicators from the indicator cell, the blank beneath meaning the one above ('5 & 6' → both, for both its actions); the objective is context, no field and no theme (one per indicator, not a section row). The status date, the approval date and the publication month are no dues. No ref; theme null.`, { mode: 'font', ragCol: 6, notFrom: ['B'], splitCell: { col: 'D', rows: merged, fields: ['lead', 'due'] }, furniture: furn, forbidden: ['31 January 2023', '22 June 2022', 'October 2023'] });
}
