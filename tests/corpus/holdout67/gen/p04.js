// holdout67-wdes-2022-23-wrexley: ambulance service. OBJECTIVE ROWS above their actions in the same grid: each objective row fills the
// Action column with 'Objective n: …', the Lead column with its EXECUTIVE owner, the date column with the year-end date and the measure
// column with its success measure; the actions below have their own owners, dates and statuses. Objective rows have no status.
import { Book, Plan, C } from './lib.js';
import { dmy, DMY } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrexley and Marches Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout67-wdes-2022-23-wrexley', sheet: 'WDES', standard: 'WDES', period: '2022-23', trust, widths: [9, 60, 30, 14, 36, 13] });
  p.line([`${trust}`], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard: action plan 2022-23'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Objectives are owned by an executive director; each action has an operational owner. Progress RAG reviewed at the Inclusion Steering Group.'], { merge: ['A', 'F'], style: { italic: true }, height: 28 });
  p.blank();
  p.header(['Metric', 'Objective / action', 'Owner', 'By', 'Success measure', 'RAG'], { style: { fill: C.darkblue, color: C.white } });
  const R = { G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red'], B: [C.blue, 'blue'] };
  const objs = [
    ['1', 'Objective 1: Every colleague feels safe to tell us about a disability or long-term condition', 'Director of People', '31/03/2023', 'Declaration on ESR rises from 3.9% to 6%', ['1'], [
      ['Run a declaration campaign on the staff app and at station visits, fronted by Enable network members', 'Inclusion Lead', '30/09/2022', 'Campaign reach: 2,000 app views', 'G'],
      ['Add a disability question to the 111 and EOC call-handler starter forms', 'HR Operations Manager', '31/07/2022', 'Question live in new starter packs', 'B'],
    ]],
    ['2 & 3', 'Objective 2: Disabled applicants and staff are treated fairly in recruitment and in capability processes', 'Director of People', '31/03/2023', 'Relative likelihoods for metrics 2 and 3 within 0.8–1.25', ['2', '3'], [
      ['Check that every guaranteed-interview applicant who meets the essentials is shortlisted, by monthly audit of TRAC', 'Recruitment Manager', '31/12/2022', 'Monthly audit with no exceptions', 'A'],
      ['Take capability cases for disabled colleagues to an occupational health review before any formal meeting', 'Head of Employee Relations', '30/11/2022', 'OH review in 100% of cases', 'A'],
      ['Publish the disability leave guidance for frontline crews', 'Head of Employee Relations', '31/01/2023', 'Guidance on the intranet', 'R'],
    ]],
    ['4a, 4b, 5, 7', 'Objective 3: Reduce harassment of disabled colleagues and improve their experience of the Trust', 'Chief Operating Officer', '31/03/2023', 'Staff survey 2022: gap on 4a narrows by 2 points', ['4a', '4b', '5', '7'], [
      ['Train all station and EOC managers in reasonable adjustments, including the tailored adjustment agreement', 'Head of Learning', '31/03/2023', '80% of managers trained', 'A'],
      ['Set up a fast-track route for adjustments to vehicles and equipment through the fleet team', 'Fleet Manager', '31/10/2022', 'Average wait under 6 weeks', 'G'],
      ['Pilot a peer-support line run by the Enable network for colleagues reporting harassment', 'Enable Network Chair', '28/02/2023', 'Pilot evaluated', 'G'],
    ]],
    ['9a, 9b', 'Objective 4: The voice of disabled colleagues shapes our decisions', 'Chief Executive', '31/03/2023', 'Network consulted on all workforce policies', ['9a', '9b'], [
      ['Give the Enable network chair two days a month protected time and a budget of £3,000', 'Director of People', '31/05/2022', 'Time and budget in place', 'B'],
      ['Hold a "You said, we did" session on the WDES results at each of the three divisional forums', 'Inclusion Lead', '31/01/2023', 'Three sessions held', 'G'],
    ]],
  ];
  const secs = [];
  for (const [m, obj, exec, odue, meas, inds, acts] of objs) {
    secs.push(p.line([m, obj, exec, dmy(odue), meas, ''], { border: true, style: { bold: true, fill: C.lilac }, styles: [{}, {}, {}, DMY] }));
    for (const [act, lead, due, ms, r] of acts) {
      p.action(['', act, lead, dmy(due), ms, r], { indicators: inds, theme: obj, action: act, lead, due, status: r, rag: R[r][1], outcome: ms }, { styles: [{}, {}, {}, DMY, {}, { fill: R[r][0], alignment: { horizontal: 'center' } }] });
    }
  }
  p.blank();
  p.line(['RAG: B = complete, G = on track, A = at risk, R = off track'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional ambulance trust, WDES 2022/23 (codes 4a, 4b, 9a, 9b). Three title lines, a navy header 'Metric | Objective / action | Owner | By | Success measure | RAG'. Four OBJECTIVE ROWS (lilac, bold) sit in the grid itself above their actions: each fills Metric, 'Objective n: …', an EXECUTIVE owner, a year-end date 31/03/2023 (real dates, dd/mm/yyyy) and a success measure, but no RAG; the two or three action rows below have no metric, their own operational owner, date, measure and a RAG letter on a fill. Judgement calls: the objective rows look like actions (owner, date, measure) but are what the actions serve – the sheet's own note says objectives are owned by an executive and actions by an operational owner, and only actions are RAG-rated – so they are non-action rows and serve as the theme (theme = the objective text); every gold field of an action comes from its own row: lead = the operational owner, never the objective's executive; due = its own date, never the objective's year-end date; outcome = its own success measure; indicators from the objective row's Metric cell ('4a, 4b, 5, 7' → 4a,4b,5,7; '2 & 3' → 2,3) since the action rows leave Metric blank; status = the letter as written, rag from its fill (B = blue); no ref (none on the sheet); no progress. The key line is context.", { mode: 'fill', ragCol: 'F', sections: secs, notFromRows: true });
}
