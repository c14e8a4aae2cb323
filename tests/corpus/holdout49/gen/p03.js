// holdout49-wres-2023-24-fenmarsh: a mental health trust's WRES plan whose progress is a '% complete' column (real numbers shown 0%,
// under a blue data-bar conditional format) beside Start / End dates and an exec sponsor as well as an action owner.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fenmarsh and Holt Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout49-wres-2023-24-fenmarsh', sheet: 'Plan', standard: 'WRES', period: '2023-24', trust, widths: [6, 24, 48, 20, 26, 10, 10, 11, 44] });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: C.navy } });
  p.line(['Workforce Race Equality Standard – action plan 2023/24 – position at 31 December 2023'], { merge: ['A', 'I'], style: { bold: true } });
  p.line(['Purpose'], { style: { bold: true } });
  p.line(['This plan responds to the 2023 WRES data and the Trust Board\'s anti-racism commitment. Action owners update the % complete each quarter; the exec sponsor signs it off.'], { merge: ['A', 'I'], height: 30 });
  p.blank();
  const h = p.header(['Ref', 'Objective', 'Action', 'Exec Sponsor', 'Action Owner', 'Start', 'End', '% complete', 'Update'], { style: { fill: C.navy, color: C.white } });
  const F = 'mmm-yy';
  const O1 = 'Fair recruitment and progression (WRES 1, 2, 4)', O2 = 'Zero tolerance of racism (WRES 5, 6, 8)', O3 = 'Fair processes (WRES 3)', O4 = 'Leadership (WRES 7, 9)';
  const rows = [
    ['F1', O1, 'Add a trained inclusion ambassador to every interview panel for band 8a posts and above.', 'Chief People Officer', 'Head of Resourcing', D(2023, 4, 1), D(2023, 9, 30), 1, 'Ambassador on all 8a+ panels since August.', ['2']],
    ['F2', O1, 'Set a target for BME representation at band 7 and above in each care group and report it quarterly.', 'Chief People Officer', 'Workforce Intelligence Lead', D(2023, 5, 1), D(2023, 12, 31), 0.75, 'Targets agreed in three of four care groups.', ['1']],
    ['F3', O1, 'Publish a list of every CPD place funded this year by ethnicity and band.', 'Chief Nurse', 'Head of Education', D(2023, 7, 1), D(2024, 3, 31), 0.25, 'Data pulled for Q1–Q2; first list due February.', ['4']],
    ['F4', O2, 'Roll out the "Call it out" anti-racism training to every ward and community team manager.', 'Chief Executive', 'Inclusion Lead', D(2023, 6, 1), D(2024, 3, 31), 0.6, '212 of 350 managers trained.', ['5', '6']],
    ['F5', O2, 'Bring in a racist incident reporting route on Datix with feedback to the reporter within 14 days.', 'Chief Nurse', 'Head of Patient Safety', D(2023, 9, 1), D(2024, 2, 29), 0.1, 'Datix form change requested; supplier date awaited.', ['5']],
    ['F6', O2, 'Launch reverse mentoring between BME staff and every executive director.', 'Chief Executive', 'Inclusion Lead', D(2023, 4, 1), D(2023, 10, 31), 1, 'Nine pairs running.', ['8']],
    ['F7', O3, 'Send every case that might go to a formal disciplinary to the pre-formal decision panel first.', 'Chief People Officer', 'Head of Employee Relations', D(2023, 4, 1), D(2023, 6, 30), 1, 'Panel live since June; 11 cases resolved informally.', ['3']],
    ['F8', O4, 'Run a second cohort of the Stepping Forward leadership programme for BME staff at bands 5–7.', 'Chief People Officer', 'Head of OD', D(2023, 10, 1), D(2024, 3, 31), 0, 'Cohort starts January.', ['7']],
    ['F9', O4, 'Use a diverse-shortlist search firm for the next non-executive director appointment.', 'Trust Chair', 'Company Secretary', D(2024, 1, 1), D(2024, 3, 31), 0, '', ['9']],
  ];
  for (const [ref, obj, act, exec, own, s, e, pc, upd, inds] of rows) {
    p.action([ref, obj, act, exec, own, s, e, pc, upd], { ref, indicators: (/\(WRES ([\d, ]+)\)/.exec(obj))[1].split(', '), action: act, lead: own, due: shown(e, F), status: `${Math.round(pc * 100)}%`, progress: upd }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, { numFmt: F }, { numFmt: '0%', alignment: { horizontal: 'center' } }] });
  }
  p.ws.addConditionalFormatting({ ref: `H${h + 1}:H${p.r}`, rules: [{ type: 'dataBar', minLength: 0, maxLength: 100, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }], color: { argb: 'FF638EC6' } }] });
  p.ws.views = [{ state: 'frozen', ySplit: h, xSplit: 0 }];
  p.blank();
  p.line(['Signed off: Chief People Officer, 11 January 2024'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health foundation trust) as its Q3 position: the trust (row 1, navy), the plan line with 'position at 31 December 2023' (row 2), a bold 'Purpose' label and its paragraph (rows 3–4), a blank row, one navy header 'Ref | Objective | Action | Exec Sponsor | Action Owner | Start | End | % complete | Update' (row 6, frozen), nine actions F1–F9, and a sign-off line. PROGRESS IS RECORDED AS A '% complete' COLUMN: real numbers (1, 0.75 …) shown as 100%, 75%, 60%, 25%, 10%, 0%, with a blue DATA-BAR conditional format over them (a bar, not a traffic light). The Objective column repeats the objective on every row and names the WRES indicators the objective covers as a group ('Fair recruitment and progression (WRES 1, 2, 4)'). Judgement calls: status = the percentage as shown ('75%'; '0%' kept – it is a stated position, not a blank); rag null (a data bar is not a RAG colour and there is no key); 100% is not turned into 'Complete'; progress = Update, '' where empty; lead = Action Owner – the Exec Sponsor signs off and is not the lead; due = End as shown (mmm-yy), never Start; indicators = every indicator the row's Objective cell names in its bracket ('(WRES 1, 2, 4)' → ['1','2','4'], in written order) – the only place the sheet names indicators, so each action carries its objective's list and none is narrowed by guessing from the action's wording; theme null – the Objective column is a repeated label, not a section row; the sign-off date is not a due.", { statusCol: 'H', progressCol: 'I', notFrom: ['D'] });
}
