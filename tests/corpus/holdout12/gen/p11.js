// holdout12-wdes-2023-24-marlbeck: a plan with a RAG KEY block above, a GLOSSARY and a SIGN-OFF BOX below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wdes-2023-24-marlbeck', sheet: 'WDES Action Plan 2023-24', standard: 'WDES', period: '2023-24', trust: 'Marlbeck Health and Care NHS Foundation Trust', widths: [12, 54, 26, 14, 14, 44], font: { name: 'Arial', size: 10 } });
  p.line(['Marlbeck Health and Care NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['Workforce Disability Equality Standard: Action Plan 2023/24'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.line(['RAG key'], { style: { bold: true } });
  const K = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green', C.white], 'Some risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white] };
  p.line(['Complete', 'Action delivered and evidence provided'], { border: true, styles: [{ fill: C.blue, color: C.white, bold: true }] });
  p.line(['On track', 'Progressing as planned, expected to meet the target date'], { border: true, styles: [{ fill: C.green, color: C.white, bold: true }] });
  p.line(['Some risk', 'Some slippage; recovery plan in place'], { border: true, styles: [{ fill: C.amber, bold: true }] });
  p.line(['Off track', 'Will not meet the target date without intervention'], { border: true, styles: [{ fill: C.red, color: C.white, bold: true }] });
  p.blank();
  p.header(['WDES metric', 'Action', 'Lead', 'Target date', 'RAG', 'Update (September 2023)'], { style: { fill: C.lilac } });
  const act = (m, inds, action, lead, due, s, upd) => p.action([m, action, lead, due, s, upd], { indicators: inds, action, lead, due: due instanceof Date ? shown(due, 'mmmm yyyy') : due, status: s, rag: K[s][1], progress: upd },
    { styles: [{}, {}, {}, due instanceof Date ? { numFmt: 'mmmm yyyy', alignment: { horizontal: 'left' } } : {}, { fill: K[s][0], bold: true, ...(K[s][2] ? { color: K[s][2] } : {}) }] });
  act('1', ['1'], 'Improve disability declaration on ESR through a "Why it matters" campaign co-designed with the DSN.', 'Workforce Information Lead', D(2023, 12, 1), 'On track', 'Campaign launched in July; declaration 5.8% (from 4.9%).');
  act('2', ['2'], 'Review the guaranteed interview scheme in community and mental health services to ensure it is applied consistently.', 'Recruitment Manager', D(2023, 10, 1), 'Some risk', 'Audit of 60 campaigns found 8 not applied; manager briefing planned.');
  act('3', ['3'], 'Record whether a capability case is ill-health or performance related and report both to the People Committee.', 'Head of HR Operations', D(2023, 9, 1), 'Complete', 'Reported from Q1.');
  act('4a, 4b', ['4a', '4b'], 'Train Freedom to Speak Up champions to support Disabled staff who report bullying or harassment.', 'FTSU Guardian', D(2024, 1, 1), 'On track', '12 of 20 champions trained.');
  act('5', ['5'], 'Reserve two places on each Mary Seacole and Rosalind Franklin programme cohort for Disabled staff.', 'Head of Leadership and OD', D(2024, 3, 1), 'On track', 'First two places filled.');
  act('6, 8', ['6', '8'], 'Launch the reasonable adjustments passport and make it part of every return-to-work conversation.', 'Health and Wellbeing Manager', D(2023, 11, 1), 'Off track', 'IT form not ready; launch now expected February 2024.');
  act('7', ['7'], 'Add disability to the Trust\'s staff recognition awards criteria and judging panel.', 'Head of Communications', 'Annual awards', 'Complete', 'Disabled staff on the 2023 judging panel.');
  act('9a', ['9a'], 'Run "You said, we did" sessions with the DSN after each quarterly pulse survey.', 'EDI Manager', 'Quarterly', 'On track', 'Two sessions held.');
  act('9b', ['9b'], 'Agree terms of reference, protected time and a budget for the DSN chair and vice-chair.', 'Chief People Officer', D(2023, 6, 1), 'Complete', 'Signed off by the Executive team.');
  act('10', ['10'], 'Encourage Board members to share their disability status through the Board\'s annual declarations.', 'Company Secretary', D(2024, 3, 1), 'Some risk', 'Five of twelve returns received.');
  p.blank();
  p.line(['Glossary'], { style: { bold: true } });
  p.line(['DSN', 'Disability Staff Network'], { border: true });
  p.line(['ESR', 'Electronic Staff Record – the NHS workforce system'], { border: true });
  p.line(['FTSU', 'Freedom to Speak Up'], { border: true });
  p.line(['RA passport', 'Reasonable adjustments passport – a record of agreed adjustments that moves with the member of staff'], { border: true });
  p.blank();
  p.line(['Sign-off'], { style: { bold: true } });
  p.line(['Approved by', 'People Committee', 'Date', '14 September 2023'], { border: true, styles: [{ bold: true }, {}, { bold: true }] });
  p.line(['Executive lead', 'Chief People Officer', 'Next review', 'March 2024'], { border: true, styles: [{ bold: true }, {}, { bold: true }] });
  p.line(['Signature', '', 'Name', 'J. Whitcombe'], { border: true, styles: [{ bold: true }, {}, { bold: true }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with the three pieces of page furniture real plans add around the grid: a RAG KEY block (caption 'RAG key' and four rows of a filled status word in A with its meaning in B: Complete BLUE, On track green, Some risk amber, Off track red), the plan, then a GLOSSARY (caption and four 'term | meaning' rows: DSN, ESR, FTSU, RA passport) and a SIGN-OFF BOX (caption 'Sign-off' and three bordered rows 'Approved by | People Committee | Date | 14 September 2023', 'Executive lead | Chief People Officer | Next review | March 2024', 'Signature | | Name | J. Whitcombe'). The key rows look like status cells, the sign-off rows carry a lead-like role and dates in the Lead/Target columns – all non-action rows. Plan header 'WDES metric | Action | Lead | Target date | RAG | Update (September 2023)': metric column as bare codes ('1', '4a, 4b', '6, 8', '9a'); target dates are real dates shown mmmm yyyy ('December 2023') plus text 'Annual awards', 'Quarterly'; RAG column holds the key's words filled in the key's colours. No refs, theme null.", { ragCol: 'E', mode: 'fill' });
}
