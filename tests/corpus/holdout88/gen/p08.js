// holdout88-wdes-2025-26-corbury: an integrated care trust's WDES plan written as section 3 of a Word report and pasted into Excel:
// the report's heading and paragraphs above the table, the Word table's full-width THEME rows (merged across), 'Who' cells holding
// 'Lead: …' and 'Support: …' on two lines, 'When' cells holding 'Start: …' and 'End: …', numbered steps inside an action cell, and
// Word's footnote under the table.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Corbury Integrated Care NHS Trust';
  const p = new Plan(book, { name: 'holdout88-wdes-2025-26-corbury', sheet: 'Sheet1', standard: 'WDES', period: '2025-26', trust, widths: [7, 13, 52, 30, 20, 40], font: { name: 'Arial', size: 10 } });
  const P = (t, st = {}) => p.line([t], { style: { alignment: { wrapText: false }, ...st } });
  P(`${trust} – Workforce Disability Equality Standard report 2025`, { bold: true, font: { size: 12 } });
  P('3.  Our plan for 2025/26', { bold: true, font: { size: 11 }, color: 'FF00A499' });
  P('3.1  The actions below were developed with the Disability and Long-Term Conditions Staff Network at two workshops in July 2025.');
  P('3.2  Progress is reported to the Inclusion Programme Board every two months; the position shown is at 28 November 2025.');
  p.blank();
  const hdr = p.header(['Ref', 'WDES metric(s)', 'What we will do', 'Who', 'When', 'Progress'], { style: { fill: 'FF00A499', color: 'FFFFFFFF' } });
  const secs = []; let theme;
  const S = (s) => { secs.push(p.line([s], { merge: ['A', 'F'], border: true, style: { bold: true, fill: 'FFDAF1EF' } })); theme = s; };
  const A = (ref, m, inds, a, lead, support, start, end, prog) => {
    const who = support ? `Lead: ${lead}\nSupport: ${support}` : `Lead: ${lead}`;
    const when = start ? `Start: ${start}\nEnd: ${end}` : end;
    return p.action([ref, m, a, who, when, prog], { ref, indicators: inds, theme, action: a, lead, due: end, progress: prog });
  };
  S('Theme A – Joining and progressing');
  A('A1', '1', ['1'], 'Move the disability question to the start of the ESR self-service “My details” page and send a reminder with each pay-award letter.', 'Head of Workforce Systems', 'Communications Team', 'Apr 2025', 'Jul 2025', 'Done. Declaration up from 6.8% to 8.3%.');
  A('A2', '2', ['2'], 'Make recruitment accessible from advert to offer:\n1. plain-English adverts with a named contact for adjustments\n2. interview questions sent 48 hours ahead on request\n3. a check-in call before the first day', 'Resourcing Manager', 'Disability Network', 'May 2025', 'Dec 2025', 'Steps 1 and 2 in place; step 3 from January.');
  A('A3', '5', ['5'], 'Offer a sponsor from the senior leadership team to disabled staff at Bands 6–8a who apply for the “Next Level” programme.', 'Head of Leadership & Talent', '', '', 'Mar 2026', 'Nine sponsors matched.');
  S('Theme B – Fair and safe treatment');
  A('B1', '3', ['3'], 'Add a reasonable-adjustments check to the capability procedure at the informal stage, signed off by an HR adviser.', 'Head of Employee Relations', 'Staff-side Disability Champion', 'Jun 2025', 'Sep 2025', 'Procedure approved by JNCC in September.');
  A('B2', '4a, 4b', ['4a', '4b'], 'Issue body-worn cameras to community nurses and therapists who visit patients alone, with a disability code on incident reports.', 'Head of Security Management', 'Community Services Directors', 'Jul 2025', 'Feb 2026', 'Cameras issued in two of four localities.');
  A('B3', '4c', ['4b'], 'Send a follow-up message to everyone who reports harassment, saying what happened as a result.', 'Freedom to Speak Up Guardian', '', '', 'Oct 2025', 'Template agreed; live in October.');
  S('Theme C – Adjustments, wellbeing and voice');
  A('C1', '6, 8', ['6', '8'], 'Bring in a Workplace Adjustments Passport that follows staff when they move team, and a central budget for adjustments.', 'Head of Health & Wellbeing', 'Finance Business Partner', 'Apr 2025', 'Jan 2026', 'Passport live; central budget agreed for 2026/27.');
  A('C2', '7, 9a', ['7', '9a'], 'Run “Working Well With…” sessions where disabled staff talk to managers about what helps.', 'Organisational Development Lead', 'Disability Network', '', 'Quarterly', 'Two sessions held (June and October).');
  A('C3', '9b', ['9b'], 'Give the Network co-chairs one day a month protected time and a standing item at the People Committee.', 'Chief People Officer', '', '', 'Apr 2025', 'In place.');
  A('C4', '10', ['10'], 'Include disability in the Board skills and diversity audit and publish the result in the annual report.', 'Director of Corporate Governance', '', 'Sep 2025', 'Jun 2026', 'Audit questionnaire issued.');
  p.blank();
  const fn = P('Metric 4c is not a WDES metric; B3 was written against the reporting question in metric 4b.', { font: { size: 8 }, italic: true });
  P('Section 4 of this report sets out the 2025 data for each metric.', { font: { size: 10 } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional integrated care trust), SECTION 3 OF A WORD REPORT PASTED INTO EXCEL (sheet 'Sheet1', Arial 10): the report's title naming the trust, a teal heading '3.  Our plan for 2025/26' and two numbered paragraphs '3.1 …' and '3.2 …' (numbered like actions but prose; 3.2 gives the position date 28 November 2025), then the Word table: teal header 'Ref | WDES metric(s) | What we will do | Who | When | Progress' (row ${hdr}), three full-width THEME rows merged A:F (Word's merged rows), actions A1–A3, B1–B3, C1–C4. Word's soft line breaks came across inside cells: 'Who' holds 'Lead: …' and, on most rows, 'Support: …' on a second line; 'When' holds 'Start: …' and 'End: …' on two lines where the plan gave both, a single date or 'Quarterly' where not; A2's action carries a NUMBERED LIST of three steps inside its cell. Under the table a small italic note ('Metric 4c is not a WDES metric; B3 was written against the reporting question in metric 4b.') and a pointer to section 4. Judgement calls: lead = the name after 'Lead:' only – the 'Support:' line is no lead; due = the End date ('Start:' is no due), or the single value as typed ('Quarterly'); A2 is ONE action with its numbered steps (whole cell); the report's numbered paragraphs are not actions; action = What we will do; progress = Progress; ref = Ref; indicators from the metric cell ('4a, 4b', '6, 8', '7, 9a' → both; B3's '4c' → ['4b'] as the note under the table says); theme = the theme row above. No status column: status '' and rag null. The workshop month and the position date are no dues.`, { sections: secs, dataRows: [fn], labelled: [{ field: 'lead', col: 'D', label: 'Lead:' }, { field: 'due', col: 'E', label: 'End:' }], forbidden: ['28 November 2025', 'July 2025', 'Disability Network', 'Communications Team'] });
}
