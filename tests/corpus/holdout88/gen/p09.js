// holdout88-wres-2024-25-yarcombe: a specialist orthopaedic and rehabilitation trust's WRES plan converted from its PDF: indicator
// heading rows, each action a '•' bullet whose text, lead and dates run line by line over continuation rows, a two-row header
// ('Timescale' over 'Start | Complete') repeated on each page, an indicator heading repeated '(continued)' after a page break, BRAG
// letters on fills (the fill only on the bullet's first line), and a footer with the document reference.
import { Book, Plan, C } from './lib.js';
import { lines, act } from './pdf.js';
export async function build() {
  const book = new Book();
  const trust = 'Yarcombe Orthopaedic and Rehabilitation Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout88-wres-2024-25-yarcombe', sheet: 'Table 1', standard: 'WRES', period: '2024-25', trust, widths: [54, 26, 10, 11, 7], font: { name: 'Calibri', size: 10 } });
  const furn = [];
  const head = () => {
    p.header(['Action', 'Lead', 'Timescale', '', 'BRAG'], { merge: ['C', 'D'], border: true, style: { fill: 'FF2F5597', color: 'FFFFFFFF', alignment: { horizontal: 'center' } } });
    p.header(['', '', 'Start', 'Complete', ''], { border: true, style: { fill: 'FF2F5597', color: 'FFFFFFFF', alignment: { horizontal: 'center' } } });
  };
  const foot = (n) => furn.push(p.line([`WRES/AP/2024-25 v2.0   Page ${n} of 2`], { style: { font: { size: 8 }, alignment: { wrapText: false } } }));
  p.line([trust], { style: { bold: true, font: { size: 12 }, alignment: { wrapText: false } } });
  p.line(['WRES Action Plan 2024-25 (agreed May 2024; BRAG at end of Q2)'], { style: { bold: true, alignment: { wrapText: false } } });
  head();
  const F = { B: C.blue, R: C.red, A: C.amber, G: C.green };
  const RG = { B: 'blue', R: 'red', A: 'amber', G: 'green' };
  const secs = []; let theme, inds;
  const S = (s, i) => { secs.push(p.line([s], { style: { bold: true, fill: 'FFDEEAF6' }, merge: ['A', 'E'] })); theme = s; inds = i; };
  const A = (acts, lead, start, end, brag) => act(p, lines({ A: acts, B: lead, C: start, D: end, E: brag }, 5), { indicators: inds, theme, due: Array.isArray(end) ? end.join(' ') : end, status: brag, rag: RG[brag] }, { action: 'A', lead: 'B' }, { opts: { border: false, styles: [{}, {}, {}, {}, { fill: F[brag], alignment: { horizontal: 'center' }, bold: true }] }, contOpts: { border: false } });
  S('Indicator 1 – Workforce representation by pay band', ['1']);
  A(['• Set a target for each division for BME staff at Band 7', 'and above, agreed with the divisional triumvirate.'], ['Deputy Director of', 'Workforce'], 'Apr 2024', 'Sep 2024', 'B');
  A(['• Run a “Ready for 7” programme for BME nurses and', 'therapists at Band 6 on the rehabilitation wards.'], ['Head of Nursing', 'Education'], 'Jun 2024', 'Mar 2025', 'G');
  S('Indicator 2 – Relative likelihood of appointment from shortlisting', ['2']);
  A(['• Put a trained inclusion ambassador on every interview', 'panel for Band 7 and above.'], 'Head of Resourcing', 'May 2024', 'Dec 2024', 'A');
  A(['• Publish shortlisting-to-appointment figures for', 'theatres and outpatients each quarter.'], ['Workforce Information', 'Lead'], 'Jul 2024', 'Quarterly', 'G');
  S('Indicator 3 – Entry into the formal disciplinary process', ['3']);
  A(['• Bring in a decision-making tool and a second check by', 'an independent senior manager before any formal', 'disciplinary investigation.'], 'Head of Employee Relations', 'Apr 2024', 'Jul 2024', 'B');
  S('Indicator 5 – Harassment, bullying or abuse from patients, relatives or the public', ['5']);
  A(['• Introduce a zero-tolerance statement in outpatient', 'waiting areas and on appointment letters.'], 'Head of Patient Experience', 'Jun 2024', 'Oct 2024', 'G');
  foot(1);
  head();
  furn.push(p.line(['Indicator 5 – Harassment, bullying or abuse from patients, relatives or the public (continued)'], { style: { bold: true, fill: 'FFDEEAF6' }, merge: ['A', 'E'] }));
  A(['• Give ward staff a debrief with their manager within', 'a week of any racist incident from a patient, logged', 'on Datix.'], ['Matron, Rehabilitation', 'Wards'], 'Sep 2024', 'Mar 2025', 'R');
  S('Indicator 7 – Belief that the trust provides equal opportunities for career progression', ['7']);
  A(['• Offer every BME member of staff at Bands 5–7 a', 'career conversation with a trained coach.'], ['Head of Organisational', 'Development'], 'Jul 2024', 'Feb 2025', 'A');
  S('Indicator 9 – Board voting membership', ['9']);
  A(['• Brief the Council of Governors’ Nominations', 'Committee on the Board’s ethnicity profile before', 'the two non-executive appointments.'], 'Trust Secretary', 'Nov 2024', 'Jan 2025', 'G');
  p.blank();
  const key = p.line(['BRAG: B = complete, G = on track, A = some risk to delivery, R = off track.'], { style: { italic: true, alignment: { wrapText: false } } });
  foot(2);
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional specialist orthopaedic and rehabilitation FT), its WRES plan CONVERTED FROM THE PDF (sheet 'Table 1', Calibri 10, no borders in the body): trust name, a title line ('agreed May 2024; BRAG at end of Q2'), a TWO-ROW HEADER – 'Action | Lead | Timescale (merged C:D) | BRAG' over ' | | Start | Complete | ' – REPEATED after the page break (header rows ${p.headerRows.join(', ')}), blue INDICATOR HEADING rows merged A:E. Each action is a '•' BULLET at the start of a line; the PDF's lines came over as rows, so the action's text and some leads ('Deputy Director of' / 'Workforce', 'Workforce Information' / 'Lead', 'Matron, Rehabilitation' / 'Wards' …) run on to CONTINUATION ROWS that start with no bullet. The BRAG letter's fill is on the bullet's first line only. After the footer 'WRES/AP/2024-25 v2.0   Page 1 of 2' and the repeated header, the indicator 5 heading is REPEATED with '(continued)' over the next indicator 5 action. Judgement calls: one action per bullet, read whole (action and lead joined with a space; the action keeps its bullet as written); due = Complete, NEVER Start ('Quarterly' kept); status = the BRAG letter, rag from its fill (B blue = complete); theme = the indicator heading (the '(continued)' row is page furniture: the action under it keeps the indicator 5 heading as written above, without '(continued)'), which also gives the indicators (1, 2, 3, 5, 7, 9). The key line, the title and footers are not actions; 'May 2024' in the title is no due. No ref.`, { mode: 'fill', ragCol: 5, sections: secs, furniture: furn, notFrom: ['C'], forbidden: ['May 2024'] });
}
