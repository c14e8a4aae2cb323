// holdout94-wdes-2021-22-blewbury: acute trust; the misspelt header hides which column is which ('Responsibilty (Exec)' beside
// 'Acton owner', 'Start date' beside 'Timescle'); metrics typed 'm 1', 'Metric 4 (a)', 'm4b', 'M9b'; status words typed anyhow,
// uncoloured, read through a key line.
import { Book, Plan, D, shown } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'Blewbury and District Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout94-wdes-2021-22-blewbury', sheet: 'WDES 2021-22', standard: 'WDES', period: '2021-22', trust, widths: [6, 12, 50, 20, 24, 12, 14, 14, 40], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { style: { bold: true, font: { size: 13 } } });
  p.line(['wdes action plan 21/22'], { style: { bold: true } });
  p.line(['Key - Done = green,  In progress = amber,  Not started = red'], { style: { italic: true } });
  p.header(['Ref', 'Metric', 'Acton', 'Responsibilty (Exec)', 'Acton owner', 'Start date', 'Timescle', 'Status', 'Progess update'], { style: { fill: 'FFE2EFDA' } });
  const rows = [
    ['B1', 'm 1', 'Re-run the ESR self-service declaration push with a short video from disabled colleagues', 'Chief People Officer', 'Workforce Systems Lead', D(2021, 5, 4), 'Sept 21', 'Done', 'Video out 14/09. 311 records updated.', ['1']],
    ['B2', 'M2', 'Make the Disability Confident interview guarantee visible on every TRAC advert and check monthly', 'Chief People Officer', 'Resourcing Manager', D(2021, 6, 1), '31/12/21', 'in-progress', 'Sept + Oct checks done - 4 adverts wrong', ['2']],
    ['B3', 'M 3', 'Review all formal capability cases for disabled staff closed in 20/21 - were adjustments made first?', 'Director of Workforce', 'Head of ER', D(2021, 7, 1), 'Q3 21/22', 'InProgress', '9 of 17 files read', ['3']],
    ['B4', 'Metric 4 (a)', 'Violence and aggression - extend body-worn cameras to ED and AMU and add disability to the incident form', 'Chief Nurse', 'Head of Security & Resilience', D(2021, 4, 1), 'end of march', 'In Progress', 'cameras in ED live, AMU Feb', ['4a']],
    ['B5', 'm4b', 'Managers\' session on disability-related bullying (half day, part of the leadership programme)', 'Director of Workforce', 'OD Lead ', D(2021, 9, 1), D(2022, 1, 31), 'not started', 'programme slot agreed for Jan', ['4b']],
    ['B6', 'metric 5', 'Disabled staff reverse mentoring for the 8 care group triumvirates', 'Chief People Officer', 'Inclusion Manager', D(2021, 10, 1), '31.03.2022', 'in-progress', '5 pairs matched', ['5']],
    ['B7', 'M 6', 'Stop sickness triggers counting disability-related absence - change the policy and the Healthroster rules', 'Director of Workforce', 'HR Policy Lead', D(2021, 5, 1), 'Dec 21', 'done', 'Policy approved JNCC 09/11. Roster change live 01/12.', ['6']],
    ['B8', 'm 9a', 'Pulse survey question on whether disabled staff feel their voice is heard, every quarter', 'Chief People Officer', 'Staff Experience Lead', D(2021, 7, 1), 'Q4 21/22', 'not started', '', ['9a']],
    ['B9', 'M9b', 'Fund the Disability Network chair 1 day a week and set up a network budget', 'Chief People Officer', 'Inclusion Manager', D(2021, 4, 1), 'June 21', 'Done', 'In place from July', ['9b']],
  ];
  const words = { done: 'green', 'in-progress': 'amber', inprogress: 'amber', 'in progress': 'amber', 'not started': 'red' };
  for (const r of rows) {
    const [ref, met, act, exec, own, start, due, st, prog, inds] = r;
    const dueShown = due instanceof Date ? shown(due, 'mmm-yy') : due;
    p.action([ref, met, act, exec, own, start, due, st, prog], { ref, indicators: inds, action: T(act), lead: T(own), due: dueShown, status: T(st), rag: words[st.toLowerCase()], progress: T(prog) }, { styles: [{}, {}, {}, {}, {}, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }, due instanceof Date ? { numFmt: 'mmm-yy', alignment: { horizontal: 'left' } } : {}, {}, {}] });
  }
  p.ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 3 }];
  p.blank();
  p.line(['Exec = accountable director (Exec Team).  Acton owner = person doing it and updating this sheet'], { style: { italic: true, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT, 2021+ WDES metric set). Sheet 'WDES 2021-22': trust name, a lower-case title line, an italic KEY line ('Key - Done = green,  In progress = amber,  Not started = red'), the header 'Ref | Metric | Acton | Responsibilty (Exec) | Acton owner | Start date | Timescle | Status | Progess update' (row 4, frozen at C4), nine actions B1–B9, a blank row and a grey line explaining the two people columns. Metrics typed 'm 1', 'M2', 'M 3', 'Metric 4 (a)' (→ 4a), 'm4b', 'metric 5', 'M 6', 'm 9a', 'M9b'. Start date is a real date (dd/mm/yyyy); Timescle is text ('Sept 21', '31/12/21', 'Q3 21/22', 'end of march', '31.03.2022', 'Dec 21', 'Q4 21/22', 'June 21') once a real date shown mmm-yy ('Jan-22'). Judgement calls: the misspelt headers still name the fields, and the HARD PART is telling the two people columns and the two date columns apart – lead = 'Acton owner' (the person doing it, as the grey line says), NEVER 'Responsibilty (Exec)'; due = 'Timescle', NEVER 'Start date'. Status = the word as typed (case and spelling kept: 'in-progress', 'InProgress', 'In Progress', 'done', 'Done', 'not started'); nothing is filled, so rag = the word read through the key line ('in-progress', 'InProgress' → amber; 'done' → green; 'not started' → red). Leads read without stray spaces ('OD Lead '). Progress = Progess update (its dates are no dues). Ref = Ref. Theme null.", { mode: 'word', ragCol: 8, words: { Done: 'green', done: 'green', 'in-progress': 'amber', InProgress: 'amber', 'In Progress': 'amber', 'not started': 'red' }, notFrom: ['D', 'F'] });
}
