// holdout18-wres-2015-16-ribblemere: ORDINARY first-year WRES plan of a SPECIALIST EYE HOSPITAL – trust, title and a
// 'Prepared by' line unmerged in column A; header 'No. | WRES Indicator | What our data shows | Actions | By whom | By when |
// Progress (as at February 2016)'; refs coded by indicator with a letter ('1a', '1b', '5a'); indicator as 'Indicator N –
// short title' on every row, the data finding only on the first row of its group; text timescales incl. '31.03.16' typed as
// text; NO status column; abbreviations and contact lines below.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wres-2015-16-ribblemere', sheet: 'WRES Action Plan', standard: 'WRES', period: '2015-16', trust: 'Ribblemere Eye Hospital NHS Foundation Trust', widths: [6, 30, 34, 56, 30, 18, 42] });
  p.line(['Ribblemere Eye Hospital NHS Foundation Trust'], { style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard (WRES) – Action Plan 2015-16'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Prepared by: HR Department, July 2015. Reviewed by the Workforce and Education Committee.'], { style: { italic: true } });
  p.blank();
  p.header(['No.', 'WRES Indicator', 'What our data shows', 'Actions', 'By whom', 'By when', 'Progress (as at February 2016)'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  const I = {
    1: 'Indicator 1 – BME staff in each AfC band', 2: 'Indicator 2 – appointment from shortlisting', 3: 'Indicator 3 – formal disciplinary process',
    4: 'Indicator 4 – non-mandatory training and CPD', 56: 'Indicators 5 & 6 – harassment, bullying or abuse', 7: 'Indicator 7 – equal opportunities for progression',
    8: 'Indicator 8 – discrimination at work', 9: 'Indicator 9 – Board membership', all: 'All indicators',
  };
  const data = [
    ['1a', 1, ['1'], '18% of staff are BME but only 6% at Band 7 and above; 11% of records "not stated".', 'Publish the workforce profile by ethnicity and band for each directorate every six months.', 'Workforce Information Manager', 'End of September 2015', 'First profile reported to the Committee in October.'],
    ['1b', 1, ['1'], '', 'Run an "update your details" campaign on ESR self-service for all staff.', 'Workforce Information Manager', '31.03.16', 'Campaign ran in November; "not stated" now 7%.'],
    ['2a', 2, ['2'], 'White applicants are 1.6 times more likely to be appointed from shortlisting.', 'Give every recruiting manager unconscious bias training before they next shortlist.', 'Recruitment and Resourcing Manager', 'From October 2015', '42 managers trained.'],
    ['2b', 2, ['2'], '', 'Include a BME member on interview panels for all posts at Band 7 and above.', 'Recruitment and Resourcing Manager', 'Ongoing', 'Agreed by the Executive Team; 70% of panels so far.'],
    ['3a', 3, ['3'], 'Numbers are small (4 BME staff in 2014/15) but the likelihood ratio is 2.3.', 'Review every disciplinary case involving a BME member of staff at the HR case review meeting.', 'Senior HR Business Partner', 'Each quarter', 'Reviews started in Q3.'],
    ['4a', 4, ['4'], 'Our data on non-mandatory training are incomplete.', 'Record all non-mandatory training and CPD funding on the learning system so it can be reported by ethnicity.', 'Head of Education and Training', '31.03.16', 'System change requested.'],
    ['5a', 56, ['5', '6'], 'BME staff report more bullying and abuse than white staff in the 2014 staff survey.', 'Set up a confidential listening service for BME staff with trained Dignity at Work advisers.', 'Director of HR & OD', 'December 2015', 'Six advisers trained; service launched 1 December.'],
    ['7a', 7, ['7'], '67% of BME staff believe the Trust offers equal opportunities, against 88% of white staff.', 'Offer BME nurses and orthoptists at Bands 5 and 6 places on the regional mentoring scheme.', 'Head of Education and Training', 'From January 2016', 'Four mentees matched.'],
    ['8a', 8, ['8'], '', 'Hold focus groups with BME staff to understand their experience of discrimination by managers and colleagues.', 'Equality and Diversity Lead', 'End of January 2016', 'Two focus groups held in January.'],
    ['9a', 9, ['9'], 'The Board has no BME members.', 'Ask the search agency for the next non-executive appointment to produce a diverse long list.', 'Company Secretary', 'Next vacancy', ''],
    ['10', 'all', ALL_WRES, '', 'Report progress on this plan to the Board twice a year and publish it on the Trust website.', 'Director of HR & OD', 'Ongoing', 'Plan published August 2015.'],
  ];
  for (const [ref, ind, inds, finding, action, lead, due, prog] of data)
    p.action([ref, I[ind], finding || null, action, lead, due, prog], { ref, indicators: inds, action, lead, due, progress: prog }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }] });
  p.blank();
  p.line(['Abbreviations: AfC – Agenda for Change; BME – black and minority ethnic; CPD – continuing professional development; ESR – Electronic Staff Record.'], { style: { font: { size: 9 } } });
  p.line(['Contact: Equality and Diversity Lead, Human Resources, Ribblemere Eye Hospital.'], { style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first-year WRES plan of a SPECIALIST EYE HOSPITAL: the trust name (bold 14), the title and an italic 'Prepared by: HR Department, July 2015…' line are typed UNMERGED in column A, then a blank row and a pale-blue header 'No. | WRES Indicator | What our data shows | Actions | By whom | By when | Progress (as at February 2016)' (row 5). Refs are coded by indicator with a letter ('1a', '1b', '2a' … '9a') and a plain '10' for the governance action. The indicator is written on EVERY row as 'Indicator N – short title' ('Indicators 5 & 6 – harassment, bullying or abuse', 'All indicators' = all nine); the data finding ('What our data shows') is written only on the first row of its group and left blank below (context, not a gold field). Leads are job titles. Timescales are text: 'End of September 2015', '31.03.16' (typed as text), 'From October 2015', 'Ongoing', 'Each quarter', 'Next vacancy'. There is NO status or RAG column (status '', rag null); progress is the February 2016 column (one empty). Abbreviations and contact lines below (non-action). Judgement calls: the finding is context, not outcome; 'All indicators' = all nine; refs kept as written ('1a').");
}
