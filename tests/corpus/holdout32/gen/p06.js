// holdout32-wres-2016-17-cardenmoor: the WRES plan held by an ambulance trust's programme management office in the PMO's own
// milestone-and-highlight template: a header block of label/value pairs (programme, project, SRO, project manager, reporting period,
// overall RAG, version), a BRAG key, 'Section A – Milestones' with workstream rows, baseline / forecast / actual dates, BRAG letters on
// fills, a dependencies column, then 'Section B – Risks and issues' and 'Section C – Decisions required' in the same sheet.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cardenmoor Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout32-wres-2016-17-cardenmoor', sheet: 'Milestones & RAID', standard: 'WRES', period: '2016-17', trust,
    widths: [7, 50, 9, 22, 11, 11, 11, 7, 12, 44], font: { name: 'Arial', size: 9 } });
  const ws = p.ws; const lab = { bold: true, fill: 'FFDEEAF6' };
  p.line([`${trust} – Programme Management Office`], { style: { color: 'FF7F7F7F', font: { size: 8 } } });
  p.line(['Project Milestone Plan and Highlight Report'], { style: { bold: true, font: { size: 14 }, color: 'FF002060' } });
  p.line(['Programme', 'Our People 2016-18', undefined, 'SRO', 'Director of HR and OD'], { border: true, styles: [lab, {}, {}, lab, {}], merge: [['E', 'G']] });
  p.line(['Project', 'Workforce Race Equality Standard (WRES) 2016/17', undefined, 'Project manager', 'K. Owusu, PMO'], { border: true, styles: [lab, {}, {}, lab, {}], merge: [['E', 'G']] });
  p.line(['Period', 'Period 8 (Nov 2016)', undefined, 'Overall RAG', 'A'], { border: true, styles: [lab, {}, {}, lab, { fill: C.amber, bold: true, alignment: { horizontal: 'center' } }] });
  p.line(['Version', '0.6', undefined, 'Next board', '14-Dec-16'], { border: true, styles: [lab, {}, {}, lab, {}] });
  p.line(['BRAG: B = complete · G = on track · A = at risk but recoverable within tolerance · R = will miss forecast / tolerance exceeded'], { style: { italic: true, font: { size: 8 } } });
  p.blank();
  p.line(['Section A – Milestones'], { style: { bold: true, fill: 'FF002060', color: C.white }, merge: ['A', 'J'] });
  const hr = p.header(['ID', 'Milestone / deliverable', 'WRES ind.', 'Owner', 'Baseline', 'Forecast', 'Actual', 'BRAG', 'Dependencies', 'Commentary'], { style: { fill: 'FFBDD7EE' } });
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RAG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const fm = 'dd-mmm-yy';
  const WS = [
    ['WS1 – Recruitment and progression', [
      ['M1.1', 'Diverse interview panels in place for all Band 7+ and paramedic team leader posts', '2', 'Head of Recruitment', D(2016, 9, 30), D(2016, 9, 30), D(2016, 9, 26), 'B', '', 'Panel pool of 38 trained; rota held by Recruitment.'],
      ['M1.2', 'Positive action taster days for BME community first responders interested in the paramedic degree', '1', 'Head of Education', D(2016, 11, 30), D(2017, 2, 28), null, 'A', 'M1.1', 'Slipped – university dates not confirmed; two days pencilled for Feb.'],
      ['M1.3', 'Shortlisting audit: relative likelihood by ethnicity for Q1–Q3 appointments, report to People Committee', '2', 'Workforce Information Manager', D(2016, 12, 31), D(2016, 12, 31), null, 'G', '', 'Data extracted; analysis under way.'],
    ]],
    ['WS2 – Fair treatment', [
      ['M2.1', 'Disciplinary investigations involving BME staff reviewed by a second manager before a hearing is called', '3', 'Head of Employee Relations', D(2016, 10, 31), D(2017, 1, 31), null, 'R', 'Policy change (JNCC)', 'JNCC did not agree the policy change in October; re-tabled for January.'],
      ['M2.2', 'Station-level bullying and harassment awareness sessions delivered in all five operational areas', '6', 'Locality Managers (x5)', D(2017, 3, 31), D(2017, 3, 31), null, 'G', '', '3 of 5 areas done.'],
      ['M2.3', 'Racist abuse from patients added as a Datix sub-category with a monthly report to the Health and Safety Group', '5', 'Head of Health, Safety and Security', D(2016, 8, 31), D(2016, 8, 31), D(2016, 8, 22), 'B', '', 'Live from 22 Aug.'],
    ]],
    ['WS3 – Leadership and governance', [
      ['M3.1', 'Board development session on race equality with an external facilitator', '9', 'Trust Secretary', D(2016, 11, 30), D(2017, 1, 25), null, 'A', '', 'Moved to January Board development day.'],
      ['M3.2', 'BME staff network launched with an executive sponsor and terms of reference', '8', 'Director of HR and OD', D(2016, 10, 31), D(2016, 10, 31), D(2016, 10, 19), 'B', '', 'Launched at Black History Month event.'],
      ['M3.3', 'Mentoring scheme for BME staff at Bands 5–7, first cohort of 10 matched', '7', 'Head of OD', D(2017, 3, 31), D(2017, 3, 31), null, 'G', 'M3.2', 'Mentors recruited via network.'],
    ]],
  ];
  const secs = [];
  for (const [name, ms] of WS) {
    secs.push(p.line([name], { style: { bold: true, fill: 'FFF2F2F2' }, merge: ['A', 'J'], border: true }));
    for (const [id, m, ind, owner, base, fc, act, brag, dep, com] of ms) {
      p.action([id, m, ind, owner, base, fc, act || undefined, brag, dep || undefined, com],
        { ref: id, indicators: [ind], theme: name, action: m, lead: owner, due: shown(fc, fm), status: brag, rag: RAG[brag], progress: com, completed: act ? shown(act, fm) : '' },
        { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: fm }, { numFmt: fm }, { numFmt: fm }, { fill: F[brag], bold: true, alignment: { horizontal: 'center' } }, {}, {}] });
    }
  }
  p.blank();
  const data = [];
  data.push(p.line(['Section B – Risks and issues'], { style: { bold: true, fill: 'FF002060', color: C.white }, merge: ['A', 'J'] }));
  data.push(p.header(['ID', 'Description', 'Type', 'Owner', 'Likelihood', 'Impact', 'Score', 'RAG', 'Mitigation owner', 'Mitigation'], { style: { fill: 'FFBDD7EE' } }));
  const RI = [
    ['R01', 'Union side does not agree the disciplinary policy change, delaying M2.1', 'Risk', 'Director of HR and OD', 4, 3, 'A', 'Head of Employee Relations', 'Early sight of the draft for staff side leads; informal meeting before JNCC.'],
    ['R02', 'Low BME declaration rate in ESR undermines the indicator 1 baseline', 'Risk', 'Workforce Information Manager', 3, 3, 'A', 'Workforce Information Manager', 'Self-service declaration reminder in the January payslip message.'],
    ['I01', 'University has not confirmed dates for the taster days (M1.2)', 'Issue', 'Head of Education', null, null, 'R', 'Head of Education', 'Escalated to university partnership lead; fallback of in-house days.'],
  ];
  for (const [id, d, t, o, l, i, rag, mo, mit] of RI) data.push(p.line([id, d, t, o, l ?? undefined, i ?? undefined, l ? { formula: `E${p.r + 1}*F${p.r + 1}`, result: l * i } : undefined, rag, mo, mit], { border: true, styles: [{}, {}, {}, {}, {}, {}, {}, { fill: F[rag], alignment: { horizontal: 'center' } }, {}, {}] }));
  p.blank();
  data.push(p.line(['Section C – Decisions required'], { style: { bold: true, fill: 'FF002060', color: C.white }, merge: ['A', 'J'] }));
  data.push(p.line(['D01', 'Project Board to agree that M1.2 may slip to February without changing the project end date.'], { border: true, merge: ['B', 'J'] }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) held by its PROGRAMME MANAGEMENT OFFICE in the PMO's own template, Arial 9: a small grey line naming the trust's PMO, the title 'Project Milestone Plan and Highlight Report', a block of label / value pairs on blue label cells (Programme, Project, SRO, Project manager, Period 'Period 8 (Nov 2016)', Overall RAG 'A' on amber, Version 0.6, Next board 14-Dec-16), an italic BRAG key, then 'Section A – Milestones' (a navy bar) with the header 'ID | Milestone / deliverable | WRES ind. | Owner | Baseline | Forecast | Actual | BRAG | Dependencies | Commentary' (row 10) and three grey WORKSTREAM rows ('WS1 – Recruitment and progression' …) over nine milestones. Dates are dd-mmm-yy; BRAG letters on solid fills (B blue, G green, A amber, R red). Below, 'Section B – Risks and issues' with its OWN header (ID | Description | Type | Owner | Likelihood | Impact | Score | RAG | Mitigation owner | Mitigation) and three RAID rows (R01, R02, I01 – with a score formula and a RAG fill), and 'Section C – Decisions required' with D01. Judgement calls: the milestones are the actions (ref = ID 'M1.1'); theme = the workstream row; lead = Owner; due = FORECAST as displayed – the date the PMO now plans to, not the baseline (they differ on M1.2, M2.1, M3.1); completed = Actual as displayed, '' where empty; status = the BRAG letter as written, rag = its fill (B → blue); progress = Commentary; Dependencies are not fields; indicators from 'WRES ind.'; the header block (SRO, project manager, overall RAG, next board date, version) is context – the SRO is not a lead, 'Period 8 (Nov 2016)' not a due; the RAID rows and the decision row are NOT actions although their mitigations read like actions and carry owners and RAG fills; both headers (rows 10 and 25) are header rows.",
    { mode: 'fill', ragCol: 'H', sections: secs, dueFrom: ['F'], notFrom: ['I'], dataRows: data.filter((r) => !p.headerRows.includes(r)), forbidden: ['K. Owusu, PMO', 'Period 8 (Nov 2016)', '14-Dec-16'] });
}
