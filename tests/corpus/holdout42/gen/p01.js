// holdout42-wres-2015-16-ashlingford: an acute trust's first WRES return kept in the NATIONAL 2015 REPORTING TEMPLATE's shape (Annex A as
// trusts filled it in Word and pasted it into Excel): numbered label / value questions 1–16 (organisation, date, Board lead, compiler,
// commissioners, URL, sign-off, background narrative, staff totals, self-reporting, workforce data period), then the indicator table
// `Indicator | Data for reporting year | Data for previous year | Narrative … | Action taken and planned …` under the template's three
// group rows (Workforce indicators / National NHS Staff Survey indicators (or equivalent) / Board representation indicator).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashlingford Vale Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout42-wres-2015-16-ashlingford', sheet: 'WRES 2015', standard: 'WRES', period: '2015-16', trust, widths: [5, 40, 18, 16, 44, 56], font: { name: 'Calibri', size: 10 } });
  const M = [['C', 'F']];
  p.line(['Annex A'], { style: { italic: true } });
  p.line(['NHS Workforce Race Equality Standard – reporting template 2015'], { merge: [['A', 'F']], style: { bold: true, font: { size: 13 } } });
  p.line(['Report on the WRES indicators, and our action plan for 2015-16'], { merge: [['A', 'F']], style: { italic: true } });
  const q = (n, label, value, h) => p.line([n, label, value], { merge: M, border: true, height: h, styles: [{}, { fill: C.paleblue }] });
  const board = 'Fiona Marchetti, Director of Human Resources and Organisational Development';
  q('1.', 'Name of organisation', trust);
  q('2.', 'Date of report: month/year', 'July 2015');
  q('3.', 'Name and title of Board lead for the Workforce Race Equality Standard', board, 28);
  q('4.', 'Name and contact details of lead manager compiling this report', 'Dev Chauhan, Equality and Diversity Manager – 01632 960 418', 28);
  q('5.', 'Names of commissioners this report has been sent to', 'Ashlingford Clinical Commissioning Group; Vale and Downs Clinical Commissioning Group', 28);
  q('6.', 'Name and contact details of co-ordinating commissioner', 'Ashlingford CCG – Deputy Director of Quality', 28);
  q('7.', 'Unique URL link on which this report and associated action plan will be found', 'www.ashlingfordvale.nhs.uk/about-us/equality-and-diversity', 28);
  q('8.', 'This report has been signed off on behalf of the Board on (insert name and date)', 'Trust Board – 30 July 2015', 28);
  p.blank();
  p.line(['Background narrative'], { merge: [['A', 'F']], style: { bold: true, fill: C.grey } });
  q('9.', 'Any issues of completeness of data', 'Ethnicity is recorded for 96.8% of substantive staff; bank-only staff are not included.', 28);
  q('10.', 'Any matters relating to reliability of comparisons with previous years', 'This is the first year of reporting, so there is no earlier WRES figure to compare with.', 28);
  p.line(['Total numbers of staff'], { merge: [['A', 'F']], style: { bold: true, fill: C.grey } });
  q('11.', 'Employed within this organisation at the date of the report', '4,912');
  q('12.', 'Proportion of BME staff employed within this organisation at the date of the report', '17.4%', 28);
  p.line(['Self reporting'], { merge: [['A', 'F']], style: { bold: true, fill: C.grey } });
  q('13.', 'The proportion of total staff who have self-reported their ethnicity', '96.8%', 28);
  q('14.', 'Have any steps been taken in the last reporting period to improve the level of self-reporting by ethnicity', 'Yes – ESR self-service was opened to all staff in March 2015.', 40);
  q('15.', 'Are any steps planned during the current reporting period to improve the level of self-reporting by ethnicity', 'Yes – see the action against indicator 1 below.', 40);
  p.line(['Workforce data'], { merge: [['A', 'F']], style: { bold: true, fill: C.grey } });
  q('16.', 'What period does the organisation\'s workforce data refer to?', '1 April 2014 – 31 March 2015', 28);
  p.blank();
  p.line(['Workforce Race Equality Indicators'], { merge: [['A', 'F']], style: { bold: true, font: { size: 12 } } });
  p.header(['Indicator', '', 'Data for reporting year', 'Data for previous year', 'Narrative – the implications of the data and any additional background explanatory narrative', 'Action taken and planned including e.g. does the indicator link to EDS2 evidence and/or a corporate Equality Objective'], { merge: [['A', 'B']], height: 54, style: { fill: C.nhs, color: C.white } });
  const secs = []; const dataOnly = [];
  const sec = (name, hint) => { const r = p.line([name, '', hint], { merge: [['A', 'B'], ['C', 'F']], border: true, style: { bold: true, fill: C.paleblue }, styles: [{}, {}, { bold: false, italic: true }] }); secs.push(r); return name; };
  const ind = (theme, n, wording, now, prev, narr, act, g, h = 90) => {
    const vals = [n, wording, now, prev, narr, act];
    if (!g) { dataOnly.push(p.line(vals, { border: true, height: h })); return; }
    p.action(vals, { theme, indicators: [n], action: act, ...g }, { height: h });
  };
  let t = sec('Workforce indicators', 'For each of these four workforce indicators, compare the data for White and BME staff');
  ind(t, '1', 'Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce',
    'BME: 17.4% of all staff; 29.6% of Band 5; 6.1% of Bands 8a–9; 0% of VSM', 'n/a – first year',
    'BME staff are concentrated in Bands 2–5, mainly in nursing, midwifery and healthcare science. Representation falls sharply from Band 7.',
    'Action taken: ESR self-service opened (March 2015). Planned: a quarterly band-by-ethnicity report to the Workforce Committee, broken down by division, and a data-cleansing push so that \'not stated\' falls below 2% by March 2016. Links to EDS2 goal 3.',
    { due: 'March 2016', dueSource: 'action text' });
  ind(t, '2', 'Relative likelihood of staff being appointed from shortlisting across all posts',
    'White 1.00 : BME 0.58 (White staff 1.72 times more likely)', 'n/a – first year',
    'Shortlisted BME applicants are markedly less likely to be appointed, most of all for Band 6 and Band 7 nursing posts.',
    'Planned: refresh recruitment and selection training for all interviewing managers with an unconscious bias module; pilot diverse interview panels for Band 7 and above in the Medicine division. Links to corporate Equality Objective 2.', {});
  ind(t, '3', 'Relative likelihood of staff entering the formal disciplinary process, as measured by entry into a formal disciplinary investigation',
    'BME 1.04 times as likely as White staff', 'n/a – first year',
    'Numbers are small (48 cases in the year) and the gap is within the range NHS England regards as equitable.',
    'No specific action planned. Continue to monitor quarterly through the Employee Relations report.', null, 54);
  ind(t, '4', 'Relative likelihood of staff accessing non-mandatory training and CPD',
    'White 0.91 : BME 1.00', 'n/a – first year',
    'Training records outside the Learning Hub are incomplete; study leave funded by divisions is not captured centrally.',
    'Planned: bring divisional study-leave and CPD funding approvals onto the Learning Hub so that access can be reported by ethnicity from the 2016 return.', {});
  t = sec('National NHS Staff Survey indicators (or equivalent)', 'For each of the four staff survey indicators, compare the outcomes of the responses for White and BME staff');
  ind(t, '5', 'KF 18. Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months',
    'White 27% : BME 31%', 'n/a – first year',
    'BME staff in the Emergency Department and acute medical wards report the highest levels.',
    'Planned: launch a zero tolerance poster and leaflet campaign in ED and the acute medical unit, and add a \'racist abuse\' category to the incident reporting system.', {});
  ind(t, '6', 'KF 19. Percentage of staff experiencing harassment, bullying or abuse from staff in last 12 months',
    'White 24% : BME 29%', 'n/a – first year',
    'Higher than the acute trust average for BME staff (26%).',
    'Action taken: Dignity at Work policy relaunched (May 2015). Planned: train 20 Dignity at Work advisers, including at least eight BME staff, and publish how to contact them on every ward.', {});
  ind(t, '7', 'KF 27. Percentage believing that trust provides equal opportunities for career progression or promotion',
    'White 89% : BME 74%', 'n/a – first year',
    'The widest gap of the four survey indicators; focus group feedback points to informal \'acting up\' opportunities not being advertised.',
    'Planned: all acting-up and secondment opportunities of more than four weeks to be advertised on the intranet, and a development programme for BME staff at Bands 5–7 to start in January 2016.', {});
  ind(t, '8', 'Q23. In the last 12 months have you personally experienced discrimination at work from any of the following? b) Manager/team leader or other colleagues',
    'White 6% : BME 14%', 'n/a – first year',
    'More than twice the rate for White staff.',
    'Planned: set up a BME Staff Network with an executive sponsor and protected time for the chair; the network to present its own reading of the staff survey findings to the Board each year.', {});
  t = sec('Board representation indicator', 'For this indicator, compare the difference for White and BME staff');
  ind(t, '9', 'Percentage difference between the organisations\' Board voting membership and its overall workforce',
    'BME: 0% of voting Board members v 17.4% of the workforce (difference -17.4%)', 'n/a – first year',
    'None of the eleven voting members of the Board is from a BME background.',
    'Planned: the next two non-executive director appointments to be advertised through BME community networks and professional associations, with the Council of Governors\' nominations committee briefed on the WRES.', {});
  const note = p.line(['Note: indicators 5–8 use the 2014 NHS Staff Survey results; the 2015 survey will be used in next year\'s report.'], { merge: [['A', 'F']], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust) laid out like the national 2015 WRES reporting template (Annex A) as trusts filled it in and pasted it into Excel, on a sheet 'WRES 2015': 'Annex A', the template title, a line naming the 2015-16 plan, numbered label / value questions 1–8 (organisation, report date 'July 2015', the Board lead for the WRES, the compiling manager, commissioners, co-ordinating commissioner, URL, Board sign-off 'Trust Board – 30 July 2015'), grey group rows with questions 9–16 (background narrative, staff totals, self-reporting, workforce data period), then the indicator table under one navy header `Indicator (A:B merged) | Data for reporting year | Data for previous year | Narrative … | Action taken and planned including e.g. does the indicator link to EDS2 evidence and/or a corporate Equality Objective`, with the template's three group rows (Workforce indicators / National NHS Staff Survey indicators (or equivalent) / Board representation indicator, each with its italic instruction merged C:F) and one row per indicator 1–9, and a closing note. Judgement calls: the actions are the 'Action taken and planned' cells – one per indicator row, the whole cell as written even where it opens with what was already done ('Action taken: … Planned: …'); indicator 3's cell says 'No specific action planned. Continue to monitor …' so that row is a data row, not an action (8 actions); indicators = the number in column A – the staff-survey codes inside the wording ('KF 18', 'KF 19', 'KF 27', 'Q23 … b)') and the figures in the data columns (ratios, percentages) are not indicators; theme = the template's group row above (its first cell); no lead anywhere – the Board lead for the WRES (question 3) and the compiling manager (question 4) are the report's owners, not the actions' leads (lead ''); the report date and sign-off date are not dues; due only where the action text gives a date ('… below 2% by March 2016', dueSource 'action text'), otherwise ''; 'to start in January 2016' inside the indicator 7 action is when the programme begins, not the action's deadline, so due stays ''; 'n/a – first year' in the previous-year column is data, not a field; no status column (status '', rag null); no refs (ref '').", { sections: secs, indFrom: { col: 'A', lead: true }, dataRows: dataOnly, notFrom: ['C', 'D', 'E'], forbidden: [board, 'Dev Chauhan, Equality and Diversity Manager – 01632 960 418', 'July 2015', 'Trust Board – 30 July 2015', 'n/a – first year'] });
}
