// holdout12-wdes-2024-25-saltney: actions grouped under the six EDI Improvement Plan HIGH IMPACT ACTIONS (dark-blue
// section rows = theme); 'Executive sponsor' column BEFORE 'Lead' (gold lead = Lead); hidden 'Lists' sheet for the status drop-down.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wdes-2024-25-saltney', sheet: 'WDES Action Plan', standard: 'WDES', period: '2024-25', trust: 'Saltney Bridge University Hospitals NHS Foundation Trust', widths: [8, 56, 14, 24, 28, 14, 14], font: { name: 'Arial', size: 10 } });
  const lists = book.wb.addWorksheet('Lists', { state: 'hidden' });
  ['Status', 'Not started', 'In progress', 'Complete', 'Overdue'].forEach((v, i) => { lists.getRow(i + 1).getCell(1).value = v; });
  p.line(['Saltney Bridge University Hospitals NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2024/25 – aligned to the NHS EDI Improvement Plan'], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.line(['Status key:', 'Complete', 'In progress', 'Not started', 'Overdue'], { styles: [{ bold: true }, { fill: C.green }, { fill: C.amber }, { fill: C.grey }, { fill: C.red, color: C.white }], border: true });
  p.blank();
  p.header(['Ref', 'Action', 'WDES metric(s)', 'Executive sponsor', 'Lead', 'Deadline', 'Status'], { style: { fill: C.paleblue } });
  const F = { Complete: [C.green, 'green'], 'In progress': [C.amber, 'amber'], 'Not started': [C.grey, null], Overdue: [C.red, 'red', C.white] };
  let theme = null;
  const hia = (t) => { theme = t; p.line([t], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.darkblue, color: C.white }, height: 28 }); };
  const act = (ref, action, m, inds, sponsor, lead, due, s) => p.action([ref, action, m, sponsor, lead, due, s], { ref, indicators: inds, theme, action, lead, due: due instanceof Date ? shown(due, 'd mmm yyyy') : due, status: s, rag: F[s][1] },
    { styles: [{}, {}, {}, {}, {}, due instanceof Date ? { numFmt: 'd mmm yyyy' } : {}, { fill: F[s][0], ...(F[s][2] ? { color: F[s][2] } : {}) }] });
  hia('High Impact Action 1: Chief executives, chairs and board members must have specific and measurable EDI objectives to which they will be individually and collectively accountable.');
  act('1.1', 'Set a disability inclusion objective for every executive director and review it at mid-year and year-end appraisal.', 'M10', ['10'], 'Chief Executive', 'Chief People Officer', D(2024, 6, 30), 'Complete');
  act('1.2', 'Hold a Board development session on disability and neurodiversity, co-delivered by the Disability Network.', 'M10, M9b', ['10', '9b'], 'Chair', 'Company Secretary', D(2024, 11, 30), 'In progress');
  hia('High Impact Action 2: Embed fair and inclusive recruitment processes and talent management strategies that target under-representation and lack of diversity.');
  act('2.1', 'Move to Disability Confident Leader and publish the offer of an interview to Disabled applicants on every advert.', 'M2', ['2'], 'Chief People Officer', 'Head of Resourcing', D(2025, 3, 31), 'In progress');
  act('2.2', 'Offer application and interview support sessions for Disabled and neurodivergent staff seeking promotion.', 'M5', ['5'], 'Chief People Officer', 'Head of Talent and Leadership', D(2024, 12, 31), 'Not started');
  hia('High Impact Action 3: Develop and implement an improvement plan to eliminate pay gaps.');
  act('3.1', 'Publish the Trust\'s first disability pay gap report alongside the gender pay gap report.', 'M1', ['1'], 'Director of Finance', 'Head of Workforce Information', D(2025, 3, 31), 'In progress');
  hia('High Impact Action 4: Develop and implement an improvement plan to address health inequalities within the workforce.');
  act('4.1', 'Make the Health and Wellbeing Passport and reasonable adjustments passport a single document, recorded on ESR.', 'M8', ['8'], 'Chief Nurse', 'Head of Staff Wellbeing', D(2024, 9, 30), 'Complete');
  act('4.2', 'Cut the average time to put workplace adjustments in place to 6 weeks, with a central adjustments budget.', 'M6, M8', ['6', '8'], 'Director of Finance', 'Head of Staff Wellbeing', D(2025, 1, 31), 'Overdue');
  hia('High Impact Action 5: Implement a comprehensive induction, onboarding and development programme for internationally recruited staff.');
  act('5.1', 'Include the Disability Network and the adjustments process in corporate induction, including for internationally recruited staff.', 'M9b', ['9b'], 'Chief Nurse', 'Head of Education', D(2024, 7, 31), 'Complete');
  hia('High Impact Action 6: Create an environment that eliminates the conditions in which bullying, discrimination, harassment and physical violence at work occur.');
  act('6.1', 'Add disability and neurodiversity to the civility and respect training and the bystander programme.', 'M4a', ['4a'], 'Chief Operating Officer', 'Head of OD', D(2024, 10, 31), 'In progress');
  act('6.2', 'Report bullying and harassment cases by disability to the People Committee every quarter.', 'M4a, M4b', ['4a', '4b'], 'Chief People Officer', 'Head of Employee Relations', 'Quarterly', 'In progress');
  act('6.3', 'Remove the "trigger points" for disability-related sickness absence from the attendance policy.', 'M3, M6', ['3', '6'], 'Chief People Officer', 'Head of Employee Relations', D(2025, 2, 28), 'Not started');
  act('6.4', 'Run two "Disability Voices" listening events a year with the executive team.', 'M7, M9a', ['7', '9a'], 'Chief Executive', 'EDI Lead', 'May and Nov 2024', 'Complete');
  p.blank();
  p.line(['Last updated: 14 January 2025. Owner: EDI Lead. Next review: People Committee, April 2025.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating a post-2023 plan ORGANISED BY THE NHS EDI IMPROVEMENT PLAN: title rows, a status key row of filled cells (Complete green, In progress amber, Not started GREY, Overdue red), a blank, then the header 'Ref | Action | WDES metric(s) | Executive sponsor | Lead | Deadline | Status'. Six dark-blue merged section rows with white text carry the FULL wording of High Impact Actions 1–6 and give the gold theme (even HIA 3 and 5, whose wording is not about disability). The 'Executive sponsor' column comes BEFORE 'Lead'; gold lead = Lead (the operational lead), not the sponsor. Metrics 'M10, M9b', 'M4a, M4b', 'M7, M9a'. Deadlines are real dates shown d mmm yyyy ('30 Jun 2024') plus text 'Quarterly' and 'May and Nov 2024'. Status words are filled by the key; 'Not started' is GREY in the key (no RAG colour) → rag null. A hidden sheet 'Lists' holds the status drop-down values (not gold). 'Last updated … Owner: EDI Lead …' line under the table is a non-action row.", { ragCol: 'G', mode: 'fill' });
}
