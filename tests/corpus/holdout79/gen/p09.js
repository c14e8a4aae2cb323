// holdout79-wdes-2025-26-wetherdown: acute and community trust, WDES report and plan as numbered paragraphs with ONE short
// 'Owner / date' cell beside them – 'Head of Wellbeing / Q3 2025-26' for an action, 'Done – May 2025' for something already done.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wetherdown and Vale NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout79-wdes-2025-26-wetherdown', sheet: 'WDES 2025-26', standard: 'WDES', period: '2025-26', trust, widths: [6, 82, 34], font: { name: 'Aptos Narrow', size: 11 } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  p.line([trust], { merge: ['A', 'C'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard – 2025 report and 2025/26 plan (People Committee, 18 September 2025)'], { merge: ['A', 'C'], style: { italic: true } });
  p.header(['Ref', 'Narrative', 'Owner / date'], { style: { fill: 'FFE2EFDA' } });
  const secs = []; let theme = null, inds = [];
  const H = (t, i, list = true) => { const r = p.line([t], { merge: ['A', 'C'], style: { bold: true, fill: 'FFF2F2F2' }, border: true }); if (list) { secs.push(r); theme = t; inds = i; } return r; };
  const data = []; const done = [];
  const P = (no, t, side = '') => { const r = p.write([no, t, side], { styles: [{}, {}, side ? { italic: true, color: 'FF548235' } : {}] }); p.nonActionRows.push(r); data.push(r); return r; };
  const A = (no, t, side) => { const [lead, due] = side.split(' / '); return p.action([no, t, side], { ref: no, action: t, theme, indicators: inds, lead, due }); };
  H('1 Where we are', [], false);
  P('1.1', 'Declaration on ESR is 8.2%, against 24% of respondents to the 2024 staff survey (metric 1).');
  P('1.2', 'This is our seventh WDES plan. It keeps the three priorities agreed with the Disability and Long-Term Conditions Network last year: adjustments, safety and voice.');
  H('2 Reasonable adjustments (metric 8)', ['8']);
  P('2.1', 'The central adjustments fund paid for 146 adjustments in 2024/25, with a median wait of 19 working days.');
  done.push(P('2.2', 'The adjustments passport was moved into the staff app, so that it follows staff when they change team.', 'Done – May 2025'));
  A('2.3', 'Cut the median wait for an adjustment to 10 working days by paying suppliers directly from the central fund.', 'Head of Wellbeing / Q3 2025-26');
  A('2.4', 'Give every new manager a one-hour adjustments session as part of management induction, run with Network members.', 'Leadership Development Manager / Jan 2026');
  A('2.5', 'Publish adjustments fund spend by directorate twice a year.', 'Finance Business Partner (Workforce) / Nov 2025');
  H('3 Harassment, bullying and abuse (metrics 4a and 4b)', ['4a', '4b']);
  P('3.1', '27% of disabled staff experienced harassment from patients or the public (metric 4a), and 49% said that they or a colleague reported it (metric 4b).');
  A('3.2', 'Add a disability marker to violence and aggression reports so that patterns show in the quarterly security report.', 'Head of Security / Dec 2025');
  A('3.3', 'Run \'Speak up, we will listen\' sessions for disabled staff in each community hub.', 'Freedom to Speak Up Guardian & Network chair / Mar 2026');
  done.push(P('3.4', 'Conflict resolution training was opened to disabled staff, with its format adjusted (shorter sessions, captioned video).', 'Done – Jul 2025'));
  H('4 Voice and influence (metrics 9b and 10)', ['9b', '10']);
  A('4.1', 'Make the Network co-chairs standing members of the People Committee, with their time backfilled for one session a month.', 'Chief People Officer / Oct 2025');
  A('4.2', 'Ask each Board member to shadow a disabled colleague for half a day and report back at a Board development session.', 'Director of Corporate Governance / by 31.03.26');
  H('5 Monitoring', [], false);
  P('5.1', 'The People Committee will receive a position report on each action in January 2026.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute and community FT). Sheet 'WDES 2025-26', Aptos Narrow 11: trust, an italic line (2025 report and 2025/26 plan, People Committee 18 September 2025), the header 'Ref | Narrative | Owner / date' (row 3, frozen), then grey headings merged A:C ('1 Where we are', '2 Reasonable adjustments (metric 8)', '3 Harassment, bullying and abuse (metrics 4a and 4b)', '4 Voice and influence (metrics 9b and 10)', '5 Monitoring') over numbered paragraphs. The ONE side cell 'Owner / date' holds 'post / date' for actions and an italic green 'Done – <month>' for things already done. Judgement calls: an action is a paragraph still to be done with 'owner / date' beside it (2.3, 2.4, 2.5, 3.2, 3.3, 4.1, 4.2). 2.2 and 3.4 are written in the past tense with 'Done – May 2025' / 'Done – Jul 2025' beside them – statements of what WAS done, not actions (their months are no dues). 1.1, 2.1 and 3.1 are findings, 1.2 context, 5.1 the monitoring statement (no side cell; the People Committee and January 2026 give no field). Action = the paragraph cell; ref = Ref; the side cell is SPLIT at ' / ': lead = the part before it as written (kept whole when it names two: 'Freedom to Speak Up Guardian & Network chair'), due = the part after it as displayed ('Q3 2025-26', 'Jan 2026', 'by 31.03.26'); theme = the heading above; indicators = the metric(s) that heading names ('metrics 4a and 4b' → both, '9b and 10' → both; 3.1's own brackets are a finding's). No status or RAG.", { sections: secs, dataRows: data, forbidden: ['Done – May 2025', 'Done – Jul 2025', 'May 2025', 'Jul 2025', 'People Committee', 'January 2026', '18 September 2025'] });
}
