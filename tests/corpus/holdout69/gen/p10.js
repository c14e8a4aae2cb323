// holdout69-wres-2020-21-larkhill: specialist children's trust, the corporate A3 TEMPLATE: a leftover '[Insert logo]' box, a
// classification banner top and bottom, wide merged heading, a print area and print titles, real dates, Open / Closed statuses, and a
// REVIEW AND APPROVAL table under the plan whose reviewer comments read like actions.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Larkhill Children's Hospital NHS Foundation Trust";
  const p = new Plan(book, { name: 'holdout69-wres-2020-21-larkhill', sheet: 'Action plan', standard: 'WRES', period: '2020-21', trust, widths: [8, 11, 60, 30, 14, 12, 46], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws; const furn = [];
  furn.push(p.line(['OFFICIAL'], { merge: ['A', 'G'], style: { bold: true, color: C.white, fill: C.darkred, alignment: { horizontal: 'center' } } }));
  furn.push(p.line(['[Insert logo]', '', trust], { merge: [['A', 'B'], ['C', 'G']], styles: [{ italic: true, color: 'FFA6A6A6', fill: C.palegrey, alignment: { horizontal: 'center', vertical: 'middle' } }, {}, { bold: true, font: { size: 14 }, alignment: { horizontal: 'right', vertical: 'middle' } }], height: 40 }));
  furn.push(p.line(['WORKFORCE RACE EQUALITY STANDARD  •  ACTION PLAN 2020-21  •  Owner: Chief People Officer  •  Approved: Trust Board 24 September 2020'], { merge: ['A', 'G'], style: { bold: true, color: C.white, fill: C.teal, alignment: { horizontal: 'center' } }, height: 22 }));
  p.blank();
  const hdr = p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Status', 'Update / evidence'], { style: { bold: true, fill: C.grey } });
  const F = 'dd-mmm-yy'; const secs = [];
  const plan = [
    ['Objective A: Our workforce reflects the families we care for', [
      ['A1', '1', 'Set ethnicity targets for nursing Bands 7 and 8a and report progress to every Trust Board workforce report.', 'Deputy Chief Nurse', D(2020, 12, 31), 'Open', 'Targets agreed at Nursing Board in November.'],
      ['A2', '2', 'Use values-based interview questions and a diverse panel for all nursing and allied health professional posts at Band 6 and above.', 'Head of Resourcing', D(2021, 3, 31), 'Open', ''],
      ['A3', '4', 'Publish how CPD funding was shared across staff groups and ethnicities for 2019-20.', 'Head of Education', D(2020, 11, 30), 'Closed', 'Published on the intranet 16 November.'],
    ]],
    ['Objective B: Staff are safe from racism at work', [
      ['B1', '3', 'Make a senior HR review of the case a condition before any BME member of staff is suspended.', 'Director of HR', D(2020, 10, 31), 'Closed', 'In place since October; four reviews so far.'],
      ['B2', '5', 'Support staff who face racist comments from parents and carers, with a clear escalation route to the nurse in charge and security.', 'Head of Patient Experience', D(2021, 1, 31), 'Open', 'Escalation flowchart in draft.'],
      ['B3', '6, 8', 'Launch a race equality allies programme for managers with the BAME Staff Network.', 'Head of OD', D(2021, 3, 31), 'Open', 'Pilot cohort of 20 started February.'],
    ]],
    ['Objective C: Leadership that listens', [
      ['C1', '7', 'Match every BAME Staff Network committee member with an executive reverse mentor.', 'Chief People Officer', D(2020, 12, 31), 'Closed', 'Eight pairs matched.'],
      ['C2', '9', 'Hold a Board development session on the WRES data with the network chair.', 'Company Secretary', D(2021, 2, 28), 'Open', 'Booked for the February Board seminar.'],
    ]],
  ];
  for (const [t, acts] of plan) {
    secs.push(p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: 'FFE2F0EF' }, border: true }));
    for (const [ref, ind, a, lead, due, st, upd] of acts) p.action([ref, ind, a, lead, due, st, upd], { ref, indicators: ind.split(',').map((x) => x.trim()), theme: t, action: a, lead, due: shown(due, F), status: st, progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }] });
  }
  p.blank();
  furn.push(p.line(['Review and approval'], { merge: ['A', 'C'], style: { bold: true } }));
  const rv = p.line(['Reviewed by', '', 'Comment', 'Role', 'Date'], { merge: ['A', 'B'], style: { bold: true, fill: C.grey }, border: true });
  furn.push(rv);
  for (const [who, com, role, dt] of [['Adaeze Nwosu', 'Add an action on exit interviews for BAME leavers in the next version.', 'Chair, BAME Staff Network', '10/09/2020'], ['Graham Telford', 'Target dates agreed; content supported.', 'Chief People Officer', '15/09/2020'], ['Trust Board', 'Approved.', '', '24/09/2020']])
    furn.push(p.line([who, '', com, role, dt], { merge: ['A', 'B'], border: true }));
  p.blank();
  furn.push(p.line(['OFFICIAL'], { merge: ['A', 'G'], style: { bold: true, color: C.white, fill: C.darkred, alignment: { horizontal: 'center' } } }));
  ws.pageSetup = { orientation: 'landscape', paperSize: 8, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hdr}:${hdr}`, printArea: `A1:G${p.r}` };
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional specialist children's foundation trust) in the trust's corporate A3 LANDSCAPE TEMPLATE: a dark-red 'OFFICIAL' classification banner at the top AND the bottom, a grey '[Insert logo]' box nobody filled in beside the trust name, a wide teal band merged A:G ('WORKFORCE RACE EQUALITY STANDARD • ACTION PLAN 2020-21 • Owner: Chief People Officer • Approved: Trust Board 24 September 2020'), the header 'Ref | WRES indicator | Action | Lead | Target date | Status | Update / evidence' (row ${hdr}, print title; a print area A1:G set), three 'Objective A/B/C:' section rows with eight actions, then a REVIEW AND APPROVAL table 'Reviewed by | Comment | Role | Date' whose first comment reads like an action ('Add an action on exit interviews for BAME leavers in the next version.'). Judgement calls: banners, the logo placeholder, the heading band and the review table are not actions and give no field – the reviewer's suggested action is a comment on the plan, not one of its actions (it has no ref, lead or date and sits outside the table), the band's owner is not a lead (C1's lead cell happens to be the same role), the approval date is not a due, 'Approved.' is not a status; theme = the objective row; indicators from the WRES indicator column ('6, 8' → ['6','8']); due = Target date as displayed (dd-mmm-yy); status = 'Open' / 'Closed' as written, rag null (no colour, no key); progress = 'Update / evidence' ('' where empty).`,
    { sections: secs, forbidden: ['Adaeze Nwosu', 'Graham Telford', 'Approved.', '24/09/2020', 'Trust Board'], print: { furniture: furn, titles: `${hdr}:${hdr}`, landscape: true, a3: true, shared: ['Chief People Officer'] } });
}
