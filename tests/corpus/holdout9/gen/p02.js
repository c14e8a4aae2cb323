// holdout9-wdes-2019-20-sedgeholt: ordinary first WDES plan. 'Metric No.' as numbers beside a short metric title; several
// leads in one cell; RAG letters unfilled, keyed by a line above the header where G = complete; mmm-yy dates.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wdes-2019-20-sedgeholt', sheet: 'WDES', standard: 'WDES', period: '2019-20', trust: 'Sedgeholt Community Healthcare NHS Trust', widths: [9, 26, 54, 28, 11, 7, 40] });
  p.line(['Sedgeholt Community Healthcare NHS Trust'], { style: { bold: true, font: { size: 14 } } });
  p.line(['WDES Action Plan 2019-2020'], { style: { bold: true, font: { size: 12 } } });
  p.line(['RAG:  R = not started     A = in progress     G = complete'], { style: { italic: true } });
  p.blank();
  p.header(['Metric No.', 'Metric', 'Action(s)', 'Lead(s)', 'Deadline', 'RAG', 'Comments'], { style: { fill: C.grey } });
  const R = { R: 'red', A: 'amber', G: 'green' };
  const act = (no, inds, title, action, lead, due, rag, comment) => p.action([no, title, action, lead, due, rag, comment], {
    indicators: inds, action, lead, due: due instanceof Date ? shown(due, 'mmm-yy') : due, status: rag, rag: R[rag] ?? null, progress: comment,
  }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, due instanceof Date ? { numFmt: 'mmm-yy' } : {}, { alignment: { horizontal: 'center' }, bold: true }] });
  act(1, ['1'], 'Workforce representation', 'Run a campaign with the Disability Staff Forum explaining why we ask staff to update their disability status on ESR.', 'Head of Workforce Information / Disability Staff Forum Chair', D(2019, 11, 1), 'A', 'Campaign launched October; declaration up from 2.9% to 3.6%.');
  act(1, ['1'], 'Workforce representation', 'Add the disability question to the new starter form and the appraisal paperwork.', 'Workforce Information Manager', D(2019, 9, 1), 'G', 'Added to both forms from September.');
  act(2, ['2'], 'Shortlisting', 'Check every vacancy each quarter to make sure disabled applicants who meet the essential criteria are shortlisted under the Disability Confident guaranteed interview scheme.', 'Recruitment Lead', 'Quarterly', 'A', 'Q2 check done; Q3 due in January.');
  act(3, ['3'], 'Capability', 'Review the capability policy with staff side so that reasonable adjustments are considered before any formal stage.', 'Head of Employee Relations and Staff Side Chair', D(2020, 1, 1), 'R', '');
  act(4, ['4'], 'Harassment, bullying or abuse', 'Include disability-related harassment in the bullying and harassment training for managers and in the staff induction.', 'Head of OD / Learning and Development Manager', D(2020, 3, 1), 'A', 'Induction updated; manager training from February.');
  act(5, ['5'], 'Career progression', 'Offer disabled staff a place on the Trust\'s coaching programme and track uptake.', 'Head of OD', D(2020, 3, 1), 'R', 'Waiting for the coaching programme relaunch.');
  act('6 & 7', ['6', '7'], 'Presenteeism / feeling valued', 'Hold listening events for disabled staff and staff with long-term conditions, with the Chief Executive attending at least one.', 'Chief Executive / Disability Staff Forum', D(2019, 12, 1), 'G', 'Two events held (September and November).');
  act(8, ['8'], 'Reasonable adjustments', 'Introduce a reasonable adjustments passport that staff can take with them when they change role within the Trust.', 'Occupational Health Manager', D(2020, 3, 1), 'A', 'Draft passport with the Forum for comment.');
  act(9, ['9'], 'Staff engagement', 'Give the Disability Staff Forum an executive sponsor and protected time for its chair to attend meetings.', 'Director of Workforce', 'Ongoing', 'G', 'Sponsor: Director of Nursing.');
  act(10, ['10'], 'Board representation', 'Invite Board members to share their own experience of disability or long-term conditions as part of the Trust\'s "This is me" campaign.', 'Chair / Trust Secretary', D(2020, 3, 1), '', '');
  act(9, ['9'], 'Staff engagement', 'Report progress on this plan to the Workforce and OD Committee twice a year.', 'Deputy Director of Workforce', 'Six-monthly', 'G', 'Reported October 2019.');
  p.blank();
  p.line(['Metric titles are shortened; see the WDES technical guidance (2019) for the full definitions.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), an ordinary first WDES plan. Nothing merged: title (A1), 'WDES Action Plan 2019-2020' (A2), a key line in A3 ('RAG:  R = not started     A = in progress     G = complete' – here G means COMPLETE), a blank row, and one header on row 5: 'Metric No. | Metric | Action(s) | Lead(s) | Deadline | RAG | Comments'. 'Metric No.' holds NUMBERS (numeric cells; one text '6 & 7' → ['6','7']) beside a short metric title (no gold field); two actions each for metrics 1 and 9, and the last action (metric 9) is out of order below metric 10. Leads often name several people joined by ' / ' or 'and' ('Head of Workforce Information / Disability Staff Forum Chair'); gold lead = the whole cell. Deadline: real dates shown mmm-yy (gold due 'Nov-19') plus 'Quarterly', 'Ongoing', 'Six-monthly'. RAG letters are NOT filled; rag by the key line (R → red, A → amber, G → green). The metric 10 action has no RAG and no comment (status '', rag null). Comments = progress. Theme null. The note after a blank row is a non-action row.", { ragCol: 'F', mode: 'word', words: { R: 'red', A: 'amber', G: 'green' } });
}
