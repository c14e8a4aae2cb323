// holdout25-wres-2022-23-hallowfield: follows The Christie NHS FT's 'Workforce Race Equality Standard Action Plan 2022-2023' flipbook
// (thechristie.cld.bz/Workforce-Race-Equality-Standard-Action-Plan-2022-2023/2, /3, /9, /10): one page per metric, the page title repeated
// at the top of every page, 'Metric 8: Discrimination' + the metric's wording, then the page's table: the current position (data
// narrative), the actions – numbered '8a', '8c' … with unnumbered follow-on actions between them – 'Accountable People / Team', 'Key
// Performance Indicators' (Wingdings tick bullets) and a month date. Pages pasted one under another into Excel.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hallowfield Specialist Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout25-wres-2022-23-hallowfield', sheet: 'WRES Action Plan', standard: 'WRES', period: '2022-23', trust, widths: [42, 50, 28, 40, 16] });
  const T = 'Workforce Race Equality Standard Action Plan 2022-2023';
  const K = '\uF0FC ';
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  const pages = [
    ['1', 'Metric 1: Recruitment and Promotion', 'Percentage of staff in each of the AfC bands 1-9 or Medical and Dental subgroups and VSM (including executive Board members) compared with the percentage of staff in the overall workforce, by ethnicity.',
      'Our data shows 13.8% of the workforce are from a BAME background, 0.4% lower than in 2021. Medical grades hold a higher share of BAME staff than other bands.', [
        ['1a Write a recruitment strategy to attract and appoint more BAME staff into Band 7 roles and above.', 'Recruitment Team, Career Development Practitioner', `${K}Applications from BAME candidates for Band 7 and above up by 5%.`, 'October 2023'],
        ['Look at ways to advertise careers to a wider range of candidates through community events.', 'Recruitment Team', `${K}Take part in 4 community events.`, 'October 2023'],
        ['1d Design and run new recruitment and selection training for managers.', 'Recruitment Team, Career Development Practitioner', `${K}Recruitment and selection course run 3 times.`, 'June 2023'],
        ['1e Test whether this training could be made compulsory for every panel chair.', 'Recruitment Team', `${K}Paper taken to Workforce Committee`, 'June 2023'],
      ]],
    ['2', 'Metric 2: Appointments', 'Relative likelihood of staff being appointed from shortlisting across all posts.',
      'White applicants are 2.9 times more likely than BAME applicants to be appointed from shortlisting, up from 2.1 times in 2021.', [
        ['2a Hold targeted recruitment events with schools, colleges and community centres to reach under-represented groups.', 'Recruitment Team, Ethnic Diversity Network', `${K}4 targeted community events held.\n${K}Recruitment Lead attends at least 1 Ethnic Diversity Network meeting.`, 'June 2023'],
        ['2b Recruit and train a diverse pool of Recruitment Ambassadors to sit on panels for posts at Band 8c and above.', 'Career Development Practitioner', `${K}12 ambassadors trained.\n${K}Ambassador on every 8c+ panel.`, 'October 2023'],
      ]],
    ['6', 'Metric 6: Harassment, Bullying or Abuse from Staff', 'Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months.',
      '24.1% of BAME staff said they had experienced harassment, bullying or abuse from colleagues, against 16.9% of white staff.', [
        ['6e Review the Respect Campaign with staff networks and staff side.', 'EDI Team, Staff-Side', `${K}Review findings reported to the People Committee.`, 'March 2023'],
        ['Train a network of Civility Champions across all sites.', 'EDI Manager', `${K}20 Civility Champions in post.`, 'September 2023'],
      ]],
    ['8', 'Metric 8: Discrimination', 'Percentage of staff experiencing discrimination at work from a manager / team leader or other colleagues in the last twelve months.',
      'BAME colleagues remain more likely to report discrimination from managers or colleagues: 11.9% against 4.6% of white staff. Both figures have fallen since 2021.', [
        ['8a Relaunch the Respect Campaign once its review is complete (see 6e)', 'EDI Team, Partnership Officer', `${K}Respect Campaign relaunched and promoted across the Trust`, 'April 2023'],
        ['Run a programme of roadshows across the Trust to promote the relaunched campaign', 'EDI Team, Partnership Officer', `${K}5 roadshows held across the different sites.`, 'October 2023'],
        ['8c Review the Positive Working Relationships Policy', 'HRBP, Staff-Side', `${K}Review finished and policy updated`, 'April 2023'],
      ]],
    ['9', 'Metric 9: Board Representation', "Percentage difference between the organisation's Board voting membership and its overall workforce.",
      'The gap between BAME Board membership and the BAME workforce is -1.2%, down from -6.8% in 2021.', [
        ['9a Find specialist recruitment agencies that reach BAME candidates for Board posts', 'Company Secretary, with support from Workforce Colleagues', `${K}3 specialist agencies identified`, 'October 2023'],
        ['9b Build an inclusive Board recruitment programme and process', 'Company Secretary', `${K}Inclusive Board recruitment programme in place`, 'October 2023'],
      ]],
  ];
  const secs = [];
  for (const [ind, head, wording, pos, acts] of pages) {
    p.line([T], { merge: ['A', 'E'], style: { italic: true, color: 'FF808080' } });
    secs.push(p.line([head], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 }, color: C.nhs } }));
    p.line([wording], { merge: ['A', 'E'], height: 28 });
    p.header(['Current Position', 'Actions', 'Accountable People / Team', 'Key Performance Indicators', 'Timescale'], { style: { fill: C.paleblue } });
    const first = p.r + 1;
    acts.forEach(([a, lead, kpi, due], i) => {
      const m = /^(\d[a-z]) /.exec(a);
      p.action([i === 0 ? pos : undefined, a, lead, kpi, due], { ref: m ? m[1] : '', indicators: [ind], theme: head, action: a, lead, due, outcome: kpi });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist hospital foundation trust) following a real published WRES action plan 2022-2023 flipbook (The Christie's), its pages pasted one under another into one sheet: a trust-name line (row 1), then for each of five metrics a PAGE TITLE repeated at the top of the page ('Workforce Race Equality Standard Action Plan 2022-2023', grey italic), a metric heading ('Metric 8: Discrimination'), the metric's wording on its own row, a REPEATED header 'Current Position | Actions | Accountable People / Team | Key Performance Indicators | Timescale', and the page's actions. The Current Position (this year's data narrative) is merged down beside the metric's actions. Actions are NUMBERED WITH THE METRIC'S CODE written into the action ('1a …', '8c …') but the numbering has gaps and UNNUMBERED follow-on actions sit between numbered ones, each with its own team, KPI and date (as in the real pages, where 'Organise a series of Roadshows …' follows '8a'). KPIs start with a Wingdings tick glyph (U+F0FC, shown as a box or tick) and some cells hold two KPI lines. Timescales are month names as text. No status column. Judgement calls: every row under a header is its own action, numbered or not (the unnumbered rows have their own accountable team, KPI and date – they are not notes on the action above) – ref '' when unnumbered, otherwise the code at the start of the action ('8a'), and the gold action keeps its prefix; indicators from the page's metric heading, NOT from a cross-reference inside an action ('(see 6e)' under metric 8 → ['8'] only); theme = the metric heading; the metric wording row, the repeated page titles and the Current Position are context (no gold field from Current Position); lead = 'Accountable People / Team' as written, including 'Company Secretary, with support from Workforce Colleagues'; outcome = the KPI cell as written (with its glyph); due as written; no status, rag null.", { sections: secs, sameHeaders: true, notFrom: ['A'] });
}
