// holdout41-wres-2018-19-tamsworth: a community trust's WRES plan kept by one workforce adviser, Tahoma. Who leads and by when are typed
// TOGETHER in one 'Who / when' cell in several ways ('KM – end Q2', 'Recruitment team, Sept 18', 'Heads of Service / by March', 'KM' then
// 'Q3' on a second line), sometimes only a name or only a date; 'Done?' holds 'Y', 'N' or 'part' with no key and no colour.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tamsworth Community Healthcare NHS Trust';
  const font = { name: 'Tahoma', size: 10 };
  const p = new Plan(book, { name: 'holdout41-wres-2018-19-tamsworth', sheet: 'WRES 2018', standard: 'WRES', period: '2018-19', trust, widths: [5, 10, 62, 26, 8], font });
  p.line(['', '', 'WRES 2018 – action plan'], { style: { bold: true, font: { size: 12 } } });
  p.line(['', '', `${trust}  |  Workforce team`]);
  const based = p.line(['', '', '(based on the WRES data submitted in July 2018 – see the board paper for the figures)'], { style: { italic: true } });
  p.blank();
  p.header(['No', 'Indicator', 'What are we going to do?', 'Who / when', 'Done?'], { style: { fill: C.paleblue } });
  const act = (no, ind, a, cell, lead, due, st) => p.action([no, ind, a, cell, st], { ref: no, indicators: ind.match(/\d+/g), action: a, lead, due, status: st }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  act('1', '1', "Split the BME workforce figures by service line (adults' community, children's, dental) in the quarterly workforce report.", 'KM – end Q2', 'KM', 'end Q2', 'Y');
  act('2', '2', "Put the trust's equality statement and the BME network's contact details on every job advert.", 'Recruitment team, Sept 18', 'Recruitment team', 'Sept 18', 'Y');
  act('3', '2', 'Pilot values-based interview questions for district nursing posts in the north locality.', 'Heads of Service / by March', 'Heads of Service', 'by March', 'part');
  act('4', '3', 'Ask the HR advice team to record ethnicity for every employee relations case from the informal stage onwards.', 'KM\nQ3', 'KM', 'Q3', 'N');
  act('5', '4', 'Advertise the CPD fund to community staff through the locality newsletters as well as by email.', 'Sept 18', '', 'Sept 18', 'Y');
  act('6', '5, 6', "Agree with the security lead how lone workers report racist abuse in patients' homes, and tell staff.", 'Dir of Ops / Mar 19', 'Dir of Ops', 'Mar 19', 'part');
  act('7', '7', 'Start a BME staff network with an executive sponsor and protected time to attend.', 'Chief Exec – Oct 18', 'Chief Exec', 'Oct 18', 'Y');
  act('8', '9', 'Report the ethnicity of Board members in the annual report.', 'Trust Sec', 'Trust Sec', '', 'N');
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Invented layout: a community trust's WRES plan kept by one workforce adviser, Tahoma 10 on sheet 'WRES 2018', the text starting in column C above a table in A:E: title 'WRES 2018 – action plan', the trust with '| Workforce team', an italic line '(based on the WRES data submitted in July 2018 …)' (row ${based}), a blank row, one pale-blue header 'No | Indicator | What are we going to do? | Who / when | Done?' (row 5) and eight numbered actions. WHO AND WHEN SHARE ONE CELL, written in four ways – 'KM – end Q2', 'Recruitment team, Sept 18', 'Heads of Service / by March', 'KM' and 'Q3' on two lines of one cell – and twice only one half ('Sept 18' alone; 'Trust Sec' alone). 'Done?' holds 'Y', 'N' or 'part', uncoloured, with no key. Judgement calls: the 'Who / when' cell is split as the keeper meant it – lead = the person or team, due = the timing ('KM – end Q2' → lead 'KM', due 'end Q2'; 'Heads of Service / by March' → 'Heads of Service', 'by March'); a date alone gives lead '' (row 10), a name alone gives due '' (row 13); the 'July 2018' data line is not a due; the plan's period is the WRES year it answers (2018 data → 2018-19); ref = No; indicators from the Indicator column ('5, 6' → ['5','6']); status = the Done? entry as written ('Y', 'N', 'part'), rag null (no colour, no key); no theme or progress.`,
    { dataRows: [based], indCol: { col: 'B' }, whoWhen: { col: 'D' }, forbidden: ['July 2018', 'Workforce team'] });
}
