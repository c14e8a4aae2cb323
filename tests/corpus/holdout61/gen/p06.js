// holdout61-wdes-2023-24-fernhill: specialist neurosciences trust; a TWO-ROW HEADER (What / Who / When / How are we doing) over a grid whose
// 'Linked to' cell lists SEVERAL frameworks ('WDES 4a; EDS 3A', 'WRES 6; WDES 4a', 'Sexual Safety Charter'); a 'Co-owning network' column.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fernhill Neurosciences NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout61-wdes-2023-24-fernhill', sheet: 'Inclusion Plan', standard: 'WDES', period: '2023-24', trust, widths: [6, 52, 22, 24, 22, 24, 12, 12, 8, 40] });
  p.line([`${trust}: Inclusion Plan 2023-24`], { merge: ['A', 'J'], style: { bold: true, font: { size: 14 } } });
  p.line(['Our WDES, WRES, EDS 2022 and Sexual Safety Charter actions in one place, each co-owned with a staff network. BRAG: B = complete, G = on track, A = at risk, R = off track.'], { merge: ['A', 'J'], height: 28 });
  p.blank();
  const band = { fill: C.navy, color: C.white, alignment: { horizontal: 'center' } };
  p.header(['What', undefined, undefined, 'Who', undefined, undefined, 'When', undefined, 'How are we doing', undefined], { style: band, merge: [['A', 'C'], ['D', 'F'], ['G', 'H'], ['I', 'J']] });
  p.header(['No.', 'Action', 'Linked to', 'Co-owning network', 'Executive sponsor', 'Lead officer', 'Start', 'Target', 'BRAG', 'Update (Feb 2024)'], { style: { fill: C.paleblue } });
  const F = 'dd/mm/yy';
  const B = { B: [C.blue, 'blue'], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red'] };
  const rows = [
    ['Make a reasonable adjustments passport part of the onboarding of every new starter who declares a disability.', 'WDES 8', 'Disability and Neurodiversity Network', 'Chief People Officer', 'Head of Occupational Health', D(2023, 4, 1), D(2023, 9, 30), 'B', 'Passport offered at induction since July.'],
    ['Train ward sisters and charge nurses to handle abuse from parents and carers, with disability covered by name.', 'WDES 4a; EDS 3A', 'Disability and Neurodiversity Network', 'Chief Nurse', 'Head of Patient Experience', D(2023, 6, 1), D(2024, 1, 31), 'G', '82 trained of 120.'],
    ['Run a campaign with both networks on reporting abuse from colleagues, tracking reports by ethnicity and disability.', 'WRES 6; WDES 4a', 'Race Equality Network; Disability and Neurodiversity Network', 'Chief People Officer', 'Freedom to Speak Up Guardian', D(2023, 9, 1), D(2024, 3, 31), 'A', 'Campaign launched late (November).'],
    ['Sign the Sexual Safety Charter and appoint a domain lead for each of its ten commitments.', 'Sexual Safety Charter', 'Women\'s Network', 'Chief Executive', 'Director of Corporate Affairs', D(2023, 9, 1), D(2023, 12, 31), 'B', 'Signed 14 September; leads named.'],
    ['Give disabled applicants the choice of a guaranteed interview and tell them how the scheme works in every advert.', 'WDES 2', 'Disability and Neurodiversity Network', 'Chief People Officer', 'Recruitment Manager', D(2023, 5, 1), D(2023, 10, 31), 'G', 'Wording in all adverts; monitoring from Q4.'],
    ['Agree a menopause policy with flexible uniform and rota options.', 'EDS 2B', 'Women\'s Network', 'Chief People Officer', 'HR Policy Lead', D(2023, 10, 1), D(2024, 3, 31), 'R', 'Policy stalled at the JNCC.'],
    ['Invite disabled colleagues to a listening event with the Board before the WDES report is signed off.', 'WDES 9a, 9b', 'Disability and Neurodiversity Network', 'Chair', 'Head of EDI', D(2023, 7, 1), D(2023, 8, 31), 'B', 'Event held 23 August, 41 attended.'],
    ['Open a quiet room for neurodivergent staff on the main site and one at the community hub.', 'EDS 2A', 'Disability and Neurodiversity Network', 'Director of Estates', 'Estates Project Manager', D(2023, 11, 1), D(2024, 2, 29), 'A', 'Main-site room open; hub room awaiting works.'],
  ];
  const other = []; let n = 0;
  for (const [act, link, net, sp, lead, st, due, b, upd] of rows) {
    n++; const inds = [];
    for (const m of link.matchAll(/WDES ([\d]+[ab]?(?:, \d+[ab]?)*)/g)) inds.push(...m[1].split(', '));
    const r = p.action([n, act, link, net, sp, lead, st, due, b, upd], { ref: String(n), indicators: inds, action: act, lead, due: shown(due, F), status: b, rag: B[b][1], progress: upd },
      { styles: [{}, {}, {}, {}, {}, {}, { numFmt: F }, { numFmt: F }, { fill: B[b][0], bold: true, alignment: { horizontal: 'center' }, color: b === 'B' ? C.white : C.black }] });
    if (!inds.length) other.push(r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist neurosciences foundation trust) kept as ONE INCLUSION PLAN: a title naming trust, plan and year, an intro line (scope: WDES, WRES, EDS 2022, Sexual Safety Charter, each action co-owned with a staff network) that also gives the BRAG key, a blank row, then a TWO-ROW HEADER: row 4 navy band cells merged over their columns ('What' A–C, 'Who' D–F, 'When' G–H, 'How are we doing' I–J) and row 5 'No. | Action | Linked to | Co-owning network | Executive sponsor | Lead officer | Start | Target | BRAG | Update (Feb 2024)', and eight numbered actions. The 'LINKED TO' cell can name SEVERAL frameworks: 'WDES 4a; EDS 3A', 'WRES 6; WDES 4a', 'WDES 9a, 9b', 'Sexual Safety Charter', 'EDS 2B'. Judgement calls: every row is an action (the charter, menopause-policy and EDS rows too); indicators only from the WDES part of 'Linked to' ('WDES 4a; EDS 3A' → ['4a'], 'WRES 6; WDES 4a' → ['4a'] – WRES 6 is a race indicator, not WDES metric 6; 'WDES 9a, 9b' → ['9a','9b']); EDS outcome codes ('3A', '2B', '2A') are not metrics → []; lead = Lead officer, never the Executive sponsor or the co-owning network; due = Target, never Start, shown dd/mm/yy; ref = No.; status = the BRAG letter, rag = its fill (B blue complete, G green, A amber, R red); progress = the Feb 2024 update; theme null; both header rows are header rows.", { mode: 'fill', ragCol: 'I', otherWork: other, indFrom: { col: 'C', re: 'WDES ([\\d]+[ab]?(?:, \\d+[ab]?)*)' }, leadCol: 'F', dueFrom: ['H'], progressCol: 'J', notFrom: ['E', 'D'] });
}
