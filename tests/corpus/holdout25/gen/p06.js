// holdout25-wres-2023-24-donvale: follows an integrated care system's published EDI page that aligns its work to the six High Impact
// Actions of NHS England's EDI Improvement Plan (June 2023), each HIA with its 'Success metric' codes (1a; 2a–2f; 3a; 4a–4c; 5a–5c; 6a–6c)
// (South Yorkshire ICS, https://syics.co.uk/about/equality-and-diversity/nhs-equality-diversity-and-inclusion). The HIA headings and the
// success-metric lists are taken from that page; the action table under them (columns, WRES indicator column, RAG) is ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Donvale Integrated Care Board';
  const p = new Plan(book, { name: 'holdout25-wres-2023-24-donvale', sheet: 'WRES 2023-24', standard: 'WRES', period: '2023-24', trust, widths: [58, 14, 30, 14, 14] });
  p.line([`${trust} – Workforce Race Equality Standard action plan 2023-24`], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line(['Since NHS England published its EDI Improvement Plan in June 2023 we have aligned our WRES actions to its six High Impact Actions. Each High Impact Action is shown with its success metrics, then our actions.'], { merge: ['A', 'E'], height: 30 });
  p.header(['Action', 'WRES indicator', 'Lead', 'Due', 'RAG'], { style: { fill: C.nhs, color: C.white } });
  const S = { 'Complete': C.green, 'On track': C.lightgreen, 'At risk': C.amber, 'Off track': C.red };
  const R = { 'Complete': 'green', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  const hias = [
    ['High Impact Action 1: Measurable objectives on EDI for Chairs, Chief Executives and Board members', 'Success metric\n1a. Annual Chair / CEO appraisals on EDI objectives via the Board Assurance Framework (BAF)', [
      ['Give every Board member a race equality objective and review it in their appraisal.', '9', 'Chief People Officer', 'Jun 2023', 'Complete'],
    ]],
    ['High Impact Action 2: Overhaul recruitment processes and embed talent management', 'Success metric\n2a. Relative likelihood of being appointed from shortlisting\n2b. Staff survey: access to career progression and training\n2c. Race and disability representation moving to parity\n2d. Senior leadership (Band 8c and above) moving to parity\n2e. Diversity of shortlisted candidates\n2f. NETS combined indicator score', [
      ['Use diverse interview panels and de-biased shortlisting for every post at Band 8a and above.', '2', 'Head of Resourcing', 'Sep 2023', 'On track'],
      ['Start a talent conversation for every ethnic minority colleague at Bands 6 to 8a as part of appraisal.', '7, 1', 'Head of OD', 'Mar 2024', 'At risk'],
    ]],
    ['High Impact Action 3: Eliminate total pay gaps with respect to race, disability and gender', 'Success metric\n3a. Improvement in the gender, race and disability pay gaps', [
      ['Publish the ethnicity pay gap with an action plan agreed by the Remuneration Committee.', '—', 'Head of Reward', 'Mar 2024', 'Off track'],
    ]],
    ['High Impact Action 4: Address health inequalities within the workforce', 'Success metric\n4a. Staff survey: organisation acts on health and wellbeing concerns\n4b. NETS combined indicator score\n4c. To be developed in year 2', [
      ['Run wellbeing conversations in the languages staff ask for, starting with the two largest staff groups.', '—', 'Wellbeing Lead', 'Dec 2023', 'On track'],
    ]],
    ['High Impact Action 5: Comprehensive induction and onboarding for internationally recruited staff', 'Success metric\n5a. Staff survey: belonging for IR staff\n5b. Staff survey: bullying and harassment from team or line manager for IR staff\n5c. NETS combined indicator score for IR staff', [
      ['Pair every internationally recruited colleague with a buddy for their first six months.', '6, 8', 'Head of Nursing Workforce', 'Oct 2023', 'Complete'],
    ]],
    ['High Impact Action 6: Eliminate conditions that give rise to bullying, discrimination, harassment and physical violence', 'Success metric\n6a. Staff survey: bullying and harassment from line managers or teams (all staff)\n6b. Staff survey: discrimination from line managers or teams (all staff)\n6c. NETS bullying and harassment score', [
      ['Launch a civility and respect programme for all teams, with a route for reporting racism.', '6, 8', 'Head of OD', 'Jan 2024', 'On track'],
      ['Check every formal disciplinary case against an ethnic minority colleague with a senior reviewer before it proceeds.', '3', 'Head of Employee Relations', 'Ongoing', 'On track'],
    ]],
  ];
  const secs = [], sm = [];
  for (const [h, metrics, acts] of hias) {
    secs.push(p.line([h], { merge: ['A', 'E'], style: { bold: true, fill: C.paleblue }, border: true }));
    sm.push(p.line([metrics], { merge: ['A', 'E'], style: { italic: true }, height: 15 * metrics.split('\n').length }));
    for (const [a, ind, lead, due, st] of acts) {
      p.action([a, ind, lead, due, st], { indicators: ind === '—' ? [] : ind.split(', '), theme: h, action: a, lead, due, status: st, rag: R[st] }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { fill: S[st] }] });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an integrated care board) following a real published ICS page that aligns its EDI work to the six High Impact Actions of NHS England's EDI Improvement Plan (June 2023), each with its 'Success metric' list (South Yorkshire ICS's): a title naming the ICB and the plan, an intro paragraph, one header 'Action | WRES indicator | Lead | Due | RAG' (row 3), then six pale-blue HIA SECTION ROWS ('High Impact Action 1: …' … 'High Impact Action 6: …'), each followed by an italic merged 'Success metric' cell listing the HIA's success-metric codes and names on separate lines ('2a. Relative likelihood of being appointed from shortlisting', '6a. …', '4c. To be developed in year 2'), then the ICB's actions. The WRES indicator column holds bare numbers, two joined by ', ' ('7, 1' – in that order), or '—'. The RAG column holds a status word on a filled cell. Judgement calls: the Success metric cells are NOT actions and their codes are NOT WRES indicators ('2a', '6a' belong to the Improvement Plan's measures, even where the number matches a WRES indicator); indicators come from the WRES indicator column only, in the order written ('7, 1' → ['7','1']; '—' → []); theme = the HIA section row; lead and due as written ('Jun 2023', 'Ongoing'); status = the word, rag = the fill ('On track' on light green → green).", { sections: secs, dataRows: sm, crossRef: { metricCol: 'B', otherCols: [] }, ragCol: 'E', mode: 'fill' });
}
