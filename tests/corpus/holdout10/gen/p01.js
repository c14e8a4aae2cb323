// holdout10-wres-2016-17-sallowby: ordinary early plan; indicator, LEAD and TIMESCALE merged DOWN over blocks of actions;
// R/A/G letters filled, key line under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wres-2016-17-sallowby', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust: 'Sallowby and District Hospitals NHS Foundation Trust', widths: [22, 60, 24, 16, 46, 7] });
  p.line(['Sallowby and District Hospitals NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard (WRES) – Action Plan 2016/17'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Last updated: March 2017'], { merge: ['A', 'F'], style: { italic: true } });
  p.header(['WRES indicator', 'Action to be taken', 'Lead(s)', 'Timescale', 'Progress', 'RAG'], { style: { fill: C.paleblue } });
  const F = { R: C.red, A: C.amber, G: C.green }; const RG = { R: 'red', A: 'amber', G: 'green' };
  // block: indicator label + inds, lead/due (merged down unless per-row), rows [action, status, progress, leadOverride?, dueOverride?]
  const block = (ind, inds, lead, due, rows) => {
    const first = p.r + 1;
    rows.forEach(([action, st, prog, l2, d2], i) => {
      const L = l2 ?? lead, T = d2 ?? due;
      p.action([i ? '' : ind, action, (i && l2 === undefined) ? '' : L, (i && d2 === undefined) ? '' : T, prog, st], { indicators: inds, action, lead: L, due: T, status: st, rag: RG[st] ?? null, progress: prog },
        { styles: [{ bold: true }, {}, {}, {}, {}, st ? { fill: F[st], alignment: { horizontal: 'center' } } : {}] });
    });
    const last = p.r;
    if (last > first) { p.ws.mergeCells(`A${first}:A${last}`); if (rows.every((x) => x[3] === undefined)) p.ws.mergeCells(`C${first}:C${last}`); if (rows.every((x) => x[4] === undefined)) p.ws.mergeCells(`D${first}:D${last}`); }
  };
  block('1. Workforce representation (Bands 1–9 and VSM)', ['1'], 'Head of Workforce Information', 'Quarterly from June 2016', [
    ['Publish a quarterly breakdown of BME staff by band and division to the Workforce Committee.', 'G', 'Reports in place from Q1; discussed at each Committee.'],
    ['Compare each division with its local working-age population and agree where the gaps are largest.', 'A', 'Census comparison done for two of five divisions.'],
  ]);
  block('2. Shortlisting to appointment', ['2'], 'Recruitment Manager and BME Staff Network Chair', 'By 31 December 2016', [
    ['Audit 100 recruitment campaigns at Band 6 and above to see where BME applicants drop out.', 'G', 'Audit complete; drop-out highest at interview stage.'],
    ['Introduce anonymised shortlisting on NHS Jobs for all posts at Band 7 and above.', 'A', 'Pilot running in Surgery; trust-wide roll-out agreed.'],
    ['Train a pool of BME staff to sit on interview panels.', 'R', 'Not started – training provider to be confirmed.'],
  ]);
  block('3. Formal disciplinary process', ['3'], 'Head of Employee Relations', 'September 2016', [
    ['Review every disciplinary case opened in 2015/16 by ethnicity and report the findings.', 'G', 'Report to the Board in October 2016.'],
    ['Require a second HR opinion before any BME member of staff enters a formal process.', 'A', 'Agreed in principle; policy change with staff side.'],
  ]);
  block('5, 6 & 8. Harassment, bullying and discrimination', ['5', '6', '8'], 'Director of Nursing / Head of OD', 'Ongoing', [
    ['Run listening events with BME staff on wards with the highest Staff Survey scores for harassment.', 'G', 'Six events held; themes fed back to ward managers.'],
    ['Launch a zero-tolerance message on racist abuse from patients and visitors, with posters and a letter template.', 'A', 'Posters printed; letter template with Legal Services.'],
  ]);
  block('7 & 9. Career progression and Board representation', ['7', '9'], 'Chief Executive', 'March 2017', [
    ['Set up a reverse mentoring scheme pairing BME staff with Board members.', 'A', 'Eight pairs matched; first meetings in February.'],
    ['Hold a Board development session on race equality and the WRES findings.', 'G', 'Session held on 12 January 2017.', 'Company Secretary', 'January 2017'],
  ]);
  p.blank();
  p.line(['RAG: R = not started, A = in progress, G = completed.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Indicator 4 (access to non-mandatory training and CPD) showed no difference in 2016 and has no action this year.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary early WRES plan. Two merged title rows, a merged 'Last updated: March 2017' line, then one header on row 4: 'WRES indicator | Action to be taken | Lead(s) | Timescale | Progress | RAG'. Actions are grouped in five blocks; in each block the WRES indicator cell AND the Lead(s) and Timescale cells are MERGED DOWN over the block's actions, so a person reads the same lead and timescale for every action in the block (gold lead/due = the merged text on every row). The last block has its Lead and Timescale unmerged because its second action has its own ('Company Secretary', 'January 2017'). Indicator cells are text 'N. short title' ('5, 6 & 8. Harassment…' → ['5','6','8'], '7 & 9. …' → ['7','9']); they are not section rows, so theme is null. RAG letters R/A/G filled in their colours, keyed by the italic line under the table (G = completed → green). A second note line says indicator 4 has no action; both note lines are non-action rows. Timescales are text ('Quarterly from June 2016', 'By 31 December 2016', 'Ongoing').", { ragCol: 'F', mode: 'fill' });
}
