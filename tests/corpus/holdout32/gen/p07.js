// holdout32-wres-2022-23-quarrywood: the medical workforce team's part of an acute trust's race equality plan, kept for doctors: a
// doctor-group column, a 'WRES / MWRES' column mixing the trust WRES indicators with the Medical WRES indicators, a clinical lead and a
// medical workforce contact, 'Go-live' written in the team's own calendar (rotations, changeover, LCEA round, LNC), and an LNC column.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quarrywood Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout32-wres-2022-23-quarrywood', sheet: 'Medical staff', standard: 'WRES', period: '2022-23', trust,
    widths: [7, 15, 15, 50, 28, 18, 17, 14, 20], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  p.line(['Medical Workforce – race equality actions for doctors 2022/23'], { style: { bold: true, font: { size: 13 }, color: 'FF003087' } });
  p.line([`${trust} · Medical Workforce Team, Medical Director's Office`]);
  p.line(['This is the medical staff part of the Trust WRES plan, plus the actions from our first MWRES report (Jan 2022). Column C: WRES = Trust WRES indicator, MWRES = Medical WRES indicator.'], { style: { italic: true, font: { size: 9 } } });
  const hr = p.header(['Ref', 'Doctor group', 'WRES / MWRES', 'Action', 'Clinical lead', 'MW contact', 'Go-live', 'Status', 'LNC / JLNC'], { style: { fill: 'FF003087', color: C.white } });
  const A = [
    ['MW1', 'Consultants', 'WRES 2', 'Put a trained, ethnically diverse member on every consultant Advisory Appointments Committee, and record panel make-up for each AAC.', 'Dr A. Mensah (Deputy Medical Director)', 'Senior MW Officer', 'From Sept AACs', 'Live', 'Noted 13/09/22'],
    ['MW2', 'Consultants', 'MWRES 6', 'Publish Local Clinical Excellence Award outcomes by ethnicity and gender, and offer a writing workshop before the round opens.', 'Dr R. Hale (Associate MD, Workforce)', 'MW Manager', 'LCEA round 2022', 'In design', 'For Jan LNC'],
    ['MW3', 'SAS', 'WRES 7 / MWRES 3', 'Give every SAS doctor a job-planned SPA and a career conversation, with a route to specialist grade for those who meet the descriptors.', 'Dr F. Qureshi (SAS Tutor)', 'MW Officer (SAS)', '31/03/2023', 'In design', 'Agreed 13/09/22'],
    ['MW4', 'Resident doctors', 'WRES 6', 'Add race-related incidents to the exception reporting and guardian of safe working reports, with a named contact in each specialty.', 'Dr T. Bello (Guardian of Safe Working)', 'Rota Coordinator', 'Aug 22 changeover', 'Live', 'N/A – not contractual'],
    ['MW5', 'LEDs', 'MWRES 1 & 2', 'Bring locally employed doctors onto the same induction, appraisal support and study leave as training-grade doctors.', 'Dr S. Iyer (Director of Medical Education)', 'MW Manager', 'Feb 23 rotation', 'Not started', 'For Jan LNC'],
    ['MW6', 'IMGs', 'WRES 5 / 6', 'Run the welcome programme for international medical graduates every intake, with a session on speaking up about racism from patients and staff.', 'Dr S. Iyer (Director of Medical Education)', 'Medical Education Manager', 'Each intake', 'Live', ''],
    ['MW7', 'All doctors', 'WRES 3', 'Refer every MHPS case involving a doctor from an ethnic minority background to the Deputy MD for a second review before formal investigation.', 'Dr A. Mensah (Deputy Medical Director)', 'Medical HR Business Partner', 'Before Oct JLNC', 'Paused – LNC', 'Awaiting LNC view'],
    ['MW8', 'All doctors', 'MWRES 4', 'Report the ethnicity of doctors in clinical lead and clinical director posts to the Medical Workforce Group every six months.', 'Dr R. Hale (Associate MD, Workforce)', 'Senior MW Officer', 'Nov 22', 'Not started', ''],
    ['MW9', 'Consultants', 'WRES 9', 'Include a consultant from an ethnic minority background on the panel for the next Medical Director appointment.', 'Chief Executive', 'MW Manager', 'When MD post advertised', 'Not started', 'N/A'],
  ];
  const indOf = (s) => { const out = []; for (const part of s.split('/')) { const m = /^\s*(M?)WRES\s+([\d\s&,]+)/.exec(part); if (m) { if (!m[1]) out.push(...m[2].match(/\d/g)); } else if (/^\s*\d/.test(part) && out.length) out.push(...part.match(/\d/g)); } return out; };
  for (const [ref, grp, code, act, lead, mw, gl, st, lnc] of A) {
    p.action([ref, grp, code, act, lead, mw, gl, st, lnc || undefined],
      { ref, indicators: indOf(code), action: act, lead, due: gl, status: st },
      { styles: [{}, {}, {}, {}, {}, { color: 'FF595959' }, {}, {}, { italic: true, color: 'FF595959' }] });
  }
  p.blank();
  p.line(['MW contact = who in Medical Workforce to go to for the detail. Go-live: rotation and changeover dates are the deanery dates for the region.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust) as its MEDICAL WORKFORCE TEAM keeps the doctors' part of the trust's race equality work: a blue title, the trust and team, an italic note that the sheet holds the medical staff part of the Trust WRES plan plus the actions from its first Medical WRES (MWRES) report, and that column C's 'WRES' means a trust WRES indicator and 'MWRES' a Medical WRES indicator; a navy header 'Ref | Doctor group | WRES / MWRES | Action | Clinical lead | MW contact | Go-live | Status | LNC / JLNC' (row 4); nine rows MW1–MW9; a closing italic note. Go-live is written in the medical workforce calendar ('From Sept AACs', 'LCEA round 2022', 'Aug 22 changeover', 'Feb 23 rotation', 'Each intake', 'Before Oct JLNC', one '31/03/2023' typed as text); status words plain, uncoloured; the LNC column says whether the local negotiating committee has seen it. Judgement calls: every MW row is an action (ref = Ref); lead = Clinical lead as written ('Dr A. Mensah (Deputy Medical Director)'), never the MW contact (the team's own officer for the detail); due = Go-live as written; status = the word, rag null (no colour); the LNC column is governance context, not status or progress; INDICATORS ONLY FROM 'WRES n' – MWRES numbers belong to the Medical WRES, a different standard, and give no WRES indicator ('MWRES 6' → [], 'MWRES 1 & 2' → [], 'WRES 7 / MWRES 3' → ['7'], 'WRES 5 / 6' → ['5','6']); the doctor group is a column, not a theme (theme null).",
    { notFrom: ['F', 'I'], mwres: { col: 'C' } });
}
