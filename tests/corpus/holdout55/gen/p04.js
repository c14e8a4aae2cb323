// holdout55-wres-2022-23-northgate: follows North Central London Training Hub's page 'Workforce Race Equality Standard'
// (ncltraininghub.org/training-and-support/workforce-race-equality-standard): the first London-wide survey of primary care staff
// (Nov–Dec 2021) as the baseline, then the hub's WRES priorities – communications and engagement, changing deep-rooted cultures,
// learning about equity, building capacity and capability to work with race. Kept as a training hub would keep its delivery plan.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Northgate Primary Care Training Hub';
  const p = new Plan(book, { name: 'holdout55-wres-2022-23-northgate', sheet: 'Delivery plan 22-23', standard: 'WRES', period: '2022-23', trust, widths: [62, 34, 14, 14, 14], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – on behalf of the PCNs of Northgate Place`], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['Primary Care Workforce Race Equality – delivery plan 2022/23'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.blank();
  p.line(['What primary care staff told us (regional primary care staff survey, November – December 2021)'], { merge: ['A', 'E'], style: { bold: true } });
  p.header(['Survey question', '', 'Ethnic minority staff', 'White staff', 'Gap'], { style: { fill: C.palegrey }, merge: ['A', 'B'] });
  for (const [q, b, w, g] of [['Experienced discrimination from a colleague or manager in the last 12 months', '24%', '9%', '15 pts'], ['Experienced harassment or abuse from patients in the last 12 months', '41%', '33%', '8 pts'], ['Have left, or thought about leaving, their role because of racism', '14%', '–', '–']]) {
    p.line([q, '', b, w, g], { border: true, merge: ['A', 'B'] });
  }
  p.blank();
  p.header(['Initiative', 'Who', 'When', 'Status', ''], { style: { fill: C.teal, color: C.white } });
  const SF = { Complete: C.goodG, 'In progress': C.neutralA, 'Not started': null };
  const prio = [
    ['Priority 1 – Communications and engagement', [
      ['Launch a monthly race equality bulletin item for all practice staff, including reception and admin teams.', 'Training Hub EDI Lead', 'Q1 22/23', 'Complete', []],
      ['Hold a listening event in each of the five PCNs with ethnic minority staff and share what was heard with PCN Clinical Directors.', 'Training Hub EDI Lead with PCN workforce leads', 'Q2 22/23', 'In progress', []],
    ]],
    ['Priority 2 – Changing the culture of race inequality in practices', [
      ['Publish a model policy for handling racist abuse from patients that practices can adopt (mirrors WRES indicator 5).', 'ICB Primary Care Team', 'Q2 22/23', 'Complete', ['5']],
      ['Support practice managers to record and review every racist incident raised by staff.', 'Practice Manager Forum chair', 'Q3 22/23', 'In progress', []],
    ]],
    ['Priority 3 – Learning about equity', [
      ['Offer every practice a place on the cultural intelligence workshop for GP partners and practice managers.', 'Training Hub education team', 'Q3 22/23', 'In progress', []],
      ['Add a race equity session to the GP trainee and new-to-practice nurse induction programme.', 'GP Training Programme Directors', 'Q4 22/23', 'Not started', []],
    ]],
    ['Priority 4 – Building capacity and capability to work with race', [
      ['Train ten race equality champions drawn from different practices and roles.', 'Training Hub EDI Lead', 'Q4 22/23', 'Not started', []],
      ['Repeat the staff survey questions in March 2023 to measure change against the 2021 baseline.', 'Training Hub workforce analyst', 'Q4 22/23', 'Not started', []],
    ]],
  ];
  const secs = [];
  for (const [head, acts] of prio) {
    secs.push(p.line([head], { merge: ['A', 'E'], style: { bold: true, fill: C.palegrey } }));
    for (const [a, who, when, st, codes] of acts) {
      p.action([a, who, when, st], { indicators: codes, theme: head, action: a, lead: who, due: when, status: st, rag: st === 'Not started' ? null : (st === 'Complete' ? 'green' : 'amber') }, { styles: [{}, {}, {}, { fill: SF[st] || undefined }] });
    }
  }
  p.blank();
  p.line(['Status is updated by the Training Hub EDI Lead before each Primary Care Workforce Board.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care training hub acting for the PCNs of a place) following a real training hub's published WRES page (North Central London Training Hub's): the first regional survey of primary care staff as the baseline and four WRES priorities (communications and engagement; changing deep-rooted cultures; learning about equity; building capacity and capability). Layout: two title lines, a BASELINE block 'What primary care staff told us (…2021)' with its own header 'Survey question | Ethnic minority staff | White staff | Gap' (row 5) and three percentage rows, then the plan header 'Initiative | Who | When | Status' (row 10), four 'Priority n – …' section rows each over two initiatives, and a closing line. Quarters are written 'Q2 22/23'; status words on fills (Complete light green, In progress light amber, Not started unfilled). Judgement calls: the survey rows are findings, not actions, and give no field; each initiative row is an action; theme = its Priority row; lead = Who as written (a joint 'Training Hub EDI Lead with PCN workforce leads' kept whole); due = When as written; status = the word, rag from its fill (Not started → none); indicators only where an initiative names one ('(mirrors WRES indicator 5)' → ['5']), otherwise [] – primary care has no WRES return of its own; two header rows are listed (the baseline's and the plan's).", { sections: secs, ragCol: 'D', mode: 'fill' });
}
