// holdout39-wres-2022-23-trevanion: follows NHS Kernow CCG's 'Action plan' web page (WRES action plan 2021 to 2022,
// https://www.kernowccg.nhs.uk/get-info/equality-and-diversity/workforce-race-equality-standard/action-plan/): a lead-in saying the
// plan should be read with the WRES report, '2021 to 2022 WRES action plan', then per action a HEADING ('Complete and submit annual WRES
// return'), 'Action 1' with the action, 'Expected outcome' with its text, then the progress and the timescale as plain unlabelled
// paragraphs ('31 March 2016 and annually thereafter'); one block ('Identification of a board lead for the WRES' / 'Action 3') has no
// action sentence under its label. Copied from the web page into a two-column sheet. Here the organisation is an ICB (successor of
// a CCG) in 2022-23; the last blocks' wording is ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Trevanion Integrated Care Board';
  const p = new Plan(book, { name: 'holdout39-wres-2022-23-trevanion', sheet: 'WRES action plan', standard: 'WRES', period: '2022-23', trust, widths: [22, 96], font: { name: 'Calibri', size: 11 } });
  const F = { name: 'Calibri', size: 11 };
  p.line([trust], { merge: ['A', 'B'], style: { bold: true, font: { ...F, size: 14 }, color: C.nhs } });
  p.line(['Action plan'], { merge: ['A', 'B'], style: { bold: true, font: { ...F, size: 13 } } });
  p.line(['This page sets out NHS Trevanion ICB\'s Workforce Race Equality Standard (WRES) action plan for 2022 to 2023. Read it together with our WRES report.'], { merge: ['A', 'B'], height: 30 });
  p.line(['2022 to 2023 WRES action plan'], { merge: ['A', 'B'], style: { bold: true, font: { ...F, size: 12 } } });
  p.blank();
  const blocks = [
    ['Complete and publish the annual WRES return', 'Action 1', 'Publish the return on the ICB website with a short summary of what the figures show.',
      'Any gaps between the experience of Black, Asian and minority ethnic colleagues and white colleagues are reported each year, and the return shows where the action plan needs to focus. Review and publication dates are clear, so staff and the public can see our data.',
      'The 2022 return was published on the website in September 2022. Race disparity ratios were worked out in June 2022 and sent to the national WRES team.',
      '31 August 2022 and every year after'],
    ['Keep the WRES action plan under review', 'Action 2', 'Track the actions and update this plan at each meeting of the People and Culture Committee, publishing it with the WRES return.',
      'One consistent way of working towards the WRES, informed by the return, with progress recorded against each action.',
      'The plan was refreshed in October 2022 and goes to the committee every quarter.',
      'Quarterly from October 2022'],
    ['Name a board lead for the WRES', 'Action 3', null,
      'The board shows its commitment to race equality and has one member who holds the organisation to account for the plan.',
      'Confirmed in July 2022: the Non-Executive Member for People, Dr Ines Mabaso, acts as board lead for equality, diversity and inclusion.',
      '31 July 2022'],
    ['Support the ICB Race Equality Network', 'Action 4', 'Give the network chair and deputy chair protected time and a small budget, and invite the chair to the People and Culture Committee.',
      'Black, Asian and minority ethnic colleagues have a voice in decisions and a safe place to raise concerns.',
      'Two hours a week agreed for each post holder. The chair has attended three committee meetings since November.',
      '30 November 2022'],
    ['Make recruitment fairer', 'Action 5', 'Add a Black, Asian or minority ethnic panel member to every interview panel for posts at Band 8a and above.',
      'The relative likelihood of white applicants being appointed from shortlisting falls towards 1.0 (indicator 2).',
      'A pool of 14 trained panel members is in place. Panels have included a pool member for 9 of the 12 senior posts filled since January.',
      '31 March 2023'],
    ['Develop talent at senior levels', 'Action 6', 'Offer reverse mentoring pairs between executive directors and colleagues from the Race Equality Network.',
      'More Black, Asian and minority ethnic colleagues at Band 8a and above, and more who believe the ICB offers equal opportunities for progression (indicators 1 and 7).',
      'Six pairs started in February 2023; feedback will be gathered in the summer.',
      '30 June 2023'],
    ['Tackle bullying, harassment and discrimination', 'Action 7', 'Run cultural awareness and active bystander sessions for every line manager.',
      'Fewer colleagues report bullying, harassment or discrimination from managers and colleagues in the staff survey (indicators 6 and 8).',
      'Sessions are being commissioned with the ICS Leadership Academy; none held yet.',
      '31 March 2023'],
  ];
  const inds = [[], [], [], [], ['2'], ['1', '7'], ['6', '8']];
  blocks.forEach(([head, ref, act, outcome, progress, due], i) => {
    const h = p.line([head], { merge: ['A', 'B'], style: { bold: true, fill: C.paleblue, font: { ...F, size: 12 } } });
    const start = h;
    let row;
    const g = { ref, indicators: inds[i], lead: '', due, progress, outcome };
    if (act) {
      row = p.action([ref, act], { ...g, theme: head, action: act }, { styles: [{ bold: true }] });
    } else {
      // no action sentence under the label: the heading is the action; the heading row is the action row
      p.nonActionRows.pop();
      p.actions.push({ row: h, ref, indicator: inds[i][0] ?? null, indicators: inds[i], theme: null, action: head, lead: '', due, status: '', rag: null, progress, outcome, completed: '', dueSource: 'column' });
      row = h;
      p.line([ref], { styles: [{ bold: true }] });
    }
    p.line(['Expected outcome', outcome], { styles: [{ bold: true }], height: 45 });
    p.line([undefined, progress], { height: 30 });
    p.line([undefined, due], { styles: [{}, { italic: true }] });
    p.blocks[row] = [start, p.r];
    p.blank();
  });
  // the heading row of block 3 became an action row: fix the order of actions
  p.actions.sort((a, b) => a.row - b.row);
  p.line(['Page last reviewed: 14 March 2023'], { merge: ['A', 'B'], style: { italic: true, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, an integrated care board for its own staff) following a real published CCG 'Action plan' web page for the WRES (NHS Kernow's 2021 to 2022 page), copied into a two-column sheet: the ICB's name, 'Action plan', a lead-in saying the plan is read with the WRES report, '2022 to 2023 WRES action plan', then SEVEN STACKED BLOCKS, one per action, each: a shaded HEADING row (merged A:B, 'Complete and publish the annual WRES return'), a row 'Action n' | the action sentence, a row 'Expected outcome' | its text, then the PROGRESS and the TIMESCALE as two UNLABELLED rows in column B (as on the web page, where they sit under the outcome without a label), and a blank row; a 'Page last reviewed' line at the end. Block 3 ('Name a board lead for the WRES') has NO action sentence – its 'Action 3' label stands alone, as on the real page. Judgement calls: each block is one action; the action row is the 'Action n' row (action = its sentence, ref = 'Action n', theme = the block's heading, which names what the action is for); for block 3, with no sentence, the action is the heading itself and the heading row is the action row (theme null, ref 'Action 3' from the label row below); outcome = the 'Expected outcome' text; progress = the first unlabelled row, due = the second (read by position, as a person reads the page: the progress is a sentence of what happened, the timescale a date phrase), kept as written ('31 August 2022 and every year after', 'Quarterly from October 2022'); lead '' everywhere – the plan has no lead field, and the non-executive named in block 3's progress is the person appointed board lead for EDI, not the person responsible for the action; indicators only where the expected outcome names them in brackets ('(indicator 2)' → ['2'], '(indicators 1 and 7)' → ['1', '7']), [] for actions 1–4, whose text names none (none guessed from wording – block 3 is about the board but names no indicator); no status, rag null; the 'Page last reviewed' line is not a due.", { forbidden: ['Page last reviewed: 14 March 2023', 'Dr Ines Mabaso'] });
}
