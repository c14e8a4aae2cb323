// holdout50-wres-2025-26-midshires: an ACUTE PROVIDER COLLABORATIVE's WRES plan for four trusts – an overall status plus one status letter per trust under a two-row header.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Mid Shires Acute Provider Collaborative';
  const p = new Plan(book, { name: 'holdout50-wres-2025-26-midshires', sheet: 'Collaborative WRES plan', standard: 'WRES', period: '2025-26', trust, widths: [7, 56, 9, 28, 11, 13, 7, 7, 7, 7], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`${trust} – Workforce Race Equality Standard: shared commitments 2025/26`], { merge: ['A', 'J'], style: { bold: true, font: { size: 14 }, color: 'FF00594F' } });
  p.line(['Partners: Ashworth University Hospitals NHS Foundation Trust (AUH) · Dunmere General Hospital NHS Trust (DGH) · Lowfield Teaching Hospitals NHS Trust (LTH) · Whitchurch Hospitals NHS Trust (WHT)'], { merge: ['A', 'J'], style: { font: { size: 9 } } });
  p.line(['The collaborative\'s chief people officers agree one set of commitments each year. "Overall" is the collaborative\'s position agreed at the CPO group; the four trust columns show each trust\'s own delivery (G = on track, A = some risk, R = off track, – = not applicable).'], { merge: ['A', 'J'], height: 44, style: { italic: true } });
  const hf = { fill: 'FF00594F', color: C.white };
  const h1 = p.header(['Ref', 'Collaborative commitment', 'WRES', 'Senior responsible officer', 'Due', 'Overall', 'Position by trust, Q1 2025/26'], { style: hf });
  const h2 = p.header(['', '', '', '', '', '', 'AUH', 'DGH', 'LTH', 'WHT'], { style: { ...hf, alignment: { horizontal: 'center' } } });
  for (const c of ['A', 'B', 'C', 'D', 'E', 'F']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  p.ws.mergeCells(`G${h1}:J${h1}`);
  const OV = { 'On track': [C.green, 'green'], 'Some risk': [C.amber, 'amber'], 'Off track': [C.red, 'red'], Delivered: [C.blue, 'blue'] };
  const L = { G: C.green, A: C.amber, R: C.red, '–': null };
  const secs = [];
  const groups = [
    ['Priority 1 – Fair recruitment and progression', [
      ['P1.1', 'Use one set of values-based interview questions and a diverse-panel standard for every Band 8a+ post in all four trusts.', '2', 'Chief People Officer, Ashworth', 'Sep 2025', 'On track', 'G', 'G', 'A', 'G'],
      ['P1.2', 'Run a collaborative "Stepping Up" cohort of 40 places for ethnic minority staff at Bands 5–7, places split by workforce size.', '1, 4', 'Chief People Officer, Lowfield', 'Mar 2026', 'Some risk', 'G', 'A', 'G', 'R'],
      ['P1.3', 'Let internationally educated nurses move between the four trusts on secondment without losing their band or preceptorship.', '1', 'Chief Nurse, Dunmere', 'Dec 2025', 'Off track', 'R', 'R', 'A', 'A'],
    ]],
    ['Priority 2 – Tackling racism and discrimination', [
      ['P2.1', 'Adopt a shared anti-racism statement and one reporting route for racist abuse from patients, with the same follow-up standard at every site.', '5', 'Chief Operating Officer, Whitchurch', 'Jul 2025', 'Delivered', 'G', 'G', 'G', 'G'],
      ['P2.2', 'Bring the four trusts\' disciplinary decision-making into line, using one checklist and one independent reviewer pool for cases involving ethnic minority staff.', '3', 'Director of HR, Dunmere', 'Oct 2025', 'On track', 'G', 'G', 'G', 'A'],
      ['P2.3', 'Deliver the collaborative\'s allyship and bystander training to all consultants and senior managers, starting with medicine and surgery.', '6, 8', 'Medical Director, Lowfield', 'Mar 2026', 'Some risk', 'A', 'A', 'G', 'A'],
    ]],
    ['Priority 3 – Accountable leadership', [
      ['P3.1', 'Add a WRES objective to the appraisal of every executive director in the four trusts, reviewed by each chair.', '9', 'Collaborative SRO for People', 'Jun 2025', 'Delivered', 'G', 'G', 'G', '–'],
      ['P3.2', 'Publish a joint WRES data dashboard to the Committee in Common twice a year, showing the four trusts side by side.', '1, 2, 3, 4, 5, 6, 7, 8, 9', 'Head of Workforce Analytics (hosted by AUH)', 'Nov 2025', 'On track', 'G', 'G', 'G', 'G'],
    ]],
  ];
  for (const [sec, acts] of groups) {
    secs.push(p.line([sec], { merge: ['A', 'J'], style: { bold: true, fill: 'FFD9EAE7' }, border: true }));
    for (const [ref, act, ind, sro, due, ov, ...ts] of acts) {
      const [fill, rag] = OV[ov];
      p.action([ref, act, ind, sro, due, ov, ...ts], { ref, indicators: ind.split(', '), theme: sec, action: act, lead: sro, due, status: ov, rag }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { fill }, ...ts.map((t) => ({ alignment: { horizontal: 'center' }, ...(L[t] ? { fill: L[t] } : {}) }))] });
    }
  }
  p.blank();
  p.line(['Overall key: On track (green) · Some risk (amber) · Off track (red) · Delivered (blue). Reviewed by the Committee in Common, 24 July 2025.'], { merge: ['A', 'J'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ACUTE PROVIDER COLLABORATIVE of four acute trusts) on one sheet 'Collaborative WRES plan', Aptos Narrow 11: a title naming the collaborative (row 1), a partners line naming the four trusts and their abbreviations, an italic paragraph explaining 'Overall' and the trust columns, a TWO-ROW dark-green header – 'Ref | Collaborative commitment | WRES | Senior responsible officer | Due | Overall' merged down over rows 4–5 and 'Position by trust, Q1 2025/26' merged over four columns whose second row names AUH / DGH / LTH / WHT – then three PRIORITY section rows with two or three commitments each, and a key and review line. Each commitment has an OVERALL status word on a fill and FOUR PER-TRUST LETTERS (G / A / R on fills, '–' unfilled). Judgement calls: IDENTITY = the collaborative as the title names it; none of the four trusts is the identity; status = the Overall word, rag = its fill ('Delivered' blue → blue) – the per-trust letters are each trust's own delivery, not the commitment's status, and never give status or rag; lead = Senior responsible officer as written ('Head of Workforce Analytics (hosted by AUH)' whole); theme = the priority row; '1, 4' and '6, 8' give two indicators, and the dashboard commitment lists all nine; due = the month text; the key and review line are not actions.", { fieldCols: { lead: 'D', due: 'E', ref: 'A' }, orgCols: ['G', 'H', 'I', 'J'], ragCol: 'F', sections: secs, notIdentity: ['Ashworth University Hospitals NHS Foundation Trust'] });
}
