// holdout92-wdes-2026-27-gildersby: ICB (own staff) 'plan on a page'; the first column says in a sentence WHAT THE DATA TELLS US, with
// the figures in it ('relative likelihood 1.31', 'Only 4 in 10', '1 of 12 voting members') – the metric is the thing the sentence
// describes, never one of its numbers; one sentence covers bullying by managers and colleagues AND pressure to work unwell (4a, 6).
// A People Plan reference column (PP2.3 …) is no metric. Plain status words Done / Doing / To do.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Gildersby and Tees Vale Integrated Care Board';
  const p = new Plan(book, { name: 'holdout92-wdes-2026-27-gildersby', sheet: 'Plan on a page', standard: 'WDES', period: '2026-27', trust, widths: [44, 50, 24, 11, 10, 9], font: { name: 'Arial', size: 10 } });
  p.line(['Disability equality for our own people – plan on a page, 2026/27'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line([`${trust} · WDES 2026 results · Owner: Chief People Officer`], { merge: ['A', 'F'], style: { color: 'FF595959' } });
  p.blank();
  p.header(['What the data tells us', 'What we will do', 'Owner', 'By', 'People Plan ref', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const M = {
    'Only 5.2% of our staff have declared a disability on ESR, against 19% in the staff survey': ['1'],
    'Disabled applicants are less likely to be appointed after shortlisting (relative likelihood 1.31)': ['2'],
    'Disabled colleagues are more likely to be bullied by managers and colleagues, and to feel pressed to come to work when unwell': ['4a', '6'],
    'Only 4 in 10 disabled colleagues feel the ICB values their work (non-disabled: 6 in 10)': ['7'],
    'Just 61% say the adjustments they need have been made': ['8'],
    'Engagement score for disabled staff 6.4, against 6.9 for non-disabled staff': ['9a'],
    'Board: 1 of 12 voting members has declared a disability': ['10'],
  };
  const rows = [
    ['Only 5.2% of our staff have declared a disability on ESR, against 19% in the staff survey', 'Run a “Your record, your choice” campaign explaining why we ask, with a two-minute guide to updating ESR.', 'Workforce Information Lead', 'Jul 2026', 'PP1.2', 'Done'],
    ['Disabled applicants are less likely to be appointed after shortlisting (relative likelihood 1.31)', 'Share interview questions three days in advance for all ICB posts, not just for candidates who ask.', 'Recruitment Lead', 'Sep 2026', 'PP2.3', 'Doing'],
    ['Disabled applicants are less likely to be appointed after shortlisting (relative likelihood 1.31)', 'Check every panel decision where a disabled candidate scored within 5% of the appointed candidate.', 'Head of HR', 'Dec 2026', 'PP2.3', 'To do'],
    ['Disabled colleagues are more likely to be bullied by managers and colleagues, and to feel pressed to come to work when unwell', 'Add disability scenarios to the line manager essentials course, including conversations about sickness and hybrid working.', 'Head of OD', 'Nov 2026', 'PP3.1', 'Doing'],
    ['Only 4 in 10 disabled colleagues feel the ICB values their work (non-disabled: 6 in 10)', 'Ask the Disability and Neurodiversity Network to co-design a thank-you and recognition scheme for the 2026 staff awards.', 'Network Chair with Head of Engagement', 'Oct 2026', 'PP3.4', 'Doing'],
    ['Just 61% say the adjustments they need have been made', 'Introduce a 30-day standard from request to adjustment in place, tracked on the HR case system.', 'Head of HR', 'Jun 2026', 'PP3.2', 'Done'],
    ['Just 61% say the adjustments they need have been made', 'Buy assistive software (speech-to-text, screen readers, mind-mapping) once for the whole ICB and load it on request.', 'Digital Workplace Manager', 'Aug 2026', 'PP3.2', 'Doing'],
    ['Engagement score for disabled staff 6.4, against 6.9 for non-disabled staff', 'Hold two “ask the exec” sessions a year for disabled staff, with actions published afterwards.', 'Chief People Officer', 'Mar 2027', 'PP4.1', 'To do'],
    ['Board: 1 of 12 voting members has declared a disability', 'Ask the Board to agree a statement on disability and lived experience for future non-executive recruitment.', 'Director of Corporate Governance', 'Jan 2027', 'PP4.3', 'To do'],
  ];
  for (const r of rows) {
    const [what, act, own, by, pp, st] = r;
    p.action(r, { indicators: M[what], action: act, lead: own, due: by, status: st }, { styles: [{ italic: true }, {}, {}, {}, { alignment: { horizontal: 'center' } }, {}] });
  }
  p.blank();
  p.line(['People Plan ref = the ICB People Plan 2025–28 commitment each action supports.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  p.line(['Capability and career progression: too few cases and too small a difference to act on this year; watched through the quarterly people report.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its own staff). Sheet 'Plan on a page', Arial 10: a blue title, a grey line naming the ICB, 'WDES 2026 results' and the plan owner (Chief People Officer – not a lead for every row), a blank row, the blue header 'What the data tells us | What we will do | Owner | By | People Plan ref | Status' (row 4), nine actions, a blank row and two small italic lines (what People Plan ref means; capability and progression watched, not acted on). THE METRIC IS NEVER A NUMBER: 'What the data tells us' describes in a sentence the finding each action answers, with FIGURES IN IT that are never metrics ('1.31', 'Only 4 in 10', '6.4', '1 of 12'); the metric is what the sentence is about: 'Only 5.2% of our staff have declared a disability on ESR …' → 1 (the workforce metric rests on ESR declaration); '… less likely to be appointed after shortlisting (relative likelihood 1.31)' → 2 (two actions); 'Disabled colleagues are more likely to be bullied by managers and colleagues, and to feel pressed to come to work when unwell' names TWO metrics → ['4a','6'] (harassment, bullying or abuse from managers / colleagues = 4a; pressure from a manager to come to work = 6); 'Only 4 in 10 disabled colleagues feel the ICB values their work …' → 7 (NOT 4); 'Just 61% say the adjustments they need have been made' → 8 (two actions); 'Engagement score for disabled staff 6.4 …' → 9a; 'Board: 1 of 12 voting members has declared a disability' → 10. The 'People Plan ref' codes (PP2.3 …) are the ICB's own People Plan commitments, not WDES metrics, and give no field. Other calls: no ref (the People Plan ref is not an action number); lead = Owner as written ('Network Chair with Head of Engagement' kept whole); due = By as typed ('Jul 2026'); status = Done / Doing / To do as written, uncoloured → rag null; theme null. The foot line naming capability and career progression (metrics 3 and 5) is not an action.", { notFrom: ['A', 'E'], indWords: { col: 'A', map: M } });
}
