// holdout27-wres-2020-21-moorgate: an ambulance trust's WRES tracker where STATUS IS A FORMULA (Complete / Overdue / Open from the
// completion date and the target date) coloured by conditional formatting, with a formula 'Days left' column beside it.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'North Moorgate Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout27-wres-2020-21-moorgate', sheet: 'Tracker', standard: 'WRES', period: '2020-21', trust, widths: [8, 20, 58, 30, 13, 13, 10, 12, 40] });
  p.line([`${trust} – WRES action tracker 2020/21`], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 } } });
  p.line(['Days left and Status are worked out by the sheet – please only fill in "Completed on". Snapshot saved 15/01/2021 for the Inclusion Board.'], { merge: ['A', 'I'], style: { italic: true, color: C.darkred } });
  p.blank();
  const h = p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Completed on', 'Days left', 'Status', 'Update'], { style: { fill: 'FF2E7D32', color: C.white } });
  const snap = D(2021, 1, 15);
  const acts = [
    ['W01', 'Indicator 1', 'Publish ethnicity by band for each operational area (EOC, 111, A&E operations, PTS) every quarter', 'Workforce Intelligence Manager', D(2020, 9, 30), D(2020, 9, 24), 'First publication went to area boards in October.'],
    ['W02', 'Indicator 2', 'Recruit BME paramedic apprentices through targeted open days in the three cities with the largest BME populations', 'Head of Recruitment', D(2021, 3, 31), null, 'Open days moved online – two held, 140 attendees.'],
    ['W03', 'Indicator 2', 'Add a values-based question on inclusion to every interview for team leader and above', 'Head of Recruitment', D(2020, 11, 30), null, 'Question bank drafted; not yet in use.'],
    ['W04', 'Indicator 3', 'Have a senior independent reviewer look at every disciplinary referral of a BME colleague before a formal investigation starts', 'Head of Employee Relations', D(2020, 10, 31), D(2020, 11, 6), ''],
    ['W05', 'Indicator 4', 'Report CPD funding and secondments by ethnicity to the Education Group', 'Head of Education', D(2021, 2, 28), null, ''],
    ['W06', 'Indicator 5', 'Give crews a quick way to report racist abuse from patients on the ePR and follow up every report within 72 hours', 'Head of Clinical Safety', D(2020, 12, 31), null, 'ePR change with supplier.'],
    ['W07', 'Indicator 6 & 8', 'Train station and EOC managers to hold "courageous conversations" about race', 'Head of OD', D(2021, 3, 31), null, '4 of 11 cohorts done.'],
    ['W08', 'Indicator 7', 'Open the Leading with Compassion programme to BME staff at bands 5 and 6 with ring-fenced places', 'Head of OD', D(2020, 9, 1), D(2020, 8, 28), 'Cohort 1 started with 9 BME colleagues.'],
    ['W09', 'Indicator 9', 'Set a target for BME representation on the Board and build it into the next NED recruitment with the regulator', 'Chair', D(2021, 3, 31), null, ''],
    ['W10', 'All', 'Refresh the BME network\'s terms of reference and give the chair two protected days a month', 'Director of People', D(2020, 12, 1), null, 'Agreed in principle; job plan change pending.'],
  ];
  const first = h + 1;
  acts.forEach(([ref, ind, a, lead, tgt, done, upd], i) => {
    const r = first + i;
    const days = Math.round((tgt - snap) / 86400000);
    const st = done ? 'Complete' : days < 0 ? 'Overdue' : 'Open';
    const inds = ind === 'All' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : ind.match(/\d/g);
    p.action([ref, ind, a, lead, tgt, done || undefined, { formula: `IF(F${r}<>"","",E${r}-TODAY())`, result: done ? '' : days }, { formula: `IF(F${r}<>"","Complete",IF(E${r}<TODAY(),"Overdue","Open"))`, result: st }, upd], { ref, indicators: inds, action: a, lead, due: (`${String(tgt.getUTCDate()).padStart(2, '0')}/${String(tgt.getUTCMonth() + 1).padStart(2, '0')}/${tgt.getUTCFullYear()}`), status: st, rag: { Complete: 'green', Overdue: 'red' }[st] ?? null, progress: upd, completed: done ? `${String(done.getUTCDate()).padStart(2, '0')}/${String(done.getUTCMonth() + 1).padStart(2, '0')}/${done.getUTCFullYear()}` : '' }, { styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { numFmt: 'dd/mm/yyyy' }, { alignment: { horizontal: 'right' } }, { bold: true }] });
  });
  const last = p.r;
  p.ws.addConditionalFormatting({ ref: `H${first}:H${last}`, rules: [
    { type: 'containsText', operator: 'containsText', text: 'Complete', formulae: [`NOT(ISERROR(SEARCH("Complete",H${first})))`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: C.green } } }, priority: 1 },
    { type: 'containsText', operator: 'containsText', text: 'Overdue', formulae: [`NOT(ISERROR(SEARCH("Overdue",H${first})))`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: C.red } } }, priority: 2 },
  ] });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service) kept as a TRACKER WHOSE STATUS IS A FORMULA: a title with the trust name, a dark-red italic line saying 'Days left and Status are worked out by the sheet – please only fill in \"Completed on\". Snapshot saved 15/01/2021 …', a blank row, a green header 'Ref | WRES indicator | Action | Lead | Target date | Completed on | Days left | Status | Update' (row 4, frozen) and ten actions W01–W10. Target date and Completed on are real dates shown dd/mm/yyyy. 'Days left' is =E-TODAY() (blank once completed) and Status is =IF(F<>\"\",\"Complete\",IF(E<TODAY(),\"Overdue\",\"Open\")); the file holds the values Excel last calculated (on 15/01/2021), and CONDITIONAL FORMATTING fills 'Complete' green and 'Overdue' red ('Open' unfilled); no status cell is filled by hand. Judgement calls: status = the formula's saved value as the sheet shows it ('Overdue'), not recomputed for today's date; rag from the conditional format (Complete → green, Overdue → red, Open → null); the 'Days left' numbers are not a due or a status; due = Target date as shown; completed = 'Completed on' as shown, '' when empty; indicators from 'Indicator 6 & 8' → ['6','8'], 'All' → all nine; theme null; progress = Update.", { mode: 'word', ragCol: 'H', words: { Complete: 'green', Overdue: 'red', Open: null }, cfWords: { col: 'H' }, notFrom: ['G'] });
}
