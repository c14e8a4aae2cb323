// holdout68-wdes-2024-25-fernhill: primary care collaborative; LAST YEAR'S AND THIS YEAR'S ACTIONS INTERLEAVED under each metric,
// told apart only by a 'Plan year' column; the shared 'Result / status' column holds last year's result or this year's status.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fernhill and Coldwater Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout68-wdes-2024-25-fernhill', sheet: 'WDES actions', standard: 'WDES', period: '2024-25', trust, widths: [26, 11, 52, 24, 13, 30], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Workforce Disability Equality Standard`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Action plan for 2024-25, with last year\'s actions and their results kept under each metric'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Hosted by Fernhill Medical Group on behalf of the 11 practices of the collaborative. Contact: collaborative.workforce@example.nhs.uk'], { merge: ['A', 'F'] });
  p.blank();
  p.header(['WDES metric', 'Plan year', 'Action', 'Who', 'When', 'Result / status'], { style: { fill: C.darkblue, color: C.white } });
  const blocks = [
    ['Metric 1 – declaration', '1', [
      ['2023-24', 'Ask every practice to add disability to its starter form.', 'Practice managers', 'Jun 2023', 'Achieved'],
      ['2024-25', 'Run a declaration week in every practice with a short explainer for reception and admin teams.', 'Collaborative workforce lead', 'Oct 2024', 'Complete'],
      ['2024-25', 'Report declaration rates by practice to the collaborative board each quarter.', 'Collaborative workforce lead', 'Quarterly', 'In progress'],
    ]],
    ['Metric 2 – appointment from shortlisting', '2', [
      ['2023-24', 'Offer an interview to every disabled applicant who meets the essential criteria.', 'Practice managers', 'Sep 2023', 'Not achieved – carried forward'],
      ['2024-25', 'Put the guaranteed interview offer into the shared recruitment template used by all practices.', 'HR adviser (shared service)', 'Jul 2024', 'Complete'],
    ]],
    ['Metric 4a – harassment from patients and the public', '4a', [
      ['2023-24', 'Share the "no abuse of our staff" poster with every practice.', 'Communications lead', 'Apr 2023', 'Achieved'],
      ['2024-25', 'Give reception teams de-escalation training that covers abuse aimed at disabled colleagues.', 'Training hub', 'Dec 2024', 'In progress'],
    ]],
    ['Metric 7 – feeling valued', '7', [
      ['2024-25', 'Hold a listening session for disabled staff across the collaborative and publish what we heard.', 'Clinical director', 'Nov 2024', 'Not started'],
    ]],
    ['Metric 8 – reasonable adjustments', '8', [
      ['2023-24', 'Agree a simple reasonable adjustments form for practices.', 'HR adviser (shared service)', 'Dec 2023', 'Achieved'],
      ['2023-24', 'Find funding for adjustments that small practices cannot afford.', 'Collaborative board', 'Mar 2024', 'Not achieved – carried forward'],
      ['2024-25', 'Create a shared adjustments budget of £8,000 held by the collaborative, with a two-week decision time.', 'Collaborative board', 'Sep 2024', 'Delayed'],
    ]],
    ['Metric 9a – staff engagement', '9a', [
      ['2024-25', 'Start a disabled staff peer group across the 11 practices, meeting online every two months.', 'Clinical director', 'Jan 2025', 'In progress'],
    ]],
  ];
  const prior = [];
  for (const [label, ind, rows] of blocks) {
    const first = p.r + 1;
    rows.forEach(([yr, a, w, when, res], i) => {
      const old = yr === '2023-24';
      const vals = [i === 0 ? label : '', yr, a, w, when, res];
      const opts = { height: 30, style: old ? { italic: true, color: 'FF595959', fill: C.palegrey } : {}, styles: [{ bold: true, fill: undefined }] };
      if (old) prior.push(p.line(vals, { ...opts, border: true }));
      else p.action(vals, { indicators: [ind], theme: null, action: a, lead: w, due: when, status: res }, opts);
    });
    if (p.r > first) p.ws.mergeCells(`A${first}:A${p.r}`);
  }
  p.blank();
  p.line(['Italic grey rows are 2023-24 actions, kept so the board can see what happened to them.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative of eleven GP practices). Layout: title naming the collaborative and the standard, an italic subtitle ('Action plan for 2024-25, with last year's actions and their results kept under each metric'), a hosting/contact line, a blank row, one dark-blue header 'WDES metric | Plan year | Action | Who | When | Result / status' (row 5), then six metric blocks – the metric label ('Metric 1 – declaration', …) merged down column A over its rows – in which LAST YEAR'S ('2023-24', italic grey on pale grey) and THIS YEAR'S ('2024-25') actions are INTERLEAVED, told apart by the 'Plan year' column; one 'Result / status' column holds last year's result ('Achieved', 'Not achieved – carried forward') or this year's status ('Complete', 'In progress', 'Delayed', 'Not started'); no fills on statuses. A note line at the foot. Judgement calls: only the nine '2024-25' rows are actions; the six '2023-24' rows are last year's plan and non-action rows, even the ones 'carried forward' (their follow-on is the 2024-25 row that follows); status = the 'Result / status' word of the 2024-25 row as written, rag null (no colour, no key); indicators = the metric number in the label ('Metric 4a – …' → ['4a'], 'Metric 9a – …' → ['9a'], 'Metric 1 – …' → ['1']), the merged label is the metric, not a theme (theme null); lead = Who, due = When as written ('Quarterly' kept).", { priorRows: prior, notFrom: ['A', 'B'] });
}
