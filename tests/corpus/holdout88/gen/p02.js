// holdout88-wdes-2019-20-quenford: a mental health trust's first WDES plan written in Word and pasted into Excel: the report's text
// above the table (a numbered list of FINDINGS), a caption, then the Word table – each paragraph of a cell became its own row, so the
// metric cell (and, where one person leads a whole metric, the lead) is MERGED DOWN beside the numbered actions; the Word header cell
// over the metric spans two Excel columns; Word's cell shading kept as fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quenford Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout88-wdes-2019-20-quenford', sheet: 'Sheet1', standard: 'WDES', period: '2019-20', trust, widths: [14, 12, 52, 26, 13, 13], font: { name: 'Arial', size: 11 } });
  const P = (t, o = {}) => p.line([t], { style: { alignment: { wrapText: false }, ...(o.style || {}) } });
  P(trust, { style: { bold: true, font: { size: 14 } } });
  P('Workforce Disability Equality Standard (WDES) – report and action plan 2019/20', { style: { bold: true, font: { size: 12 } } });
  p.blank();
  P('This is the Trust’s first WDES report. The data below is taken from ESR at 31 March 2019 and from the 2018 NHS Staff Survey.');
  P('Our 2019 data shows that:');
  const data = [
    P('1.   4.1% of staff have declared a disability on ESR, against 18% in the staff survey.'),
    P('2.   Disabled applicants are 0.86 times as likely as non-disabled applicants to be appointed from shortlisting.'),
    P('3.   Disabled staff are 1.9 times more likely to enter the formal capability process (a small number of cases).'),
    P('4.   32% of disabled staff feel pressure from their manager to come to work when not well enough (non-disabled 22%).'),
  ];
  P('The actions we will take are set out in Table 2.');
  p.blank();
  const cap = P('Table 2: WDES action plan 2019/20', { style: { bold: true, italic: true } });
  const hdr = p.header(['Metric', '', 'What we will do', 'Lead', 'By when', 'Progress (RAG)'], { merge: ['A', 'B'], style: { fill: 'FFD9E2F3' } });
  const F = { Complete: C.green, 'On track': C.lightgreen, Delayed: C.amber, 'Not started': C.red };
  const R = { Complete: 'green', 'On track': 'green', Delayed: 'amber', 'Not started': 'red' };
  const metricCell = (n, t) => ({ richText: [{ text: n, font: { name: 'Arial', size: 11, bold: true } }, { text: '\n' + t, font: { name: 'Arial', size: 11 } }] });
  // [metric label, description, indicators, leadMerged or null, [[no+text, lead, due, status]...]]
  const blocks = [
    ['Metric 1', 'Disabled staff by pay band compared with the workforce', ['1'], null, [
      ['1.  Run a declaration campaign, “It’s safe to tell us”, with the Disability Network and update ESR self-service guidance.', 'Head of Workforce Information', 'Jul 2019', 'Complete'],
      ['2.  Report the declaration rate by directorate to the People Committee every quarter.', 'Workforce Information Analyst', 'Quarterly', 'On track']]],
    ['Metric 2', 'Appointment from shortlisting', ['2'], null, [
      ['3.  Check that every shortlisting panel applies the Disability Confident guaranteed interview scheme, with a monthly sample audit.', 'Recruitment Team Leader', 'Sep 2019', 'On track']]],
    ['Metric 3', 'Entry into the formal capability process', ['3'], null, [
      ['4.  Ask Occupational Health to advise on reasonable adjustments before any formal capability meeting for a disabled member of staff.', 'Senior HR Business Partner', 'Oct 2019', 'Delayed']]],
    ['Metric 4', 'Harassment, bullying or abuse', ['4'], 'Head of Health, Safety & Wellbeing', [
      ['5.  Add a disability question to the Datix violence and aggression form.', null, 'Aug 2019', 'Complete'],
      ['6.  Train ward managers on the inpatient units to support staff after abuse from service users, including abuse about a disability.', null, 'Dec 2019', 'On track'],
      ['7.  Promote the reporting route for staff who experience abuse from colleagues, through the Freedom to Speak Up Guardian.', null, 'Nov 2019', 'Not started']]],
    ['Metrics 5 & 6', 'Career progression; pressure to come to work', ['5', '6'], null, [
      ['8.  Rewrite the attendance management policy so that disability-related sickness absence is recorded separately and managers agree adjusted triggers.', 'HR Policy Lead', 'Jan 2020', 'Delayed']]],
    ['Metrics 7 & 8', 'Feeling valued; reasonable adjustments', ['7', '8'], 'Disability Network Chair', [
      ['9.  Pilot a Health and Adjustments Passport in two community teams.', null, 'Feb 2020', 'On track'],
      ['10.  Publish “you said, we did” stories from disabled staff on the intranet each quarter.', null, 'Mar 2020', 'Not started']]],
    ['Metric 9a', 'Staff engagement score', ['9a'], null, [
      ['11.  Hold two listening events a year with disabled staff, chaired by an executive director.', 'Director of People', 'Mar 2020', 'On track']]],
    ['Metric 10', 'Board membership', ['10'], null, [
      ['12.  Invite Board members to share their own disability status in confidence through the annual declaration of interests.', 'Company Secretary', 'Apr 2019', 'Complete']]],
  ];
  for (const [lab, desc, inds, mergedLead, acts] of blocks) {
    const first = p.r + 1;
    for (const [i, [t, lead, due, st]] of acts.entries()) {
      const l = mergedLead && i === 0 ? mergedLead : mergedLead ? null : lead;
      p.action([i === 0 ? metricCell(lab, desc) : null, null, t, l, due, st], { ref: t.match(/^(\d+)\./)[1], indicators: inds, action: t, lead: mergedLead || lead, due, status: st, rag: R[st] }, { styles: [{}, {}, {}, {}, {}, { fill: F[st] }] });
    }
    const last = p.r;
    p.ws.mergeCells(`A${first}:B${last}`);
    if (mergedLead && last > first) p.ws.mergeCells(`D${first}:D${last}`);
  }
  p.blank();
  const key = P('RAG: Complete / On track = green; Delayed = amber; Not started = red.', { style: { font: { size: 9 } } });
  const ap = P('This plan was approved by the People Committee on 19 June 2019 and will be refreshed after the 2020 WDES submission.', { style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional mental health trust), a WORD REPORT PASTED INTO EXCEL (sheet 'Sheet1', Arial 11): the report's paragraphs sit in column A without wrapping – trust name, title, an intro sentence, 'Our 2019 data shows that:' and a NUMBERED LIST OF FOUR FINDINGS ('1.   4.1% of staff have declared …' … '4.   32% of disabled staff feel pressure …'), a pointer to Table 2, then the caption 'Table 2: WDES action plan 2019/20' (row ${cap}) and the Word table: header 'Metric (merged A:B – Word's column boundary) | What we will do | Lead | By when | Progress (RAG)' (row ${hdr}) with Word's blue-grey shading. Each paragraph of a Word cell became its own row, so the METRIC CELL (a bold 'Metric 4' and a soft line break before its short description) is MERGED DOWN (and across A:B) beside its numbered actions 1.–12., and where one person leads a whole metric the LEAD is MERGED DOWN too (metric 4: 'Head of Health, Safety & Wellbeing' over actions 5–7; metrics 7 & 8: 'Disability Network Chair' over 9–10). Progress words on Word cell shading (green / light green / amber / red), a key line and an approval line under the table. Judgement calls: the numbered findings above the table are data, NOT actions (they are numbered like the actions); action = the 'What we will do' cell as written with its number, ref = that number; lead = the Lead cell, the merged cell's text given to every row it covers; due as typed ('Quarterly' kept); status = the progress word, rag from its shading as the key reads it (On track on light green → green, Delayed → amber, Not started → red); indicators from the merged metric cell ('Metric 4' without a letter → ['4'], 'Metrics 5 & 6' → both, 'Metric 9a'). Theme null: the metric cell is the indicator, not a section. The approval date is no due.`, { mode: 'fill', ragCol: 6, dataRows: data, forbidden: ['19 June 2019', 'Table 2: WDES action plan 2019/20'] });
}
