// holdout93-wres-2026-27-withybrook: community trust tracker kept by the EDI team: the table starts in column B (A left narrow and
// empty), the WRES indicator's FULL WORDING merged down column B beside its actions, numbers restarting per indicator (1.1, 1.2, 2.1 …),
// timescales typed as text every which way, a drop-down status with no colour, and a second tab of the WRES figures.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Withybrook Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout93-wres-2026-27-withybrook', sheet: 'Action plan', standard: 'WRES', period: '2026-27', trust, widths: [2, 34, 6, 52, 24, 14, 13, 40], startCol: 2, font: { name: 'Calibri', size: 10 } });
  p.line([`${trust} – WRES Action Plan 2026/27`], { style: { bold: true, font: { size: 13 } } });
  p.line(['Covers community nursing, therapies, 0-19 children’s services, community dental and our two community hospitals (Ashgrove and Wenlow Cross).'], { merge: ['B', 'H'], style: { color: 'FF404040' } });
  p.line(['Last updated 18/11/2026 by the EDI team'], { style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.header(['WRES indicator', 'No.', 'Action', 'Owner', 'Timescale', 'Status', 'Comments'], { style: { fill: 'FFFCE4D6' } });
  const groups = [
    ['Indicator 1 – Percentage of staff in each of the AfC Bands 1-9 and VSM compared with the percentage of staff in the overall workforce', [
      ['1.1', 'Show band-by-band ethnicity data for each locality at the monthly locality quality and performance meetings.', 'Workforce Information Lead', 'End Oct 26', 'Completed', 'Now a standing item.'],
      ['1.2', 'Offer a funded Band 5 to 6 development pathway for community staff nurses from ethnic minority backgrounds, starting with district nursing.', 'Head of Nursing Education', 'Jan-Mar 2027', 'In progress', '12 places agreed; applications close 16 Dec.'],
    ]],
    ['Indicator 2 – Relative likelihood of White applicants being appointed from shortlisting across all posts compared to BME applicants', [
      ['2.1', 'Add a trained panel member from a different team to every Band 6 and above interview panel.', 'Recruitment Manager', 'Q3', 'In progress', ''],
      ['2.2', 'Review our health visiting and school nursing job adverts with the Race Equality Network to take out unnecessary essential criteria.', 'Head of 0-19 Services', '31/12/26', 'Not started', 'Network members identified.'],
    ]],
    ['Indicator 3 – Relative likelihood of BME staff entering the formal disciplinary process compared to White staff', [
      ['3.1', 'Report every formal case monthly to the Deputy Director of People, with ethnicity, to check the decision to go formal was consistent.', 'Employee Relations Lead', 'Monthly from Oct 26', 'In progress', 'Two cases returned to informal resolution so far.'],
    ]],
    ['Indicators 5 & 6 – Staff experiencing harassment, bullying or abuse from patients, relatives or the public, and from staff', [
      ['5.1', 'Give lone workers visiting patients at home a clear way to report racist abuse, and a manager call-back within 48 hours.', 'Head of Health, Safety & Security', 'End Dec 26', 'In progress', 'Lone-worker app updated; call-back rota being set up.'],
      ['5.2', 'Run active bystander sessions for community hospital ward teams and the dental service.', 'OD Practitioner', 'Ongoing', 'In progress', 'Ashgrove done; Wenlow Cross booked for January.'],
    ]],
    ['Indicator 7 – Percentage of staff believing that the trust provides equal opportunities for career progression or promotion', [
      ['7.1', 'Write down how acting-up and secondment opportunities are offered, so that all are advertised on the intranet.', 'Deputy Director of People', 'Feb 27', 'Not started', ''],
    ]],
    ['Indicator 8 – In the last 12 months have you personally experienced discrimination at work from a manager, team leader or other colleague', [
      ['8.1', 'Make the race equality module part of the Trust’s new-manager induction.', 'Learning & Development Manager', '01/04/27', 'Not started', 'Content drafted with the Race Equality Network.'],
    ]],
    ['Indicator 9 – Board voting membership compared with the overall workforce', [
      ['9.1', 'Include a board development session on race equality led by an external facilitator.', 'Trust Secretary', 'Nov 26', 'Completed', 'Held 5 November.'],
    ]],
  ];
  for (const [ind, acts] of groups) {
    const r0 = p.r + 1; const inds = /^Indicators? ([0-9 &,]+?)\s*–/.exec(ind)[1].match(/\d+/g);
    acts.forEach(([no, act, own, when, st, com], i) => {
      p.action([i === 0 ? ind : '', no, act, own, when, st, com], { ref: no, indicators: inds, action: act, lead: own, due: when, status: st, progress: com }, { styles: [{ font: { size: 9 }, alignment: { vertical: 'middle' } }, { alignment: { horizontal: 'center' } }] });
    });
    mergeDown(p.ws, 'B', r0, p.r);
  }
  const last = p.r;
  for (let r = 6; r <= last; r++) p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Completed,Delayed"'] };
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const d = book.wb.addWorksheet('WRES data 2026');
  d.getColumn(1).width = 12; d.getColumn(2).width = 14; d.getColumn(3).width = 14;
  [['Indicator', 'White', 'BME'], ['1 (8a+)', '88.1%', '11.9%'], ['2', '1.31', ''], ['3', '', '1.62'], ['5', '22.4%', '29.0%'], ['6', '18.2%', '24.5%'], ['7', '58.6%', '44.9%'], ['8', '5.8%', '13.1%'], ['9 (Board)', '10', '1']].forEach((v, i) => { d.getRow(i + 1).values = v; d.getRow(i + 1).font = { name: 'Calibri', size: 10, bold: i === 0 }; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust). Two tabs: 'Action plan' (gold) and 'WRES data 2026' (the figures, not actions). The plan starts in COLUMN B (A is narrow and empty): a title 'Withybrook Community Healthcare NHS Trust – WRES Action Plan 2026/27', a services line, an italic 'Last updated 18/11/2026 by the EDI team', a blank row, the header 'WRES indicator | No. | Action | Owner | Timescale | Status | Comments' (row 5, frozen), and ten actions in seven groups. Column B holds each indicator's FULL WORDING, MERGED DOWN beside the one or two actions of its group. Judgement calls: indicators from the merged wording's number ('Indicators 5 & 6 – …' → both, for 5.1 and 5.2); the merged cell gives the same indicator to every row it spans and is not a theme (theme null); ref = No. as written (numbers restart per indicator: '1.1', '5.2'); lead = Owner; due = Timescale exactly as typed, all text ('End Oct 26', 'Jan-Mar 2027', 'Q3', '31/12/26', 'Monthly from Oct 26', 'Ongoing', 'Feb 27', '01/04/27', 'Nov 26'); status = the drop-down word, no colour anywhere → rag null; progress = Comments (blank → ''). The last-updated date is no due.", { indCol: 'B', forbidden: ['18/11/2026'] });
}
