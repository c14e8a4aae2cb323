// holdout45-wdes-2019-20-lunesdale: an ambulance trust's first WDES plan as updated for its third People Committee – an 'Original
// completion date' and a 'Revised completion date' column side by side (revised dates in red), an 'Update notes' column of DATED entries
// NEWEST FIRST, the Metric cell merged down over metric 4's two actions, whole 2019 metrics written 'Metric n'.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lunesdale Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout45-wdes-2019-20-lunesdale', sheet: 'WDES Action Plan 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [16, 46, 24, 14, 14, 54, 12], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.white, fill: 'FF006747' } });
  p.line(['WDES ACTION PLAN 2019/20 – UPDATED FOR PEOPLE COMMITTEE 23 JANUARY 2020'], { merge: ['A', 'G'], style: { bold: true, font: { size: 10 } } });
  p.header(['Metric', 'Action', 'Responsible', 'Original completion date', 'Revised completion date', 'Update notes (latest first)', 'RAG'], { style: { fill: 'FFC6E0B4' }, height: 28 });
  const F = { 'Complete': C.lightblue, 'On track': C.lightgreen, 'Delayed': C.amber };
  const R = { 'Complete': 'blue', 'On track': 'green', 'Delayed': 'amber' };
  const f = (d) => (d ? `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}` : '');
  const rows = [
    ['Metric 1', ['1'], 'Add a disability declaration prompt to the annual ESR self-service check and to the appraisal form.', 'Head of Workforce Systems', D(2019, 9, 30), D(2019, 12, 31), '14/01/20 – Prompt live on the appraisal form; ESR change made on 9 December.\n07/10/19 – ESR release delayed nationally; new date agreed with the Director of People.', 'Complete'],
    ['Metric 2', ['2'], 'Sign up to Disability Confident Leader and apply the guaranteed interview scheme to every vacancy, student paramedic posts included.', 'Recruitment Manager', D(2020, 3, 31), null, '09/01/20 – Leader assessment booked for February.\n02/10/19 – Application drafted.', 'On track'],
    ['Metric 3', ['3'], 'Review the capability procedure with staff-side so that reasonable adjustments are recorded before any formal stage.', 'Head of Employee Relations', D(2019, 12, 31), D(2020, 3, 31), '16/01/20 – Draft with the JNCC; agreement expected in March.\n04/10/19 – Review started; staff-side asked for more time to consult members.', 'Delayed'],
    ['Metric 4', ['4'], 'Give road staff a quick way to report abuse from patients and the public that refers to disability, through the incident app.', 'Head of Health, Safety and Security', D(2020, 1, 31), null, '10/01/20 – Field added; launch briefing at station meetings in February.', 'On track'],
    [null, ['4'], 'Train station managers to support disabled staff after an abusive incident.', 'Head of Organisational Development', D(2019, 11, 30), D(2020, 2, 29), '13/01/20 – Two of six sessions held; the rest moved to February because of winter pressures.\n03/10/19 – Content agreed with the Disability Network.', 'Delayed'],
    ['Metric 5', ['5'], 'Offer disabled staff a mentor through the trust leadership forum mentoring scheme.', 'OD Lead', D(2020, 3, 31), null, '08/01/20 – Five mentors trained.\n01/10/19 – Scheme partner confirmed.', 'On track'],
    ['Metric 7 and 8', ['7', '8'], 'Introduce a Reasonable Adjustments Passport that moves with the member of staff between stations.', 'Head of Occupational Health', D(2019, 10, 31), D(2020, 1, 31), '15/01/20 – Passport launched on 20 January.\n08/10/19 – Delayed by a legal review of the data-sharing wording.', 'Complete'],
    ['Metric 9', ['9'], 'Set up a Disability and Long-Term Conditions Staff Network with an executive sponsor and protected time for its chair.', 'Director of People', D(2019, 7, 31), null, '01/10/19 – Network launched on 12 July with 34 members; the Director of People is its sponsor.', 'Complete'],
    ['Metric 10', ['10'], 'Report the WDES results and progress on this plan to the Trust Board every six months.', 'Trust Secretary', D(2020, 3, 31), null, 'Next Board report March 2020.', 'On track'],
  ];
  const ragCells = {}; let m4 = 0;
  for (const [met, inds, a, lead, orig, rev, notes, st] of rows) {
    const r = p.action([met ?? '', a, lead, orig, rev ?? '', notes, st], { indicators: inds, action: a, lead, due: f(rev || orig), status: st, rag: R[st], progress: notes }, { styles: [{ bold: true }, {}, {}, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'center', vertical: 'top' } }, { numFmt: 'dd/mm/yyyy', color: C.red, bold: true, alignment: { horizontal: 'center', vertical: 'top' } }, {}, { fill: F[st], alignment: { horizontal: 'center', vertical: 'top' } }] });
    ragCells[r] = 'G'; if (met === 'Metric 4') m4 = r; if (met === null) mergeDown(p.ws, 'A', m4, r);
  }
  p.blank();
  p.line(['Revised dates were agreed with the Director of People; the reason for each change is in the update notes.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Next update: People Committee, April 2020 (year-end position).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust), its first WDES plan as updated for the People Committee of 23 January 2020: a green title bar with the trust's name, a subtitle naming the meeting, ONE header row (row 3) 'Metric | Action | Responsible | Original completion date | Revised completion date | Update notes (latest first) | RAG'. The Metric column writes the whole 2019 metric ('Metric 1', 'Metric 7 and 8') and is MERGED DOWN over metric 4's two actions. Four actions have a REVISED COMPLETION DATE in red beside the original; the others leave it blank. Update notes are DATED ENTRIES, one per line, NEWEST FIRST ('14/01/20 – …' above '07/10/19 – …'); one is an undated line. RAG words on fills (Complete blue, On track green, Delayed amber). Two footnote lines under the table. Judgement calls: due = the REVISED date where there is one, otherwise the original (the original is superseded, not a second due); dates as displayed (dd/mm/yyyy); progress = the whole update-notes cell (both entries, newest first – the keeper's log of the year, as in a running log); status = the RAG word, rag = its fill; indicators from the Metric cell ('Metric 7 and 8' → ['7','8']; both metric 4 rows take the merged cell → ['4']); whole 2019 metrics (4, not 4a/4b); completed '' throughout (no completion date column – the dates inside the notes are update dates, and 'launched on 20 January' is not recorded as a closing date); the meeting dates in the subtitle and the footnotes are not dues; no refs, no theme rows.", { ragCells, dueFrom: { orig: 'D', rev: 'E' }, revisedCount: 4 });
}
