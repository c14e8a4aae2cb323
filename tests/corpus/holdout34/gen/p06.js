// holdout34-wres-2016-17-aldric: an ACCESS query exported to Excel – sheet named after the query, Access's grey field-name
// header, the organisation and year repeated on every row, a ONE-TO-MANY JOIN that repeats an action once per indicator, a Memo
// field cut at 255 characters, status as a code plus its description, staff IDs beside names, audit fields.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout34-wres-2016-17-aldric', sheet: 'qryWRES_ActionPlan_Export', standard: 'WRES', period: '2016-17', trust: "St Aldric's Orthopaedic Hospital NHS Foundation Trust", widths: [9, 34, 11, 12, 60, 12, 26, 12, 11, 14, 14, 16], font: { name: 'Calibri', size: 11 } });
  p.header(['ActionID', 'OrgName', 'ReportYear', 'IndicatorNo', 'ActionText', 'LeadStaffID', 'LeadName', 'TargetDate', 'StatusCode', 'StatusDesc', 'LastUpdBy', 'LastUpdOn'], { border: true, style: { fill: 'FFC0C0C0' } });
  const ORG = "St Aldric's Orthopaedic Hospital NHS Foundation Trust";
  const dd = { numFmt: 'dd/mm/yyyy' };
  const ST = { 1: 'Not Started', 2: 'On Track', 3: 'Behind Plan', 4: 'Complete' };
  const long = 'Introduce a standard interview question bank for all Band 5 to Band 7 nursing and AHP posts, with scoring guidance, so that panels ask every candidate the same questions and score answers against the same descriptors, and audit six months of scoring sheets by ethnicity of the candidate to see whether the gap narrows';
  const cut = long.slice(0, 255);
  const A = [
    [101, ['1'], 'Run a data cleanse of ethnicity records on ESR with a reminder to all staff through payslips', 'S0412', 'Maureen Cole', D(2016, 9, 30), 4, 'mcole', D(2016, 10, 3)],
    [102, ['2'], cut, 'S0388', 'David Okonjo', D(2017, 3, 31), 2, 'dokonjo', D(2017, 1, 16)],
    [103, ['3'], 'Check every disciplinary case involving a BME member of staff at the weekly HR case review before a formal investigation starts', 'S0291', 'Angela Fry', D(2016, 12, 31), 2, 'afry', D(2017, 1, 9)],
    [104, ['5', '6'], 'Launch a Dignity at Work advisers scheme with trained volunteers on every site', 'S0291', 'Angela Fry', D(2017, 3, 31), 3, 'afry', D(2017, 2, 2)],
    [105, ['4'], 'Record the ethnicity of staff granted study leave and funding for external courses', 'S0517', 'Peter Halloran', D(2017, 1, 31), 1, 'mcole', D(2016, 11, 21)],
    [106, ['7', '8'], 'Hold focus groups with BME theatre and ward staff to understand their experience of career progression and discrimination', 'S0605', 'Nkem Ibe', D(2016, 11, 30), 4, 'nibe', D(2016, 12, 5)],
    [107, ['9'], 'Nominate a Non-Executive Director as Board champion for the WRES', 'S0100', 'Company Secretary', D(2016, 10, 31), 4, 'mcole', D(2016, 11, 1)],
  ];
  for (const [id, inds, text, sid, name, due, code, by, on] of A) {
    const d = [String(due.getUTCDate()).padStart(2, '0'), String(due.getUTCMonth() + 1).padStart(2, '0'), due.getUTCFullYear()].join('/');
    const styles = [{}, {}, {}, {}, {}, {}, {}, dd, {}, {}, {}, dd];
    inds.forEach((ind, k) => {
      const vals = [id, ORG, '2016/17', Number(ind), text, sid, name, due, code, ST[code], by, on];
      if (k === 0) p.action(vals, { ref: String(id), theme: null, indicators: inds, action: text, lead: name, due: d, status: ST[code] }, { border: true, styles });
      else p.line(vals, { border: true, styles });
    });
  }
  p.saveGold('An Access query exported to Excel (a specialist orthopaedic foundation trust). Sheet named after the query \'qryWRES_ActionPlan_Export\'; row 1 is Access\'s grey field-name header \'ActionID | OrgName | ReportYear | IndicatorNo | ActionText | LeadStaffID | LeadName | TargetDate | StatusCode | StatusDesc | LastUpdBy | LastUpdOn\'; no title. Quirks of the route: OrgName and ReportYear (\'2016/17\') are repeated on every row (the only place trust and year are written); the query joins actions to indicators ONE-TO-MANY, so actions 104 and 106 each appear on TWO consecutive rows, identical except for IndicatorNo (5 then 6; 7 then 8); IndicatorNo is a number; ActionText is a Memo field CUT AT 255 CHARACTERS by the export (action 102 stops mid-word); status comes as a numeric code and its description; LeadStaffID sits beside LeadName; LastUpdBy (login) and LastUpdOn are audit fields. Judgement calls: each ActionID is ONE action on the first of its rows, with the indicators of all its rows (104 → 5, 6; 106 → 7, 8); the repeat rows are non-action rows; action 102 is the text as exported, cut where it stops (nothing is guessed for the lost words); ref = ActionID; lead = LeadName (never the staff ID or the login); due = TargetDate as shown; status = StatusDesc; rag null (no colour or colour word); no theme, no progress.', { exact: { ref: 'A', lead: 'G', due: 'H', status: 'J', action: 'E' }, notFrom: ['F', 'I', 'K', 'L', 'C'] });
  await book.save('holdout34-wres-2016-17-aldric.xlsx');
}
