// holdout39-wdes-2024-25-kelvedge: follows Avon and Wiltshire Mental Health Partnership NHS Trust's 'Equality commitments and objectives'
// page (https://www.awp.nhs.uk/about-us/equality-diversity-and-inclusion-edi/equality-commitments-and-objectives): 'Our equality
// commitments include:', the NHS Equality Delivery System 2 and its four goals as bullets, the goals adopted as equality objectives,
// 'Our Trust-wide EDI Action Plan' – developed through annual equality action planning and focused on FOUR KEY AREAS (EDI and Career
// Progression & Recruitment; EDI and Just Culture; EDI and Quality Improvement; EDI and Service Delivery), delivery monitored monthly
// and reported to the strategy leadership – then 'The Workforce Disability Equality Standard (WDES)' paragraph with its reports. The plan
// table itself (the four key areas as section rows; `No. | Action | WDES metric | Lead | Due | Monthly RAG`) and the RAG key are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kelvedge and Stour Mental Health Partnership NHS Trust';
  const p = new Plan(book, { name: 'holdout39-wdes-2024-25-kelvedge', sheet: 'EDI action plan', standard: 'WDES', period: '2024-25', trust, widths: [7, 62, 12, 30, 14, 12], font: { name: 'Calibri', size: 11 } });
  const para = (t, h = 30, st = {}) => p.line([t], { merge: ['A', 'F'], height: h, style: st });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { name: 'Calibri', size: 14 }, color: C.nhs } });
  para('Our equality commitments include:', 16, { bold: true });
  para('The NHS Equality Delivery System (EDS), which helps NHS organisations improve equality for staff and for the people who use their services through four goals:', 30);
  for (const b of ['• better health outcomes', '• improved patient access and experience', '• a representative and supported workforce', '• inclusive leadership']) p.line([undefined, b], { merge: ['B', 'F'] });
  para('We have adopted these goals as our equality objectives and will review them when the national EDS review is complete.', 16);
  para('Our Trust-wide EDI Action Plan', 18, { bold: true, font: { name: 'Calibri', size: 12 } });
  para('Our Equality, Diversity and Inclusion action plan comes from our annual equality action planning. Its actions focus on four key areas:', 30);
  const areas = ['EDI and Career Progression & Recruitment', 'EDI and Just Culture', 'EDI and Quality Improvement', 'EDI and Service Delivery'];
  for (const a of areas) p.line([undefined, `• ${a}`], { merge: ['B', 'F'] });
  para('Delivery of each area is monitored every month and reported to the Strategy Leadership Group.', 16);
  para('The Workforce Disability Equality Standard (WDES)', 18, { bold: true, font: { name: 'Calibri', size: 12 } });
  para('The WDES is a set of ten metrics that compare the experiences of Disabled and non-disabled staff. The actions below that answer a WDES metric show it in the WDES metric column; the rest of the plan is included so that the whole EDI plan is in one place.', 45);
  p.blank();
  p.line(['Monthly RAG: B = complete   G = on track   A = at risk   R = off track'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Position at: 30 September 2024'], { merge: ['A', 'F'], style: { italic: true } });
  p.header(['No.', 'Action', 'WDES metric', 'Lead', 'Due', 'Monthly RAG'], { style: { fill: C.nhs, color: C.white } });
  const RAG = { B: ['blue', C.blue], G: ['green', C.green], A: ['amber', C.amber], R: ['red', C.red] };
  const plan = [
    [areas[0], [
      ['1', 'Guarantee an interview to Disabled applicants who meet the essential criteria, and check shortlisting outcomes each quarter.', '2', 'Head of Resourcing', 'Mar 2025', 'G', ['2']],
      ['2', 'Open the "Stepping Up" leadership programme to Disabled staff at Bands 5–7, with places held for them.', '1, 5', 'Head of Leadership Development', 'Jan 2025', 'A', ['1', '5']],
      ['3', 'Run a declaration campaign explaining why we ask about disability and how the data is used.', '1', 'Workforce Intelligence Lead', 'Dec 2024', 'B', ['1']]]],
    [areas[1], [
      ['4', 'Check every case entering the formal capability process for whether reasonable adjustments were made first.', '3', 'Head of Employee Relations', 'Ongoing – monthly', 'G', ['3']],
      ['5', 'Add disability to the Just Culture training for investigating managers.', '4a, 4b', 'Just Culture Lead', 'Nov 2024', 'R', ['4a', '4b']],
      ['6', 'Give the DAWN (Disability and Wellbeing) Network chair a seat on the People Committee.', '9b', 'Chief People Officer', 'Oct 2024', 'B', ['9b']]]],
    [areas[2], [
      ['7', 'Run a quality improvement project on how long reasonable adjustments take to put in place, starting in two community teams.', '8', 'QI Programme Lead', 'Mar 2025', 'A', ['8']],
      ['8', 'Use the staff survey engagement results for Disabled staff as a measure in every QI project on staff wellbeing.', '9a', 'QI Programme Lead', 'Mar 2025', 'G', ['9a']]]],
    [areas[3], [
      ['9', 'Offer every service user a choice of accessible formats for their care plan and record the format chosen.', '—', 'Head of Patient Experience', 'Feb 2025', 'G', []],
      ['10', 'Review inpatient ward signage with service users who have sight loss.', '—', 'Estates Manager', 'Dec 2024', 'R', []]]],
  ];
  const secs = [];
  for (const [area, acts] of plan) {
    secs.push(p.line([area], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.lightblue } }));
    for (const [n, a, m, lead, due, rag, inds] of acts) p.action([n, a, m, lead, due, rag], { ref: n, indicators: inds, theme: area, action: a, lead, due, status: rag, rag: RAG[rag][0] },
      { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { fill: RAG[rag][1], bold: true, alignment: { horizontal: 'center' } }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health partnership NHS trust) following a real mental health trust's 'Equality commitments and objectives' page (Avon and Wiltshire Mental Health Partnership's): the trust line, 'Our equality commitments include:', the EDS and its four goals as bullets (column B), a line adopting them as objectives, 'Our Trust-wide EDI Action Plan' with a paragraph and the FOUR KEY AREAS as bullets, a line on monthly monitoring, 'The Workforce Disability Equality Standard (WDES)' with a paragraph, a blank row, an italic RAG KEY line ('B = complete G = on track A = at risk R = off track'), 'Position at: 30 September 2024', then the plan table 'No. | Action | WDES metric | Lead | Due | Monthly RAG' (row 21) with the four key areas as shaded SECTION ROWS repeating the bullet wording. The RAG cells hold a single bold letter on its colour. Judgement calls: the whole Trust EDI plan is the plan, so Service Delivery actions (patients' accessible formats, ward signage) are actions with indicators [] ('—'); indicators from the WDES metric column in the 2021+ metric set ('4a, 4b' → ['4a', '4b'], '9b' → ['9b']); theme = the key-area section row (the identical bullet above the table is context, not the section); ref = No.; due as written ('Mar 2025', 'Ongoing – monthly'); status = the letter as written ('A'), rag = its fill, read with the key (B blue = complete); the EDS goals and key-area bullets, the key line and the position date are not actions, dues or statuses; period 2024-25 (the position date).", { mode: 'fill', ragCol: 'F', sections: secs, dataRows: [4, 5, 6, 7, 11, 12, 13, 14] });
}
