// holdout36-wdes-2020-21-amberleigh: an acute trust's WDES plan as its keeper prepares it for each committee: a 'Last updated' date on
// every row and a 'Since last report' flag (NEW / UPDATED / NO CHANGE, coloured fonts), beside a plain Status column without colours.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Amberleigh Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout36-wdes-2020-21-amberleigh', sheet: 'WDES action plan', standard: 'WDES', period: '2020-21', trust, widths: [7, 8, 50, 24, 12, 13, 15, 14, 40], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}`], { style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard – action plan 2020/21'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Version for the Equality and Inclusion Committee, 22 January 2021. “Since last report” shows what has changed since the October committee.'], { merge: ['A', 'I'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Metric', 'Action', 'Lead', 'Due date', 'Last updated', 'Since last report', 'Status', 'Progress'], { style: { fill: 'FF7030A0', color: C.white } });
  const df = 'dd/mm/yyyy';
  const FL = { NEW: 'FF00B050', UPDATED: 'FF0070C0', 'NO CHANGE': 'FF808080' };
  const acts = [
    ['WD1', '1', 'Run an ESR self-service campaign on disability declaration with the Disability and Wellbeing Network.', 'Workforce Information Manager', D(2021, 3, 31), D(2021, 1, 14), 'UPDATED', 'In progress', 'Declaration up from 3.1% to 3.9% since October.'],
    ['WD2', '2', 'Sign up to Disability Confident Leader and guarantee interviews for disabled applicants who meet the essential criteria.', 'Head of Resourcing', D(2020, 12, 31), D(2020, 12, 18), 'UPDATED', 'Complete', 'Leader status confirmed 16 December.'],
    ['WD3', '3', 'Check whether disabled staff are more likely to enter capability processes, using two years of case data.', 'Employee Relations Manager', D(2021, 3, 31), D(2020, 10, 2), 'NO CHANGE', 'Not started', ''],
    ['WD4', '4', 'Add disability to the Datix incident form for abuse against staff so that incidents can be analysed.', 'Head of Risk', D(2021, 2, 28), D(2021, 1, 11), 'UPDATED', 'In progress', 'Form change approved; goes live in February.'],
    ['WD5', '5', 'Make sure promotion and secondment adverts state that adjustments are available throughout the process.', 'Head of Resourcing', D(2021, 1, 31), D(2020, 10, 2), 'NO CHANGE', 'In progress', 'Template wording drafted.'],
    ['WD6', '6', 'Publish guidance for managers on phased returns and working from home for disabled staff during the pandemic.', 'Head of Health and Wellbeing', D(2020, 11, 30), D(2020, 11, 27), 'NO CHANGE', 'Complete', 'Guidance issued 27 November.'],
    ['WD7', '7', 'Hold quarterly listening sessions for disabled staff with the Chief Nurse and the network chair.', 'Chief Nurse', D(2021, 3, 31), D(2021, 1, 8), 'UPDATED', 'In progress', 'Second session held online on 7 January.'],
    ['WD8', '8', 'Set up a central reasonable adjustments budget so that equipment is not paid for by the employing ward.', 'Deputy Director of Finance', D(2021, 3, 31), D(2021, 1, 19), 'NEW', 'Not started', 'Proposal to go to the Executive in February.'],
    ['WD9', '10', 'Report the Board\'s disability declaration in the annual report, with a narrative on support for disabled Board members.', 'Company Secretary', D(2021, 6, 30), D(2021, 1, 19), 'NEW', 'Not started', ''],
  ];
  for (const [ref, m, act, lead, due, lu, flag, st, prog] of acts)
    p.action([ref, m, act, lead, due, lu, flag, st, prog], { ref, indicators: [m], action: act, lead, due: shown(due, df), status: st, progress: prog },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: df }, { numFmt: df, color: 'FF808080' }, { bold: true, color: FL[flag] }, {}, {}] });
  p.blank();
  p.line(['NEW = added since the last report; UPDATED = progress or status changed; NO CHANGE = as at the last report.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute teaching trust) kept for committee reporting: trust line, title, an italic version line (Equality and Inclusion Committee, 22 January 2021; 'Since last report' shows changes since October), a purple header 'Ref | Metric | Action | Lead | Due date | Last updated | Since last report | Status | Progress', nine actions and a flag key line. Each row carries its own 'Last updated' date (grey font) and a 'Since last report' FLAG in coloured bold font (NEW green, UPDATED blue, NO CHANGE grey); the Status column holds plain words without colour ('Complete', 'In progress', 'Not started'). Judgement calls: due = Due date as shown (dd/mm/yyyy) – the Last updated date is when the row was last touched, never a due or a completed date; the flag is a reporting marker, not a status – status = the Status word, and rag null throughout (the plan colours no status; the flag colours are not RAG); metrics are the 2020 whole codes ('4', '10'); progress = Progress ('' where blank); ref as written; theme null.", { dueFrom: ['E'], notFrom: ['F', 'G'], forbidden: ['NEW', 'UPDATED', 'NO CHANGE'] });
}
