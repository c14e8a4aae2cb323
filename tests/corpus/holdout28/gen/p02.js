// holdout28-wdes-2023-24-deeside: follows Countess of Chester Hospital NHS FT's "Workforce Disability Equality Standard (WDES) Metrics
// and Action Plan 2023-2024" page (https://coch.nhs.uk/corporate-information/corporate-documents-and-downloads/workforce-disability-equality-standard-(wdes)-metrics-and-action-plan-2023-2024.aspx):
// the trust's 'fifth publication against this standard', the NHS Standard Contract requirement, the ten metrics, the link to the high
// impact actions of the EDI improvement plan, statistical gaps plus 2022 staff survey findings, 'the plan covers the next 12-month period,
// until 31st October 2024', then 'Key themes from the workforce data'. The table itself is ASSUMED (Key theme / WDES metric / Action /
// High Impact Action / Action owner / Completion date / Progress).
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Deeside Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout28-wdes-2023-24-deeside', sheet: 'WDES Action Plan', standard: 'WDES', period: '2023-24', trust, widths: [22, 10, 50, 12, 24, 14, 30] });
  p.line(['Workforce Disability Equality Standard (WDES) Metrics and Action Plan 2023-2024'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line([`${trust} is committed to meeting the requirements of the WDES; this is our fifth publication against the standard. Publishing the metrics and an action plan is a requirement of the NHS Standard Contract.`], { merge: ['A', 'G'], height: 30 });
  p.line(['The action plan builds on the high impact actions set out in the NHS EDI Improvement Plan. It draws on gaps in our own workforce data and on the 2022 National Staff Survey, and covers the twelve months to 31st October 2024.'], { merge: ['A', 'G'], height: 30 });
  p.line(['Key themes from the workforce data'], { merge: ['A', 'G'], style: { bold: true } });
  const themes = [
    p.line(['• 7.9% of staff have declared a disability on ESR, against 21.4% in the staff survey'], { merge: ['A', 'G'] }),
    p.line(['• Disabled applicants are less likely to be appointed from shortlisting (relative likelihood 1.37)'], { merge: ['A', 'G'] }),
    p.line(['• More disabled staff report harassment from managers (15.8% against 9.6%)'], { merge: ['A', 'G'] }),
    p.line(['• Fewer disabled staff feel their work is valued (33.2% against 44.5%)'], { merge: ['A', 'G'] }),
  ];
  p.blank();
  p.header(['Key theme', 'WDES metric', 'Action', 'High Impact Action', 'Action owner', 'Completion date', 'Progress'], { style: { fill: C.nhs, color: C.white } });
  const rows = [
    ['Declaration', [
      ['1', 'Run a "count me in" declaration campaign through payslips and team briefs, with the Disability and Long Term Conditions Network.', '2', 'Head of Workforce Information', D(2024, 3, 31), 'Campaign materials agreed with the network.'],
      ['1, 9a', 'Add disability questions to the annual appraisal form so staff can update their record during the conversation.', '4', 'Head of Learning and OD', D(2024, 6, 30), ''],
    ]],
    ['Recruitment', [
      ['2', 'Review every shortlisting panel where a disabled applicant was not appointed for the last two quarters and report themes.', '2', 'Head of Resourcing', D(2024, 1, 31), 'Q1 review complete; Q2 in progress.'],
      ['2', 'Give recruiting managers a short guide to guaranteed interviews and adjustments at interview.', '2', 'Head of Resourcing', D(2023, 12, 31), ''],
    ]],
    ['Harassment and culture', [
      ['4a', 'Include disability in the civility and respect sessions run for every ward and department leader.', '6', 'Head of Learning and OD', D(2024, 9, 30), ''],
      ['4b', 'Promote the Freedom to Speak Up route to disabled colleagues and report the numbers who use it each quarter.', '6', 'Freedom to Speak Up Guardian', D(2024, 10, 31), 'First quarterly report due January.'],
    ]],
    ['Feeling valued', [
      ['7', 'Add a question on adjustments to the stay conversation held with staff thinking of leaving.', '4', 'Retention Lead', D(2024, 5, 31), ''],
      ['6, 7', 'Write a health and wellbeing conversation guide for managers that covers fluctuating conditions.', '4', 'Health and Wellbeing Lead', D(2024, 10, 31), ''],
    ]],
  ];
  for (const [theme, acts] of rows) {
    const first = p.r + 1;
    for (const [m, a, hia, lead, due, prog] of acts) {
      const shown = due.toISOString().slice(0, 10).split('-').reverse().join('/');
      p.action([theme, m, a, `HIA ${hia}`, lead, due, prog], { indicators: m.split(', '), theme: null, action: a, lead, due: shown, progress: prog }, { styles: [{ bold: true }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { numFmt: 'dd/mm/yyyy' }, {}] });
    }
    p.ws.mergeCells(`A${first}:A${p.r}`);
  }
  p.blank();
  p.line(['Progress is reported to the People Committee each quarter. Contact the Equality, Diversity and Inclusion team for this plan in another format.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT) following a real trust's WDES 'Metrics and Action Plan 2023-2024' web page: title, two intro paragraphs (fifth publication, the Standard Contract, built on the EDI Improvement Plan's high impact actions, the plan runs to 31st October 2024), 'Key themes from the workforce data' with four '•' findings carrying percentages, then the table 'Key theme | WDES metric | Action | High Impact Action | Action owner | Completion date | Progress' (row 10) and a closing italic line. The Key theme cell is merged down over its two actions. Judgement calls: the key-theme findings are context, not actions; the 31st October 2024 end of the plan in the intro is not a due; indicators come from the WDES metric column only, in the order written ('1, 9a' → ['1','9a']; '6, 7'); the High Impact Action column ('HIA 2', 'HIA 4', 'HIA 6') is a mapping to the EDI Improvement Plan, never a WDES metric; the merged Key theme is a grouping cell beside the actions, not a section row (theme null); due = the date as displayed (dd/mm/yyyy); progress as written, '' when empty; no status column (status '', rag null).", { dataRows: themes, notFrom: ['A'], crossRef: { metricCol: 'B', otherCols: ['D'] }, forbidden: ['31st October 2024'] });
}
