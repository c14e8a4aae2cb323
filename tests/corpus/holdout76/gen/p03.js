// holdout76-wres-2018-19-pelsworth: mental health and learning disability FT, the Equality Steering Group's tracker, kept by an HR
// business partner (KL) with the network chair (HN) and others adding lines. Section rows by theme, RAG letters typed in several ways
// (C, G, g, 'G ', A, Amber, R), some on fills and some not, a running progress log in each cell, and one row where the RAG letter was
// typed in the When column and the month in the RAG column.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pelsworth Care NHS Foundation Trust';
  const font = { name: 'Tahoma', size: 9 };
  const p = new Plan(book, { name: 'holdout76-wres-2018-19-pelsworth', sheet: 'WRES 18-19 tracker', standard: 'WRES', period: '2018-19', trust, widths: [6, 7, 54, 26, 12, 8, 54], font });
  p.line([trust], { style: { bold: true, font: { size: 12 }, color: C.darkblue } });
  p.line(['WRES action tracker 2018/19 – Equality Steering Group'], { style: { bold: true } });
  p.line(['RAG:   C = complete (blue)    G = on track (green)    A = some slippage (amber)    R = off track / not started (red)'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Ind', 'Action', 'Who', 'When', 'RAG', 'Progress'], { style: { fill: C.lilac } });
  p.ws.views = [{ state: 'frozen', ySplit: 5, topLeftCell: 'A6', activeCell: 'G6' }];
  const FILL = { blue: C.lightblue, green: C.green, amber: C.amber, red: C.red };
  const WORD = { C: 'blue', G: 'green', g: 'green', A: 'amber', Amber: 'amber', R: 'red' };
  const secs = []; let theme = null; const misplaced = {};
  const rows = [
    ['RECRUITMENT & PROGRESSION'],
    ['P1', '1', 'Map where BME nurses leave the career ladder (Band 5 to 6, Band 6 to 7) in each inpatient service and share the map with the nursing leadership team.', 'Workforce Intelligence Lead', D(2018, 9, 1), 'mmm-yy', 'C', true,
      'AS 30/08: map done – biggest drop is 5→6 on the rehab wards\nAS 12/09: presented at Nursing Leadership Team'],
    ['P2', '2', 'Put an independent panel member from a different service on every interview for Band 6 posts and above.', 'Head of Recruitment', 'A', null, 'Jan 19', 'amberOnRag',
      'KL 05/11: pool of 22 panel members trained\nKL 14/01: only 60% of panels covered – not enough panellists for night-shift interviews', { due: 'Jan 19', status: 'A', rag: 'amber' }],
    ['P3', '7', 'Reverse mentoring: pair eight BME support workers and nurses with executive directors for six months.', 'Hafsa Noor', '31/3/19', null, 'g', true,
      'HN 01/10: 8 pairs matched\nHN 10/12: 2 pairs have stopped meeting – chasing'],
    ['FAIR TREATMENT'],
    ['P4', '3', 'Apply a “pause and check” before any formal disciplinary investigation of a BME member of staff, signed off by the Deputy Director of HR.', 'DDHR', D(2018, 6, 30), 'dd/mm/yyyy', 'C', false,
      'In place since June – 11 cases checked, 4 resolved informally (KL 02/10)'],
    ['P5', '4', 'Check who is released for non-mandatory training in each locality and challenge localities where BME staff are under-represented.', 'L&D manager', 'end Q3', null, 'R', true,
      'No data yet – the learning system report is not working. KL 20/12'],
    ['P6', '5', 'Agree a zero-tolerance statement on racist abuse from service users and add a “race” box to the violence and aggression incident form.', 'Head of Patient Safety', 'Nov 2018', null, 'Amber', true,
      'HN 04/11: statement agreed by ward managers; incident form change waiting for IT'],
    ['CULTURE & VOICE'],
    ['P7', '6', 'Set up a race equality network with two hours’ protected time a month for its members.', 'HN', 'Oct 18', null, 'G ', false,
      'Network chair elected 17/10. 41 members (HN)'],
    ['P8', '8', 'Run “Let’s talk about race” sessions for every team manager group and record how many attend.', 'Hafsa Noor / OD team', D(2019, 3, 31), 'd mmm yyyy', 'A', false,
      'OD 15/01: 5 of 12 manager groups done'],
    ['BOARD & GOVERNANCE'],
    ['P9', '9', 'Ask the Council of Governors’ nominations committee to set a target for BME candidates on the long list for each non-executive vacancy.', 'Company Secretary', 'March 2019', null, 'G', true,
      'Agreed at NomCom 06/12 – one vacancy in 2019'],
  ];
  for (const row of rows) {
    if (row.length === 1) { secs.push(p.line([row[0]], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.grey } })); theme = row[0]; continue; }
    const [ref, ind, act, who, when, f, rag, filled, prog, over] = row;
    const whenShown = when instanceof Date ? shown(when, f) : when;
    if (over) {
      // the RAG letter typed into When and the month typed into RAG; the amber fill was already on the RAG cell
      const r = p.action([ref, ind, act, who, when, rag, prog], { ref, indicators: [ind], theme, action: act, lead: who, due: over.due, status: over.status, rag: over.rag, progress: prog },
        { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { fill: C.amber, alignment: { horizontal: 'center' } }, {}] });
      misplaced[r] = { due: { col: 'F' }, status: { col: 'E' } };
      continue;
    }
    const st = rag.trim();
    p.action([ref, ind, act, who, when, rag, prog], { ref, indicators: [ind], theme, action: act, lead: who, due: whenShown, status: st, rag: WORD[st], progress: prog },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, f ? { numFmt: f, alignment: { horizontal: 'left' } } : {}, { ...(filled ? { fill: FILL[WORD[st]] } : {}), bold: true, alignment: { horizontal: 'center' } }, {}] });
  }
  p.blank();
  p.line(['Saved 21/01/19 KL. Please don’t delete rows – mark them C when done.'], { style: { italic: true, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability FT) kept as a tracker for the Equality Steering Group by an HR business partner (KL), with the race equality network chair (HN), the workforce intelligence lead (AS) and the OD team adding lines. Sheet 'WRES 18-19 tracker', Tahoma 9: trust name, title, a merged italic RAG key ('C = complete (blue) G = on track (green) A = some slippage (amber) R = off track / not started (red)'), a blank row, the header 'Ref | Ind | Action | Who | When | RAG | Progress' (row 5, frozen), four grey SECTION rows merged across (RECRUITMENT & PROGRESSION, FAIR TREATMENT, CULTURE & VOICE, BOARD & GOVERNANCE) with nine actions P1–P9 under them, a blank row and a grey 'Saved 21/01/19 KL' line. RAG letters typed 'C', 'G', 'g', 'G ' (trailing space), 'A', 'Amber', 'R'; some cells filled in the key colour, some left plain. When written as real dates ('Sep-18' mmm-yy, '30/06/2018', '31 Mar 2019') and typed text ('31/3/19', 'end Q3', 'Nov 2018', 'Oct 18', 'March 2019'). Judgement calls: ROW 7 (P2) HAS ITS RAG LETTER AND ITS MONTH IN EACH OTHER'S COLUMNS – 'A' in When and 'Jan 19' in RAG (the amber fill sits on the RAG cell with the month); a careful reader takes due 'Jan 19' and status 'A' (amber, as the letter and the fill both say). Status = the letter or word as typed (trailing space dropped, lower-case 'g' kept); rag = the fill where the cell is coloured, otherwise the letter read through the key ('C' unfilled → blue, 'G' / 'A' unfilled → green / amber). Theme = the section row above. Lead = Who as written ('DDHR', 'HN', 'Hafsa Noor / OD team', titles); the initials in the progress log lead nothing. Progress = the whole Progress cell with its dated, initialled lines; those dates and the saved date are no dues. Ref = Ref; indicators from Ind.",
    { mode: 'fillOrWord', ragCol: 6, words: WORD, sections: secs, cols: { ref: 'A', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' }, misplaced, indCol: 'B', forbidden: ['21/01/19', 'KL'] });
}
