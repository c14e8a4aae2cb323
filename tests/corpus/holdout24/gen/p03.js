// holdout24-wres-2017-18-coldwell: follows a published 'WRES Action Plan 2017/18' (businessdocbox copy of an NHS trust's plan):
// per WRES indicator a heading and the reporting-period data, then a small table 'What do we plan to do? | How? Implementation
// Initiatives? | Lead | Timescale | Success Measure' – one aim, several initiatives – as a PDF converted to Excel (header repeated per block).
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Coldwell and Marsh Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout24-wres-2017-18-coldwell', sheet: 'Table 1', standard: 'WRES', period: '2017-18', trust, widths: [24, 60, 26, 18, 40] });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['WRES Action Plan 2017/18'], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  const blocks = [
    ['WRES 1 – BME staff in each pay band', ['1'], 'Reporting period 2016/17: BME 39.8%, White 56.1% of the workforce. BME staff remain under-represented from Band 8a upwards, as last year.', 'Encourage accountability', [
      ['Ask each profession to explain its interview outcomes and to look at what would change its pattern of appointments and promotions.', 'Director of Workforce', 'Quarterly', 'BME staff at Band 8a+ rise from 23% to 25% in year 1 (target 30%)'],
      ['Write to every BME member of staff at Band 8a and above about the development offers open to them.', 'Head of Leadership Development', 'By June 2017', 'Letters sent to all; take-up recorded'],
      ['Target BME staff at Band 5 and above for places on the internal leadership academy courses.', 'Head of Leadership Development', 'Ongoing', 'BME share of academy places at least equal to BME share of the workforce'],
    ]],
    ['WRES 2 – Appointment from shortlisting', ['2'], 'Reporting period 2016/17: White shortlisted applicants were 2.4 times as likely as BME shortlisted applicants to be appointed.', 'Support BME staff seeking promotion', [
      ['Produce a monthly workforce report on shortlisting and appointment by ethnicity for each division.', 'Workforce Information Manager', 'Monthly from May 2017', 'Report in every divisional performance pack'],
      ['Offer interview skills workshops to BME staff applying for Band 7 and 8a posts.', 'Head of Leadership Development', 'September 2017', 'Relative likelihood falls below 1.8'],
    ]],
    ['WRES 5 and 6 – Harassment, bullying or abuse', ['5', '6'], 'Staff survey 2016: 31% of BME staff reported harassment from patients or the public and 29% from colleagues (White staff 26% and 23%).', 'Make it safe to speak up', [
      ['Train BME Freedom to Speak Up champions in every division.', 'Freedom to Speak Up Guardian', 'December 2017', 'A champion in each division'],
      ['Add ethnicity to the incident form for abuse of staff by patients and report the figures to the Health and Safety Committee.', 'Head of Health and Safety', 'October 2017', 'Quarterly figures by ethnicity'],
    ]],
    ['WRES 7 – Equal opportunities for progression', ['7'], 'Staff survey 2016: 74% of BME staff believe the Trust provides equal opportunities for progression (White staff 88%).', 'Open up career conversations', [
      ['Make a career conversation part of every appraisal for BME staff and record it on the appraisal form.', 'Head of HR Operations', 'April 2018', 'Gap in the survey answer halves by 2019'],
      ['Start a reciprocal mentoring scheme pairing executives with BME staff.', 'Chief Executive', 'January 2018', 'Ten pairs in the first year'],
    ]],
  ];
  const hdr = ['What do we plan to do?', 'How? Implementation Initiatives?', 'Lead', 'Timescale', 'Success Measure'];
  for (const [head, inds, data, aim, items] of blocks) {
    p.blank();
    (p.secs ||= []).push(p.line([head], { merge: ['A', 'E'], style: { bold: true, fill: C.nhs, color: C.white }, border: true }));
    p.line([data], { merge: ['A', 'E'], height: 28 });
    p.header(hdr, { style: { fill: C.paleblue } });
    const first = p.r + 1;
    items.forEach(([how, lead, due, sm], i) => {
      p.action([i === 0 ? aim : undefined, how, lead, due, sm], { ref: '', indicators: inds, theme: head, action: how, lead, due, outcome: sm }, { styles: [{ bold: true }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust) following a real published 'WRES Action Plan 2017/18' laid out per WRES indicator, as a PDF converted to Excel (sheet 'Table 1'): two title lines, then for each of four indicators a blank row, an NHS-blue merged HEADING ROW ('WRES 1 – BME staff in each pay band', 'WRES 5 and 6 – Harassment, bullying or abuse' …), a merged line with the REPORTING-PERIOD DATA, and a REPEATED HEADER 'What do we plan to do? | How? Implementation Initiatives? | Lead | Timescale | Success Measure' (four header rows). Under each header, the AIM ('Encourage accountability', 'Make it safe to speak up' …) sits bold in column A MERGED DOWN over two or three rows, and each row carries one initiative with its own lead, timescale and success measure. Judgement calls: the actions are the initiatives in 'How? Implementation Initiatives?' (B), one per row; the aim in 'What do we plan to do?' is a goal, not an action, and it is merged down beside its initiatives, so it is not a heading row either – no gold field comes from it and it is not the theme; theme = the WRES heading row above (the indicator's short name), indicators from that heading ('WRES 5 and 6' = ['5','6']); the data lines are context; lead and timescale as written ('Quarterly', 'By June 2017', 'Monthly from May 2017'); outcome = Success Measure; no ref, no status, rag null.", { sections: p.secs, sameHeaders: true, notFrom: ['A'] });
}
