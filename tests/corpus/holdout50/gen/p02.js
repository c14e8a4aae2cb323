// holdout50-wdes-2024-25-humberlea: an ICB's SYSTEM-WIDE WDES plan for its partner trusts – a partner table above, then system actions each with a lead organisation and a lead officer.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Humberlea Integrated Care Board';
  const p = new Plan(book, { name: 'holdout50-wdes-2024-25-humberlea', sheet: 'System plan', standard: 'WDES', period: '2024-25', trust, widths: [6, 52, 12, 16, 30, 24, 12, 14], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Humberlea System Workforce Disability Equality Plan 2024-25'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Agreed by the System People Board on 9 May 2024. These are actions the partners will take TOGETHER; each trust keeps its own WDES plan for actions inside its own walls.'], { merge: ['A', 'H'], height: 28 });
  p.blank();
  p.line(['Our partners'], { style: { bold: true }, merge: ['A', 'B'] });
  p.header(['', 'Organisation', 'Short name', 'Type'], { style: { fill: C.grey } });
  const partners = [['Humberlea Teaching Hospitals NHS Foundation Trust', 'HTH', 'Acute'], ['North Wolds and Coast NHS Trust', 'NWC', 'Acute and community'], ['Humberlea Mind and Body NHS Foundation Trust', 'HMB', 'Mental health and LD'], ['Ridings and Estuary Ambulance Service NHS Trust', 'REAS', 'Ambulance'], ['NHS Humberlea Integrated Care Board', 'ICB', 'Commissioner / employer']];
  const dataRows = [];
  partners.forEach(([o, s, t], i) => dataRows.push(p.line([String(i + 1), o, s, t], { border: true })));
  p.blank();
  const H = p.header(['No.', 'System action', 'WDES metric(s)', 'Lead organisation', 'Lead officer', 'Partners taking part', 'By', 'Q2 position'], { style: { fill: C.paleblue }, height: 28 });
  const rows = [
    ['1', 'Agree one reasonable adjustments passport that every partner accepts, so that a disabled colleague moving between organisations does not have to start again.', '4a, 4b, 7', 'ICB', 'Associate Director of People, ICB', 'All five', 'Sep 2024', 'Done'],
    ['2', 'Set up a shared Access to Work advice line staffed by the two acute trusts\' occupational health teams.', '7', 'HTH', 'Head of Occupational Health, HTH', 'HTH, NWC, HMB', 'Dec 2024', 'Started'],
    ['3', 'Compare the partners\' capability policies and agree common wording that separates disability-related absence from conduct and performance routes.', '3', 'HMB', 'Deputy Director of Workforce, HMB', 'All five', 'Jan 2025', 'Started'],
    ['4', 'Run a system-wide campaign before the 2024 staff survey explaining why declaring a disability on ESR matters and how the data is used.', '1, 10', 'ICB', 'System EDI Programme Lead', 'All five', 'Oct 2024', 'Done'],
    ['5', 'Offer a joint Calibre-style development programme for disabled staff in Bands 5 to 7, with places shared across partners.', '4b, 8', 'NWC', 'Head of Leadership Development, NWC', 'HTH, NWC, REAS', 'Mar 2025', 'Planned'],
    ['6', 'Guarantee an interview to disabled applicants who meet the essential criteria on every partner\'s job adverts, using the same wording on NHS Jobs.', '2', 'REAS', 'Head of Recruitment, REAS', 'All five', 'Nov 2024', 'Started'],
    ['7', 'Set up a system disabled staff network chairs\' forum that meets every two months with an executive sponsor from each partner.', '9a, 9b', 'ICB', 'Chief People Officer, ICB', 'All five', 'Jul 2024', 'Done'],
    ['8', 'Report each partner\'s WDES metrics side by side to the System People Board every year, with a short narrative agreed by each trust.', 'All', 'ICB', 'Head of Workforce Intelligence, ICB', 'All five', 'Feb 2025', 'Planned'],
  ];
  const ALL = ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'];
  for (const [n, act, mt, org, lead, parts, by, pos] of rows) {
    p.action([n, act, mt, org, lead, parts, by, pos], { ref: n, indicators: mt === 'All' ? ALL : mt.split(', '), action: act, lead, due: by, status: pos, rag: null }, { styles: [{ alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Q2 position as reported to the System People Board, October 2024: Done / Started / Planned.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB) – the ICB's SYSTEM-WIDE WDES plan covering its partner trusts, on one sheet 'System plan', Arial 10: the ICB's name (row 1), the plan title, an agreement line saying these are actions the partners take together while each trust keeps its own WDES plan, an 'Our partners' caption and a small PARTNER TABLE '| Organisation | Short name | Type' (header row 6, five numbered partner rows 7–11: three trusts, an ambulance trust and the ICB itself), then the action header 'No. | System action | WDES metric(s) | Lead organisation | Lead officer | Partners taking part | By | Q2 position' (row 13), eight system actions, and a position note line. Judgement calls: IDENTITY = the ICB as the title gives it ('NHS Humberlea Integrated Care Board') – the plan is the system's, written and owned by the ICB; the partner trusts named above are not the identity; the partner table's rows (numbered 1–5 like the actions) are data, not actions; lead = Lead officer, never the Lead organisation abbreviation ('ICB', 'HTH') or the 'Partners taking part' list; metrics as written ('4a, 4b, 7' → three; 'All' → all twelve metrics of the 2024 framework); due = 'By' month text as written; status = the Q2 position word, which has no colour (rag null); the closing note is not an action.", { fieldCols: { lead: 'E', due: 'G', ref: 'A' }, orgCols: ['D', 'F'], ragCol: 'H', dataRows, notIdentity: ['Humberlea Teaching Hospitals NHS Foundation Trust'], forbidden: ['All five', 'ICB'] });
}
