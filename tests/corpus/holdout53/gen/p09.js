// holdout53-wres-2024-25-lunemouth: an ICB's WRES plan in two parts (the ICB as employer; the ICB's system role), each a section band;
// an Objective column merged down (two lines: number and wording); Actions cells with lettered sub-steps '(a) … (b) …'; a 'Lead
// organisation(s)' cell listing two or three bodies on separate lines; 'By' cells with a month and a phase note on a second line;
// 'How we'll know' holds '▪' bullets; a 'WRES link' column.
import { Book, Plan, C, mergeDown } from './lib.js';
import { L, nz, H } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Lunemouth and Dales Integrated Care Board';
  const p = new Plan(book, { name: 'holdout53-wres-2024-25-lunemouth', sheet: 'WRES 2024-25', standard: 'WRES', period: '2024-25', trust, widths: [28, 58, 30, 16, 40, 10] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard Action Plan 2024-25'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Part 1 covers the ICB\'s 486 staff. Part 2 covers what the ICB will do as system leader with the NHS trusts and primary care in Lunemouth and the Dales.'], { merge: ['A', 'F'], height: 30 });
  const parts = [
    ['Part 1 – The ICB as an employer', [
      [L('Objective 1', 'Our senior team reflects the people we serve'), [
        [L('Set and publish an ethnicity target for Band 8a and above:', '(a) agree the target with the Race Equality Network', '(b) publish it in the annual report', '(c) report progress to the People Committee twice a year'), L('NHS Lunemouth and Dales ICB'), L('September 2024', '(target published)'), L('▪ Target agreed and published', '▪ Band 8a+ BME staff up from 7.9% towards 12%'), '1'],
        [L('Make every Band 8a+ shortlist and panel diverse:', '(a) at least one BME candidate on shortlists where one applied and met the criteria', '(b) a trained inclusion panel member on every panel'), L('NHS Lunemouth and Dales ICB'), 'December 2024', L('▪ Relative likelihood of appointment from shortlisting below 1.25'), '2'],
      ]],
      [L('Objective 2', 'Nobody is treated unfairly because of their race'), [
        [L('Build a shared-services HR check of every case before formal action, with the commissioning support unit:', '(a) agree the check', '(b) collect data by ethnicity'), L('NHS Lunemouth and Dales ICB', 'Pennine Shores Commissioning Support Unit'), L('October 2024', '(CSU contract variation)'), L('▪ Check in place', '▪ No BME over-representation in formal cases'), '3'],
        [L('Bring in an anti-racism statement and a route to report racism that does not go through line management.'), L('NHS Lunemouth and Dales ICB'), 'July 2024', L('▪ Statement signed by the Board', '▪ Reports received and acted on'), '6, 8'],
      ]],
    ]],
    ['Part 2 – The ICB as system leader', [
      [L('Objective 3', 'A fair route into and through NHS careers across the system'), [
        [L('Run a system-wide positive action programme for BME staff in Bands 5 to 7:', '(a) agree places with each trust', '(b) run two cohorts', '(c) track promotions for two years'), L('NHS Lunemouth and Dales ICB', 'Lunemouth Teaching Hospitals NHS Trust', 'Dales Care Partnership NHS Foundation Trust'), L('March 2025', '(Phase 1 – cohort 1 only)'), L('▪ 60 participants across the system', '▪ 25% promoted within two years'), '7'],
        [L('Share one set of inclusive recruitment standards across all NHS employers in the system.'), L('NHS Lunemouth and Dales ICB', 'Lunemouth Teaching Hospitals NHS Trust'), 'January 2025', L('▪ Standards signed off by every trust', '▪ Used in trust recruitment audits'), '2'],
      ]],
      [L('Objective 4', 'Leaders who are held to account for race equality'), [
        [L('Add a race equality objective to the appraisal of every ICB and trust chief executive:', '(a) agree wording with NHS England', '(b) check it at mid-year review'), L('NHS Lunemouth and Dales ICB', 'NHS England North West'), L('June 2024', '(objectives set)'), L('▪ Objective in every chief executive appraisal'), '9'],
        [L('Publish a system WRES summary with each trust\'s nine indicators side by side.'), L('NHS Lunemouth and Dales ICB', 'Lunemouth Teaching Hospitals NHS Trust', 'Dales Care Partnership NHS Foundation Trust'), 'November 2024', L('▪ Summary published', '▪ Discussed at the People Board'), 'All'],
      ]],
    ]],
  ];
  const secs = [];
  for (const [part, objs] of parts) {
    secs.push(p.line([part], { merge: ['A', 'F'], style: { bold: true, fill: C.nhs, color: C.white } }));
    p.header(['Objective', 'Actions', 'Lead organisation(s)', 'By', 'How we\'ll know', 'WRES link'], { style: { fill: C.paleblue } });
    for (const [obj, acts] of objs) {
      const first = p.r + 1;
      acts.forEach(([act, lead, by, know, w], i) => {
        const inds = w === 'All' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : w.split(', ');
        p.action([i === 0 ? obj : undefined, act, lead, by, know, w], { indicators: inds, theme: part, action: nz(act), lead: nz(lead), due: by.split('\n')[0], outcome: nz(know) }, { height: H(act, lead, know), styles: [{ bold: true }] });
      });
      mergeDown(p.ws, 'A', first, p.r);
    }
  }
  p.blank();
  p.line(['Accountable executive: Chief People Officer. Reviewed by the ICB People Committee each quarter.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board): name, title, a scope paragraph, then TWO PARTS, each a dark-blue merged band ('Part 1 – The ICB as an employer', 'Part 2 – The ICB as system leader') followed by its OWN copy of the header 'Objective | Actions | Lead organisation(s) | By | How we'll know | WRES link' (rows 5 and 11), eight actions, and an accountable-executive line. The OBJECTIVE cell ('Objective 1\\nOur senior team reflects the people we serve', bold) is MERGED DOWN beside its two actions. The cells hold structure: several ACTIONS cells are a lead-in line ending ':' with LETTERED SUB-STEPS '(a) …', '(b) …', '(c) …' on their own lines; LEAD ORGANISATION(S) lists one to three bodies on separate lines (the ICB itself, trusts, a CSU, NHS England); several BY cells hold the month and, on a second line, a bracketed phase note ('March 2025\\n(Phase 1 – cohort 1 only)'); HOW WE'LL KNOW holds '▪' bullets. Judgement calls: one row = one action (the lettered steps are its parts, not actions, and not refs – ref ''); action = the whole cell collapsed; lead = the whole Lead organisation(s) cell collapsed, every body listed, as written (organisations, not people – the plan names no person); due = the month line only ('March 2025'), the phase note is not the due; outcome = the How we'll know cell collapsed; indicators from WRES link ('6, 8' two; 'All' = all nine); theme = the Part band above (the merged Objective is a context column, not a theme); no status, rag null; 'Objective 1'… are not refs or indicators; the accountable executive is not a lead.", { actionCol: 'B', leadCol: 'C', outcomeCol: 'E', sections: secs, sameHeaders: true, notFrom: ['A'] });
}
