// holdout44-wres-2019-20-fellgate: an ambulance trust's WRES plan with a two-tier header (ACTION / TIMESCALE / PROGRESS over the columns),
// a 'Days overdue' FORMULA column shown with a 3-FLAG ICON SET (lateness, not status), status typed from a drop-down and coloured by
// conditional formats, last year's refs in a HIDDEN column, a named review date, autofilter and frozen panes.
import { Book, Plan, C, D, shown, cfWords, listDV, days } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fellgate Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout44-wres-2019-20-fellgate', sheet: 'Action plan', standard: 'WRES', period: '2019-20', trust, widths: [8, 10, 11, 52, 28, 11, 10, 15, 44], font: { name: 'Calibri', size: 10 } });
  const ws = p.ws; const F = 'dd.mm.yy'; const rev = D(2020, 1, 31);
  p.line([`${trust}`], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: C.white, fill: C.darkgreen || 'FF006747' } });
  p.line(['Workforce Race Equality Standard – action plan 2019/20 (from the August 2019 WRES submission)'], { merge: ['A', 'I'], style: { bold: true } });
  p.line(['Reviewed:', '', '', rev], { styles: [{ bold: true }, {}, {}, { numFmt: F, alignment: { horizontal: 'left' } }] });
  book.wb.definedNames.add("'Action plan'!$D$3", 'ReviewDate');
  p.line(['Flags in Days overdue: green = not overdue, amber = up to 30 days past the target date, red = more than 30 days past it. Status is chosen from the list.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  const h1 = p.header(['ACTION', '', '', '', '', 'TIMESCALE', '', 'PROGRESS', ''], { merge: [['A', 'E'], ['F', 'G'], ['H', 'I']], style: { fill: C.grey, alignment: { horizontal: 'center', vertical: 'middle' } } });
  const hr = p.header(['Ref', 'Ref 2018/19', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Days overdue', 'Status', 'Comments'], { style: { fill: C.palegrey } });
  const acts = [
    ['FA19-01', 'FA18-03', '1', 'Set a target for the proportion of BME staff in paramedic and team leader roles in each division.', 'Head of Workforce Planning', D(2019, 10, 31), 'Complete', 'Targets in the divisional workforce plans from October.'],
    ['FA19-02', 'FA18-04', '2', 'Hold positive-action recruitment days with community groups in the three largest cities in our area.', 'Recruitment Manager', D(2019, 11, 30), 'Behind', 'Two of three events held; the third is being rearranged with the mosque association.'],
    ['FA19-03', '', '2', 'Put BME staff on the interview panels for all student paramedic intakes.', 'Recruitment Manager', D(2020, 3, 31), 'On track', 'Eleven BME panel members trained so far.'],
    ['FA19-04', 'FA18-06', '3', 'Have an independent manager check every decision to start a formal disciplinary case against a BME member of staff.', 'Head of HR Operations', D(2019, 9, 30), 'Complete', ''],
    ['FA19-05', '', '4', 'Monitor who is released for non-mandatory training, including the Advanced Practitioner course, by ethnicity.', 'Head of Education and Training', D(2020, 3, 31), 'Not yet started', 'Data set being agreed with the Education team.'],
    ['FA19-06', 'FA18-08', '5', 'Support crews to report racist abuse from patients and the public and make sure every report gets a follow-up call.', 'Head of Security and Violence Reduction', D(2019, 12, 31), 'Behind', 'Reporting rose 40%; follow-up calls made for just over half of reports.'],
    ['FA19-07', '', '6, 8', 'Train 40 Freedom to Speak Up and equality advocates across stations and the control rooms.', 'Freedom to Speak Up Guardian', D(2020, 2, 29), 'On track', '31 advocates trained; control room course in February.'],
    ['FA19-08', 'FA18-10', '7', 'Start a reciprocal mentoring scheme pairing BME staff with members of the executive team.', 'Head of Organisational Development', D(2019, 12, 31), 'On track', 'Pairs matched; first meetings in January.'],
    ['FA19-09', '', '9', 'Include race equality in the Board\'s development programme for 2019/20.', 'Trust Secretary', D(2019, 7, 31), 'Complete', 'Board session held on 4 July.'],
  ];
  const first = hr + 1;
  for (const [ref, old, ind, a, lead, due, st, com] of acts) {
    const over = st === 'Complete' || due >= rev ? 0 : days(rev, due);
    p.action([ref, old, ind, a, lead, due, { formula: `IF(OR(H${p.r + 1}="Complete",F${p.r + 1}>=ReviewDate),0,ReviewDate-F${p.r + 1})`, result: over }, st, com], { ref, indicators: ind.split(', '), action: a, lead, due: shown(due, F), status: st, rag: { Complete: 'green', 'On track': 'green', Behind: 'amber' }[st] ?? null, progress: com },
      { styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }, { numFmt: '0', alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}] });
  }
  const last = p.r;
  ws.addConditionalFormatting({ ref: `G${first}:G${last}`, rules: [{ type: 'iconSet', iconSet: '3Flags', reverse: true, priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }, { type: 'num', value: 31 }] }] });
  cfWords(ws, `H${first}:H${last}`, [['Complete', C.green], ['On track', C.lightgreen], ['Behind', C.amber]]);
  listDV(ws, `H${first}:H${last}`, '"Not yet started,On track,Behind,Complete"');
  ws.getColumn('B').hidden = true;
  ws.autoFilter = `A${hr}:I${last}`;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: hr, topLeftCell: `A${hr + 1}` }];
  p.blank();
  p.line(['Plan owner: Equality and Inclusion Manager. Next review: Workforce Committee, April 2020.'], { merge: ['A', 'I'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  const over = Object.fromEntries(acts.map(([ref, , , , , due, st], i) => [first + i, st === 'Complete' || due >= rev ? 0 : days(rev, due)]));
  p.saveGold("Original plan (fictional ambulance trust). A green title bar, a subtitle, a 'Reviewed: 31.01.20' line (the date cell is the named range ReviewDate) and an italic line explaining the flags, then a TWO-TIER HEADER: row 5 'ACTION' over A:E, 'TIMESCALE' over F:G, 'PROGRESS' over H:I (merged, grey), row 6 'Ref | Ref 2018/19 | WRES indicator | Action | Lead | Target date | Days overdue | Status | Comments' (autofilter, frozen). Column B (last year's refs) is HIDDEN. Days overdue is a FORMULA (0 when Complete or not yet due, else ReviewDate − Target date) shown WITH A 3-FLAG ICON SET (green 0, amber 1–30, red over 30). Status is typed from a drop-down and coloured only by conditional formats (Complete green, On track light green, Behind amber; 'Not yet started' white). A plan-owner line sits below. Judgement calls: rag comes from the STATUS cell's conditional colour, not from the lateness flags – FA19-02 and FA19-06 show red flags (62 and 31 days) but their status is 'Behind' (amber), and FA19-08 is 31 days past its date with a red flag while the lead still reports 'On track' (green); Days overdue is a derived figure, never a status, due or progress; both header rows are header rows; the hidden last-year refs are not refs (ref = Ref, 'FA19-01'); due = Target date as shown (dd.mm.yy); progress = Comments (FA19-04 empty); indicators from the WRES indicator column ('6, 8' → ['6','8']); theme null.",
    { mode: 'cf', ragCol: 'H', dv: { col: 'H' }, formulaCols: ['G'], blankResult: ['G'], iconCol: 'G', hiddenCols: ['B'], notFrom: ['B'], notMeasure: ['G'], names: ['ReviewDate'], overdue: over });
}
