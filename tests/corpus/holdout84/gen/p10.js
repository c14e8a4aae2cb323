// holdout84-wres-2017-18-ellerbrook: small acute trust's WRES plan grouped by indicator: the full wording of each WRES indicator is
// MERGED DOWN beside its actions (it gives the indicator, not a theme); the Lead cell is merged down where one person owns consecutive
// actions; the RAG cell holds no word, only a fill; one action typed on two rows with Enter.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ellerbrook Hospital NHS Trust';
  const p = new Plan(book, { name: 'holdout84-wres-2017-18-ellerbrook', sheet: 'Action Plan', standard: 'WRES', period: '2017-18', trust, widths: [38, 6, 52, 24, 11, 34, 6], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} – Workforce Race Equality Standard: Action Plan 2017-18`], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.line(['Prepared by the Workforce Directorate for the Equality & Inclusion Group. Comments updated 9 February 2018.'], { merge: ['A', 'G'] });
  p.blank();
  p.header(['WRES indicator', 'Ref', 'Action', 'Lead', 'Date', 'Comments', 'RAG'], { style: { fill: 'FFFFE699' } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { red: C.red, amber: C.amber, green: C.green };
  // [indicator wording, code, [[ref, [action lines], lead|null, date, comment, rag]]]
  const groups = [
    ['Indicator 1: Percentage of staff in each of the AfC bands 1–9 and VSM compared with the percentage of staff in the overall workforce', '1', [
      ['A1', ['Improve ethnicity recording on ESR for medical staff and bank workers, where 14% are “not stated”.'], 'Workforce Information Officer', 'Dec 2017', 'Not stated down to 9%.', 'green'],
      ['A2', ['Publish a bands-by-ethnicity table for each directorate to directors.'], null, 'Jan 2018', 'First tables sent in January.', 'green'],
    ]],
    ['Indicator 2: Relative likelihood of staff being appointed from shortlisting across all posts', '2', [
      ['B1', ['Include a BME panel member for all posts at Band 7 and above and keep a list of trained', 'panel members the recruitment team can call on.'], 'Recruitment Manager', 'Mar 2018', 'List of 23 trained members; not yet on every panel.', 'amber'],
      ['B2', ['Give unsuccessful internal BME candidates feedback from the panel chair within two weeks.'], null, 'Nov 2017', 'Not started.', 'red'],
    ]],
    ['Indicator 3: Relative likelihood of staff entering the formal disciplinary process', '3', [
      ['C1', ['Ask HR advisers to discuss every proposed disciplinary with a senior manager from outside the department before it starts.'], 'HR Business Partner', 'Oct 2017', 'In place.', 'green'],
    ]],
    ['Indicator 4: Relative likelihood of staff accessing non-mandatory training and CPD', '4', [
      ['D1', ['Record applications and approvals for CPD funding by ethnicity and report them to the Education Committee.'], 'Head of Education & Training', 'Feb 2018', 'Form changed; first report due in April.', 'amber'],
    ]],
    ['Indicators 5–8: Staff survey – harassment, bullying, equal opportunities and discrimination', '5, 6, 7, 8', [
      ['E1', ['Share the staff survey results for BME staff with every ward and department and ask each to agree one action with its team.'], 'Head of Organisational Development', 'Mar 2018', 'Results shared; 11 of 30 areas have an action.', 'amber'],
    ]],
    ['Indicator 9: Percentage difference between the organisation’s Board voting membership and its overall workforce', '9', [
      ['F1', ['Raise the Board’s ethnic make-up with NHS Improvement’s NExT director scheme when the next non-executive post is filled.'], 'Trust Chair', 'Mar 2018', 'One NED vacancy in April.', 'amber'],
    ]],
  ];
  let leadTop = null; let lead = '';
  for (const [wording, code, acts] of groups) {
    const first = p.r + 1;
    for (const [ref, al, ld, date, com, rag] of acts) {
      const r0 = p.r + 1;
      if (ld) { if (leadTop && r0 - 1 > leadTop) mergeDown(p.ws, 'D', leadTop, r0 - 1); leadTop = r0; lead = ld; }
      const r = p.action([r0 === first ? wording : '', ref, al[0], ld || '', date, com, ''], { ref, indicators: code.split(', '), action: al.join(' '), lead, due: date, status: '', rag: rag === 'red' ? 'red' : rag === 'amber' ? 'amber' : 'green', progress: com },
        { styles: [{ alignment: { vertical: 'middle' }, italic: true }, {}, {}, { alignment: { vertical: 'middle' } }, {}, {}, { fill: F[rag] }] });
      for (let k = 1; k < al.length; k++) p.line(['', '', al[k], '', '', '', ''], { border: true, styles: [{}, {}, {}, {}, {}, {}, { fill: F[rag] }] });
      if (al.length > 1) p.joins[r] = [{ col: 3, rows: al.slice(1).map((_, k) => r + 1 + k) }];
    }
    mergeDown(p.ws, 'A', first, p.r);
  }
  if (p.r > leadTop) mergeDown(p.ws, 'D', leadTop, p.r);
  p.blank();
  p.line(['RAG: green = done or on track; amber = some progress; red = not started.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional small acute trust). Sheet 'Action Plan': one title row naming the trust, a line naming who prepared it and when the comments were updated, then the yellow header 'WRES indicator | Ref | Action | Lead | Date | Comments | RAG' (row 4, frozen) and eight actions A1–F1. The full WRES indicator wording ('Indicator 2: Relative likelihood of staff being appointed from shortlisting across all posts' …) is MERGED DOWN in column A beside the indicator's actions, and the Lead cell (D) is merged down where one person owns consecutive actions (A1–A2, B1–B2 – B1's two rows included). B1 was typed with Enter: its sentence runs on into the row below, which has nothing else (its RAG cell carries the same fill). The RAG cell holds NO WORD, only a fill. Judgement calls: the merged column A gives the INDICATOR, not a theme – it is the standard's own wording, not a grouping the trust chose (theme null); 'Indicators 5–8' gives 5, 6, 7, 8 (E1 is about the survey results as a whole); A2 and B2 take the lead of the merged Lead cell covering them; B1's continuation row is no action – the action is both lines joined with a space; ref = Ref; due = Date as typed; progress = Comments as written; status '' with rag from the fill; the 9 February 2018 update date is no due; the Workforce Directorate and the Equality & Inclusion Group lead nothing.", { mode: 'fill', ragCol: 7, mergedFields: { lead: 'D' }, forbidden: ['9 February 2018', 'Workforce Directorate', 'Equality & Inclusion Group'] });
}
