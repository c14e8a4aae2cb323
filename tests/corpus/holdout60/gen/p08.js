// holdout60-wdes-2024-25-greyholm: integrated care board; quirk: LAST YEAR'S PLAN LEFT IN THE WORKBOOK on a second sheet ('WDES 23-24'),
// laid out the same way; quarters as text; a count line under the table.
import { Book, Plan, C } from './lib.js';
const font = { name: 'Calibri', size: 11 };
const HDR = ['Metric', 'Commitment', 'Lead', 'Quarter due', 'Progress RAG', 'Update'];
const F = { Complete: C.blue, 'On track': C.lightgreen, 'Off track': C.red, 'Not started': C.grey };
const RG = { Complete: 'blue', 'On track': 'green', 'Off track': 'red', 'Not started': null };
function sheet(p, trust, year, acts, gold) {
  p.line([`${trust}`], { style: { bold: true, font: { size: 14 } } });
  p.line([`Workforce Disability Equality Standard – ICB staff action plan ${year}`], { style: { bold: true } });
  p.blank();
  p.header(HDR, { style: { fill: C.lilac } });
  for (const [m, a, l, q, s, u] of acts) {
    const cells = [m, a, l, q, s, u]; const st = { styles: [{}, {}, {}, {}, { fill: F[s], color: s === 'Complete' ? 'FFFFFFFF' : undefined }] };
    if (gold) p.action(cells, { indicators: m.split(/,\s*/), action: a, lead: l, due: q, status: s, rag: RG[s], progress: u }, st); else p.write(cells, st);
  }
}
export async function build() {
  const book = new Book();
  const trust = 'NHS Greyholm Integrated Care Board';
  const p = new Plan(book, { name: 'holdout60-wdes-2024-25-greyholm', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust, widths: [10, 60, 28, 14, 14, 44], font });
  const now = [
    ['1', 'Run a "count me in" campaign so that more ICB staff record a disability or long-term condition on ESR.', 'Head of People Services', 'Q2 24/25', 'Complete', 'Declaration rose from 6% to 9%.'],
    ['2', 'Offer every disabled applicant who meets the essential criteria an interview, and check it monthly.', 'Recruitment Lead (CSU)', 'Q1 24/25', 'On track', ''],
    ['4a', 'Add a disability question to the ICB\'s incident reporting form for abuse from providers and the public.', 'Head of Corporate Governance', 'Q3 24/25', 'Off track', 'Form change held up by the new reporting system.'],
    ['4b', 'Give line managers a short module on responding to reports of harassment from colleagues.', 'Head of OD', 'Q3 24/25', 'On track', ''],
    ['6', 'Bring the workplace adjustments passport into the hybrid working policy.', 'Head of People Services', 'Q2 24/25', 'Complete', 'Policy approved in September.'],
    ['7', 'Hold two listening sessions with the ICB\'s Disability and Carers Network and report back to the Executive.', 'Chief People Officer', 'Q4 24/25', 'Not started', ''],
    ['9a', 'Add disabled staff engagement results to the ICB\'s quarterly people dashboard.', 'Workforce Analyst', 'Q4 24/25', 'On track', ''],
    ['10', 'Ask Board members to share their disability status confidentially through the board declaration form.', 'Board Secretary', 'Q1 24/25', 'Complete', '11 of 14 members responded.'],
  ];
  sheet(p, trust, '2024/25', now, true);
  p.blank();
  p.line(['8 commitments – 3 complete, 3 on track, 1 off track, 1 not started'], { style: { italic: true } });
  // last year's plan, left in the workbook
  const old = new Plan(book, { name: 'unused', sheet: 'WDES 23-24', standard: 'WDES', period: '2023-24', trust, widths: [10, 60, 28, 14, 14, 44], font });
  sheet(old, trust, '2023/24', [
    ['1', 'Refresh the ICB\'s equality monitoring form for new starters so it asks about long-term conditions.', 'Head of People Services', 'Q2 23/24', 'Complete', 'New form in use.'],
    ['3', 'Check that no capability case is opened while an adjustment request is outstanding.', 'HR Business Partner', 'Q3 23/24', 'Complete', ''],
    ['4a', 'Publish the reporting routes for abuse from the public on the ICB intranet.', 'Head of Corporate Governance', 'Q2 23/24', 'Complete', ''],
    ['5', 'Include disabled staff in the ICB\'s first talent pool.', 'Head of OD', 'Q4 23/24', 'Off track', 'Carried into 2024/25 talent work.'],
    ['9b', 'Support the Disability and Carers Network to agree terms of reference and elect a chair.', 'Chief People Officer', 'Q1 23/24', 'Complete', ''],
  ], false);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an integrated care board), Calibri: on the FIRST sheet 'WDES 24-25' the ICB's name, 'Workforce Disability Equality Standard – ICB staff action plan 2024/25', a blank row, a lilac header 'Metric | Commitment | Lead | Quarter due | Progress RAG | Update', eight commitments, a blank row and a typed italic count line. Quirk: LAST YEAR'S PLAN IS STILL IN THE WORKBOOK on a second sheet 'WDES 23-24' with the same title, header and layout (five 2023/24 commitments). Quarters typed as text ('Q2 24/25'); Progress RAG words on fills (Complete white on blue, On track light green, Off track red, Not started grey). Judgement calls: the plan for this period is the 'WDES 24-25' sheet; the 2023/24 sheet is last year's and gives no action or field; due = Quarter due as typed; status = the Progress RAG word and rag = its fill (Complete → blue; grey 'Not started' → rag null); progress = Update; indicators from the Metric column (2024 plan: 4a, 4b and 9a as sub-metrics); ref '' and theme null; the count line is not an action and its numbers are no indicators.", { cols: { action: 'B', lead: 'C', due: 'D', status: 'E', progress: 'F' }, mode: 'fill', ragCol: 5, otherSheets: ['WDES 23-24'] });
}
