// holdout78-wres-2022-23-whitlowe: community trust, the Race Equality Group's ACTION AND DECISION LOG for the year: 'Log no. | Date
// raised | Type | Agenda item | Action / decision | Open / Closed | Update'. Type A / D / I – only A rows are actions. No lead or date
// column: each action opens with initials ('JT to …', 'MB and RK to …') and ends with its date where it has one ('by 30/09/22',
// '– end of Aug'). The agenda item carries its own item number before the WRES indicator. Closed rows in grey font.
import { Book, Plan, C, D } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Whitlowe Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout78-wres-2022-23-whitlowe', sheet: 'Action log', standard: 'WRES', period: '2022-23', trust, widths: [9, 12, 6, 30, 66, 11, 40], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Race Equality Group – WRES 2022/23 action and decision log'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Type: A = action, D = decision, I = for information. Closed items stay on the log until the year-end review.'], { merge: ['A', 'G'], style: { italic: true } });
  const h = p.header(['Log no.', 'Date raised', 'Type', 'Agenda item', 'Action / decision', 'Open / Closed', 'Update'], { style: { fill: C.tan } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  p.ws.autoFilter = `A${h}:G${h}`;
  const GREY = 'FF808080';
  const rows = [
    // [no, date, type, item, text, oc, update, inds, lead, due]
    ['22/01', D(2022, 5, 12), 'A', 'Item 3 – WRES indicator 1 (band profile)', 'JT to circulate the 2022 band profile by ethnicity to every service director and ask each to bring one improvement idea to the group, by 30/06/22.', 'Closed', 'Circulated 6 June; ideas received from 9 of 11 services.', ['1'], 'JT', '30/06/22'],
    ['22/02', D(2022, 5, 12), 'D', 'Item 3 – WRES indicator 1 (band profile)', 'Agreed that the group will use the Model Employer trajectory for Band 8a and above as its benchmark.', 'Closed', ''],
    ['22/03', D(2022, 5, 12), 'A', 'Item 4 – WRES indicator 2 (shortlisting)', 'MB and RK to draft a shortlisting guide for recruiting managers that removes names and addresses from the applications the panel sees – end of Aug.', 'Closed', 'Guide approved 1 Sept; anonymised shortlisting live on TRAC.', ['2'], 'MB and RK', 'end of Aug'],
    ['22/04', D(2022, 5, 12), 'I', 'Item 5 – Staff network update', 'Network chair reported 41 members and a new co-chair from the district nursing teams.', 'Closed', ''],
    ['22/05', D(2022, 7, 14), 'A', 'Item 2 – WRES indicator 3 (disciplinary)', 'SH to set up a second-pair-of-eyes check by a senior HR adviser on every proposed formal case involving an ethnic minority member of staff, starting 1 August.', 'Open', 'Check running since 1 Aug; 5 cases reviewed, 2 resolved informally.', ['3'], 'SH', ''],
    ['22/06', D(2022, 7, 14), 'A', 'Item 4 – WRES indicators 5 and 6 (abuse and bullying)', 'All service leads to share the zero-tolerance poster with their teams and display it at every clinic base.', 'Open', 'Displayed at 15 of 19 bases.', ['5', '6'], 'All service leads', ''],
    ['22/07', D(2022, 7, 14), 'A', 'Item 4 – WRES indicators 5 and 6 (abuse and bullying)', 'PO to add ethnicity to the Datix form for incidents of abuse against staff by 30/09/22, so that racist abuse can be reported on separately.', 'Closed', 'Field added 19 Sept.', ['5', '6'], 'PO', '30/09/22'],
    ['22/08', D(2022, 9, 8), 'A', 'Item 3 – WRES indicator 7 (career progression)', 'JT and Network co-chairs to plan a reverse mentoring pilot pairing ethnic minority staff with the executive team, for launch in January 2023.', 'Open', 'Six pairs agreed; launch slipped to February.', ['7'], 'JT and Network co-chairs', 'January 2023'],
    ['22/09', D(2022, 9, 8), 'D', 'Item 3 – WRES indicator 7 (career progression)', 'Agreed to fund four places on the regional Stepping Up programme from the education budget.', 'Closed', ''],
    ['22/10', D(2022, 11, 10), 'A', 'Item 5 – WRES indicator 4 (non-mandatory training)', 'KL to report uptake of non-mandatory training and CPD funding by ethnicity for each service, by 31/12/22.', 'Open', 'Data pulled from ESR; analysis under way.', ['4'], 'KL', '31/12/22'],
    ['22/11', D(2022, 11, 10), 'A', 'Item 6 – WRES indicator 9 (Board)', 'Chair to write to the regional NHS England team asking for a diverse long list for the non-executive director vacancy that opens in April 2023.', 'Open', '', ['9'], 'Chair', ''],
    ['22/12', D(2023, 1, 12), 'I', 'Item 2 – WRES 2022 submission', 'Secretary confirmed that the WRES 2022 data and this log were published on the Trust website on 30 September.', 'Closed', ''],
    ['22/13', D(2023, 1, 12), 'A', 'Item 4 – WRES indicator 2 (shortlisting)', 'MB to check with three services whether anonymised shortlisting has changed who is shortlisted, and report back by March 2023.', 'Open', '', ['2'], 'MB', 'March 2023'],
  ];
  for (const [no, dt, type, item, txt, oc, upd, inds, lead, due] of rows) {
    const vals = [no, dt, type, item, txt, oc, upd];
    const style = oc === 'Closed' ? { color: GREY } : {};
    const styles = [{}, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}];
    if (type === 'A') p.action(vals, { ref: no, indicators: inds, action: txt, lead, due, status: oc, progress: upd, dueSource: due ? 'action text' : null }, { style, styles });
    else p.line(vals, { border: true, style, styles });
  }
  p.blank();
  p.line(['Initials: JT – Head of Resourcing; MB – Recruitment Lead; RK – Race Equality Network co-chair; SH – Senior HR Adviser; PO – Patient Safety Manager; KL – Education Lead.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Next meeting: 9 March 2023 (year-end review of this log).'], { merge: ['A', 'G'], style: { italic: true } });
  fitRows(p, 13);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust): the Race Equality Group's year-long ACTION AND DECISION LOG, which is how this trust keeps its WRES plan. Sheet 'Action log': trust name, title, an italic line decoding the Type letters ('A = action, D = decision, I = for information'), the tan header 'Log no. | Date raised | Type | Agenda item | Action / decision | Open / Closed | Update' (row 4, frozen, with a filter), thirteen log entries raised at five meetings (12/05/2022 … 12/01/2023), an italic initials line and a next-meeting line. Closed entries are in grey font. There is NO lead and NO date column: each action is written as a minute, opening with the initials or role of whoever is to do it and, where it has one, ending with its date. Judgement calls: only the TYPE A rows are actions (nine); the decisions (D: 22/02, 22/09 – 'Agreed that …', 'Agreed to fund …') and the information items (I: 22/04 network update, 22/12 publication) are non-action rows, though they sit in the same column. Action = the whole Action / decision cell; ref = Log no. ('22/05'); lead = the initials or role before ' to ' at the start, as written and NOT decoded from the initials line ('JT', 'MB and RK', 'All service leads', 'JT and Network co-chairs', 'Chair'); due = the date phrase in the sentence without its 'by' ('30/06/22', '30/09/22', '31/12/22' as typed; 'end of Aug' after the dash; 'January 2023' from 'for launch in January 2023'; 'March 2023'), dueSource 'action text' (as holdout57 tarnhallow; holdout59 and holdout24 use 'column' only for a due typed in a date column); 22/05's 'starting 1 August' is a start and 22/06 gives no date (due '', null); in 22/11 'the vacancy that opens in April 2023' dates the vacancy, not the letter → due ''. Date raised is a real date shown dd/mm/yyyy – the meeting date, never a due; the Update column's dates ('6 June', '1 Sept', 'February') are progress. Indicators from the Agenda item's WRES indicator(s) ('Item 4 – WRES indicators 5 and 6 …' → ['5','6']) – the ITEM NUMBER before it is the meeting's agenda number, never an indicator. Status = Open / Closed as written, uncoloured (the grey font of closed rows is no RAG: rag null); progress = Update; theme null. The Type line, the initials line and the next-meeting date (9 March 2023) are not actions or dues.", { typeCol: { col: 'C', headerRow: h }, itemInd: { col: 'D' }, textFields: { col: 'E', lead: ['^([A-Z][A-Za-z -]*?) to '], due: ['by (\\d{2}/\\d{2}/\\d{2})', ' – (end of [A-Z][a-z]+)\\.$', 'for launch in ([A-Z][a-z]+ \\d{4})', 'by ([A-Z][a-z]+ \\d{4})'] }, dueSourceIs: 'action text', notFrom: ['B', 'D'], forbidden: ['1 August', 'April 2023', '9 March 2023', 'Head of Resourcing', 'Recruitment Lead'] });
}
