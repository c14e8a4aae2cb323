// holdout52-wres-2017-18-umberleigh: an acute trust's first WRES plan, typed by a newly appointed Equality & Diversity Officer. Each
// indicator's full national wording is MERGED DOWN column A over its actions and 'What the figures show' (numbers + her commentary) is
// merged down column B beside them; one indicator carries a 'No specific action this year' line instead of an action.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Umberleigh Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout52-wres-2017-18-umberleigh', sheet: 'WRES plan 17-18', standard: 'WRES', period: '2017-18', trust, widths: [40, 36, 52, 22, 13, 32], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard (WRES) - Action Plan 2017/18   (FIRST DRAFT)'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Prepared by Grace Adeyemi, Equality & Diversity Officer - Sept 2017. Figures are from our July 2017 WRES submission and the 2016 staff survey.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Indicator', 'What the figures show', 'What we plan to do', 'Who', 'When', 'Comments'], { style: { fill: 'FFB4C6E7' } });
  const fmtd = (d, f) => ({ v: d, f, s: shown(d, f) });
  const groups = [
    ['1', 'Indicator 1: Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce',
      'BME staff are 14.2% of the workforce but only 5.9% of staff at Band 8a and above, and none at VSM. Slightly better than 2016 (5.1% at 8a+).', [
        ['Look at the data by band and by staff group (clinical / non clinical) so we know where the biggest gaps are', 'Grace Adeyemi', fmtd(D(2017, 12, 31), 'mmmm yyyy'), 'Started - workforce info team pulling the data'],
        ['Set up a BME staff network and ask members what would help', 'Grace Adeyemi / Director of HR', fmtd(D(2017, 11, 1), 'mmm-yy'), ''],
      ]],
    ['2', 'Indicator 2: Relative likelihood of staff being appointed from shortlisting across all posts',
      'White applicants are 1.71 times more likely to be appointed from shortlisting than BME applicants (2016 = 1.52). Getting worse.', [
        ['Make sure there is a BME member on interview panels for Band 7 and above where possible', 'Recruitment Manager', 'from Jan 2018', ''],
        ['Refresh recruitment and selection training for managers to include unconsious bias', 'Learning & Development', fmtd(D(2018, 3, 31), 'dd/mm/yyyy'), ''],
        ['Check the shortlisting data on TRAC is right - some applicants have no ethnicity recorded', 'Recruitment Manager', 'ASAP', 'Approx 9% not stated'],
      ]],
    ['3', 'Indicator 3: Relative likelihood of staff entering the formal disciplinary process, as measured by entry into a formal disciplinary investigation',
      'BME staff 1.18 times more likely (2016 = 1.40). Small numbers - 17 cases in total.', [
        ['No specific action this year - keep monitoring', '', '', ''],
      ]],
    ['4', 'Indicator 4: Relative likelihood of staff accessing non-mandatory training and CPD',
      '1.02 - no real difference. Not sure the data on non-mandatory training is complete though.', [
        ['Work with L&D to record all non-mandatory training on ESR, not just courses booked centrally', 'Head of L&D', 'Sept 2018', ''],
      ]],
    ['5', 'Indicator 5: Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months',
      'BME 31% / White 27% (2016 staff survey).', [
        ['Put up posters in ED and outpatients making clear that abuse of staff, including racist abuse, will not be tolerated', 'Head of Security / Comms', fmtd(D(2018, 2, 1), 'mmm-yy'), ''],
        ['Remind managers to report racist incidents from patients on Datix and to support the member of staff afterwards', 'Divisional Directors of Nursing', 'Ongoing', ''],
      ]],
    ['6', 'Indicator 6: Percentage of staff experiencing harassment, bullying or abuse from staff in last 12 months',
      'BME 29% / White 24%. Went up from 26% for BME staff.', [
        ['Promote the Freedom to Speak Up Guardian and the anti-bullying advice line to BME staff', 'FTSU Guardian', fmtd(D(2018, 1, 1), 'mmm-yy'), ''],
        ['Bullying and harrassment policy to be reviewed with staff side', 'HR Policy Lead', fmtd(D(2018, 6, 30), 'dd/mm/yy'), 'On the JNCC agenda for Nov'],
      ]],
    ['7', 'Indicator 7: Percentage believing that trust provides equal opportunities for career progression or promotion',
      'BME 71% / White 87%. Biggest gap of all the survey questions.', [
        ['Run a pilot career development workshop for BME staff in Bands 2-6', 'Grace Adeyemi / L&D', 'March 2018', ''],
      ]],
    ['8', 'Indicator 8: In the last 12 months have you personally experienced discrimination at work from any of the following? b) Manager/team leader or other colleagues',
      'BME 13% / White 6%.', [
        ['Include a session on race equality in the new managers induction', 'Learning & Development', fmtd(D(2018, 4, 1), 'mmm-yy'), ''],
      ]],
    ['9', 'Indicator 9: Boards are expected to be broadly representative of the population they serve',
      'No BME voting Board members. Local population is approx 11% BME (2011 census).', [
        ['Speak to NHS Improvement about the NExT Director scheme before the next non-exec vacancy', 'Trust Secretary', '', ''],
      ]],
  ];
  for (const [ind, text, figs, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([a, who, when, com], i) => {
      const whenV = typeof when === 'object' ? when.v : when; const due = typeof when === 'object' ? when.s : when;
      const vals = [i === 0 ? text : '', i === 0 ? figs : '', a, who, whenV, com];
      const styles = [{ fill: 'FFDEEAF6', bold: true }, { italic: true }, {}, {}, typeof when === 'object' ? { numFmt: when.f, alignment: { horizontal: 'left' } } : {}, {}];
      if (a.startsWith('No specific action')) p.line(vals, { border: true, styles, height: 60 });
      else p.action(vals, { indicators: [ind], action: a, lead: who, due, progress: com }, { styles, height: acts.length === 1 ? 62 : 34 });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Next steps: share draft with the E&D steering group (Oct), then Trust Board for sign off (Nov 2017).'], { merge: ['A', 'F'] });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust): a first WRES plan typed by a newly appointed Equality & Diversity Officer on one sheet 'WRES plan 17-18' – trust name, title '(FIRST DRAFT)', a 'Prepared by …' line, a blank row, then ONE header 'Indicator | What the figures show | What we plan to do | Who | When | Comments' (frozen). Each of the nine indicators' FULL NATIONAL WORDING ('Indicator 1: Percentage of staff in each of the AfC Bands …') is MERGED DOWN column A over its actions, and 'What the figures show' – the numbers mixed with her own commentary ('Getting worse.', 'Not sure the data … is complete though.') – is merged down column B beside them; the actions, one per row, are in C. Indicator 3 has no action: its only row reads 'No specific action this year - keep monitoring' with no one and no date. Dates are mixed: real dates shown 'mmmm yyyy', 'mmm-yy', 'dd/mm/yyyy', 'dd/mm/yy' and typed text ('from Jan 2018', 'ASAP', 'Ongoing', 'Sept 2018', 'March 2018'); spelling slips kept ('unconsious', 'harrassment'). A 'Next steps' line sits under the table. Judgement calls: indicators from the merged indicator cell (its number); theme null – the indicator is a merged column on the action rows, not a heading row; the figures column is data and commentary, never progress or outcome; progress = the Comments cell where filled; the indicator-3 'No specific action' row is not an action (it says no action is planned); the 'Next steps' line and the Oct/Nov dates in it are not actions or dues; due as shown or as typed ('ASAP', 'Ongoing'), '' where the When cell is empty; lead as written including two names joined with ' / '; no status or RAG anywhere (status '', rag null).", {});
}
