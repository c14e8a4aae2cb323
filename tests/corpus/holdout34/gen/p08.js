// holdout34-wdes-2025-26-oakhurst: a WORD TABLE pasted into Excel – the document's title paragraphs above, the table's full-width
// theme rows, and (as Excel does with multi-paragraph Word cells) each paragraph of an action on its OWN row, its bullets pasted
// as Symbol '·' plus spaces, while the single-paragraph cells of the same Word row are merged down over those rows.
import { Book, Plan, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout34-wdes-2025-26-oakhurst', sheet: 'Sheet1', standard: 'WDES', period: '2025-26', trust: 'Oakhurst and Villages Primary Care Collaborative', widths: [7, 14, 62, 26, 14, 40], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws;
  p.line(['Oakhurst and Villages Primary Care Collaborative'], { style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard (WDES) – Action Plan 2025/26'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Version 0.4 DRAFT for the Collaborative Board, 8 July 2025'], { style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WDES metric', 'What we will do', 'Who', 'When', "How we'll know"], { border: true, style: { fill: 'FFDEEAF6' } });
  const B = '·         ';
  let theme = null;
  const sec = (t) => { theme = t; p.line([t], { merge: ['A', 'F'], border: true, style: { bold: true, fill: 'FFF2F2F2' } }); };
  const act = (ref, met, paras, who, when, know, inds) => {
    const r = p.action([ref, met, paras[0], who, when, know], { ref, theme, indicators: inds, action: paras.join(' '), lead: who, due: when, outcome: know }, { border: true });
    const more = [];
    for (const para of paras.slice(1)) more.push(p.line([null, null, para], { border: true }));
    if (more.length) { for (const c of ['A', 'B', 'D', 'E', 'F']) mergeDown(ws, c, r, more[more.length - 1]); p.joins[r] = [{ col: 'C', rows: more }]; }
    return r;
  };
  sec('Theme A – Getting in and getting on');
  act('A1', 'Metric 2', ['Make our practice job adverts accessible:', B + 'use the collaborative\'s plain-language advert template', B + 'offer every applicant the chance to ask for adjustments at interview', B + 'publish adverts in an accessible PDF and Word version'], 'Collaborative HR Business Partner', 'Sept 2025', 'All adverts from September use the template', ['2']);
  act('A2', 'Metric 1', ['Ask every practice to run the ESR/ practice HR system declaration reminder in October with a message from the Clinical Director'], 'Practice managers', 'Oct 2025', 'Declaration rate up from 2.9% to 5%', ['1']);
  act('A3', 'Metric 3', ['Agree a shared capability procedure for all 11 practices that names reasonable adjustments as the first step:', B + 'draft with the LMC and two practice managers', B + 'sign-off at the Collaborative Board'], 'Collaborative HR Business Partner', 'Dec 2025', 'Procedure adopted by all 11 practices', ['3']);
  sec('Theme B – Safe and supported at work');
  act('B1', 'Metric 4a', ['Give reception teams conflict resolution training that covers abuse aimed at disabled colleagues'], 'Training Hub lead', 'Nov 2025', '80% of reception staff trained', ['4a']);
  act('B2', 'Metric 4b', ['Add a "was this disability-related?" question to the incident form used by practices'], 'Quality & Safety lead', 'Oct 2025', 'Question live on the shared form', ['4b']);
  act('B3', 'Metrics 5, 8', ['Set up a small adjustments budget held by the collaborative:', B + 'agree the budget with the PCN Directors', B + 'publish how to apply', B + 'report spend to the Board twice a year'], 'Collaborative Finance lead', 'Jan 2026', 'Budget in place; first report to the Board', ['5', '8']);
  sec('Theme C – Voice and leadership');
  act('C1', 'Metrics 9a, 9b', ['Start a disabled staff peer network across the practices, meeting online at lunchtime each month'], 'Staff wellbeing lead', 'From Sept 2025', 'Network meets monthly; 20 members by March', ['9a', '9b']);
  act('C2', 'Metric 10', ['Invite a disabled member of staff to join the Collaborative Board as an associate member for a year'], 'Clinical Director', 'Mar 2026', 'Associate member in post', ['10']);
  p.blank();
  p.line(['Approved by: Collaborative Board (pending)'], { style: {} });
  p.line(['Next review: March 2026'], { style: {} });
  p.saveGold('A Word table pasted into Excel (a primary-care collaborative of eleven practices). The document\'s title paragraphs come first in column A (collaborative, \'Workforce Disability Equality Standard (WDES) – Action Plan 2025/26\', \'Version 0.4 DRAFT for the Collaborative Board, 8 July 2025\'), then the table header \'Ref | WDES metric | What we will do | Who | When | How we\'ll know\', three full-width THEME rows (merged A:F) and eight actions, and two closing paragraphs (\'Approved by…\', \'Next review…\'). Quirk of the route: where an action cell held several paragraphs in Word (a lead-in sentence and bullets), Excel put EACH PARAGRAPH ON ITS OWN ROW and merged the single-paragraph cells of that Word row (Ref, metric, Who, When, How we\'ll know) down over those rows; the bullets arrive as the Symbol-font \'·\' followed by spaces. Judgement calls: an action is one Word row – its first Excel row is the action row and the bullet rows are continuation rows (non-action rows); the gold action is the lead-in and its bullets read together in order, bullet marks kept as pasted (whitespace collapsed); theme = the theme row; ref as written; metrics \'Metric 4a\', \'Metrics 5, 8\', \'Metrics 9a, 9b\' (2025-26 metric set); lead = Who (\'Practice managers\' kept as written); due = When as written (\'Sept 2025\', \'From Sept 2025\'); outcome = How we\'ll know; no status column (status \'\', rag null); the draft date 8 July 2025 is not a due.', { exact: { ref: 'A', lead: 'D', due: 'E', outcome: 'F' }, forbidden: ['8 July 2025'] });
  await book.save('holdout34-wdes-2025-26-oakhurst.xlsx');
}
