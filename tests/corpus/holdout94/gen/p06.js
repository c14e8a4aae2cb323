// holdout94-wres-2023-24-tolleridge: community trust, two tabs; headings in mixed case with trailing colons; a 'Previous update (Sept):'
// column beside the 'Progess update (Dec):' one; status words typed anyhow and read through the key line; one row has its due typed in
// the Lead column with no lead given.
import { Book, Plan, C } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'Tolleridge Community Health Services NHS Trust';
  const p = new Plan(book, { name: 'holdout94-wres-2023-24-tolleridge', sheet: 'Actions', standard: 'WRES', period: '2023-24', trust, widths: [7, 11, 48, 22, 12, 12, 34, 38], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}  -  WRES Action Plan 2023/24`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['status key: On track = green / Slipping = amber / Complete = blue / Not started (no colour)'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['REF:', 'metric:', 'action:', 'Lead:', 'due:', 'Status:', 'Previous update (Sept):', 'Progess update (Dec):'], { style: { fill: C.lilac } });
  const rows = [
    ['T01', 'Ind1', 'Ask every team leader to check ethnicity is recorded on ESR at the annual appraisal', 'Workforce Systems Officer', 'Mar-24', 'on track', 'Appraisal form updated.', 'form live, 41% of appraisals done so far', ['1']],
    ['T02', 'ind 2', 'Name-blind shortlisting for all community nursing and therapy posts at band 5 and above', 'Resourcing Lead', '31/12/23', 'Compelte', 'TRAC setting agreed.', 'done - live on all adverts since 02/10', ['2']],
    ['T03', 'WRES 3', 'Disciplinary process - a senior HR check before any formal investigation of a BME colleague', 'Head of HR ', 'Q3 23/24', 'ontrack', 'Checklist drafted.', 'Checklist agreed at JNCF 16/11', ['3']],
    ['T04', 'wres4', 'Publish who got study leave funding and CPD places by ethnicity every six months', 'Education Lead', 'Oct 23', 'Complete', 'Waiting for L&D data.', 'First report to Workforce Group 3rd Oct', ['4']],
    ['T05', 'ind 5 + 6', 'Train team leaders in the community nursing hubs on handling racist abuse from patients and between colleagues', 'Dec-23', '', 'Slipping', 'Trainer sourced.', 'Only 1 session run - hubs short staffed', ['5', '6'], { lead: '', due: 'Dec-23' }],
    ['T06', 'Ind 7', 'Career conversations and coaching for BME staff at bands 5-7 who want to progress', 'OD Lead', 'end of Feb', 'Not started', '', 'coaches being recruited', ['7']],
    ['T07', 'ind. 8', 'Mediation and a named senior contact for staff reporting discrimination from a manager or colleague', 'HR Business Partners', 'Mar 24', 'not started', '', '', ['8']],
    ['T08', 'ind 1', 'Set a target for BME representation at band 8a+ and report it to the board twice a year', 'Deputy Director of People', '31/3/24', 'Slipping', 'Target drafted.', 'Board slot moved to March', ['1']],
    ['T09', 'WRES9', 'Board reverse mentoring - each executive paired with a BME colleague from a clinical team', 'Chief People Officer', 'Sept 23', 'On Track', 'Pairs chosen.', 'All 6 pairs have met at least twice', ['9']],
  ];
  const words = { 'on track': 'green', ontrack: 'green', slipping: 'amber', complete: 'blue', compelte: 'blue' };
  for (const r of rows) {
    const [ref, met, act, lead, due, st, prev, prog, inds, over = {}] = r;
    p.action([ref, met, act, lead, due, st, prev, prog], { ref, indicators: inds, action: T(act), lead: T(over.lead ?? lead), due: over.due ?? due, status: T(st), rag: words[st.toLowerCase()] ?? null, progress: T(prog) }, { styles: [{}, {}, {}, {}, {}, {}, { color: 'FF808080' }, {}] });
  }
  p.ws.autoFilter = 'A4:H4';
  const d = book.wb.addWorksheet('Data 2023');
  [['WRES indicator', '2022', '2023'], ['1 - % BME staff', '11.2%', '12.6%'], ['2 - relative likelihood white v BME appointed', '1.52', '1.37'], ['3 - relative likelihood formal disciplinary', '1.90', '1.45'], ['5 - harassment from patients (BME)', '29%', '27%'], ['8 - discrimination from staff (BME)', '15%', '13%'], ['9 - BME board members', '1', '2']].forEach((v, i) => { const row = d.getRow(i + 1); v.forEach((x, j) => { row.getCell(j + 1).value = x; if (!i) row.getCell(j + 1).font = { bold: true }; }); });
  d.getColumn(1).width = 36;
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) on two tabs; the plan is on 'Actions', the second tab 'Data 2023' holds only last year's and this year's WRES figures. 'Actions': a merged title naming the trust, an italic status KEY line (On track = green / Slipping = amber / Complete = blue / Not started with no colour), a blank row, the header 'REF: | metric: | action: | Lead: | due: | Status: | Previous update (Sept): | Progess update (Dec):' (mixed case, trailing colons, and 'metric:' although it holds WRES indicators; row 4, autofilter), nine actions T01–T09. Indicators typed 'Ind1', 'ind 2', 'WRES 3', 'wres4', 'ind 5 + 6' (→ 5 and 6), 'Ind 7', 'ind. 8', 'ind 1', 'WRES9'. Dues all text ('Mar-24', '31/12/23', 'Q3 23/24', 'Oct 23', 'end of Feb', 'Mar 24', '31/3/24', 'Sept 23'). Judgement calls: ROW 9 (T05) HAS ITS DUE TYPED IN THE LEAD COLUMN ('Dec-23') and the due cell empty; a careful reader takes due 'Dec-23' and lead '' (no lead is given – none is guessed). Progress = the latest update, 'Progess update (Dec):' – the grey 'Previous update (Sept):' column gives no field. Status = the word as typed ('Compelte', 'ontrack', 'On Track', 'not started' kept); nothing is filled, so rag = the word read through the key line ('ontrack', 'On Track' → green; 'Compelte' → blue; 'Slipping' → amber); 'Not started' has no colour in the key → null. Leads as written ('HR Business Partners', 'Head of HR ' trailing space dropped). Ref = REF:. Theme null. The Data 2023 tab holds no actions.", { mode: 'word', ragCol: 6, words: { 'on track': 'green', ontrack: 'green', 'On Track': 'green', Slipping: 'amber', Complete: 'blue', Compelte: 'blue', 'Not started': null, 'not started': null }, notFrom: ['G'] });
}
