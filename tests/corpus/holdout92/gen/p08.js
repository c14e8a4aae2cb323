// holdout92-wdes-2024-25-pennybridge: specialist orthopaedic FT; actions in blocks under bold 'What we are addressing: …' HEADING ROWS
// that say in plain words what each block is for (no metric numbers); one heading joins progression and feeling valued (5, 7), one
// joins engagement and being heard (9a, 9b); Start and Finish dates, % done, RAG colour words on fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pennybridge Orthopaedic and Rehabilitation NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout92-wdes-2024-25-pennybridge', sheet: 'WDES Action Plan', standard: 'WDES', period: '2024-25', trust, widths: [7, 58, 28, 12, 12, 9, 10], font: { name: 'Verdana', size: 9 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.darkblue } });
  p.line(['Disability equality (WDES) action plan 2024-25 – approved by the People Committee, 12 September 2024'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Each block starts with what the 2024 WDES data told us we need to address.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'Lead', 'Start', 'Finish', '% done', 'RAG'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const H = {}; const hrows = [];
  const heading = (t, codes) => { hrows.push(p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } })); H[t] = codes; return t; };
  const RG = { Green: [C.green, 'green'], Amber: [C.amber, 'amber'], Red: [C.red, 'red'], Blue: [C.lightblue, 'blue'] };
  const act = (t, ref, a, lead, s, f, pct, rag) => p.action([ref, a, lead, s, f, pct, rag], { ref, indicators: H[t], theme: t, action: a, lead, due: shown(f, 'dd/mm/yy'), status: rag, rag: RG[rag][1] }, { styles: [{}, {}, {}, { numFmt: 'dd/mm/yy' }, { numFmt: 'dd/mm/yy' }, { numFmt: '0%', alignment: { horizontal: 'center' } }, { fill: RG[rag][0] }] });
  let t = heading('What we are addressing: disabled applicants are less likely than others to be appointed once shortlisted', ['2']);
  act(t, 'P1', 'Offer every shortlisted candidate a choice of in-person or video interview and a named contact for adjustments.', 'Head of Recruitment', D(2024, 10, 1), D(2024, 12, 31), 1, 'Blue');
  act(t, 'P2', 'Train theatre and therapy recruiting managers on the Disability Confident guaranteed interview commitment.', 'Recruitment Business Partner', D(2024, 10, 1), D(2025, 3, 31), 0.4, 'Amber');
  t = heading('What we are addressing: disabled colleagues who experience bullying, harassment or abuse often do not report it', ['4b']);
  act(t, 'P3', 'Add a quick-report QR code to staff room posters that goes straight to the incident system, with an option to report for a colleague.', 'Head of Health & Safety', D(2024, 11, 1), D(2025, 1, 31), 0.75, 'Green');
  act(t, 'P4', 'Tell staff every quarter what happened after reports of abuse (“you said, we did”) in the staff newsletter.', 'Head of Communications', D(2024, 10, 1), D(2025, 3, 31), 0.5, 'Green');
  t = heading('What we are addressing: disabled staff feel pressure from their manager to come to work when they are not well enough', ['6']);
  act(t, 'P5', 'Change the attendance procedure so that absences linked to a declared disability are recorded separately and do not count towards triggers.', 'Deputy Director of People', D(2024, 9, 16), D(2025, 2, 28), 0.2, 'Red');
  t = heading('What we are addressing: fewer disabled staff believe they have equal chances of progression, or that their work is valued', ['5', '7']);
  act(t, 'P6', 'Open the Pennybridge Leadership Essentials course to Band 4 and 5 staff, with places held for disabled applicants.', 'Head of Leadership & OD', D(2024, 10, 1), D(2025, 3, 31), 0.6, 'Green');
  act(t, 'P7', 'Ask every appraiser to include an adjustments and career conversation for staff who have declared a disability.', 'Head of Leadership & OD', D(2025, 1, 6), D(2025, 3, 31), 0, 'Amber');
  t = heading('What we are addressing: engagement of disabled staff and whether their voices are heard', ['9a', '9b']);
  act(t, 'P8', 'Give the Disability & Neurodiversity Network chair a standing slot at the People Committee twice a year.', 'Chief People Officer', D(2024, 9, 12), D(2024, 11, 30), 1, 'Blue');
  t = heading('What we are addressing: no voting member of the Board has told us they are disabled', ['10']);
  act(t, 'P9', 'Include an invitation to declare disability, and to say what would help, in the Board’s annual declarations pack.', 'Company Secretary', D(2025, 2, 1), D(2025, 3, 31), 0, 'Amber');
  p.blank();
  p.line(['RAG: Blue complete · Green on track · Amber at risk · Red off track. % done is the lead’s own estimate.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic FT). Sheet 'WDES Action Plan', Verdana 9: trust name, a title line with the People Committee approval date (12 September 2024), an italic line saying each block starts with what the 2024 data told the trust to address, a blank row, the pale-blue header 'Ref | Action | Lead | Start | Finish | % done | RAG' (row 5, frozen), then six grey HEADING ROWS merged A–G, each 'What we are addressing: …', over nine actions P1–P9, a blank row and an italic key line. NO METRIC NUMBERS: each heading says in plain words what its block addresses and gives every action under it its metric(s) and its theme (gold theme = the heading verbatim). Mapping: '… disabled applicants are less likely than others to be appointed once shortlisted' → 2; '… disabled colleagues who experience bullying, harassment or abuse often do not report it' → 4b ONLY (the heading is about reporting; it does not address experiencing harassment, 4a); '… disabled staff feel pressure from their manager to come to work when they are not well enough' → 6; '… fewer disabled staff believe they have equal chances of progression, or that their work is valued' names TWO metrics → ['5','7']; '… engagement of disabled staff and whether their voices are heard' → ['9a','9b']; '… no voting member of the Board has told us they are disabled' → 10. Other calls: ref = Ref; lead = Lead; due = Finish as displayed (real dates dd/mm/yy, '31/12/24') – NEVER Start; '% done' is the lead's estimate, not a status; status = the RAG colour word, rag from its fill (Blue on light blue → blue). The approval date and the key line give no field.", { mode: 'fill', ragCol: 7, sections: hrows, notFrom: ['D', 'F'], forbidden: ['12 September 2024'], indWords: { rows: hrows, map: H } });
}
