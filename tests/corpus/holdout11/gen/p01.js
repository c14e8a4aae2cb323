// holdout11-wres-2015-16-ferncaster: ordinary first-year plan; CAPITAL header cells with line breaks; 'Responsible officer' as
// 'Name, role'; real dates shown d-mmm-yy; no status column; glossary block and contact line under the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout11-wres-2015-16-ferncaster', sheet: 'WRES Action Plan', standard: 'WRES', period: '2015-16', trust: 'Ferncaster Community Healthcare NHS Trust', widths: [6, 12, 54, 30, 12, 36, 40] });
  p.line(['Ferncaster Community Healthcare NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2015/16'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['This plan sets out what the Trust will do in response to its first WRES return (July 2015). It was agreed by the Equality and Diversity Steering Group and will be reviewed every quarter by the Workforce Committee.'], { merge: ['A', 'G'], height: 30, style: { italic: true } });
  p.blank();
  p.header(['NO.', 'WRES\nINDICATOR', 'ACTION REQUIRED', 'RESPONSIBLE\nOFFICER', 'TARGET\nDATE', 'MEASURE OF SUCCESS', 'PROGRESS TO DATE'], { style: { fill: C.navy, color: C.white }, height: 28 });
  const F = 'd-mmm-yy';
  const act = (no, ind, inds, action, lead, due, outcome, prog) => {
    const dueText = due instanceof Date ? shown(due, F) : due;
    return p.action([no, ind, action, lead, due, outcome, prog], { ref: String(no), indicators: inds, action, lead, due: dueText, outcome, progress: prog },
      { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, due instanceof Date ? { numFmt: F } : {}] });
  };
  act(1, 1, ['1'], 'Cleanse ethnicity data on ESR and ask all staff with no recorded ethnicity to update their record through self-service.', 'Marion Tate, Workforce Information Manager', D(2015, 12, 31), 'Not stated / unknown below 5% of staff.', 'Letters sent to 412 staff; unknown now 7.8% (was 11.2%).');
  act(2, 1, ['1'], 'Report the ethnicity of staff by band for each locality to the Workforce Committee twice a year.', 'Marion Tate, Workforce Information Manager', 'Six monthly', 'Report received by Committee in October and April.', 'First report received October 2015.');
  act(3, 2, ['2'], 'Analyse shortlisting and appointment by ethnicity for all posts advertised between April and December 2015.', 'Gareth Lowe, Head of Recruitment', D(2016, 1, 31), 'Analysis complete and shared with the BME Staff Network.', 'Data extracted from NHS Jobs; analysis under way.');
  act(4, 2, ['2'], 'Make sure every interview panel for Band 7 and above has at least one member who has completed recruitment and selection training in the last three years.', 'Gareth Lowe, Head of Recruitment', D(2016, 3, 31), 'Panel audit shows 100% compliance.', '');
  act(5, 3, ['3'], 'Review all formal disciplinary cases from the last two years by ethnicity, grade and locality.', 'Helen Rourke, Head of Employee Relations', D(2015, 11, 30), 'Findings and recommendations to the Steering Group.', 'Review complete – report to Steering Group on 8 December.');
  act(6, 3, ['3'], 'Introduce a pre-investigation checklist to be signed off by an HR Business Partner before a formal process starts.', 'Helen Rourke, Head of Employee Relations', 'Ongoing', 'Fewer cases going to a formal investigation.', 'Draft checklist with staff side.');
  act(7, 4, ['4'], 'Record requests for and access to non-mandatory training and CPD by ethnicity.', 'Sunita Bains, Head of Learning and Development', D(2016, 3, 31), 'Indicator 4 can be reported from ESR/OLM.', '');
  act(8, '5, 6 & 8', ['5', '6', '8'], 'Hold focus groups with BME staff to understand the Staff Survey results on bullying, harassment and discrimination.', 'Dev Chauhan, Equality and Diversity Manager / Ruth Adeyemi, BME Network Chair', D(2016, 2, 29), 'Themes agreed and fed into the 2016/17 plan.', 'Three focus groups held (Nov–Jan).');
  act(9, 7, ['7'], 'Promote the NHS Leadership Academy\'s Stepping Up programme to BME staff at Bands 5–7.', 'Sunita Bains, Head of Learning and Development', 'Annually (May)', 'At least six BME staff on the programme each year.', 'Four staff nominated for the 2016 cohort.');
  act(10, 9, ['9'], 'Include a question on equality and diversity in the recruitment process for all non-executive director vacancies.', 'Company Secretary', 'As vacancies arise', 'Question used at every NED interview.', 'Agreed with the Chair; used at one interview.');
  act(11, 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Publish the WRES data and this action plan on the Trust website and intranet.', 'Dev Chauhan, Equality and Diversity Manager', D(2015, 9, 30), 'Published by the national deadline.', 'Published 28 September 2015.');
  p.blank();
  p.line(['Glossary'], { style: { bold: true } });
  p.line(['BME', 'Black and minority ethnic'], { merge: ['B', 'C'] });
  p.line(['ESR', 'Electronic Staff Record'], { merge: ['B', 'C'] });
  p.line(['CPD', 'Continuing professional development'], { merge: ['B', 'C'] });
  p.line(['NED', 'Non-executive director'], { merge: ['B', 'C'] });
  p.blank();
  p.line(['For queries about this plan please contact the Equality and Diversity Manager on 01632 960 418 or equality@ferncaster.nhs.uk.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary first-year WRES plan. Two merged title rows and a merged italic intro paragraph, a blank row, then one header on row 5 in CAPITALS with LINE BREAKS on a navy fill: 'NO. | WRES\\nINDICATOR | ACTION REQUIRED | RESPONSIBLE\\nOFFICER | TARGET\\nDATE | MEASURE OF SUCCESS | PROGRESS TO DATE'. Numbers 1–11 are the ref; indicators are NUMBERS in the cell (1, 2 …) except '5, 6 & 8' → ['5','6','8'] and 'All' → all nine; theme null. Responsible officer is 'Name, role' (gold lead = the whole cell, incl. the two people joined by ' / ' on row 13; the role-only 'Company Secretary' on row 15). Target dates are REAL DATES shown d-mmm-yy ('31-Dec-15', '29-Feb-16') mixed with text ('Six monthly', 'Ongoing', 'Annually (May)', 'As vacancies arise'); gold due = as displayed. There is NO status column, so status '' and rag null; 'Measure of success' is gold outcome, 'Progress to date' gold progress (two empty). Under the table a bold 'Glossary' row and four abbreviation rows (code in A, meaning merged B:C) and a contact line – all non-action rows.");
}
