// holdout13-wdes-2021-22-rydalmere: ORDINARY 2021-SET TRACKER with a filter row – 'Executive lead' + 'Operational lead',
// Start + Due dates (dd-mmm-yy), '% complete' numbers, status words filled; a second 'Version control' sheet.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wdes-2021-22-rydalmere', sheet: 'WDES Plan 21-22', standard: 'WDES', period: '2021-22', trust: 'Rydalmere Care NHS Foundation Trust', widths: [9, 56, 12, 22, 28, 11, 11, 11, 14], font: { name: 'Arial', size: 9 } });
  p.line(['Rydalmere Care NHS Foundation Trust – WDES Action Plan 2021/22'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['Status key: Complete (green) – In progress (amber) – Overdue (red). Updated monthly by the EDI team.'], { merge: ['A', 'I'], style: { italic: true } });
  p.header(['Ref', 'Action', 'Metric(s)', 'Executive lead', 'Operational lead', 'Start', 'Due', '% complete', 'Status'], { style: { fill: C.navy, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  p.ws.autoFilter = 'A3:I3';
  const S = { Complete: [C.green, 'green'], 'In progress': [C.amber, 'amber'], Overdue: [C.red, 'red'] };
  const act = (ref, action, ind, inds, exec, lead, start, due, pc, s) => p.action([ref, action, ind, exec, lead, start, due, pc, s], { ref, indicators: inds, action, lead, due: shown(due, 'dd-mmm-yy'), status: s, rag: S[s][1] },
    { styles: [{}, {}, {}, {}, {}, { numFmt: 'dd-mmm-yy' }, { numFmt: 'dd-mmm-yy' }, { numFmt: '0%' }, { fill: S[s][0] }] });
  act('D21-01', 'Relaunch the disability declaration campaign with staff stories from the Disability and Neurodiversity Network.', '1', ['1'], 'Chief People Officer', 'Workforce Intelligence Lead', D(2021, 10, 1), D(2021, 12, 31), 1, 'Complete');
  act('D21-02', 'Audit shortlisting-to-appointment outcomes for Disabled applicants in each care group and share results with recruiting managers.', '2', ['2'], 'Chief People Officer', 'Head of Resourcing', D(2021, 10, 1), D(2022, 1, 31), 0.6, 'Overdue');
  act('D21-03', 'Remove ill-health absence from the performance stage of capability and agree a separate supportive route.', '3', ['3'], 'Chief People Officer', 'Head of Employee Relations', D(2021, 11, 1), D(2022, 3, 31), 0.5, 'In progress');
  act('D21-04', 'Add questions on disability to the violence and aggression review after each incident on inpatient wards.', '4a', ['4a'], 'Chief Nurse', 'Head of Security Management', D(2021, 10, 1), D(2022, 2, 28), 0.75, 'In progress');
  act('D21-05', 'Train managers to respond to disclosures of bullying from colleagues and managers, using network case studies.', '4a, 4b', ['4a', '4b'], 'Chief People Officer', 'Head of Learning and OD', D(2021, 11, 1), D(2022, 3, 31), 0.4, 'In progress');
  act('D21-06', 'Report harassment incidents by disability each quarter to the People Committee.', '4b', ['4b'], 'Chief People Officer', 'EDI Manager', D(2021, 10, 1), D(2021, 12, 31), 1, 'Complete');
  act('D21-07', 'Offer coaching through the regional leadership academy to Disabled staff applying for Band 7+ roles.', '5', ['5'], 'Chief People Officer', 'Head of Learning and OD', D(2022, 1, 4), D(2022, 3, 31), 0.2, 'In progress');
  act('D21-08', 'Publish a "well enough to work?" guide for staff and managers and include it in sickness absence training.', '6', ['6'], 'Medical Director', 'Occupational Health Manager', D(2021, 10, 1), D(2021, 11, 30), 0.8, 'Overdue');
  act('D21-09', 'Recognise Disabled staff contributions through the annual staff awards and network celebration events.', '7', ['7'], 'Director of Communications', 'Internal Communications Manager', D(2021, 12, 1), D(2022, 3, 31), 0.5, 'In progress');
  act('D21-10', 'Bring in the Workplace Adjustments Passport and a central adjustments budget held by Occupational Health.', '8', ['8'], 'Chief People Officer', 'Occupational Health Manager', D(2021, 10, 1), D(2022, 3, 31), 0.9, 'In progress');
  act('D21-11', 'Agree actions from the staff survey engagement score with the network and give the network chair protected time.', '9a/9b', ['9a', '9b'], 'Chief Executive', 'EDI Manager', D(2021, 10, 1), D(2021, 12, 31), 1, 'Complete');
  act('D21-12', 'Include disability in the Board development programme and refresh Board equality monitoring.', '1, 10', ['1', '10'], 'Chair', 'Head of Corporate Governance', D(2022, 1, 1), D(2022, 3, 31), 0.25, 'In progress');
  // second sheet
  const vc = book.wb.addWorksheet('Version control');
  [10, 14, 24, 60].forEach((w, i) => { vc.getColumn(i + 1).width = w; });
  const put = (r, vals, bold) => vals.forEach((v, i) => { const c = vc.getRow(r).getCell(i + 1); c.value = v; c.font = { name: 'Arial', size: 9, bold: !!bold }; });
  put(1, ['Rydalmere Care NHS Foundation Trust – WDES Action Plan 2021/22: version control'], true);
  put(3, ['Version', 'Date', 'Author', 'Changes'], true);
  put(4, ['0.1', '12/08/2021', 'EDI Manager', 'First draft from the 2021 WDES data']);
  put(5, ['0.2', '02/09/2021', 'EDI Manager', 'Network comments added']);
  put(6, ['1.0', '23/09/2021', 'Chief People Officer', 'Approved by People Committee']);
  put(7, ['1.3', '28/02/2022', 'EDI Manager', 'February progress update']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2021-framework TRACKER kept by an EDI team: a merged title naming the trust, an italic status-key line (Complete green, In progress amber, Overdue red), then a navy header with an AUTOFILTER, frozen at row 3: 'Ref | Action | Metric(s) | Executive lead | Operational lead | Start | Due | % complete | Status'. Refs 'D21-01' … 'D21-12'. Metrics as bare codes ('4a', '4a, 4b', '9a/9b', '1, 10'). Gold lead = the OPERATIONAL lead (the executive lead is accountable, not the doer). Start and Due are real dates shown dd-mmm-yy; gold due = DUE (not Start). '% complete' is a number shown 0% (not a status, not progress). Status words filled green / amber / red. A second sheet 'Version control' (not gold) has a version table. Theme null; progress ''.", { ragCol: 'I', mode: 'fill' });
}
