// holdout25-wres-2024-25-albion: follows NHS England's own published equality objectives page ('NHS England equality objectives for
// 2024/25 and 2025/26', https://www.england.nhs.uk/about/equality/objectives-24-25-and-25-26): each objective as 'Equality objective 1
// [COVID-19 and recovery]' – number plus a short name in square brackets – then the objective's wording, then its targets as 'Target 1:
// To …', 'Target 2: To …', numbering restarting under every objective; no lead, date or status on the page. The workforce race
// objectives and targets here are written anew for a fictional national NHS body.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Albion Workforce Agency';
  const p = new Plan(book, { name: 'holdout25-wres-2024-25-albion', sheet: 'Objectives', standard: 'WRES', period: '2024-25', trust, widths: [120] });
  p.line([`${trust} equality objectives for 2024/25 and 2025/26 – workforce race equality`], { style: { bold: true, font: { size: 14 } } });
  p.line([`These objectives and targets cover our role as a national system leader and as an employer. They have been updated in light of our WRES results; no objective has changed, one target has been retired and the rest roll over.`], { height: 30 });
  p.line([`${trust}'s equality objectives and updated targets for 2024/25`], { style: { bold: true } });
  const objs = [
    ['Equality objective 4 [WRES: representation]', 'To make the Agency\'s own workforce, at every grade and on its Board, reflect the diversity of the NHS workforce it serves, and to remove the barriers that hold back ethnic minority staff from senior roles.', [
      ['Target 1: To raise ethnic minority representation at Band 8c and above to 19% by March 2025 (WRES indicator 1).', ['1'], 'March 2025'],
      ['Target 2: To bring the relative likelihood of White applicants being appointed from shortlisting, compared with ethnic minority applicants, below 1.25 (WRES indicator 2).', ['2']],
      ['Target 3: To make sure every Board and executive appointment has an ethnically diverse shortlist and interview panel (WRES indicator 9).', ['9']],
    ]],
    ['Equality objective 5 [WRES: staff experience]', 'To close the gaps in the experience of ethnic minority and White staff shown by the WRES staff survey indicators, and to hold managers to account for doing so.', [
      ['Target 1: To cut the share of ethnic minority staff reporting harassment, bullying or abuse from colleagues by five percentage points (WRES indicator 6).', ['6']],
      ['Target 2: To give every directorate a race equality objective, reviewed in the director\'s appraisal.', []],
    ]],
    ['Equality objective 6 [capability]', 'To improve the capability of the Agency\'s teams to use workforce race equality data in their decisions.', [
      ['Target 1: To publish a quarterly WRES dashboard for every directorate, with data on disciplinary cases and access to training (WRES indicators 3 and 4).', ['3', '4']],
      ['Target 2: To train all people managers in reading and acting on their team\'s WRES data.', []],
    ]],
  ];
  const secs = [];
  for (const [h, wording, targets] of objs) {
    p.blank();
    secs.push(p.line([h], { style: { bold: true, color: C.nhs, font: { size: 12 } } }));
    p.line([wording], { height: 30 });
    for (const [t, inds, due] of targets) {
      const ref = /^(Target \d+):/.exec(t)[1];
      p.action([t], { ref, indicators: inds, theme: h, action: t, ...(due ? { due, dueSource: 'action text' } : {}) }, { border: false });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional national NHS body) following NHS England's own published page of equality objectives and targets for 2024/25 and 2025/26, pasted into a one-column sheet: a title naming the body, an intro paragraph, a subheading, then three objectives, each as a blank row, a blue heading 'Equality objective 4 [WRES: representation]' (number plus a short name in square brackets), the objective's wording as a paragraph, and its TARGETS as separate paragraphs 'Target 1: To …', 'Target 2: To …' – the numbering RESTARTS under every objective. No lead, date, status or progress anywhere; some targets name a WRES indicator in brackets at the end. Judgement calls: each target is an action (the trust's stated, measurable commitment) and the gold action is the whole paragraph with its 'Target n:' label; ref = the label 'Target 1' (repeating across objectives, as 'Action 1' did in holdout24 kestow); theme = the objective heading; the objective's wording, the intro and the subheading are context; indicators from the WRES indicator named in the target ('(WRES indicators 3 and 4)' → ['3','4']), [] where the target names none – the objective's bracketed name ('WRES: staff experience') is not an indicator and none is guessed from wording; the objective numbers (4, 5, 6) are the body's own equality objective numbers, not WRES indicators; lead '' (none given); due '' except where a target closes on its date ('… to 19% by March 2025' → 'March 2025', dueSource 'action text', as a table's action text is read: corrected 4 Dec 2026 after the batch's measure, the first gold having missed it); no status, rag null.", { sections: secs });
}
