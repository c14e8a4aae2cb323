// holdout16-wdes-2020-21-ambleford: ORDINARY Covid-year WDES update – NHS-blue merged title bar, 'Last reviewed' line, a
// horizontal KEY ROW of filled status words directly above the header; header cells with LINE BREAKS ('Ref.\nNo.',
// 'WDES\nmetric', 'Target\ncompletion', 'Progress update\n(January 2021)'); 'WDES20/01'; 'WDES 4 & 9'; text timescales in
// financial-year terms; grey 'Paused (COVID-19)' → rag null; note under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wdes-2020-21-ambleford', sheet: 'WDES', standard: 'WDES', period: '2020-21', trust: 'Ambleford Teaching Hospitals NHS Trust', widths: [11, 11, 58, 30, 15, 14, 46] });
  p.line(['Ambleford Teaching Hospitals NHS Trust · WDES Action Plan 2020/21'], { merge: ['A', 'G'], height: 26, style: { bold: true, fill: C.nhs, color: C.white, font: { size: 14 }, alignment: { vertical: 'middle' } } });
  p.line(['Last reviewed: 12 January 2021 (People and Culture Committee)'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Paused (COVID-19)': [C.grey, null] };
  p.line(['Key:', 'Complete', 'On track', 'Delayed', 'Paused (COVID-19)'], { border: true, styles: [{ bold: true }, ...['Complete', 'On track', 'Delayed', 'Paused (COVID-19)'].map((w) => ({ fill: S[w][0], ...(S[w][2] ? { color: S[w][2] } : {}) }))] });
  p.header(['Ref.\nNo.', 'WDES\nmetric', 'Action', 'Lead', 'Target\ncompletion', 'Status', 'Progress update\n(January 2021)'], { height: 30, style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  const data = [
    ['WDES20/01', 'WDES 1', ['1'], 'Ask all staff to check and update their disability status on ESR as part of the annual appraisal.', 'Workforce Information Team', 'Q4 2020/21', 'On track', 'Question added to the appraisal form; declaration up to 5.8%.'],
    ['WDES20/02', 'WDES 2', ['2'], 'Review the shortlisting guidance so that the guaranteed interview scheme is applied to every vacancy.', 'Head of Recruitment', 'Q3 2020/21', 'Complete', 'Guidance reissued in November.'],
    ['WDES20/03', 'WDES 3', ['3'], 'Pause and review any capability case where an adjustment has been requested but not yet put in place.', 'Head of Employee Relations', 'From Q2 2020/21', 'Complete', 'Process in place since August.'],
    ['WDES20/04', 'WDES 4 & 9', ['4', '9'], 'Establish a Disability and Long-Term Conditions Network with a terms of reference and executive sponsor.', 'Head of Inclusion', 'Q2 2020/21', 'Complete', 'Network launched virtually in September; 52 members.'],
    ['WDES20/05', 'WDES 4', ['4'], 'Deliver bystander training for managers on challenging bullying of disabled staff.', 'Head of OD', 'H2 2020/21', 'Paused (COVID-19)', 'Face-to-face training suspended; virtual version being designed.'],
    ['WDES20/06', 'WDES 5', ['5'], 'Ring-fence places on the in-house leadership programme for disabled staff.', 'Head of OD', '2021/22', 'Paused (COVID-19)', 'Programme suspended for the second wave.'],
    ['WDES20/07', 'WDES 6', ['6'], 'Make sure the COVID-19 risk assessment covers disabled staff and staff with long-term conditions, and that managers follow it up.', 'Head of Occupational Health', 'By 31 March 2021', 'On track', '94% of risk assessments completed.'],
    ['WDES20/08', 'WDES 7', ['7'], 'Publish staff stories from the network in the weekly staff briefing.', 'Communications Manager', 'Monthly', 'On track', 'Four stories published.'],
    ['WDES20/09', 'WDES 8', ['8'], 'Buy equipment for staff working from home who need adjustments, from a central budget.', 'Director of Finance', 'Q3 2020/21', 'Delayed', 'Budget agreed; ordering process slow.'],
    ['WDES20/10', 'WDES 10', ['10'], 'Include disability in the Board skills and diversity audit.', 'Trust Secretary', 'By 31 March 2021', 'Delayed', 'Audit postponed to February.'],
  ];
  for (const [ref, m, inds, action, lead, due, st, upd] of data)
    p.action([ref, m, action, lead, due, st, upd], { ref, indicators: inds, action, lead, due, status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  p.blank();
  p.line(['Note: actions marked Paused (COVID-19) will be restarted when face-to-face activity resumes; revised dates will be agreed by the Committee.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY Covid-year WDES update: trust and title in one NHS-BLUE merged bar (white text), an italic 'Last reviewed: 12 January 2021' line, a blank row, then a horizontal KEY ROW ('Key:' + four filled words: Complete blue, On track green, Delayed amber, Paused (COVID-19) grey) DIRECTLY ABOVE the pale-blue header, whose cells have LINE BREAKS: 'Ref.\\nNo. | WDES\\nmetric | Action | Lead | Target\\ncompletion | Status | Progress update\\n(January 2021)' (row 5). Refs 'WDES20/01'…'WDES20/10'. Metrics 'WDES N' and 'WDES 4 & 9' (pre-2021 set, whole 4 and 9). Leads are roles and teams. Timescales are text in financial-year terms ('Q4 2020/21', 'From Q2 2020/21', 'H2 2020/21', '2021/22', 'By 31 March 2021', 'Monthly'). Status words filled per the key; 'Paused (COVID-19)' is GREY → rag null. Note line below. Judgement calls: a paused action has a status ('Paused (COVID-19)') but no RAG colour; the note gives no new dates; the key row is not an action.", { ragCol: 'F', mode: 'fill' });
}
