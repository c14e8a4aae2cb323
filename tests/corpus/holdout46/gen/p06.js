// holdout46-wres-2016-17-brackwater: a clinical commissioning group's first-year WRES actions kept as the ACTION LOG of its BME Staff Forum
// (the forum writes and owns the log; HR is provided by a commissioning support unit). One row per action in the order raised: date raised,
// the forum meeting, the action, owner, due (some blank or 'Next meeting'), update, Open / Closed and the date closed; closed rows greyed.
import { Book, Plan, D } from './lib.js';
const ds = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCFullYear()).slice(2)}`;
export async function build() {
  const book = new Book();
  const trust = 'NHS Brackwater Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout46-wres-2016-17-brackwater', sheet: 'Action log', standard: 'WRES', period: '2016-17', trust, widths: [6, 11, 16, 50, 26, 12, 40, 10, 11], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – BME Staff Forum`], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['Action log 2016-17 (WRES)'], { merge: ['A', 'I'], style: { bold: true } });
  p.line(['Kept by the forum secretary and reviewed at every forum meeting. Closed actions are shown in grey and stay on the log until the year end.'], { merge: ['A', 'I'], style: { italic: true } });
  p.header(['No.', 'Date raised', 'Meeting', 'Action', 'Owner', 'Due', 'Update', 'Open / Closed', 'Date closed'], { style: { fill: 'FFBFBFBF' } });
  const G = 'FF808080';
  const acts = [
    [1, D(2016, 5, 10), 'Forum – May 2016', 'Send the forum the CCG\'s first WRES data return before it is published, with time to comment.', 'Head of HR (CSU)', D(2016, 6, 30), 'Data shared at the June forum; comments included in the Governing Body paper.', 'Closed', D(2016, 6, 28), []],
    [2, D(2016, 5, 10), 'Forum – May 2016', 'Find out why so few BME staff are shortlisted for Band 7 and above (WRES indicator 2) and report back.', 'Head of HR (CSU)', D(2016, 9, 30), 'Analysis of 40 recruitment campaigns done; anonymised shortlisting to be trialled.', 'Closed', D(2016, 10, 4), ['2']],
    [3, D(2016, 5, 10), 'Forum – May 2016', 'Ask the Governing Body to name an executive sponsor for race equality.', 'Forum chair', null, 'Director of Corporate Affairs agreed to be sponsor.', 'Closed', D(2016, 7, 12), []],
    [4, D(2016, 7, 12), 'Forum – July 2016', 'Trial anonymised shortlisting (names and ages removed) for all posts advertised by the CCG.', 'Head of HR (CSU)', D(2017, 1, 31), 'Trial running since November; 11 posts so far.', 'Open', null, ['2']],
    [5, D(2016, 7, 12), 'Forum – July 2016', 'Include a BME forum member on every interview panel for Band 8a and above.', 'Director of Corporate Affairs', D(2016, 12, 31), 'Eight forum members trained; on four panels so far.', 'Open', null, []],
    [6, D(2016, 9, 13), 'Forum – September 2016', 'Put the WRES staff survey results (WRES indicators 5 to 8) on the agenda of the next all-staff briefing.', 'Director of Corporate Affairs', 'Next meeting', 'Presented at the October briefing by the sponsor and forum chair.', 'Closed', D(2016, 10, 19), ['5', '6', '7', '8']],
    [7, D(2016, 9, 13), 'Forum – September 2016', 'Arrange reverse mentoring between forum members and Governing Body members.', 'Forum chair', D(2017, 3, 31), 'Five pairs matched; first meetings in February.', 'Open', null, []],
    [8, D(2016, 11, 8), 'Forum – November 2016', 'Ask the CSU to record ethnicity on all training applications so that access to non-mandatory training can be compared (WRES indicator 4).', 'Head of HR (CSU)', D(2017, 3, 31), '', 'Open', null, ['4']],
    [9, D(2016, 11, 8), 'Forum – November 2016', 'Write a short guide for staff on how to raise a concern about discrimination, with the forum as a first point of contact.', 'Forum secretary', null, 'Draft circulated to members.', 'Open', null, []],
    [10, D(2017, 1, 10), 'Forum – January 2017', 'Set out how the CCG will check that the providers it commissions are meeting the WRES, for the Quality Committee.', 'Head of Quality', D(2017, 3, 31), '', 'Open', null, []],
  ];
  for (const [n, raised, mtg, a, owner, due, upd, oc, closed, inds] of acts) {
    const grey = oc === 'Closed' ? { color: G } : {};
    const dueS = due instanceof Date ? ds(due) : (due || '');
    p.action([n, raised, mtg, a, owner, due || undefined, upd, oc, closed || undefined], { ref: String(n), indicators: inds, action: a, lead: owner, due: dueS, progress: upd, status: oc, completed: closed ? ds(closed) : '' }, { style: grey, styles: [{}, { numFmt: 'dd/mm/yy' }, {}, {}, {}, due instanceof Date ? { numFmt: 'dd/mm/yy' } : {}, {}, {}, { numFmt: 'dd/mm/yy' }] });
  }
  p.blank();
  p.line(['Forum chair: Priya Raman    Forum secretary: Daniel Osei    Executive sponsor: Director of Corporate Affairs (from July 2016)'], { merge: ['A', 'I'] });
  p.line(['Next forum meeting: 14 March 2017'], { merge: ['A', 'I'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a clinical commissioning group in the first WRES year) kept as the ACTION LOG of the CCG's BME Staff Forum – the forum's log, not an HR plan: title naming the CCG and the forum, 'Action log 2016-17 (WRES)', an italic line saying closed actions are greyed and stay on the log, a grey header on row 4 'No. | Date raised | Meeting | Action | Owner | Due | Update | Open / Closed | Date closed', ten actions in the order raised (four of them closed, their whole row in grey font), a blank row, a names line (forum chair, secretary, sponsor) and the next meeting date. Dates are real dates shown dd/mm/yy; two Due cells are empty and one says 'Next meeting'. Judgement calls: every log row is an action, closed ones included (the grey font marks them closed, it is not a RAG); ref = 'No.'; lead = 'Owner' as written ('Head of HR (CSU)', 'Forum chair'); due = the Due cell as shown ('' when empty, 'Next meeting' as written) and NEVER the date raised; status = 'Open' / 'Closed' (unfilled words, rag null); completed = 'Date closed' as shown ('' for open actions); progress = 'Update' ('' when empty); the 'Meeting' column is context (no theme – the log is not grouped); there is no indicator column, so indicators only where the action names a WRES indicator ('(WRES indicator 2)' → ['2'], 'WRES indicators 5 to 8' → ['5','6','7','8']), otherwise []. The names line and next-meeting date are context.", { mode: 'word', ragCol: 'H', words: { Open: null, Closed: null }, fieldCols: { ref: 'A', lead: 'E', due: 'F', progress: 'G', status: 'H', completed: 'I' }, notFrom: ['B', 'C'], forbidden: ['Priya Raman', 'Daniel Osei', '14 March 2017'] });
}
