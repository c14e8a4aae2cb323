// holdout70-wdes-2022-23-harebell: specialist children's hospital, the Disability & Neurodiversity lead's plan under the hospital's own
// 'Our Promises' section rows; Start and Complete by as real dates; a RAG column coloured only (no word), with a key.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harebell Children’s Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout70-wdes-2022-23-harebell', sheet: 'WDES plan', standard: 'WDES', period: '2022-23', trust, widths: [9, 52, 26, 13, 13, 36, 7], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['Workforce Disability Equality Standard: our plan for 2022-23'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Key for the RAG column:', '', 'Green – done or on track', 'Amber – delayed', 'Red – at risk', 'Blue – closed'], { styles: [{ bold: true }, {}, { fill: C.green }, { fill: C.amber }, { fill: C.red }, { fill: C.lightblue }] });
  p.blank();
  p.header(['Metric', 'Action', 'Owner', 'Start', 'Complete by', 'Progress note (Nov 2022)', 'RAG'], { style: { fill: C.lilac } });
  const RAGF = { green: C.green, amber: C.amber, red: C.red, blue: C.lightblue };
  const rows = [
    ['Promise 1 – We make it easy to tell us what you need'],
    ['1', 'Let staff record a disability or long-term condition in the new e-rostering profile as well as ESR, and match the two each quarter.', 'Head of Workforce Systems', D(2022, 5, 1), D(2022, 9, 30), 'Both records linked; 212 new declarations.', 'green'],
    ['8', 'Replace the reasonable adjustments form with a short conversation guide for ward sisters, play specialists and clinic leads.', 'Occupational Health Manager', D(2022, 6, 1), D(2022, 12, 31), 'Guide drafted, testing on two wards.', 'amber'],
    ['8', 'Stock a loan library of assistive kit (headsets, screen readers, adjustable chairs) for staff waiting for their own.', 'Health & Wellbeing Lead', D(2022, 9, 1), D(2023, 3, 31), 'Charity bid not yet approved.', 'red'],
    ['Promise 2 – We treat one another with respect'],
    ['4a', 'Brief family liaison staff on how to support colleagues when a parent or carer is abusive about a staff member’s disability.', 'Patient Experience Lead', D(2022, 7, 1), D(2022, 11, 30), 'Briefing given to all 14 liaison staff.', 'blue'],
    ['4b', 'Add disability scenarios to the “Civility Saves Lives” sessions for nurse managers and consultants.', 'Head of Organisational Development', D(2022, 10, 1), D(2023, 2, 28), 'First two sessions booked.', 'green'],
    ['6', 'Check that sickness absence triggers are adjusted for disability-related absence before any formal stage.', 'HR Advisory Manager', D(2022, 5, 1), D(2022, 8, 31), 'Audit found 3 of 20 cases not adjusted; managers retrained.', 'blue'],
    ['Promise 3 – We help everyone to grow'],
    ['2', 'Offer a guaranteed interview and a named contact for disabled applicants to nursing associate and healthcare science trainee posts.', 'Head of Resourcing', D(2022, 4, 1), D(2022, 10, 31), 'Live on all adverts since August.', 'blue'],
    ['5', 'Run an access-to-leadership course for disabled staff at Bands 4–6 with places held for neurodivergent staff.', 'Leadership Development Manager', D(2023, 1, 9), D(2023, 3, 31), 'Not yet started.', 'amber'],
    ['9a, 9b', 'Fund the Disability & Neurodiversity Network chair for one day a month and invite the network to every policy review.', 'Chief People Officer', D(2022, 4, 1), D(2023, 3, 31), 'Agreed by the People Committee in June.', 'green'],
  ];
  const secs = [];
  let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } })); theme = r[0]; continue; }
    const [met, act, own, st, end, note, rag] = r;
    p.action([met, act, own, st, end, note, ''], { indicators: met.split(', '), theme, action: act, lead: own, due: end.toISOString() && `${String(end.getUTCDate()).padStart(2, '0')} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][end.getUTCMonth()]} ${end.getUTCFullYear()}`, rag, progress: note }, { styles: [{}, {}, {}, { numFmt: 'dd mmm yyyy' }, { numFmt: 'dd mmm yyyy' }, {}, { fill: RAGF[rag] }] });
  }
  p.blank();
  p.line(['Metric 10 (board) is covered by the Board’s own diversity plan and is not repeated here.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist children's hospital). Sheet 'WDES plan': trust name, title, a one-row KEY with four coloured swatch cells ('Green – done or on track', 'Amber – delayed', 'Red – at risk', 'Blue – closed'), a blank row, the header 'Metric | Action | Owner | Start | Complete by | Progress note (Nov 2022) | RAG' (row 5), three 'Promise' section rows (the hospital's own promises) with nine actions under them, and an italic line ruling metric 10 out. Start and Complete by are real dates shown 'dd mmm yyyy'. The RAG cells hold NO WORD, only a fill. Judgement calls: theme = the Promise row above; due = Complete by, never Start; lead = Owner; status '' (no word anywhere), rag from the RAG cell's fill as the key reads it (light blue = closed → blue); progress = the progress note; no ref (the Metric column is not a numbering); indicators from Metric ('9a, 9b' → both); the key row and the metric-10 line are not actions, and the footnote's '10' gives no action an indicator.", { mode: 'fill', ragCol: 7, sections: secs, notFrom: ['D'], dataRows: [3] });
}
