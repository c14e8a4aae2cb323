// holdout74-wres-2020-21-winterslade: ambulance trust in the Covid year: a COVID-19 CAVEAT row merged across the top of the grid (dates
// re-phased), BENCHMARK rows carrying an indicator number ahead of two indicators' actions, and a row saying indicator 5's actions MOVED to
// the Violence Prevention and Reduction Plan. Status words on fills ('Paused' on grey), an update column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Winterslade Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout74-wres-2020-21-winterslade', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [6, 10, 50, 26, 11, 13, 44], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: 'FF00823B' } });
  p.line(['Workforce Race Equality Standard – Action Plan 2020/21 – position at February 2021'], { merge: ['A', 'G'], style: { bold: true } });
  const hdr = p.header(['No.', 'Indicator', 'Action', 'Lead', 'Due', 'Status', 'Update (Feb 2021)'], { style: { fill: 'FF00823B', color: C.white } });
  const ig = {};
  const cov = p.line(['COVID-19: classroom-based development was suspended from 23 March 2020 and the Executive Team re-phased this plan on 14 July 2020. The Due column shows the re-phased dates; the original dates are in the plan approved by the Board on 26 March 2020.'], { merge: ['A', 'G'], border: true, height: 30, style: { bold: true, fill: C.tan } });
  ig[cov] = 'covid caveat row';
  const FILL = { Complete: C.lightblue, 'On track': C.lightgreen, 'Re-phased': C.amber, Paused: C.grey };
  const RAG = { Complete: 'blue', 'On track': 'green', 'Re-phased': 'amber', Paused: null };
  const act = (no, ind, a, lead, due, st, upd) => p.action([no, ind, a, lead, due, st, upd], { ref: no, indicators: ind.split(', '), action: a, lead, due, status: st, rag: RAG[st], progress: upd },
    { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: FILL[st] }, {}] });
  const bench = (ind, t) => { const r = p.line(['', ind, t], { border: true, styles: [{}, { alignment: { horizontal: 'center' }, color: 'FF7F7F7F' }, { italic: true, color: 'FF7F7F7F' }] }); ig[r] = 'benchmark row'; return r; };
  act('1', '1', 'Publish ethnicity by Agenda for Change band for each operational division (A&E, EOC, PTS, 111) every quarter on the workforce dashboard.', 'Head of Workforce Intelligence', 'Sep 2020', 'Complete', 'Dashboard live from September; first divisional reviews held.');
  act('2', '1', 'Run a recruitment campaign for student paramedics with the two local universities, aimed at BME sixth-formers and college students.', 'Head of Resourcing', 'Mar 2021', 'Re-phased', 'University open days moved online; 3 of 5 sessions held.');
  const b2 = bench('2', 'Benchmark (2020 WRES data): Trust 2.07 · ambulance trusts 1.61 · all NHS trusts 1.61');
  act('3', '2', 'Include a BME assessor at every paramedic and emergency care assistant assessment centre, trained to score before the panel discusses.', 'Head of Resourcing', 'Dec 2020', 'On track', '31 of 40 assessors trained.');
  act('4', '2', 'Take the driving assessment out of shortlisting and hold it after a conditional offer, with support to pass it.', 'Head of Education & Training', 'Jan 2021', 'Complete', 'Changed from the January intake.');
  const b3 = bench('3', 'Benchmark (2020 WRES data): Trust 1.88 · ambulance trusts 1.32 · all NHS trusts 1.16');
  act('5', '3', 'Make a just-culture check by a second manager mandatory before any formal investigation of a BME colleague on stations or in the control rooms.', 'Head of Employee Relations', 'Oct 2020', 'Complete', 'Running since October; 11 checks made, 4 cases resolved informally.');
  act('6', '4', 'Ring-fence funded places for BME staff on the critical care paramedic course.', 'Head of Education & Training', 'Apr 2021', 'Paused', 'The university has suspended the course until April 2021.');
  const mv = p.line(['—', '5', 'Actions on abuse of staff by patients and the public (indicator 5) have moved to the Violence Prevention and Reduction Plan 2020/21 – see VPR actions 3, 4 and 7.', '', '', '', 'Agreed at the Health & Safety Committee, 9 September 2020.'], { border: true, style: { italic: true, fill: C.palegrey }, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  ig[mv] = 'moved-to-another-plan row';
  act('7', '6', 'Give every station and control room manager a session on responding to racist “banter” and exclusion between colleagues.', 'Head of OD & Inclusion', 'Mar 2021', 'Re-phased', 'Moved online; the first two sessions are in February.');
  act('8', '7, 8', 'Launch the Race Equality Network with monthly virtual meetings open to staff on shift, recorded for those who cannot join live.', 'Head of OD & Inclusion', 'Jul 2020', 'Complete', 'Network launched in July; 64 members.');
  act('9', '9', 'Require a diverse shortlist for both non-executive director appointments due in 2020/21.', 'Director of Corporate Affairs', 'Nov 2020', 'Complete', 'One BME non-executive director appointed from 1 December.');
  p.blank();
  p.line(['Status fills: blue = complete, green = on track, amber = re-phased because of COVID-19, grey = paused.'], { merge: ['A', 'G'], style: { font: { size: 8 } } });
  ws.views = [{ state: 'frozen', ySplit: hdr }];
  ws.autoFilter = `A${hdr}:G${hdr}`;
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional ambulance trust) in the COVID-19 year. Sheet 'WRES 2020-21': trust, title with the February 2021 position, the green header 'No. | Indicator | Action | Lead | Due | Status | Update (Feb 2021)' (row ${hdr}, frozen, filter buttons), the action rows, and a fill key under the grid. In-grid non-action rows: row ${cov} (covid caveat row) – a bold row merged across the whole grid directly under the header saying classroom development was suspended and the plan re-phased (the Due column holds the re-phased dates): a caveat, not an action; its dates are no dues; row ${b2} and row ${b3} (benchmark rows) – grey italic rows with an indicator number in the Indicator column and 'Benchmark (2020 WRES data): Trust 2.07 · ambulance trusts 1.61 · …' in the Action column, ahead of that indicator's actions: figures, not actions; row ${mv} (moved-to-another-plan row) – a grey italic row with '—' in No., '5' in Indicator and, in the Action column, 'Actions on abuse of staff by patients and the public (indicator 5) have moved to the Violence Prevention and Reduction Plan …', its Update cell recording when that was agreed: it points elsewhere and sets out no work in this plan, so indicator 5 has no action here. Judgement calls: ref = No.; indicators from the Indicator column ('7, 8' → both); lead = Lead; due = Due as typed; status = the word, rag from its fill (Complete on light blue → blue; Re-phased on amber → amber; Paused on GREY → null); progress = the Update cell. Theme null.`,
    { mode: 'fill', ragCol: 6, forbidden: ['9 September 2020', '14 July 2020', '26 March 2020', '23 March 2020'], inGrid: ig });
}
