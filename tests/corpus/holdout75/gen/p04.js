// holdout75-wdes-2021-22-amblethorn: acute FT; the plan is rolled forward from the 2020-21 template 'Metric | What we will do |
// Timescale | Comments | RAG', in which the EDI lead used 'Comments' to jot who was taking each action. A 'Progress' column was
// added for 2021-22, and 'Comments' went on holding the leads. One action has no name in it. RAG letters on fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Amblethorn Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout75-wdes-2021-22-amblethorn', sheet: 'WDES 2021-22', standard: 'WDES', period: '2021-22', trust, widths: [9, 58, 13, 32, 40, 7], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2021/22'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Executive lead: Chief People Officer'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  const hr = p.header(['Metric', 'What we will do', 'Timescale', 'Comments', 'Progress', 'RAG'], { style: { fill: C.teal, color: C.white } });
  const FILL = { B: C.lightblue, G: C.green, A: C.amber, R: C.red };
  const RAG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const rows = [
    ['1', 'Ask staff to check and update their disability status in ESR when they receive their pay-step letter.', 'Sept 2021', 'Workforce Information Manager', 'Wording added to pay-step letters from August.', 'B'],
    ['2', 'Move from Disability Confident Employer to Leader level and re-check every advert template against it.', 'Mar 2022', 'Head of Recruitment', 'Self-assessment under way.', 'G'],
    ['3', 'Add a reasonable-adjustments check to the capability policy before the first formal meeting.', 'Dec 2021', 'Senior HR Business Partner', 'Policy delayed – JNCC meeting moved to January.', 'R'],
    ['4a', 'Put up notices in ED, outpatients and the maternity unit that abuse of staff, including disability-related abuse, will be acted on.', 'Oct 2021', 'Head of Security and Violence Reduction', 'Notices up; letter to patients agreed.', 'B'],
    ['4b', 'Offer mediation to disabled staff who report bullying by a manager or colleague, through a trained in-house mediator.', 'Mar 2022', '', 'Four mediators in training.', 'A'],
    ['5', 'Hold career conversations with disabled staff at Bands 2 to 6, booked through the Disabled Staff Network.', 'Q4', 'Head of OD / Disabled Staff Network Chair', '', 'G'],
    ['7', 'Run “you said, we did” sessions with the network after the staff survey results are published.', 'Jun 2021', 'Head of Staff Engagement', 'Two sessions held in June.', 'B'],
    ['8', 'Introduce a Health and Wellbeing Passport so agreed adjustments move with staff between wards and departments.', 'Jan 2022', 'Head of Occupational Health', 'Piloting on the surgical wards.', 'A'],
    ['9a/9b', 'Give the network chair two days a month of protected time and a standing seat at the People Committee.', 'Jul 2021', 'Deputy Chief People Officer', 'Agreed by the People Committee in July.', 'B'],
    ['10', 'Include disability in the Board skills and diversity audit for the Council of Governors.', 'Mar 2022', 'Company Secretary', '', 'G'],
  ];
  for (const r of rows) {
    const [met, act, ts, com, prog, rag] = r;
    p.action(r, { indicators: met.split('/'), action: act, lead: com, due: ts, status: rag, rag: RAG[rag], progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { fill: FILL[rag], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['RAG:  B = complete   G = on track   A = at risk of slipping   R = off track'], { merge: ['A', 'F'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT), Calibri 11. Sheet 'WDES 2021-22': trust name, plan title, an italic 'Executive lead: Chief People Officer' line, a blank row, the teal header row 5 'Metric | What we will do | Timescale | Comments | Progress | RAG' (frozen), ten actions, and after a blank row an italic RAG key. The header NAMES THE WRONG THING: the plan was rolled forward from the 2020-21 template ('Metric | What we will do | Timescale | Comments | RAG'), in which the EDI lead jotted in 'Comments' who was taking each action; 'Progress' was added for 2021-22 and 'Comments' went on holding the leads – every filled cell in it is a job title ('Head of Recruitment', 'Head of OD / Disabled Staff Network Chair'), none a remark. Judgement calls: lead = the 'Comments' cell as written (two roles joined by ' / ' kept whole); the 4b action's Comments cell is empty → lead '' (the executive lead in row 3 owns the whole plan and is no action's lead); progress = 'Progress', never 'Comments'; due = Timescale as typed ('Sept 2021', 'Q4'); indicators from Metric ('9a/9b' → both); no ref; status = the RAG letter, rag from its fill (B light blue = complete → blue); theme null; the key is not an action.", { mode: 'fill', ragCol: 6, fieldCols: { action: 'B', lead: 'D', due: 'C', progress: 'E', status: 'F' }, headerSays: { C: 'Timescale', D: 'Comments', E: 'Progress' }, forbidden: ['Chief People Officer'] });
}
