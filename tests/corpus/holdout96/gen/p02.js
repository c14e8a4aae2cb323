// holdout96-wdes-2019-20-wealdstow: community trust, the first WDES report on one sheet, INTERLEAVED metric by metric: a teal metric
// heading, a small figures table with its own header, an italic 'What this tells us' line, then a mini action grid with its own header
// ('No. | What we will do | Who | By when | Success measure'); metric 3 has figures but no action; one block covers metrics 4 to 8 and
// its actions take their metric from the ref (4.1, 7.1, 8.1).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wealdstow Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout96-wdes-2019-20-wealdstow', sheet: 'WDES report 2019', standard: 'WDES', period: '2019-20', trust, widths: [16, 50, 24, 13, 36], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'E'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 14 }, color: C.teal } });
  p.line(['Workforce Disability Equality Standard – our first report and action plan, 2019/20'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Prepared by Fiona Redcliffe, Inclusion Manager, for the People Committee, 17 September 2019'], { merge: M, style: { italic: true, color: 'FF595959' } });
  p.blank();
  p.line(['About this report'], { style: { bold: true } });
  p.line(['2019 is the first year of the WDES. Metrics 1 to 3 use our ESR records at 31 March 2019, metrics 4 to 9 the 2018 NHS Staff Survey, and metric 10 our Board at 31 March 2019. Only 3.4% of our staff have told us on ESR that they are disabled, compared with 19% in the staff survey, so the workforce figures should be read with care.'], { merge: M, height: 58 });
  p.blank();
  const secs = []; const hdrs = []; const dataRows = [];
  const section = (t) => { const r = p.line([t], { merge: M, style: { bold: true, color: C.white, fill: C.teal } }); return r; };
  const figTable = (hdr, rows) => { dataRows.push(p.line(hdr, { border: true, style: { bold: true, fill: C.palegrey } })); for (const r of rows) dataRows.push(p.line(r, { border: true, styles: [{}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] })); };
  const tells = (t) => dataRows.push(p.line(['What this tells us:', t], { merge: ['B', 'E'], styles: [{ bold: true, italic: true }, { italic: true }], height: 30 }));
  const grid = () => hdrs.push(p.header(['No.', 'What we will do', 'Who', 'By when', 'Success measure'], { style: { fill: 'FFE2F0D9' } }));
  const act = (theme, ref, ind, action, lead, due, outcome) => p.action([ref, action, lead, due, outcome], { ref, indicators: [ind], theme, action, lead, due, outcome }, { styles: [{ alignment: { horizontal: 'center' } }] });

  let t = 'Metric 1 – Disabled staff in each pay band cluster';
  secs.push(section(t));
  figTable(['Cluster', 'Disabled', 'Non-disabled', 'Not declared'], [
    ['Bands 1 to 4', '4.2%', '69.8%', '26.0%'], ['Bands 5 to 7', '3.3%', '74.1%', '22.6%'], ['Bands 8a to 8b', '2.0%', '79.5%', '18.5%'], ['Bands 8c to VSM', '0.0%', '88.9%', '11.1%'], ['Medical and dental', '1.6%', '60.3%', '38.1%']]);
  tells('Declaration is low everywhere and lowest among doctors; we cannot see a true picture of seniority until more staff update their records.');
  grid();
  act(t, '1.1', '1', 'Run a “Count me in” campaign so staff can update their disability status on ESR self-service, with paper forms for estates and domestic teams.', 'Head of Workforce Information', 'Dec 2019', 'ESR declaration above 8%');
  p.blank();
  t = 'Metric 2 – Relative likelihood of appointment from shortlisting';
  secs.push(section(t));
  figTable(['', 'Disabled', 'Non-disabled', 'Relative likelihood'], [['Shortlisted', '118', '1,942', ''], ['Appointed', '17', '402', ''], ['Likelihood of appointment', '0.14', '0.21', '1.44']]);
  tells('Non-disabled applicants were 1.44 times as likely to be appointed. We already guarantee an interview under the Disability Confident scheme, but that does not carry through to offers.');
  grid();
  act(t, '2.1', '2', 'Add a reasonable-adjustments question to every interview invitation and brief panel chairs on making adjustments at interview.', 'Recruitment Manager', 'Oct 2019', 'Relative likelihood at or below 1.20 in 2020');
  p.blank();
  t = 'Metric 3 – Relative likelihood of entering the formal capability process';
  section(t);
  figTable(['', 'Disabled', 'Non-disabled', 'Relative likelihood'], [['Formal capability cases (two-year average)', '1', '9', '2.81']]);
  tells('One case in two years makes the ratio unreliable. Both performance cases in 2018/19 followed the absence policy, which is now being rewritten anyway.');
  p.line(['', 'No separate action this year – we will watch this figure and report it with the 2020 data.'], { styles: [{}, { italic: true, color: 'FF595959' }] });
  p.blank();
  t = 'Metrics 4 to 8 – what disabled staff told us in the 2018 staff survey';
  secs.push(section(t));
  figTable(['Survey measure', 'Disabled', 'Non-disabled', 'Gap (points)'], [
    ['4. Harassment, bullying or abuse from managers', '17.9%', '9.8%', '8.1'], ['4. Harassment, bullying or abuse from colleagues', '23.4%', '14.2%', '9.2'],
    ['5. Equal opportunities for career progression', '78.0%', '86.3%', '-8.3'], ['6. Felt pressure to come to work when unwell', '31.5%', '20.2%', '11.3'],
    ['7. Satisfied that their work is valued', '38.1%', '49.7%', '-11.6'], ['8. Employer has made adequate adjustments', '71.2%', '', '']]);
  tells('The widest gaps are on being valued and on presenteeism. Bullying by colleagues is higher than by managers, which is the reverse of what we expected.');
  grid();
  act(t, '4.1', '4', 'Include a disability awareness module, designed with the staff network, in the mandatory conflict-resolution training for all staff.', 'Learning and Development Lead', 'Mar 2020', 'Colleague bullying gap below 6 points');
  act(t, '7.1', '7', 'Ask every team leader to hold a recognition conversation in the first annual appraisal after a disabled colleague returns from sickness absence.', 'Associate Director of Nursing', 'Jan 2020', '“Valued” gap below 8 points');
  act(t, '8.1', '8', 'Introduce a Health Passport that records agreed adjustments and moves with the member of staff between teams.', 'Head of Occupational Health', 'Nov 2019', '300 passports in place by March 2020');
  p.blank();
  t = 'Metric 9 – Staff engagement and giving disabled staff a voice';
  secs.push(section(t));
  figTable(['', 'Disabled', 'Non-disabled', 'Gap'], [['Staff engagement score (0–10)', '6.5', '7.0', '-0.5']]);
  tells('Engagement is lower for disabled staff and we have no staff network for them yet.');
  grid();
  act(t, '9.1', '9', 'Launch a Disability and Long-Term Conditions Staff Network with an executive sponsor and protected time for its chair.', 'Inclusion Manager', 'Nov 2019', 'Network launched with terms of reference');
  act(t, '9.2', '9', 'Hold two listening events a year with disabled staff in the community teams and report what we heard to the People Committee.', 'Director of People', 'Feb 2020', '');
  p.blank();
  t = 'Metric 10 – Board membership';
  secs.push(section(t));
  figTable(['', 'Disabled', 'Non-disabled', 'Unknown'], [['Voting Board members (12)', '0', '9', '3'], ['Difference from the workforce (disabled)', '-3.4 points', '', '']]);
  tells('No Board member has told us they are disabled; three have not answered.');
  grid();
  act(t, '10.1', '10', 'Ask all Board members to complete the equality monitoring form at their next appraisal.', 'Trust Secretary', 'Dec 2019', 'Every Board member’s status recorded');
  p.blank();
  p.line(['Next update: the People Committee in March 2020.'], { merge: M, style: { italic: true } });
  p.ws.views = [{ showGridLines: false }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original report (fictional community trust), the trust's first WDES report and action plan on ONE sheet, laid out metric by metric. Top: trust name, title, an italic 'Prepared by Fiona Redcliffe, Inclusion Manager, for the People Committee, 17 September 2019' line, an 'About this report' paragraph. Then SEVEN metric blocks, each a teal merged heading ('Metric 1 – Disabled staff in each pay band cluster', …, one block for 'Metrics 4 to 8 – …'), a small FIGURES TABLE with a grey header of its own ('Cluster | Disabled | Non-disabled | Not declared', 'Survey measure | Disabled | Non-disabled | Gap (points)' …), an italic 'What this tells us:' line, and – except metric 3 – a MINI ACTION GRID with its own green header 'No. | What we will do | Who | By when | Success measure' (rows ${hdrs.join(', ')}). Metric 3 ends with a grey italic 'No separate action this year – …' line instead. Eight actions. Judgement calls: the figures tables (their headers included), the 'What this tells us' lines and the 'No separate action' line are not actions; header rows = the repeated action-grid headers only; theme = the metric heading above; indicators: each block's metric, and in the 'Metrics 4 to 8' block each action's own metric from its ref ('4.1' → 4, '7.1' → 7, '8.1' → 8) – pre-2021 WDES, metric 4 whole; ref = No.; lead = Who; due = By when as typed; outcome = Success measure ('' for 9.2); no status column (a new plan) → status '', rag null; the report's author is no lead and the People Committee dates are no dues.`, { sections: secs, dataRows, forbidden: ['Fiona Redcliffe, Inclusion Manager', '17 September 2019', 'March 2020'] });
}
