// holdout27-wres-2021-22-harbourside: a GP-federation style PRIMARY CARE COLLABORATIVE keeps its first WRES plan on a TRELLO board and
// sends the board's CSV export (opened in Excel, saved as .xlsx, nothing formatted) to the ICS. Lists are To Do / Doing / Done / Info.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harbourside Primary Care Collaborative';
  const board = `${trust} – WRES plan 2021-22`;
  const p = new Plan(book, { name: 'holdout27-wres-2021-22-harbourside', sheet: 'harbourside-wres-plan-2021-22', standard: 'WRES', period: '2021-22', trust, widths: [26, 44, 36, 60, 30, 28, 10, 26, 13, 9, 26, 40], font: { name: 'Calibri', size: 11 } });
  const plain = { border: false, style: { alignment: { wrapText: false } } };
  p.header(['Card ID', 'Card Name', 'Card URL', 'Card Description', 'Labels', 'Members', 'List Name', 'Due Date', 'Due Complete', 'Archived', 'Last Activity Date', 'Board Name'], { ...plain, style: { bold: false, alignment: { wrapText: false } } });
  const id = (n) => `61a4${(0x3f20c1 + n * 7919).toString(16)}e0b2c9${(n * 37).toString(16).padStart(3, '0')}d1`;
  const url = (n, slug) => `https://trello.com/c/${['kQ7rTz2P', 'a9XbL0sE', 'Fm3wYu8c', 'pR2dNc6H', 'Zt5gJe1q', 'wB8vKs4m', 'Lh0yTq7d', 'cN6uRa3x', 'Ge9pWf2k', 'sV1mDj5t', 'Yq4hXn8b', 'Ur7cBo0z', 'Ij2kMl9w'][n]}/${n + 14}-${slug}`;
  const cards = [
    // [name, desc, labels, members, list, due, dueComplete, archived, last]
    ['READ ME – how we use this board', 'One card per action in our WRES plan. Move the card when the work moves. Put the WRES indicator on as a label. Put updates in the description with the date. Questions to the Collaborative office.', 'Info (sky)', '', 'Info', '', 'FALSE', 'FALSE', '2021-05-04T09:12:44.310Z', 'info'],
    ['Ask every practice to check ethnicity is recorded on ESR or the practice HR system for all staff', '03/08 – 19 of 26 practices have sent their return. Chasing the rest through practice managers forum.', 'WRES 1 (green), Data (purple)', 'Jo Haddad', 'Doing', '2021-09-30T16:00:00.000Z', 'FALSE', 'FALSE', '2021-08-03T14:20:11.902Z'],
    ['Pull together the first collaborative-wide WRES data return from the practice returns', '', 'WRES 1 (green), Data (purple)', 'Jo Haddad, Marcus Quayle', 'To Do', '2021-11-30T17:00:00.000Z', 'FALSE', 'FALSE', '2021-06-15T10:02:37.118Z'],
    ['Put a trained BAME colleague on the panel for every nurse, ANP and practice manager appointment across the collaborative', '21/07 – 11 panel members trained so far (2 sessions). Third session booked for September.', 'WRES 2 (green), Recruitment (orange)', 'Anita Barkworth', 'Doing', '2021-12-31T17:00:00.000Z', 'FALSE', 'FALSE', '2021-07-21T16:45:03.550Z'],
    ['Anonymise application forms on NHS Jobs for all collaborative-hosted posts', 'Done – switched on for every post from 1 June.', 'WRES 2 (green), Recruitment (orange)', 'Anita Barkworth', 'Done', '2021-06-01T09:00:00.000Z', 'TRUE', 'FALSE', '2021-06-02T08:31:59.004Z'],
    ['Anonymise application forms on NHS Jobs', 'Duplicate – see other card', 'WRES 2 (green)', 'Anita Barkworth', 'To Do', '', 'FALSE', 'TRUE', '2021-05-11T12:00:40.771Z', 'dup'],
    ['Agree a shared disciplinary checklist so a second manager reviews any case before it goes formal', '', 'WRES 3 (green), HR policy (yellow)', 'Marcus Quayle', 'To Do', '2022-01-31T17:00:00.000Z', 'FALSE', 'FALSE', '2021-05-04T09:40:12.663Z'],
    ['Fund places for BAME receptionists and HCAs on the care navigator and phlebotomy courses', '14/07 – 6 places funded from the training hub budget. Uptake to be reported to Board.', 'WRES 4 (green), Training (blue)', 'Training Hub', 'Doing', '2022-03-31T17:00:00.000Z', 'FALSE', 'FALSE', '2021-07-14T11:13:28.219Z'],
    ['Launch a zero tolerance poster and text message campaign about racist abuse of practice staff by patients', 'Posters in all 26 waiting rooms. SMS sent to patient list 10 June.', 'WRES 5 (green), Comms (pink)', 'Comms and Engagement Lead', 'Done', '2021-06-30T16:00:00.000Z', 'TRUE', 'FALSE', '2021-06-11T15:27:46.090Z'],
    ['Give reception teams a simple way to log racist abuse from patients and get a call back from a manager the same day', '', 'WRES 5 (green), Comms (pink)', 'Comms and Engagement Lead, Jo Haddad', 'To Do', '', 'FALSE', 'FALSE', '2021-05-04T09:44:02.381Z'],
    ['Start a Freedom to Speak Up champion in each primary care network with protected time', '', 'WRES 6 (green), WRES 8 (green)', 'Dr Femi Oyelaran', 'To Do', '2022-02-28T17:00:00.000Z', 'FALSE', 'FALSE', '2021-05-04T09:47:55.912Z'],
    ['Run a reverse mentoring pilot pairing partners and clinical directors with BAME staff', 'Pairs agreed for 5 of 8 PCN clinical directors.', 'WRES 7 (green), Leadership (red)', 'Dr Femi Oyelaran', 'Doing', '2022-03-31T17:00:00.000Z', 'FALSE', 'FALSE', '2021-08-09T13:06:17.447Z'],
    ['Invite applications from BAME GPs and nurses for the two vacant seats on the collaborative board', '', 'WRES 9 (green), Leadership (red)', 'Chair', 'To Do', '2021-10-31T17:00:00.000Z', 'FALSE', 'FALSE', '2021-05-04T09:50:31.006Z'],
  ];
  cards.forEach(([name, desc, labels, members, list, due, dc, arch, last, kind], i) => {
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/-$/, '');
    const vals = [id(i), name, url(i, slug), desc, labels, members, list, due, dc, arch, last, board];
    if (kind) { p.line(vals, plain); return; }
    const inds = [...labels.matchAll(/WRES (\d)/g)].map((m) => m[1]);
    p.action(vals, { indicators: inds, action: name, lead: members, due, status: list, progress: desc }, plain);
  });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative – a GP federation of 26 practices) kept as a TRELLO BOARD and handed over as Trello's CSV export opened in Excel and saved as .xlsx: no title, no formatting (Calibri 11, no fills, no wrap), the export's own header on row 1 'Card ID | Card Name | Card URL | Card Description | Labels | Members | List Name | Due Date | Due Complete | Archived | Last Activity Date | Board Name', one row per card, long hex card IDs and trello.com URLs. The trust name is only in the Board Name column ('Harbourside Primary Care Collaborative – WRES plan 2021-22', repeated on every row). Labels hold Trello's 'name (colour)' list: WRES indicators ('WRES 2 (green)') mixed with topic labels ('Recruitment (orange)'). Due dates are ISO timestamps as Trello writes them ('2021-09-30T16:00:00.000Z'), two cards have none. Judgement calls: each card is an action EXCEPT the 'READ ME – how we use this board' card in the Info list (instructions) and an ARCHIVED duplicate card (Archived TRUE, 'Duplicate – see other card') – an archived card is no longer on the board, so both are non-action rows; action = Card Name; lead = Members as written (names, a role, 'Training Hub', or two joined ', '); due = the Due Date as written (the ISO text, not reformatted), '' when empty; status = the List Name the card sits in ('To Do', 'Doing', 'Done') – 'Due Complete' TRUE/FALSE agrees with it and is not the status; progress = the Card Description (dated update notes), '' when empty; indicators from the 'WRES n' labels only (two on one card: ['6','8']); the topic labels are tags, not themes – theme null; Last Activity Date is the board's edit log, not a completion date (completed '' throughout); no colour, rag null.", { notFrom: ['A', 'C', 'I', 'J', 'K', 'L'] });
}
