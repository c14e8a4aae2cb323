// holdout79-wres-2020-21-hethersall: mental health trust, Covid-year plan written as numbered paragraphs under one indicator heading
// each, with short Owner / When cells beside the action paragraphs only; findings, a done paragraph, an assurance paragraph and a
// heading whose only paragraph says no action is planned.
import { Book, Plan, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hethersall Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout79-wres-2020-21-hethersall', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [6, 90, 24, 10], font: { name: 'Arial', size: 10 } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.line([trust], { merge: ['A', 'D'], style: { bold: true, font: { size: 13 }, color: 'FF7030A0' } });
  p.line(['WRES action plan 2020/21 – agreed by the Workforce Committee on 3 November 2020 (replaces the plan paused in March 2020)'], { merge: ['A', 'D'], style: { italic: true } });
  p.blank();
  p.header(['Para', 'Paragraph', 'Owner', 'When'], { style: { fill: 'FFE4DFEC' } });
  const secs = []; let theme = null, inds = [];
  const H = (t, i, list = true) => { const r = p.line([t], { merge: ['A', 'D'], style: { bold: true, fill: 'FFF2F2F2' } }); if (list) { secs.push(r); theme = t; inds = i; } return r; };
  const data = [];
  const P = (no, t, h) => { const r = p.write([no, t, '', ''], { height: h }); p.nonActionRows.push(r); data.push(r); return r; };
  const A = (no, t, owner, when, g = {}) => p.action([no, t, owner, when], { ref: no, action: t, theme, indicators: inds, lead: owner, due: typeof when === 'string' ? when : shown(when, 'mmm-yy'), ...g }, { styles: [{}, {}, {}, { numFmt: 'mmm-yy', alignment: { horizontal: 'center' } }] });
  H('1. Context', [], false);
  P('1.1', 'The plan due for approval in March 2020 was paused at the start of the pandemic. This version reflects what BME staff told us during the first wave, including about risk assessments and redeployment.', 28);
  P('1.2', 'Every BME member of staff was offered a Covid-19 risk assessment between May and July 2020, and 96% were completed.');
  H('2. Indicator 1 – workforce by band', ['1']);
  P('2.1', 'BME staff are 14% of the workforce but 5% of staff at Band 8a and above.');
  A('2.2', 'Publish each directorate\'s band profile by ethnicity to its management team every quarter.', 'Workforce Intelligence Lead', D(2020, 12, 31));
  H('3. Indicator 2 – shortlisting to appointment', ['2']);
  P('3.1', 'White shortlisted applicants were 1.56 times more likely to be appointed than BME shortlisted applicants (2019: 1.61).');
  A('3.2', 'The panel training planned for April 2020 was paused in the first wave; it will restart online, with places for 60 recruiting managers.', 'L&D Manager', D(2021, 1, 31));
  A('3.3', 'Introduce a cultural ambassador, drawn from the BME Network, on every interview panel for Band 7 and above.', 'Head of Recruitment', D(2021, 3, 31));
  H('4. Indicator 3 – formal disciplinary process', ['3']);
  P('4.1', 'BME staff were 1.87 times more likely than White staff to enter the formal disciplinary process.');
  A('4.2', 'Apply the Just Culture decision tree before any formal investigation is opened, with a second senior reviewer for every case involving a BME member of staff.', 'Deputy Director of People', D(2020, 12, 31));
  P('4.3', 'The Workforce Committee will see the disciplinary figures by ethnicity each quarter.');
  H('5. Indicator 4 – non-mandatory training', [], false);
  P('5.1', 'BME and White staff access non-mandatory training and CPD at much the same rate (relative likelihood 1.02). No action is planned this year.');
  H('6. Indicators 5 to 8 – staff survey', ['5', '6', '7', '8']);
  P('6.1', 'In the 2019 survey 33% of BME staff reported harassment or abuse from patients or the public, and 17% said they had been discriminated against by a manager or colleague.');
  A('6.2', 'Issue a zero-tolerance statement on racist abuse from patients and visitors, with a debrief for the member of staff after every incident (indicator 5).', 'Director of Nursing', D(2020, 11, 30), { indicators: ['5'] });
  A('6.3', 'Run reverse mentoring that pairs BME staff with every executive director and the Chair (indicators 7 and 8).', 'Chief Executive', 'Q4', { indicators: ['7', '8'] });
  A('6.4', 'Give the BME Network chair two days a month of protected time and a standing seat at the Workforce Committee (indicator 7).', 'Director of People', D(2020, 10, 31), { indicators: ['7'] });
  H('7. Indicator 9 – Board', ['9']);
  P('7.1', 'The Board has no BME voting member.');
  A('7.2', 'Ask the Council of Governors to agree a search that reaches BME candidates for the next non-executive director vacancy.', 'Trust Secretary', D(2021, 6, 30));
  H('8. Assurance', [], false);
  P('8.1', 'This plan will be reviewed by the Workforce Committee in February 2021, and the Board will receive a summary with the 2021 WRES return.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health FT, Covid year). Sheet 'WRES 2020-21': trust, an italic line saying the plan was agreed by the Workforce Committee on 3 November 2020 and replaces the plan paused in March 2020, a blank row, then the header 'Para | Paragraph | Owner | When' (row 4, frozen). Below it numbered paragraphs under grey heading rows merged A:D ('1. Context', '2. Indicator 1 – workforce by band', … '8. Assurance'); Owner and When are filled ONLY beside action paragraphs. Judgement calls: an action is a paragraph that still has something to do AND an owner beside it (2.2, 3.2, 3.3, 4.2, 6.2, 6.3, 6.4, 7.2); 1.1 is context, 1.2 says what WAS done (risk assessments completed), 2.1, 3.1, 4.1, 6.1, 7.1 are findings, 4.3 and 8.1 are assurance statements (the Workforce Committee sees figures / reviews the plan) – none is an action, and their committee and dates give no field; heading 5 (indicator 4) has only a finding that says no action is planned. 3.2 starts with what was paused but its point is the restart – an action. Action = the paragraph cell; ref = Para; lead = Owner as written ('L&D Manager'); due = When as displayed (real dates in mmm-yy, 'Dec-20'; 6.3 typed 'Q4'); theme = the heading row above ('6. Indicators 5 to 8 – staff survey'); indicators = the indicator(s) the paragraph names in brackets, else those of its heading (2.2 → 1, 3.x → 2, 4.2 → 3, 7.2 → 9). No status or RAG.", { sections: secs, dataRows: data, forbidden: ['Workforce Committee', 'February 2021', '3 November 2020', 'March 2020'] });
}
