// holdout30-wres-2018-19-cherrydown: an acute trust's HR working copy. An urgent action was inserted ABOVE the header row after the
// December JNCC; the header itself has typos ('Acton', 'Timscale'); statuses typed in lower case with no colour; indicators as 'ind 2', '5/6', 'all'.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cherrydown Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout30-wres-2018-19-cherrydown', sheet: 'Sheet1', standard: 'WRES', period: '2018-19', trust, widths: [8, 60, 20, 12, 14, 40], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { style: { bold: true } });
  p.line(['', 'WRES actions 2018/19 - working copy (HR)  *do not circulate*'], { style: { italic: true } });
  const up = p.action(['5/6', 'URGENT - agree a zero tolerance statement on abuse of staff by patients and public, signed by the Chief Exec, after this year\'s survey results', 'Chief Exec / HR Dir', 'Jan 19', 'in progress', 'added after Dec JNCC - draft with comms'],
    { indicators: ['5', '6'], action: 'URGENT - agree a zero tolerance statement on abuse of staff by patients and public, signed by the Chief Exec, after this year\'s survey results', lead: 'Chief Exec / HR Dir', due: 'Jan 19', status: 'in progress', progress: 'added after Dec JNCC - draft with comms' }, { style: { fill: C.yellow } });
  const hr = p.header(['Ind', 'Acton', 'Who', 'Timscale', 'Status', 'notes'], { style: { fill: C.grey } });
  const rows = [
    ['ind 1', ['1'], 'Pull ethnicity by band for every division and send to the divisional directors with a short note of where the gaps are', 'Workforce info', 'Sept 18', 'done', 'sent 28/9'],
    ['ind 2', ['2'], 'Make sure every band 7+ interview panel has a BME member - ask the BME staff network for volunteers', 'Recruitment mgr', 'Oct 18', 'on going', 'only 9 volunteers so far'],
    ['ind 2', ['2'], 'Look at whether we can anonymise application forms on NHS Jobs', 'Recruitment mgr', 'Dec 18', 'not started', ''],
    ['3', ['3'], 'Second senior manager to check every disciplinary case involving a BME employee before it goes to formal', 'Head of ER', 'Nov 18', 'in progress', 'pilot in medicine division'],
    ['4', ['4'], 'Find out why BME staff get less non-mandatory training - short survey through the network', 'L&D lead', 'Feb 19', 'not started', 'Survey Monkey?'],
    ['7', ['7'], 'Career clinics for BME band 5 and 6 nurses, two a quarter', 'Deputy DoN', 'Mar 19', 'on going', '1st one 14 Nov - 22 came'],
    ['9', ['9'], 'Talk to NHS Improvement about the NExT director scheme for our next NED vacancy', 'Company sec', 'Mar 19', 'not started', ''],
    ['all', ALL_WRES, 'Report WRES progress to the Workforce Cttee every 6 months', 'HR Dir', '6 monthly', 'done', 'Oct paper went'],
  ];
  for (const [ind, inds, a, lead, due, st, note] of rows) p.action([ind, a, lead, due, st, note], { indicators: inds, action: a, lead, due, status: st, progress: note });
  p.blank();
  p.line(['', 'last saved by JW 11/01/19'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) kept as an HR manager's working copy on 'Sheet1', Calibri 11: the trust name (row 1), an italic 'working copy (HR) *do not circulate*' line in column B (row 2), then ONE ACTION TYPED ABOVE THE HEADER (row 3, filled yellow, starting 'URGENT - …', with its own indicator, lead, date, status and note – inserted after the December JNCC), the grey header on row 4 with two TYPOS ('Ind | Acton | Who | Timscale | Status | notes'), eight actions below, a blank row and a 'last saved by JW' line. Indicators typed loosely: 'ind 1', '5/6', '3', 'all'. Statuses typed in lower case with no fill or font colour ('done', 'on going', 'in progress', 'not started'). Judgement calls: row 3 is an action although it sits above the header (it has every field the header names, in the same columns) – the yellow fill marks it as urgent, not a status colour, so rag null; the typo headers are read for what they plainly mean (Acton = action, Timscale = timescale); '5/6' → ['5','6'], 'ind 2' → ['2'], 'all' → all nine; status words as typed, rag null (no colour); the 'notes' column is the progress (updates on the action), kept as written, '' where empty; due as typed ('Sept 18', 'Jan 19', '6 monthly'); theme null (no sections); the 'last saved by' line is not an action.", { aboveHeader: { actionRow: up, headerRow: hr } });
}
