// holdout19-wres-2015-16-pennbrook: ORDINARY first-year WRES plan of a COMMUNITY HEALTH SERVICES trust – merged title and
// subtitle, grey header 'WRES Indicator | Action required | Responsible officer | Timescale | Expected outcome | Update
// (January 2016)'; indicator as 'WRES Indicator N' (merged down over its group); FY-quarter text timescales ('Q3 2015/16');
// no status column; approval line below.
import { Book, Plan, C, mergeDown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout19-wres-2015-16-pennbrook', sheet: 'WRES Plan 2015-16', standard: 'WRES', period: '2015-16', trust: 'Pennbrook Community Health NHS Trust', widths: [22, 54, 28, 16, 40, 40] });
  p.line(['Pennbrook Community Health NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2015/16 (community services across the Pennbrook district)'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.header(['WRES Indicator', 'Action required', 'Responsible officer', 'Timescale', 'Expected outcome', 'Update (January 2016)'], { style: { fill: C.grey } });
  const data = [
    ['WRES Indicator 1', ['1'], 'Cleanse ethnicity data on ESR so that "not stated" falls below 5% in every locality team.', 'Workforce Information Officer', 'Q3 2015/16', 'Fewer than 5% of records "not stated".', '"Not stated" down from 14% to 8%.'],
    ['WRES Indicator 1', ['1'], 'Report the band profile of BME staff in each locality to the Workforce Committee twice a year.', 'Workforce Information Officer', 'Q4 2015/16', 'Locality managers know their profile.', 'First report due February.'],
    ['WRES Indicator 2', ['2'], 'Remove names and dates of birth from shortlisting packs for all community nursing posts.', 'Recruitment Manager', 'Q3 2015/16', 'Appointment ratio for BME applicants improves.', 'Anonymised packs in use since November.'],
    ['WRES Indicator 2', ['2'], 'Train every recruiting manager in fair selection before they next sit on a panel.', 'Recruitment Manager', 'April 2016', 'All panel chairs trained.', '38 of 60 trained.'],
    ['WRES Indicator 3', ['3'], 'Ask an HR manager not involved in the case to check every proposed disciplinary against a BME member of staff.', 'Head of HR', 'Q3 2015/16', 'Relative likelihood of entering a disciplinary falls towards 1.', 'In place.'],
    ['WRES Indicator 4', ['4'], 'Record applications for study leave and CPD funding by ethnicity.', 'Learning and Development Manager', 'Q4 2015/16', 'Access to CPD can be reported by ethnicity.', 'Form changed; reporting from April.'],
    ['WRES Indicators 5 & 6', ['5', '6'], 'Publish a clear statement that racist abuse of staff by patients in their homes will not be tolerated, with a lone-worker escalation route.', 'Head of Patient Safety', 'Q3 2015/16', 'Staff know how to report abuse during home visits.', 'Statement issued in October.'],
    ['WRES Indicator 7', ['7'], 'Offer BME staff in Bands 3–6 a place on the Trust coaching programme.', 'Learning and Development Manager', 'Annually', 'More BME staff apply for promotion.', '12 coaching pairs.'],
    ['WRES Indicator 8', ['8'], 'Set up BME staff listening events in each locality, led by an executive director.', 'Director of Workforce', 'Q4 2015/16', 'Themes from the events feed into this plan.', 'Two events held.'],
    ['WRES Indicator 9', ['9'], 'Encourage BME applicants for the two non-executive vacancies through community networks.', 'Trust Secretary', 'April 2016', 'A more diverse field of candidates.', 'Advert placed with community groups.'],
    ['All', ALL_WRES, 'Publish the WRES data and this plan on the Trust website and report progress to the Board in March.', 'Director of Workforce', 'Q4 2015/16', 'Board assured on progress.', 'Data published September 2015.'],
  ];
  let start = 0, prev = null;
  for (const [ind, inds, action, lead, due, out, upd] of data) {
    const show = ind !== prev;
    const r = p.action([show ? ind : null, action, lead, due, out, upd], { indicators: inds, action, lead, due, outcome: out, progress: upd });
    if (show) { if (prev) mergeDown(p.ws, 'A', start, r - 1); start = r; prev = ind; }
  }
  mergeDown(p.ws, 'A', start, p.r);
  p.blank();
  p.line(['Approved by the Trust Board on 30 July 2015. Lead director: Director of Workforce.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first-year WRES plan of a COMMUNITY HEALTH SERVICES trust: merged bold trust title and a merged subtitle ('Workforce Race Equality Standard – Action Plan 2015/16 (community services …)'), a blank row, then a grey header 'WRES Indicator | Action required | Responsible officer | Timescale | Expected outcome | Update (January 2016)' (row 4). The indicator is written as 'WRES Indicator N' and MERGED DOWN over its group of actions (gold repeats it on every row); 'WRES Indicators 5 & 6' = 5 and 6; 'All' = all nine. Leads are job titles. Timescales are text: financial-year quarters ('Q3 2015/16', 'Q4 2015/16'), 'April 2016', 'Annually'. NO status column (status '', rag null); outcome = Expected outcome, progress = the January 2016 update. An italic approval line below. Judgement calls: the merged indicator cell applies to every row it spans; 'All' means all nine indicators.");
}
