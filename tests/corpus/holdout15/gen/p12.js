// holdout15-wdes-2026-27-strandley: ORDINARY new-year WDES plan – title, intro paragraph, QUESTION HEADER 'What is the
// issue? | What are we going to do? | Which metric(s)? | Who will lead? | When? | How will we know? | RAG'; metric words
// 'Metrics 4a & 4b', 'Metric 9b', 'All metrics' (= the twelve 2021-set codes); month-range timescales; RAG letters filled
// for the three actions already under way, EMPTY for the rest (rag null); 'ISSUE' merged down over two actions; approval.
import { Book, Plan, C, mergeDown, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wdes-2026-27-strandley', sheet: 'Disability Equality Plan', standard: 'WDES', period: '2026-27', trust: 'Strandley Mental Health and Learning Disability NHS Trust', widths: [34, 54, 16, 28, 18, 34, 7], font: { name: 'Arial', size: 10 } });
  p.line(['Strandley Mental Health and Learning Disability NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['Workforce Disability Equality Standard – our plan for 2026/27'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Our 2026 WDES data shows real progress on declaration and on reasonable adjustments, but disabled colleagues are still more likely to experience harassment from colleagues and less likely to feel their voice is heard. This plan was written with the Disability and Neurodiversity Network (ABLE) in May and June 2026.'], { merge: ['A', 'G'], height: 42 });
  p.blank();
  p.header(['What is the issue?', 'What are we going to do?', 'Which metric(s)?', 'Who will lead?', 'When?', 'How will we know?', 'RAG'], { style: { fill: C.lilac, alignment: { vertical: 'middle', wrapText: true } } });
  const L = { G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const data = [
    ['Disabled applicants are less likely to be appointed (relative likelihood 1.21).', 'Offer every disabled applicant a named contact in the recruitment team and adjustments at each stage.', 'Metric 2', ['2'], 'Head of Recruitment', 'Apr–Jun 2026', 'Relative likelihood below 1.10 in the 2027 data', 'G'],
    [null, 'Publish an accessible version of every job advert and information pack.', 'Metric 2', ['2'], 'Head of Recruitment', 'Jul–Sep 2026', 'All adverts available in an accessible format', ''],
    ['Disabled colleagues are more likely to face harassment from managers and colleagues.', 'Deliver "Respect at work" conversations in every team that scored below the Trust average for disability harassment.', 'Metrics 4a & 4b', ['4a', '4b'], 'Head of Organisational Development', 'Jul 2026 – Mar 2027', 'Fewer disabled staff report harassment from colleagues', 'A'],
    [null, 'Make sure every formal complaint of harassment is reviewed by someone trained in disability awareness.', 'Metric 4b', ['4b'], 'Head of Employee Relations', 'Oct–Dec 2026', 'Review recorded on every case', ''],
    ['Disabled staff are more likely to enter formal capability.', 'Add a reasonable-adjustments review before stage 1 of the capability procedure.', 'Metric 3', ['3'], 'Head of Employee Relations', 'Sep 2026', 'Ratio below 1.5', ''],
    ['Some disabled staff wait too long for adjustments.', 'Move all adjustment requests onto one online form with a 28-day target and monthly reporting.', 'Metric 8', ['8'], 'Head of Occupational Health', 'Apr–Sep 2026', '90% of adjustments in place within 28 days', 'G'],
    ['Disabled staff feel less able to influence change.', 'Fund two ABLE network co-chairs with one day a week each.', 'Metric 9b', ['9b'], 'Chief People Officer', 'From Apr 2026', 'Co-chairs in post', 'G'],
    ['Engagement of disabled staff is lower.', 'Hold quarterly "Ask the Exec" sessions for disabled staff and publish what changed as a result.', 'Metrics 7 & 9a', ['7', '9a'], 'Chief Executive', 'Quarterly', 'Engagement score gap closes by 0.2', ''],
    ['Few disabled staff in senior roles.', 'Guarantee a place on the "Aspiring Leaders" programme for disabled staff at Band 6 and 7 who apply.', 'Metric 5', ['5'], 'Head of Leadership Development', 'Jan–Mar 2027', 'At least 8 disabled participants', ''],
    ['The Board does not reflect our workforce.', 'Ask Board members to share their disability status in the annual declaration and publish the result.', 'Metric 10', ['10'], 'Trust Secretary', 'Jun 2026', 'Board data published in the annual report', ''],
    ['Keeping the plan alive.', 'Report progress on this plan to the People Committee every quarter and to the Board in March 2027.', 'All metrics', ALL_WDES21, 'Head of Equality, Diversity and Inclusion', 'Quarterly', 'Four reports to the People Committee', ''],
  ];
  let issueStart = 0;
  data.forEach(([issue, action, m, inds, lead, due, meas, rag], i) => {
    const r = p.action([issue, action, m, lead, due, meas, rag || null], { indicators: inds, action, lead, due, status: rag, rag: rag ? L[rag][1] : null, outcome: meas }, { styles: [{}, {}, {}, {}, {}, {}, rag ? { fill: L[rag][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' } } : {}] });
    if (issue) issueStart = r; else mergeDown(p.ws, 'A', issueStart, r);
  });
  p.blank();
  p.line(['RAG: G = on track, A = some delay, R = off track; blank = not yet started.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Agreed by the People Committee on 16 July 2026. Executive lead: Chief People Officer.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY new-year WDES plan (2026/27): purple trust name, title, a merged INTRO PARAGRAPH (which mentions metrics but is not an action), a blank row, then a lilac QUESTION HEADER 'What is the issue? | What are we going to do? | Which metric(s)? | Who will lead? | When? | How will we know? | RAG' (row 5). The ISSUE is MERGED DOWN over two actions twice (rows 6–7 and 8–9) – context, not a theme. Metrics as words 'Metric 2', 'Metrics 4a & 4b', 'Metric 9b', 'Metrics 7 & 9a', 'All metrics' (= the twelve 2021-set codes). 'When?' is text (month ranges 'Apr–Jun 2026', 'Jul 2026 – Mar 2027', 'From Apr 2026', 'Quarterly'). 'How will we know?' = outcome. RAG letters G / A filled for the four actions already under way; the other seven RAG cells are EMPTY (not yet started, as the key line says) → status '' and rag null. Key line and approval line under the table. Judgement calls: empty RAG = no status, no colour; the merged issue is not a theme or outcome; the intro paragraph is not an action.", { ragCol: 'G', mode: 'fill' });
}
