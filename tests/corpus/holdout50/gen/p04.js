// holdout50-wdes-2022-23-severnmarches: a HOSTED clinical network's own WDES plan – a document-control cover sheet naming the host trust, then the plan with a 'Links to host trust plan' column.
import { Book, Plan, C, mergeDown, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Severn and Marches Neonatal Operational Delivery Network';
  const host = 'Kingsbridge Royal Hospitals NHS Trust';
  // cover sheet first
  const cv = book.wb.addWorksheet('Cover');
  cv.getColumn(1).width = 30; cv.getColumn(2).width = 70;
  const cover = [[trust, ''], ['Workforce Disability Equality Standard – network action plan 2022/23', ''], ['', ''], ['Document type', 'Action plan'], ['Network', trust], ['Host organisation', host], ['Network staff in scope', '57 (network team, transport service and education team)'], ['Version', '1.2'], ['Owner', 'Network Manager'], ['Approved by', 'Network Board, 12 October 2022'], ['Review date', 'October 2023'], ['', ''], ['Note', 'Network staff are employed by the host trust and appear in its WDES return. This plan covers what the network team will do for its own staff; it sits alongside the host trust\'s plan.']];
  cover.forEach(([a, b], i) => { const r = cv.getRow(i + 1); if (a) r.getCell(1).value = a; if (b) r.getCell(2).value = b; r.getCell(1).font = { name: 'Arial', size: 10, bold: i < 2 || !!b }; r.getCell(2).font = { name: 'Arial', size: 10 }; r.getCell(2).alignment = { wrapText: true, vertical: 'top' }; });
  cv.getRow(1).getCell(1).font = { name: 'Arial', size: 14, bold: true, color: { argb: C.purple } };
  const p = new Plan(book, { name: 'holdout50-wdes-2022-23-severnmarches', sheet: 'Action plan', standard: 'WDES', period: '2022-23', trust, widths: [14, 40, 50, 24, 13, 16, 40] });
  p.line(['Network WDES action plan 2022/23'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  const H = p.header(['WDES metric', 'What our network staff told us (2022 pulse survey)', 'Action', 'Owner', 'Target date', 'Links to host trust plan', 'Progress'], { style: { fill: C.lilac }, height: 28 });
  const groups = [
    ['Metric 4a', ['4a'], 'Three of the eleven disabled colleagues who answered had been treated badly by a referring unit\'s staff during a transfer.', [
      ['Add a section on respectful handover and raising concerns to the transport team\'s induction and annual update.', 'Transport Service Lead', D(2022, 12, 31), 'KRH 4.1', 'Drafted; goes live with the January induction.'],
      ['Agree with the network\'s twelve units a single route for transport staff to report poor behaviour by unit staff, with feedback to the reporter.', 'Network Manager', D(2023, 3, 31), '', ''],
    ]],
    ['Metric 7', ['7'], 'Disabled colleagues were less likely to feel the network valued their work (45% against 71%).', [
      ['Hold a quarterly "ask the network manager" session that can be joined remotely, with captions, for staff working at units across the region.', 'Network Manager', D(2022, 11, 30), '', 'Two sessions held; 23 attended.'],
    ]],
    ['Metric 5', ['5'], 'Few disabled colleagues had applied for secondments or education fellow roles in the last two years.', [
      ['Advertise every network secondment and fellowship with the host trust\'s guaranteed interview wording and a named contact for adjustments.', 'Network Education Lead', D(2022, 10, 31), 'KRH 5.3', 'In place for the two education fellow posts advertised in October.'],
      ['Offer each disabled colleague a career conversation with a senior nurse from outside their own team.', 'Lead Nurse', D(2023, 2, 28), '', ''],
    ]],
    ['Metric 6', ['6'], 'Some colleagues felt pressure to come to work when unwell, linked to small rotas on the transport service.', [
      ['Review the transport rota rules so that a colleague on a phased return or with a reasonable adjustment is not counted as a full member of the rota.', 'Transport Service Lead', D(2023, 1, 31), 'KRH 6.2', 'Options paper to Network Board in January.'],
      ['Record every agreed adjustment on a passport held by the colleague and shared with the network manager, so it moves with them between units.', 'Network Manager', D(2022, 12, 31), 'KRH 7.1', ''],
    ]],
    ['Metric 9a', ['9a'], 'The network has no disability champion and disabled staff are not represented on the Network Board.', [
      ['Invite a disabled colleague to join the Network Board as a staff representative, with paid time to prepare.', 'Network Clinical Director', D(2023, 3, 31), '', ''],
    ]],
  ];
  for (const [mlabel, inds, found, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([act, own, due, link, prog], i) => {
      p.action([i === 0 ? mlabel : undefined, i === 0 ? found : undefined, act, own, due, link, prog], { indicators: inds, action: act, lead: own, due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, progress: prog }, { styles: [{ bold: true }, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { alignment: { horizontal: 'center' } }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['KRH refs are actions in the host trust\'s own WDES plan 2022/23 that this action supports. Blank = network-only action.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional HOSTED CLINICAL NETWORK: a neonatal operational delivery network whose staff are employed by a host acute trust) in two sheets. 'Cover' is a document-control block (network, HOST ORGANISATION 'Kingsbridge Royal Hospitals NHS Trust', staff in scope, version, owner, approved by the Network Board 12 October 2022, review date, and a note that the staff appear in the host's WDES return but this plan is the network team's own). 'Action plan' (the gold sheet): a purple title row, then one lilac header 'WDES metric | What our network staff told us (2022 pulse survey) | Action | Owner | Target date | Links to host trust plan | Progress' (row 2), the metric label ('Metric 4a') and the finding MERGED DOWN over one or two actions, five metric groups, and a note explaining the 'KRH n.n' references. Target dates are real dates shown dd/mm/yyyy. The network's full name is written ONLY on the Cover sheet (the plan sheet's title says just 'Network WDES action plan 2022/23'). Judgement calls: IDENTITY = the network as the workbook names it on the Cover ('Severn and Marches Neonatal Operational Delivery Network'), not its host trust – the plan is for the network's own staff; the 'Links to host trust plan' codes ('KRH 4.1') are not the actions' refs and their numbers are not metrics (ref '' throughout – the plan has no numbering); indicators from the merged metric cell (every action under it); the finding is context, not progress; lead = Owner; due = Target date as shown; no status column (status '', rag null); progress = the Progress cell ('' where empty); the note row is not an action.", { fieldCols: { lead: 'D', due: 'E', progress: 'G' }, notFrom: ['B', 'F'], notIdentity: [host] });
}
