// holdout76-wdes-2019-20-scarrowby: community trust, the first WDES plan, kept by the Disability Equality Working Group (four people
// writing in it). A drop-down on Status that warns but lets people type anything, so the words drift ('in progress ', 'Inprogress', 'Done');
// leads mostly initials, explained on a second tab that names the people in full; updates as '[XX dd/mm]' lines; an 'Evidence saved?' Y/N
// column. No colour anywhere and no colour key.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Scarrowby Community Health NHS Trust';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout76-wdes-2019-20-scarrowby', sheet: 'WDES plan', standard: 'WDES', period: '2019-20', trust, widths: [6, 10, 50, 16, 12, 14, 52, 10], font });
  p.line([`${trust} – WDES action plan 2019/20`], { merge: ['A', 'H'], height: 22, style: { bold: true, color: C.white, fill: C.teal, font: { size: 12 }, alignment: { vertical: 'middle' } } });
  p.line(['Kept by the Disability Equality Working Group. Initials are explained on the “Initials” tab. Status: please pick from the drop-down.'], { merge: ['A', 'H'], style: { italic: true } });
  p.header(['Ref', 'Metric', 'What we will do', 'Lead', 'By', 'Status', 'Updates (newest at the bottom, date + initials)', 'Evidence saved?'], { style: { fill: C.palegrey, alignment: { vertical: 'middle' } } });
  p.ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 3, topLeftCell: 'D4', activeCell: 'F4' }];
  // [ref, metric cell, codes, action, lead, by, status, updates, evidence]
  const rows = [
    ['SC1', 'M1', ['1'], 'Run a “Count me in” campaign to update disability declarations on ESR self-service, with a drop-in at each health centre.', 'JT', '30/9/19', 'Complete',
      '[JT 02/09] posters out, drop-ins booked\n[JT 07/10] 11 drop-ins done – declaration rate 3.1% → 4.6%', 'Y'],
    ['SC2', 'Metric 2', ['2'], 'Guarantee an interview to disabled applicants who meet the essential criteria and check the shortlists every month.', 'r.sandhu@scarrowbych.nhs.uk', D(2019, 12, 1), 'in progress ',
      '[RS 15/10] TRAC report built\n[RS 19/11] first monthly check – 2 applicants missed, managers contacted', 'N'],
    ['SC3', '3', ['3'], 'Add a reasonable adjustments check to the capability policy so that no formal stage starts before an adjustments conversation is recorded.', 'MB', 'Q4', 'Inprogress',
      '[MB 21/11] draft policy going to JNCC in January', 'N'],
    ['SC4', 'M4', ['4'], 'Give district nursing and health visiting team leads a short guide on supporting staff who are harassed by patients in their own homes because of a disability.', 'Gill Fairley', 'Dec 2019', 'Delayed',
      '[GF 03/12] guide drafted – waiting for Safeguarding to check the lone-worker section', 'N'],
    ['SC5', 'M4', ['4'], 'Make it possible to report harassment anonymously through the staff app, with disability-related reports tagged.', 'MB\n(with Comms)', D(2020, 3, 31), 'Not started', '', ''],
    ['SC6', '5', ['5'], 'Include disabled staff in the pilot of the Band 5–6 “Stepping Up” leadership programme and monitor who is put forward.', 'Head of Learning & Development', 'end of March', 'In progress',
      '[JT 12/02] 4 of 18 places taken by disabled staff', 'Y'],
    ['SC7', '6', ['6'], 'Write a guide for managers on phased returns and flexible hours for staff with long-term conditions, with Occupational Health.', 'JT/RS', D(2020, 1, 1), 'Done',
      '[RS 20/01] on the intranet; launched at the managers’ briefing 27/01', 'Y'],
    ['SC8', 'M7', ['7'], 'Ask the staff survey provider for the disability results by service line and share them with each service manager.', 'Workforce Information Manager', 'Feb 2020', 'Complete',
      '[RS 28/02] sent to 14 service managers', 'Y'],
    ['SC9', '8', ['8'], 'Replace the paper reasonable adjustments form with an adjustments passport that moves with the member of staff between teams.', 'MB', '31/3/20', 'in progress',
      '[MB 09/01] passport agreed at working group\n[MB 04/03] printing held up by Covid planning', 'N'],
    ['SC10', 'M9 / M10', ['9', '10'], 'Set up a disabled staff network with an executive sponsor and bring its views into the Board’s annual WDES report.', 'Director of People', 'Sept 19', 'Complete',
      '[JT 25/09] launched with 19 members; exec sponsor is the Director of Nursing', 'Y'],
  ];
  const fmt = { SC2: 'mmm-yy', SC5: 'dd/mm/yyyy', SC7: 'mmm-yy' };
  for (const [ref, met, codes, act, lead, by, st, upd, ev] of rows) {
    const f = fmt[ref];
    p.action([ref, met, act, lead, by, st, upd, ev], { ref, indicators: codes, action: act, lead, due: by instanceof Date ? shown(by, f) : by, status: st.trim(), rag: null, progress: upd },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, f ? { numFmt: f, alignment: { horizontal: 'left' } } : {}, {}, {}, { alignment: { horizontal: 'center' } }] });
  }
  p.ws.dataValidations.add('F4:F40', { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete,Delayed"'], showErrorMessage: true, errorStyle: 'information', errorTitle: 'Status', error: 'Please pick from the list' });
  p.ws.dataValidations.add('H4:H40', { type: 'list', allowBlank: true, formulae: ['"Y,N"'] });
  p.blank();
  p.line(['', '', 'Next review: Disability Equality Working Group, 14 April 2020. Evidence goes in Teams > DEWG > WDES evidence.'], { style: { italic: true } });
  // the Initials tab: who the initials are (the people are not the leads; the plan's Lead cells are read as written)
  const ws2 = book.wb.addWorksheet('Initials');
  ws2.getColumn(1).width = 10; ws2.getColumn(2).width = 22; ws2.getColumn(3).width = 46;
  ws2.getCell('A1').value = 'Initials used in the WDES plan'; ws2.getCell('A1').font = { ...font, bold: true };
  [['Initials', 'Name', 'Role'], ['JT', 'Jo Tanner', 'Equality & Inclusion Lead (chair of the working group)'], ['MB', 'Mark Bellamy', 'HR Business Partner – Adult Services'], ['RS', 'Ravinder Sandhu', 'Recruitment Manager'], ['GF', 'Gill Fairley', 'Head of Community Nursing']]
    .forEach((vals, i) => vals.forEach((v, j) => { const c = ws2.getRow(i + 3).getCell(j + 1); c.value = v; c.font = { ...font, bold: i === 0 }; }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust, its first WDES plan, 2019 metric set with whole metrics 4 and 9) kept by a working group of four people. Two tabs: 'WDES plan' and 'Initials' (a small table naming JT, MB, RS and GF in full with their roles). The plan sheet: a teal title bar naming the trust and the year (row 1), an italic line saying initials are explained on the other tab and asking people to pick the status from the drop-down (row 2), the header 'Ref | Metric | What we will do | Lead | By | Status | Updates (newest at the bottom, date + initials) | Evidence saved?' (row 3, frozen at D4), ten actions SC1–SC10, a blank row and a next-review line. Status has a drop-down list (Not started / In progress / Complete / Delayed) that only shows an information message, so the words drift: 'in progress ' (trailing space), 'Inprogress', 'In progress', 'Done', 'Complete', 'Delayed', 'Not started'. No cell is coloured and there is no colour key. Dates typed as text ('30/9/19', 'Q4', 'Dec 2019', 'end of March', 'Feb 2020', '31/3/20', 'Sept 19') and real dates ('Dec-19', 'Jan-20' mmm-yy; '31/03/2020' dd/mm/yyyy). Metrics written 'M1', 'Metric 2', '3', 'M9 / M10'. Judgement calls: lead as written in the Lead cell – initials ('JT', 'MB', 'JT/RS'), an email, a name, titles, and 'MB\\n(with Comms)' kept whole with its line break; the Initials tab is a glossary – its full names and roles are never leads. Status = the word as typed (trailing space dropped, 'Inprogress' kept); rag null throughout (no colour, no key). 'Evidence saved?' (Y/N) is no status. Progress = the whole Updates cell with its '[XX dd/mm]' lines; those dates and the next-review date are no dues. Ref = Ref; indicators from Metric ('M9 / M10' → 9 and 10). Theme null.",
    { cols: { ref: 'A', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' }, indCol: 'B', notFrom: ['H'], forbidden: ['Jo Tanner', 'Mark Bellamy', 'Ravinder Sandhu', 'Equality & Inclusion Lead (chair of the working group)', 'HR Business Partner – Adult Services', 'Recruitment Manager', '14 April 2020'] });
}
