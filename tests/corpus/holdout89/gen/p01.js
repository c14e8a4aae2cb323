// holdout89-wres-2017-18-ottersley: a large ACUTE foundation trust's second WRES plan, kept by the Equality & Diversity Manager in Arial:
// the indicator wording and 'What the data shows' MERGED DOWN beside each group of actions; no status column, a dated progress column.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ottersley Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout89-wres-2017-18-ottersley', sheet: 'WRES Action Plan 2017-18', standard: 'WRES', period: '2017-18', trust, widths: [30, 30, 50, 22, 12, 40] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2017/18'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Based on the WRES data submitted in July 2017 (workforce data as at 31 March 2017; staff survey 2016). Approved by the Workforce and Education Committee, 19 September 2017.'], { merge: ['A', 'F'], height: 26, style: { italic: true } });
  p.blank();
  p.header(['WRES Indicator', 'What the data shows', 'Action', 'Lead', 'Timescale', 'Progress update (March 2018)'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const groups = [
    ['1. Percentage of staff in each of the AfC Bands 1-9 and VSM compared with the percentage of staff in the overall workforce', ['1'], 'BME staff are 21% of the workforce but 9% of Band 8a and above; no BME staff at Band 9 or VSM.', [
      ['Publish a breakdown of BME representation by band for each clinical division in the quarterly workforce report.', 'Head of Workforce Information', 'Dec 2017', 'First divisional breakdown went to the October committee; now in every quarterly report.'],
      ['Work with the BME Staff Network to set a target for Band 8a+ representation that the Board can sign off.', 'Equality & Diversity Manager', 'Mar-18', 'Draft target (15% by 2021) discussed at network meeting in February; to Board in May.'],
    ]],
    ['2. Relative likelihood of staff being appointed from shortlisting across all posts', ['2'], 'White applicants 1.62 times more likely to be appointed from shortlisting than BME applicants.', [
      ['Train a pool of recruitment panel members from BME backgrounds and ask that one sits on every Band 7+ panel.', 'Head of Recruitment', 'Sept 2017', '26 staff trained; panel cover reached 70% of Band 7+ interviews in Q4.'],
      ['Add unconscious bias guidance to the recruiting managers’ toolkit and to the NHS Jobs advert checklist.', 'Head of Recruitment', 'Nov 2017', 'Done.'],
    ]],
    ['3. Relative likelihood of staff entering the formal disciplinary process', ['3'], 'BME staff 1.9 times more likely to enter a formal disciplinary process; most cases in Estates and Facilities.', [
      ['Introduce a pre-formal check by a senior HR Business Partner before any disciplinary investigation is started.', 'Deputy Director of HR', 'Oct 2017', 'In place since October; 11 cases resolved informally.'],
    ]],
    ['5 & 6. Staff experiencing harassment, bullying or abuse from patients, relatives or the public, and from staff', ['5', '6'], 'Staff survey: 31% of BME staff report abuse from patients (White 27%) and 29% from staff (White 23%).', [
      ['Relaunch the Dignity at Work advisers with at least two advisers from BME backgrounds on each site.', 'Head of Staff Engagement', 'Jan 2018', 'Eight advisers recruited, four from BME backgrounds.'],
      ['Put up posters in the Emergency Department and outpatients setting out that racist abuse of staff will be reported to the police.', 'Head of Security', 'Ongoing', ''],
    ]],
    ['7. Percentage believing that the trust provides equal opportunities for career progression or promotion', ['7'], '71% of BME staff compared with 88% of White staff.', [
      ['Run a reciprocal mentoring pilot pairing members of the Executive Team with BME nurses and AHPs.', 'Director of Nursing', 'Q4', 'Six pairs matched; first meetings held in January.'],
    ]],
    ['9. Percentage difference between the organisation’s Board voting membership and its overall workforce', ['9'], 'No BME voting Board members.', [
      ['Use a search agency with a track record in diverse appointments for the next two non-executive director vacancies.', 'Company Secretary', 'Mar-18', 'Agency appointed; shortlist includes two BME candidates.'],
    ]],
  ];
  for (const [ind, codes, data, acts] of groups) {
    const first = p.r + 1;
    for (const [i, [act, lead, due, prog]] of acts.entries()) p.action([i ? '' : ind, i ? '' : data, act, lead, due, prog], { indicators: codes, action: act, lead, due, progress: prog });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Indicators 4 and 8 show no significant difference this year and will be monitored through the annual WRES report.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional large acute foundation trust, second WRES year). Sheet 'WRES Action Plan 2017-18', Arial 10: trust name, title, an italic line giving the data dates and the committee approval (19 September 2017), a blank row, then the header 'WRES Indicator | What the data shows | Action | Lead | Timescale | Progress update (March 2018)' (row 5, frozen). Six indicator groups: the indicator number and its full wording and the data finding are MERGED DOWN beside the one or two actions of the group; nine actions; after a blank row an italic line saying indicators 4 and 8 need no action. Judgement calls: indicators = the number(s) the merged indicator cell starts with ('5 & 6.' → both), never numbers inside the wording ('Bands 1-9'); 'What the data shows' is context, not progress or outcome; lead = Lead; due = Timescale as typed ('Dec 2017', 'Mar-18', 'Sept 2017', 'Q4', 'Ongoing'); no status column → status '' and rag null; progress = the update cell (one blank); no ref (the indicator numbering is not an action numbering); theme null (the indicator group is the indicator, not a theme); the data, approval and progress-month dates are no dues; the closing line about indicators 4 and 8 is no action and gives no indicators.", { notFrom: ['B'], indCol: 'A' });
}
