// holdout56-wdes-2025-26-dunholme: follows NHS England's 'NHS Workforce Disability Equality Standard 2023 technical guidance'
// (https://www.england.nhs.uk/long-read/nhs-wdes-2023-technical-guidance/): the front block 'Version number: 5 / First published: February
// 2019 / Updated: March 2023 / Updated by: … / Classification: OFFICIAL / Publication Gateway reference', the note that ICBs and national
// bodies are not mandated but report 'in the spirit of openness and transparency', and the metric parts written 4a (i)–(iii), 4b, 9a, 9b.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Dunholme and Coast Integrated Care Board';
  const p = new Plan(book, { name: 'holdout56-wdes-2025-26-dunholme', sheet: 'WDES action plan', standard: 'WDES', period: '2025-26', trust, widths: [8, 15, 13, 58, 30, 15, 14], font: { name: 'Aptos Narrow', size: 11 } });
  const W = ['A', 'G'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard (WDES) action plan 2025/26 – the ICB as an employer'], { merge: W, style: { bold: true } });
  for (const t of ['Version number: 3', 'First published: September 2024', 'Updated: June 2025', 'Updated by: Helen Corrigan, Joanne Pike and Sam Adeyemi', 'Classification: OFFICIAL']) p.line([t], { merge: ['A', 'D'] });
  p.line(['ICBs are not mandated to publish WDES data; we do so in the spirit of openness and transparency. Each action is mapped to a high impact action (HIA) of the NHS EDI Improvement Plan.'], { merge: W, height: 30, style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WDES metric', 'High impact action', 'Action', 'Responsible officer', 'Completion date', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const S = { 'Complete': [C.blue, 'blue'], 'In progress': [C.amber, 'amber'], 'Behind plan': [C.red, 'red'], 'Not yet due': [C.grey, null] };
  const act = (ref, met, hia, a, lead, d, st, inds) => p.action([ref, met, hia, a, lead, d, st], { ref, indicators: inds, action: a, lead, due: `${d.getUTCDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]} ${d.getUTCFullYear()}`, status: st, rag: S[st][1] }, { styles: [{}, {}, {}, {}, {}, { numFmt: 'd mmm yyyy' }, { fill: S[st][0], ...(st === 'Complete' ? { color: C.white } : {}) }] });
  act('ND01', 'Metric 1', 'HIA 2', 'Run a declaration drive with the Staff Disability Network ahead of the 2026 data collection.', 'Head of People Services', D(2026, 1, 31), 'In progress', ['1']);
  act('ND02', 'Metric 2', 'HIA 2', 'Anonymise shortlisting in the applicant tracking system for all ICB posts.', 'Recruitment Lead', D(2025, 9, 30), 'Complete', ['2']);
  act('ND03', 'Metric 4a (ii)', 'HIA 6', 'Ask a pulse survey question on harassment from managers and share the results for disabled staff with each directorate.', 'Associate Director of OD', D(2025, 12, 31), 'In progress', ['4a']);
  act('ND04', 'Metric 4a (iii)', 'HIA 6', 'Launch a team "respect pledge" written with network members.', 'Staff Disability Network Chair', D(2026, 3, 31), 'Not yet due', ['4a']);
  act('ND05', 'Metric 4b', 'HIA 6', 'Make the online incident form work with screen readers and add an anonymous option.', 'Head of Corporate Governance', D(2025, 10, 31), 'Complete', ['4b']);
  act('ND06', 'Metric 6', 'HIA 4', 'Publish guidance for managers on phased returns for staff with fluctuating conditions.', 'HR Business Partner', D(2025, 11, 30), 'In progress', ['6']);
  act('ND07', 'Metric 8', 'HIA 4', 'Move adjustment requests into a single tracked process with a 28-day target.', 'Head of People Services', D(2026, 3, 31), 'Behind plan', ['8']);
  act('ND08', 'Metric 9a', 'HIA 6', 'Share the engagement score gap with each directorate leadership team and agree one local action with each.', 'Chief People Officer', D(2026, 1, 31), 'Not yet due', ['9a']);
  act('ND09', 'Metric 10', 'HIA 1', "Include a disability inclusion objective in each board member's appraisal.", 'Chair', D(2026, 3, 31), 'In progress', ['10']);
  p.blank();
  p.line(['Status key: Complete (blue) · In progress (amber) · Behind plan (red) · Not yet due (grey)'], { merge: W, style: { font: { size: 9 } } });
  p.ws.views = [{ state: 'frozen', ySplit: 10 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, an integrated care board reporting the WDES for its own staff) following the front matter of NHS England's WDES technical guidance, kept as one sheet 'WDES action plan' in Aptos Narrow: ICB name, title, a DOCUMENT BLOCK of five label lines ('Version number: 3', 'First published: September 2024', 'Updated: June 2025', 'Updated by: Helen Corrigan, Joanne Pike and Sam Adeyemi', 'Classification: OFFICIAL'), an italic line saying ICBs are not mandated but publish in the spirit of openness and that actions are mapped to HIAs, a blank row, then the NHS-blue header on row 10 (frozen) 'Ref | WDES metric | High impact action | Action | Responsible officer | Completion date | Status', nine actions ND01–ND09 and a status key line. Metric parts are written as the guidance writes them ('Metric 4a (ii)', 'Metric 4a (iii)', 'Metric 9a'); completion dates are real dates shown 'd mmm yyyy'; status words on fills (Complete blue, In progress amber, Behind plan red, Not yet due grey). Judgement calls: the document block gives no field – the 'Updated by' names are editors, not leads, and 'Updated: June 2025' is not a due; indicators from the WDES metric column ('Metric 4a (ii)' → ['4a'] – the roman sub-part is part of metric 4a); the HIA column gives no indicator; lead = Responsible officer; status = the word as written, rag from the key (blue, amber, red; grey 'Not yet due' → null); due = the date as displayed; ref as written; theme null.", { ind: 'B', ragCol: 'G', mode: 'fill', forbidden: ['Helen Corrigan', 'June 2025', 'Updated: June 2025'] });
}
