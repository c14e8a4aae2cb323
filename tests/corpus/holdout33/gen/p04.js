// holdout33-wres-2022-23-highburrow: follows Leeds and York Partnership NHS FT's published 'Belonging in the NHS road map' page
// (leedsandyorkpft.nhs.uk/about-us/our-strategy/our-people-plan/belonging-in-the-nhs/belonging-road-map/): a commitment, its 'Governance
// Group' (e.g. 'People Experience Group and the People Employment Group'), then the commitment's annual objectives. Here each commitment is
// a heading row, the governance group a line under it, and the objectives a small 'Year | Annual objective' table repeated per commitment
// (the year split is ASSUMED from the page's 'annual objectives').
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Highburrow Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout33-wres-2022-23-highburrow', sheet: 'Road map', standard: 'WRES', period: '2022-23', trust, widths: [14, 100], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Workforce Race Equality Standard: Belonging road map 2022/23`], { merge: ['A', 'B'], style: { bold: true, font: { size: 13 } } });
  p.line(['Our commitments. Each commitment below lists the annual objectives through which we will deliver the belonging ambition of our People Plan. Where an objective is aimed at a WRES indicator, the indicator is given in brackets.'], { merge: ['A', 'B'], height: 40 });
  p.blank();
  const secs = []; const hdrs = [];
  const comms = [
    ['Give our people a voice, listen and act on what they tell us', 'Governance Group: People Experience Group', [
      ['2022/23', 'Report staff survey and quarterly pulse results by ethnicity to the People Experience Group and agree the actions each directorate will take (WRES 5, 6 and 8).', ['5', '6', '8']],
      ['2022/23', 'Agree resourcing and protected time for the chairs of the Race Equality Network and the other staff networks.', []],
      ['2023/24', 'Give the Race Equality Network a standing seat on the People Experience Group and review whether it is working after six months.', []],
    ]],
    ['Embed equality, diversity and inclusion in the culture of our Trust', 'Governance Group: People Experience Group and the People Employment Group', [
      ['2022/23', 'Bring a pre-formal review stage into the new disciplinary procedure to help close the gap in formal cases for Black, Asian and minority ethnic colleagues (WRES 3).', ['3']],
      ['2022/23', 'Train all investigating officers in cultural awareness and the pre-formal review stage.', []],
      ['2023/24', 'Test the effect of the pre-formal stage by comparing the relative likelihood of entering a formal process before and after (WRES 3).', ['3']],
    ]],
    ['Grow and keep a workforce that reflects our communities', 'Governance Group: People Employment Group', [
      ['2022/23', 'Add a Black, Asian or minority ethnic panel member to every interview for Band 7 posts and above (WRES 2).', ['2']],
      ['2022/23', 'Launch a reciprocal mentoring scheme pairing Race Equality Network members with senior leaders (WRES 7).', ['7']],
      ['2023/24', 'Set a trajectory for Black, Asian and minority ethnic representation at Band 8a and above and report progress twice a year (WRES 1).', ['1']],
    ]],
  ];
  for (const [c, gov, objs] of comms) {
    secs.push(p.line([c], { merge: ['A', 'B'], style: { bold: true, fill: C.teal, color: C.white } }));
    p.line([gov], { merge: ['A', 'B'], style: { italic: true } });
    hdrs.push(p.header(['Year', 'Annual objective'], { style: { fill: C.palegrey } }));
    for (const [y, o, inds] of objs) p.action([y, o], { indicators: inds, theme: c, action: o, due: y }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }] });
    p.blank();
  }
  p.r--;
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and learning disability foundation trust) laid out like a real trust's published 'Belonging in the NHS road map' page (Leeds and York Partnership's): a title naming the trust and the WRES, an introduction saying that WRES indicators are given in brackets, then three COMMITMENTS as teal heading rows, each followed by an italic 'Governance Group: …' line and a small repeated header 'Year | Annual objective' over the commitment's objectives. Objectives are for '2022/23' or '2023/24'. Judgement calls: each objective is an action; theme = its commitment heading; the Governance Group line names the group that oversees the commitment, not who delivers each objective, so lead '' everywhere (the plan names no lead); due = the Year cell as written ('2022/23', dueSource 'column') – a financial year, not narrowed to a month; indicators only where the objective itself cites a WRES indicator in brackets ('(WRES 5, 6 and 8)' → 5, 6, 8); objectives citing none (network time, training investigating officers, the network's seat) have indicators [] even though the commitment as a whole is about race equality – never guessed from prose; the introduction is context; no status.", { sections: secs, sameHeaders: true, noLead: true, forbidden: ['Governance Group: People Experience Group', 'People Experience Group', 'People Employment Group'] });
}
