// holdout82-wdes-2019-20-quenmoor: a Google Sheet downloaded as .xlsx. Unmerged title and a grey 'shared with' line, a Google-blue
// header, alternate-row banding, a Status drop-down (data validation from a 'Lists' tab) whose cells are coloured, a 'Done?' checkbox
// column exported as TRUE / FALSE, owners as Google account emails, evidence as HYPERLINK formulas, and a 'Last edited' column.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quenmoor Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout82-wdes-2019-20-quenmoor', sheet: 'Tracker', standard: 'WDES', period: '2019-20', trust, widths: [10, 58, 30, 13, 14, 8, 26, 22], font: { name: 'Arial', size: 10 } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.line([`${trust} — WDES action tracker 2019/20`], { style: { bold: true, font: { size: 14 } } });
  p.line(['Shared with: EDI Steering Group (view) · Workforce team (edit). Please update the Status column only – ask Hannah to add rows.'], { style: { italic: true, color: 'FF666666' } });
  p.blank();
  p.header(['Metric', "What we'll do", 'Owner', 'Due', 'Status', 'Done?', 'Evidence / link', 'Last edited'], { border: false, style: { fill: 'FF4285F4', color: C.white } });
  const S = { 'Not started': null, 'In progress': C.neutralA, Complete: C.goodG, Blocked: C.badR };
  const R = { 'Not started': null, 'In progress': 'amber', Complete: 'green', Blocked: 'red' };
  const rows = [
    ['Metric 1', 'Run a "Why declare?" campaign so staff record a disability or long-term condition on ESR, with stories from network members.', 'h.garside@quenmoor.nhs.uk', D(2019, 10, 31), 'Complete', true, ['Campaign pack (Drive)', 'https://drive.google.com/drive/folders/1qmWDEScampaign'], 'Hannah Garside, 04/11/2019'],
    ['Metric 2', 'Sign up to Disability Confident Leader and guarantee interviews to disabled applicants who meet the essential criteria.', 'recruitment@quenmoor.nhs.uk', D(2020, 1, 31), 'In progress', false, null, 'Mo Rahman, 28/11/2019'],
    ['Metric 3', 'Check capability cases for the last three years to see whether disabled staff are more likely to enter them, and why.', 'p.adeyemi@quenmoor.nhs.uk', D(2019, 12, 20), 'In progress', true, null, 'Priya Adeyemi, 02/12/2019'],
    ['Metric 4', 'Add disability to the bullying and harassment reporting form so we can see incidents against disabled staff.', 'p.adeyemi@quenmoor.nhs.uk', D(2019, 9, 30), 'Complete', true, ['Revised form', 'https://docs.google.com/document/d/1qmB-H-form'], 'Priya Adeyemi, 30/09/2019'],
    ['Metric 5', 'Train district nursing team leaders to spot and act on pressure to work when unwell.', 'c.oyelaran@quenmoor.nhs.uk', D(2020, 2, 28), 'Not started', false, null, 'Hannah Garside, 04/11/2019'],
    ['Metric 6, 7', 'Start a Disability and Long-Term Conditions Staff Network with an executive sponsor and two hours a month of protected time.', 'h.garside@quenmoor.nhs.uk', D(2019, 11, 29), 'Complete', true, ['Network ToR', 'https://docs.google.com/document/d/1qmNetworkToR'], 'Hannah Garside, 02/12/2019'],
    ['Metric 8', 'Introduce a Health Passport that moves with the member of staff, and a central budget for reasonable adjustments.', 'j.lindsay@quenmoor.nhs.uk', D(2020, 3, 31), 'Blocked', false, null, 'Jo Lindsay, 25/11/2019'],
    ['Metric 9', 'Hold a listening event for disabled staff in each locality after the staff survey results come out.', 'h.garside@quenmoor.nhs.uk', D(2020, 3, 31), 'Not started', false, null, 'Hannah Garside, 04/11/2019'],
    ['Metric 10', 'Offer a board development session on disability led by the network chair.', 'board.secretary@quenmoor.nhs.uk', D(2020, 3, 31), 'In progress', false, null, 'Jo Lindsay, 25/11/2019'],
  ];
  let band = false;
  for (const [met, act, own, due, st, done, link, ed] of rows) {
    const bg = band ? 'FFE8F0FE' : undefined; band = !band;
    const ev = link ? { formula: `HYPERLINK("${link[1]}","${link[0]}")`, result: link[0] } : '';
    p.action([met, act, own, due, st, done, ev, ed], { indicators: met.replace('Metric ', '').split(', '), action: act, lead: own, due: shown(due, 'd mmm yyyy'), status: st, rag: R[st] }, { border: false, style: bg ? { fill: bg } : {}, styles: [{}, {}, {}, { numFmt: 'd mmm yyyy' }, S[st] ? { fill: S[st] } : {}, { alignment: { horizontal: 'center' } }, link ? { color: 'FF1155CC', font: { underline: true } } : {}] });
  }
  p.ws.dataValidations.add('E5:E13', { type: 'list', allowBlank: true, formulae: ['Lists!$A$2:$A$5'] });
  const lists = book.wb.addWorksheet('Lists');
  ['Status', 'Not started', 'In progress', 'Complete', 'Blocked'].forEach((v, i) => { lists.getCell(`A${i + 1}`).value = v; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust) kept as a Google Sheet and downloaded as .xlsx. Tab 'Tracker' (tab 'Lists' only feeds the drop-down): an unmerged bold title naming the trust and 'WDES action tracker 2019/20', a grey italic 'Shared with …' line, a blank row, then a frozen Google-blue header 'Metric | What we'll do | Owner | Due | Status | Done? | Evidence / link | Last edited' (row 4) and nine actions on alternately banded rows. Judgement calls: action = What we'll do; lead = Owner as written (Google account emails, two shared mailboxes kept); due = Due as displayed ('31 Oct 2019'); status = the drop-down word, rag from its fill (In progress amber, Complete green, Blocked red; Not started unfilled – the row's banding is no colour → null); the 'Done?' checkbox (TRUE / FALSE) is NOT the status – on row 7 it is ticked while the status still says In progress, and the status cell is read; 'Last edited' names the editor and a date – never the lead or due; the evidence links are no progress; indicators from 'Metric n' (the pre-2021 whole metrics; 'Metric 6, 7' → ['6','7']); no refs; theme null.", { mode: 'fill', ragCol: 5, notFrom: ['F', 'G', 'H'] });
}
