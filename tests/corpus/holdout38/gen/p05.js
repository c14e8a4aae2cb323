// holdout38-wres-2019-20-lanthorn: an acute trust's WRES plan with a GANTT STRIP – twelve month columns (real dates shown mmm-yy,
// Apr-19 … Mar-20) whose cells are SHADED (no mark, no text) in the months each action runs – between the Lead and a Status column;
// a swatch key under the grid.
import { Book, Plan, C, D, colLetter } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lanthorn General Hospitals NHS Trust';
  const months = Array.from({ length: 12 }, (_, i) => D(2019 + (i >= 9 ? 1 : 0), ((i + 3) % 12) + 1, 1));
  const p = new Plan(book, { name: 'holdout38-wres-2019-20-lanthorn', sheet: 'WRES 2019-20', standard: 'WRES', period: '2019-20', trust, widths: [5, 8, 50, 24, ...months.map(() => 6.5), 16] });
  const last = colLetter(4 + 12 + 1);
  p.line([`${trust}`], { merge: ['A', last], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2019/20 and delivery timeline'], { merge: ['A', last], style: { bold: true } });
  p.line(['Shaded months show when each action is being delivered. Status as reported to the Workforce and Education Committee, March 2020.'], { merge: ['A', last], style: { italic: true } });
  p.blank();
  const hdr = p.header(['No', 'WRES', 'Action', 'Lead', ...months, 'Status'], { style: { fill: C.darkblue, color: C.white, alignment: { horizontal: 'center' } } });
  for (let c = 5; c <= 16; c++) p.ws.getRow(hdr).getCell(c).numFmt = 'mmm-yy';
  p.ws.getRow(hdr).height = 28;
  const SH = C.lightblue;
  // [no, wres, inds, action, lead, firstMonth, lastMonth (0-based), status, progress?]
  const acts = [
    ['1', '1', ['1'], 'Publish workforce ethnicity by band and division in the annual WRES report and on the intranet.', 'Head of Workforce Information', 3, 5, 'Complete'],
    ['2', '2', ['2'], 'Review every job advert template to remove unnecessary criteria and add the Trust’s inclusion statement.', 'Recruitment Manager', 0, 2, 'Complete'],
    ['3', '2', ['2'], 'Pilot diverse interview panels for all Band 7 and above posts in the Surgery division.', 'Divisional HR Business Partner (Surgery)', 4, 11, 'On track'],
    ['4', '3', ['3'], 'Require a second opinion from a senior HR adviser before any BME colleague is moved to a formal disciplinary stage.', 'Head of Employee Relations', 1, 3, 'Complete'],
    ['5', '4', ['4'], 'Monitor who is released for non-mandatory training and CPD by ethnicity each quarter.', 'Head of Learning and Development', 0, 11, 'On track'],
    ['6', '5 & 6', ['5', '6'], 'Hold listening events with BME nurses and midwives on bullying from patients and colleagues, and agree actions with them.', 'Deputy Chief Nurse', 6, 8, 'Delayed'],
    ['7', '7', ['7'], 'Launch a “Stepping Up” development programme for BME staff in Bands 5 to 7.', 'Head of Organisational Development', 5, 10, 'On track'],
    ['8', '8', ['8'], 'Include a session on race and discrimination in the management essentials course.', 'Head of Organisational Development', 2, 6, 'Complete'],
    ['9', '9', ['9'], 'Brief the nominations committee on the Board’s ethnic mix before the next two non-executive appointments.', 'Trust Secretary', 9, 11, 'Not started'],
    ['10', '5 & 6', ['5', '6'], 'Introduce Freedom to Speak Up ambassadors from the BME Staff Network.', 'Freedom to Speak Up Guardian', 7, 7, 'Complete'],
  ];
  const mShown = (i) => { const d = months[i]; return `${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}`; };
  for (const [no, w, inds, act, lead, a, b, st] of acts) {
    const styles = [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, ...months.map((_, i) => (i >= a && i <= b ? { fill: SH } : {})), {}];
    p.action([no, w, act, lead, ...months.map(() => ''), st], { ref: no, indicators: inds, action: act, lead, due: mShown(b), status: st }, { styles });
  }
  p.blank();
  const key = p.line(['', '', 'Key: shaded cell = month(s) in which the action is delivered', '', ''], { styles: [{}, {}, {}, {}, { fill: SH }] });
  p.ws.getCell(`E${key}`).border = {};
  p.line(['', '', 'Actions carried forward will appear in the 2020/21 plan.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust) with a GANTT STRIP (sheet 'WRES 2019-20'): title, subtitle and an italic note ('Shaded months show when each action is being delivered. Status as reported … March 2020'), then one header row 'No | WRES | Action | Lead | Apr-19 | May-19 | … | Mar-20 | Status' – the twelve month headers are REAL DATES shown mmm-yy. Each action's month cells are EMPTY but SHADED light blue in the months it runs (no 'x', no text). There is no date column. Ten actions numbered 1–10. Judgement calls: due = the header of the LAST shaded month as shown ('Jun-19' for an action shaded Apr-19 to Jun-19; 'Nov-19' for a single shaded month), dueSource 'column' – the first shaded month is a start, not a due; indicators from the WRES column ('5 & 6' → ['5','6']); status = the Status word as written ('Complete', 'On track', 'Delayed', 'Not started'), no fill and no key for it, so rag null – the light-blue shading is the timeline, not a RAG colour; no progress column; theme null. Under the grid a KEY row whose swatch is a filled empty cell beside the words 'Key: shaded cell = …', and a carry-forward note – neither is an action.",
    { gantt: { headerRow: hdr, from: 5, to: 16, mark: 'fill' } });
}
