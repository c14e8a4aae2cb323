// holdout72-wdes-2019-20-brindlemoor: mental health FT, the first WDES action plan laid out like a published 2019-20 / 2020-21 WDES
// plan of a mental health trust: 'Indicator | Action(s) | Lead | Date | Status | Progress | Anticipated Outcome | Completed', the
// full metric wording (with its number) merged down beside its actions, actions numbered '1a.', '1b.' … inside the action text, long
// bulleted progress notes, a Completed date only for finished actions. 2019-20: metrics 4 and 9 are whole metrics, so the action
// numbers '4a.', '4b.', '4c.', '9a.', '9b.' are only a numbering.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
import { fitHeight, fitMerged } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [40, 40, 24, 9, 12, 58, 32, 11];
  const trust = 'Brindlemoor Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2019-20-brindlemoor', sheet: 'WDES Action Plan 2019-20', standard: 'WDES', period: '2019-20', trust, widths: W, font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['WDES ACTION PLAN 2019/2020'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['At BMHFT we know that the gaps shown by our first Workforce Disability Equality Standard return will not close in a single year. This plan will be delivered alongside our Workforce Strategy 2019–2024 and its progress will be reviewed by the People and Culture Committee every quarter.'], { merge: ['A', 'H'], height: 38 });
  p.blank();
  p.header(['Indicator', 'Action(s)', 'Lead', 'Date', 'Status', 'Progress', 'Anticipated Outcome', 'Completed'], { style: { fill: C.palegrey }, height: 14 });
  const M = {
    1: '1. Percentage of staff in AfC paybands or medical and dental subgroups and very senior managers (including Executive Board members) compared with the percentage of staff in the overall workforce.',
    2: '2. Relative likelihood of Disabled staff compared to non-disabled staff being appointed from shortlisting across all posts.',
    3: '3. Relative likelihood of Disabled staff compared to non-disabled staff entering the formal capability process, as measured by entry into the formal capability procedure.',
    4: '4. a) Percentage of Disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from:\ni. Patients/service users, their relatives or other members of the public\nii. Managers\niii. Other colleagues\nb) Percentage of Disabled staff compared to non-disabled staff saying that the last time they experienced harassment, bullying or abuse at work, they or a colleague reported it.',
    5: '5. Percentage of Disabled staff compared to non-disabled staff believing that the Trust provides equal opportunities for career progression or promotion.',
    8: '8. Percentage of Disabled staff saying that their employer has made adequate adjustment(s) to enable them to carry out their work.',
    9: '9. a) The staff engagement score for Disabled staff, compared to non-disabled staff and the overall engagement score for the organisation.\nb) Has your Trust taken action to facilitate the voices of Disabled staff in your organisation to be heard? (yes) or (no)',
    10: '10. Percentage difference between the organisation’s Board voting membership and its overall workforce, disaggregated by voting membership of the Board and by Executive membership of the Board.',
  };
  // [metric, action, lead, date (Date or text or ''), status, progress, outcome, completed (Date or '')]
  const rows = [
    [1, '1a. Run a “Tell us once” declaration campaign so that staff can update their disability status on ESR self-service, with a paper form for ward staff who do not have easy access to a computer.', 'Head of Workforce Information', D(2019, 11, 1), 'Completed', '• The campaign ran from 4 to 29 November 2019 on all three inpatient sites and in the community hubs.\n• ESR declaration rose from 2.1% to 3.4%, and “not declared” records fell by nine points.\n• Paper forms were the most used route on the older adult wards.', 'A declaration rate that lets us report on every pay band with confidence.', D(2019, 12, 1)],
    [1, '1b. Report disability by pay band to each care group’s quality and performance review, starting with Bands 7 and above.', 'Workforce Business Partner (Information)', D(2020, 3, 1), 'In Progress', '• First reports issued to Adult Community and Secure Services in February 2020.\n• Older Adults and CAMHS will follow once their reviews restart.', 'Care groups own their own figures and set their own targets.', ''],
    [2, '2a. Make the guaranteed interview scheme visible on every TRAC advert and check shortlisting decisions each quarter.', 'Recruitment Manager', D(2019, 10, 1), 'Completed', '• Wording added to all adverts from 1 October 2019.\n• Quarter 3 check: 41 of 43 eligible applicants were interviewed; the two missed were followed up with the recruiting managers.', 'Every eligible Disabled applicant who meets the essential criteria is interviewed.', D(2020, 1, 1)],
    [2, '2b. Offer candidates sight of the interview questions 15 minutes before the interview where they ask for this as an adjustment.', 'Recruitment Manager / Disability Staff Network Chair', '2019', 'In Progress', '• Agreed at the Recruitment Steering Group.\n• Guidance for interview panels is with the Disability Staff Network for comment.', 'Fewer Disabled candidates disadvantaged by the format of the interview.', ''],
    [3, '3a. Check every case entering the formal capability procedure for whether occupational health advice and reasonable adjustments were considered first.', 'Senior HR Business Partner', D(2020, 2, 1), 'In Progress', '• Check built into the HR case tracker from January 2020.\n• Six cases reviewed so far; in one the adjustments had not been tried and the case was paused.', 'No Disabled member of staff enters the formal stage without adjustments having been tried.', ''],
    [4, '4a. Add disability hate incidents by service users to the violence reduction dashboard and offer a debrief to every member of staff affected.', 'Head of Security and Violence Reduction', D(2020, 1, 1), 'In Progress', '• Datix category added in December 2019.\n• Debrief offer agreed with the Psychology service; uptake is not yet measured.', 'Staff on acute and PICU wards feel supported after abuse and report it.', ''],
    [4, '4b. Train 20 Dignity at Work advisors, at least five of them from the Disability Staff Network.', 'Organisational Development Consultant', D(2020, 3, 1), 'Not Started', '• Training provider booked for April 2020.', 'Staff have someone other than their manager to go to.', ''],
    [4, '4c. Publish a short “how to report it” guide in easy read and audio formats.', 'Communications Manager', D(2019, 12, 1), 'Completed', '• Published on the intranet and put up in every staff room on 9 December 2019.', 'As above', D(2019, 12, 1)],
    [5, '5a. Open the “Stepping Up” development programme with ten places kept for Disabled staff at Bands 3–6.', 'Head of Learning and Development', D(2020, 3, 1), 'In Progress', '• Programme designed with the network.\n• The first cohort (12 people, 4 of them Disabled) starts on 16 March 2020.', 'More Disabled staff apply for and secure promotion.', ''],
    [8, '8a. Introduce a Reasonable Adjustments Passport that moves with the member of staff when they change team or manager.', 'Health and Wellbeing Lead / Disability Staff Network Chair', D(2020, 2, 1), 'In Progress', '• Passport drafted and tested with 8 staff in two teams.\n• Feedback: managers want a short guide to go with it; this is being written.', 'Adjustments are agreed once and kept.', ''],
    [9, '9a. Hold “Listen Up” sessions led by an executive director with Disabled staff on each site.', 'Director of Workforce', D(2020, 1, 1), 'Completed', '• Four sessions held in January 2020 with 57 staff.\n• Themes fed into the Workforce Strategy refresh.', 'Disabled staff tell us what would make the most difference.', D(2020, 2, 1)],
    [9, '9b. Give the Disability Staff Network chair protected time of one day a week and a budget of £3,000.', 'Chief Executive', D(2019, 10, 1), 'Completed', '• Agreed by the Executive Team in September 2019.', 'A network that can hold the Trust to account.', D(2019, 10, 1)],
    [10, '10a. Include a confidential disability declaration in the Board’s annual fit and proper person self-assessment.', 'Company Secretary', D(2020, 4, 1), 'Not Started', '', 'Board figures we can report with confidence.', ''],
  ];
  const DF = 'mmm-yy';
  let start = null; let cur = null;
  for (const [m, act, lead, dt, st, prog, out, comp] of rows) {
    const first = m !== cur;
    const vals = [first ? M[m] : '', act, lead, dt, st, prog, out, comp];
    const r = p.action(vals, {
      ref: act.split('.')[0], indicators: [String(m)], action: act, lead, due: dt instanceof Date ? shown(dt, DF) : dt, status: st, rag: null,
      progress: prog, outcome: out, completed: comp ? shown(comp, DF) : '',
    }, { height: fitHeight(['', ...vals.slice(1)], W, 9), styles: [{}, {}, {}, { numFmt: DF, alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: DF, alignment: { horizontal: 'center' } }] });
    if (first) { if (start) { mergeDown(p.ws, 'A', start, r - 1); fitMerged(p.ws, start, r - 1, M[cur], W[0], 9); } start = r; cur = m; }
  }
  mergeDown(p.ws, 'A', start, p.r); fitMerged(p.ws, start, p.r, M[cur], W[0], 9);
  p.blank();
  p.line(['Next review of this plan: People and Culture Committee, April 2020.'], { merge: ['A', 'H'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  p.ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health FT), laid out like a published mental-health-trust WDES plan of 2019-20 / 2020-21. Sheet 'WDES Action Plan 2019-20': trust name, title 'WDES ACTION PLAN 2019/2020', an intro paragraph (the trust as 'BMHFT'), a blank row, the header 'Indicator | Action(s) | Lead | Date | Status | Progress | Anticipated Outcome | Completed' (row 5, frozen), then 13 actions with the FULL METRIC WORDING (with its number) merged down column A beside its actions, and a closing italic review line. Date and Completed are real dates shown 'mmm-yy'; 2b's date is the text '2019'; Completed is filled only for finished actions. Status words are plain (no colour, no key). Judgement calls: ref = the number at the start of the action text ('1a', '4b', '10a'), the action text keeps it (as the plan writes it); indicators from the merged metric cell's own number – this is a 2019-20 plan, so metric 4 (a) and b) inside one cell) and metric 9 are WHOLE metrics: the action numbers '4a.', '4b.', '4c.', '9a.', '9b.' are only a numbering and every one of them gets ['4'] or ['9'], never 4a/4b/9a/9b; due = Date as displayed ('Nov-19', '2019' kept); completed = the Completed date as displayed, '' where empty; status as written, rag null (no colour or key); progress = the Progress cell (bullets kept); outcome = Anticipated Outcome as written (4c's 'As above' kept literally – not borrowed from 4b); theme null (the merged metric wording is context, not a grouping heading); 10a has no progress; the review line's 'April 2020' is no due.", { notFrom: ['A'], metricLead: { col: 'A' }, forbidden: ['April 2020'] });
}
