// holdout74-wdes-2021-22-oxhaven: a CCG (its own 283 staff) filling in the CSU's template: the template's grey bracketed GUIDANCE row
// was left at the top of every section ('[Describe the action …]', '[Name and role]', '[Month / year]', '[Select]'), the CCG's actions
// typed beneath it; a 'See also:' row inside section C points to the Health & Wellbeing Plan. Status from a drop-down, uncoloured.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Oxhaven Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout74-wdes-2021-22-oxhaven', sheet: 'WDES plan', standard: 'WDES', period: '2021-22', trust, widths: [9, 52, 30, 11, 13, 36], font: { name: 'Calibri', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2021-22'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Our staff: 283 at 31 March 2021. Metrics as numbered in the 2021 WDES technical guidance; the CCG reports voluntarily.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  const hdr = p.header(['Metric', 'Action', 'Lead (name and role)', 'Deadline', 'Status', 'Comments'], { style: { fill: C.darkblue, color: C.white } });
  const ig = {}; const secs = []; let theme = null; const fmt = 'mmm-yy';
  const sec = (t) => { theme = t; secs.push(p.line([t], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.paleblue } })); };
  const guide = () => { const r = p.line(['[Metric no.]', '[Describe the action. Keep it SMART – specific, measurable, achievable, realistic and time-bound.]', '[Name and role]', '[Month / year]', '[Select]', '[Optional]'], { border: true, style: { italic: true, color: 'FF808080', font: { size: 9 } } }); ig[r] = 'template guidance row'; return r; };
  const act = (m, a, lead, d, st, com = '') => p.action([m, a, lead, d, st, com], { indicators: [m], theme, action: a, lead, due: shown(d, fmt), status: st, progress: com },
    { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt, alignment: { horizontal: 'left' } }, {}, {}] });
  sec('Section A – Workforce data (Metric 1)');
  guide();
  act('1', 'Ask all staff to check their disability status on ESR, with a two-minute video from the Accountable Officer explaining why we ask.', 'Jo Whitcombe, HR Business Partner', D(2021, 9, 30), 'Complete', 'Declaration up from 61% to 78%.');
  act('1', 'Report the disability profile by pay band to the Remuneration and People Committee twice a year.', 'Priya Anand, Head of Corporate Services', D(2021, 12, 31), 'In progress', 'First report went in October.');
  sec('Section B – Recruitment and capability (Metrics 2 and 3)');
  guide();
  act('2', 'Offer an interview to every disabled applicant who meets the essential criteria, and record on TRAC that the offer was made.', 'Jo Whitcombe, HR Business Partner', D(2021, 10, 31), 'Complete');
  act('3', 'Agree with the CSU employee relations team that no capability process starts before Occupational Health advice and an adjustments conversation.', 'Mark Ellery, Deputy Director of Corporate Affairs', D(2022, 1, 31), 'Not started', 'No capability cases open this year.');
  sec('Section C – Staff survey (Metrics 4 to 9)');
  guide();
  act('4b', 'Remind all staff at the monthly all-staff briefing how to report harassment or abuse, and that reports are confidential.', 'Mark Ellery, Deputy Director of Corporate Affairs', D(2021, 11, 30), 'In progress');
  act('8', 'Introduce a Reasonable Adjustments Passport, agreed with the line manager, that staff keep when they transfer to the ICB in 2022.', 'Priya Anand, Head of Corporate Services', D(2022, 3, 31), 'In progress', 'Draft with the staff forum.');
  const see = p.line(['', 'See also: CCG Health & Wellbeing Plan 2021-22, actions HW3 and HW6 (home-working equipment and mental health first aiders).'], { merge: ['B', 'F'], border: true, style: { color: C.blue, italic: true } });
  ig[see] = 'see-also row';
  act('9a', 'Start a Disability and Long-Term Conditions staff forum with a Governing Body member as sponsor.', 'Dr Amrit Sahota, GP member of the Governing Body', D(2021, 7, 31), 'Complete', 'Meets every six weeks; 14 members.');
  sec('Section D – Governing Body (Metric 10)');
  guide();
  act('10', 'Ask Governing Body members to complete the voluntary disability declaration and publish the total in the WDES report.', 'Helen Barraclough, Board Secretary', D(2021, 8, 31), 'Complete', '13 of 15 returned.');
  ws.dataValidations.add(`E${hdr + 1}:E${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete"'] });
  p.blank();
  p.line(['Template: Midshire CSU Equality, Diversity and Inclusion team, v3 (March 2021).'], { merge: ['A', 'F'], style: { font: { size: 8 }, color: 'FF808080' } });
  ws.views = [{ state: 'frozen', ySplit: hdr }];
  await book.save(`${p.name}.xlsx`);
  const gr = Object.keys(ig).filter((r) => ig[r] === 'template guidance row');
  p.saveGold(`Original plan (fictional CCG, its own staff) filled into its CSU's template. Sheet 'WDES plan': CCG name, title, an italic staff-count line, a blank row, the navy header 'Metric | Action | Lead (name and role) | Deadline | Status | Comments' (row ${hdr}, frozen), four pale-blue SECTION rows (themes) with the CCG's actions, and a template credit line under the grid. In-grid non-action rows: ${gr.map((r) => `row ${r}`).join(', ')} (template guidance rows) – the template's grey italic bracketed prompts left at the top of EVERY section, one in each column ('[Metric no.] | [Describe the action. Keep it SMART …] | [Name and role] | [Month / year] | [Select] | [Optional]'): guidance, not actions, and no field comes from them; row ${see} (see-also row) – a blue italic 'See also: CCG Health & Wellbeing Plan 2021-22, actions HW3 and HW6 …' line merged across the Action to Comments columns: a pointer to another plan, not an action of this one. Judgement calls: theme = the section row above; indicators from the Metric column (2021 codes, '4b', '9a'); lead = the name and role as written; due = Deadline as displayed (real dates shown 'mmm-yy', e.g. 'Sep-21'); status = the drop-down word, uncoloured (rag null); progress = Comments; no ref.`,
    { sections: secs, forbidden: ['[Select]', '[Name and role]', '[Month / year]', '[Optional]'], inGrid: ig });
}
