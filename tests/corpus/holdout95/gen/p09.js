// holdout95-wdes-2025-26-tillingbourne: acute trust, WDES tracker with its header in row 1 (trust and period only on a Cover tab), after
// the EDI committee's May review: a placeholder row that has an owner and a date (the meeting) but 'Action to follow – to be agreed …'
// instead of an action, action T04 left in grey with status 'Superseded' and a note 'Superseded by action T09', and T09 added.
// Status from a drop-down, no colour; real dates mmm-yy; 'Last updated' dates.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tillingbourne Hospitals NHS Foundation Trust';
  const cover = book.wb.addWorksheet('Cover');
  cover.getColumn(1).width = 22; cover.getColumn(2).width = 70;
  [[trust, ''], ['Document', 'Workforce Disability Equality Standard (WDES) action plan 2025/26'], ['Owner', 'Head of Equality, Diversity & Inclusion'], ['Status', 'Live tracker – updated after EDI Committee 14/05/2025'], ['Reporting', 'Quarterly to the People Committee']].forEach(([a, b], i) => {
    const r = cover.getRow(i + 1); r.getCell(1).value = a; r.getCell(2).value = b || null; r.getCell(1).font = { name: 'Segoe UI', size: i ? 10 : 14, bold: true }; r.getCell(2).font = { name: 'Segoe UI', size: 10 };
  });
  const p = new Plan(book, { name: 'holdout95-wdes-2025-26-tillingbourne', sheet: 'Tracker', standard: 'WDES', period: '2025-26', trust, widths: [7, 10, 52, 26, 10, 14, 44, 13], font: { name: 'Segoe UI', size: 9 } });
  const h = p.header(['ID', 'WDES metric', 'Action', 'Owner', 'Due', 'Status', 'Notes', 'Last updated'], { style: { fill: C.darkblue, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 1 }];
  p.ws.autoFilter = 'A1:H1';
  const fmt = 'mmm-yy'; const ufmt = 'dd/mm/yy';
  const kept = [];
  const stl = [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt }, {}, {}, { numFmt: ufmt }];
  const act = (id, m, a, own, due, s, note, upd) => p.action([id, m, a, own, due, s, note, upd], { ref: id, indicators: m.split(/\s*(?:&|,|\/)\s*/), action: a, lead: own, due: typeof due === 'string' ? due : shown(due, fmt), status: s, rag: null, progress: note }, { styles: stl });
  act('T01', '1', 'Ask every new starter about disability and long-term conditions at induction, and remind all staff each year to update ESR.', 'Workforce Systems Manager', D(2025, 9, 30), 'In progress', 'Induction form updated; annual reminder set for September.', D(2025, 5, 20));
  act('T02', '2', 'Check a sample of 30 shortlists each quarter for the interview guarantee and share the results with recruiting managers.', 'Head of Recruitment', D(2025, 6, 30), 'Complete', 'Q1 sample: 29 of 30 correct.', D(2025, 7, 2));
  act('T03', '3', 'Change the attendance policy so that disability-related absence is recorded separately and does not trigger formal stages on its own.', 'Head of Employee Relations', D(2025, 12, 31), 'In progress', 'Policy draft with Staff Side.', D(2025, 5, 20));
  const sup = p.line(['T04', '4a', 'Hold a one-off awareness week on harassment of disabled staff by patients.', 'Head of Patient Experience', D(2025, 10, 31), 'Superseded', 'Superseded by action T09 (agreed at EDI Committee 14/05/25).', D(2025, 5, 15)], { border: true, style: { color: 'FF808080' }, styles: stl });
  act('T05', '4b', 'Train managers in the three biggest divisions to deal with harassment between colleagues, using cases written with the Disability Network.', 'Head of OD', D(2026, 1, 31), 'Not started', '', D(2025, 4, 10));
  act('T06', '5 / 7', 'Publish a reasonable adjustments guide for line managers, with a single request form and a 28-day target.', 'Head of Occupational Health', D(2025, 11, 30), 'In progress', 'Request form live on the intranet; 28-day target agreed.', D(2025, 6, 12));
  const ph = p.line(['T07', '6', 'Action to follow – to be agreed at May EDI committee', 'Disability Network chair', D(2025, 5, 1), '', '', D(2025, 4, 10)], { border: true, style: { italic: true }, styles: stl });
  act('T08', '9a', 'Give the Disability Network chair a day a week of protected time and a budget for network events.', 'Chief People Officer', D(2025, 7, 31), 'Complete', 'Protected time in place from July.', D(2025, 7, 28));
  kept.push(act('T09', '4a / 9b', 'Run a year-round campaign, planned with the Disability Network, on harassment of disabled staff by patients and the public, with a quarterly report of incidents.', 'Head of Patient Experience', D(2026, 3, 31), 'Not started', 'New at EDI Committee 14/05/25 – replaces T04.', D(2025, 5, 15)));
  act('T10', '10', 'Arrange a board development session with disabled staff and report Board disability declaration in the annual report.', 'Company Secretary', 'Q3 25/26', 'Not started', '', D(2025, 4, 10));
  p.ws.dataValidations.add(`F2:F${p.r}`, { type: 'list', allowBlank: true, showErrorMessage: false, formulae: ['"Not started,In progress,Complete,Superseded"'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust), a WDES tracker kept after the EDI Committee of 14/05/2025. Two tabs: 'Cover' (the trust name – the ONLY place it is named –, document 'Workforce Disability Equality Standard (WDES) action plan 2025/26', owner, status line and reporting line, as label / value rows) and 'Tracker', the gold sheet, whose HEADER IS ROW 1 (frozen, autofilter): 'ID | WDES metric | Action | Owner | Due | Status | Notes | Last updated', Segoe UI 9, ten rows, nothing below. Due holds real dates shown mmm-yy and one typed 'Q3 25/26'; Last updated real dates shown dd/mm/yy. Status from a drop-down (Not started / In progress / Complete / Superseded), no colour anywhere. Review marks: T04 (row 5) in GREY font with status 'Superseded' and the note 'Superseded by action T09 (agreed at EDI Committee 14/05/25)'; T07 (row 8) is a PLACEHOLDER in italics that LOOKS HALF LIKE AN ACTION – an ID, a metric (6), an owner ('Disability Network chair') and a date (May-25, the meeting) – but its Action cell reads 'Action to follow – to be agreed at May EDI committee' and it has no status; T09's note says it is new at the May committee and replaces T04. Judgement calls: T04 is not an action (superseded by T09); T07 is not an action – it names who will propose one and when it will be agreed, not any work (its May-25 is the meeting, no due); T09 is an action; so the plan has eight actions. Identity from the Cover tab. Status = the drop-down word, rag null; lead = Owner; due as displayed ('Sep-25', 'Q3 25/26'); Last updated is no due; ref = ID; indicators from WDES metric ('5 / 7', '4a / 9b' → both); progress = Notes, '' where empty; theme null.", { notFrom: ['H'], review: { col: 'C', dropped: [sup], placeholders: [ph], kept }, forbidden: ['May-25', 'Superseded', '14/05/2025'] });
}
