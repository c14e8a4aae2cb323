// holdout25-wdes-2023-24-saltmarsh: follows an ambulance trust's public Trust Board paper 'Disability and Neurodiversity Survey Action Plan
// Report' (East of England Ambulance Service, https://www.eastamb.nhs.uk/about-us/disability-survey.htm, Public Board 10.05.2023): the
// board COVER SHEET (Meeting / Date / Report Title / Agenda Item / Author / Lead Director, the strategic risks SR1a / SR1b marked 'X', the
// Equality Impact Assessment grid with 'X' against Disability, Recommendation, Previously considered by, Purpose, Executive Summary), then the
// first draft of the survey action plan. The plan's key themes and actions follow the trust's published summary of the survey
// (ntk.eastamb.nhs.uk news item); the plan table's columns are ASSUMED.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saltmarsh and Broads Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout25-wdes-2023-24-saltmarsh', sheet: 'Board paper', standard: 'WDES', period: '2023-24', trust, widths: [34, 36, 52, 30, 18, 30] });
  const L = { bold: true, fill: C.paleblue };
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Meeting:', 'Public Board'], { border: true, styles: [L], merge: ['B', 'F'] });
  p.line(['Date:', D(2023, 5, 10)], { border: true, styles: [L, { numFmt: 'dd.mm.yyyy', alignment: { horizontal: 'left' } }], merge: ['B', 'F'] });
  p.line(['Report Title:', 'Disability and Neurodiversity Survey Action Plan Report'], { border: true, styles: [L], merge: ['B', 'F'] });
  p.line(['Agenda Item:', 'PUB23/5/14'], { border: true, styles: [L], merge: ['B', 'F'] });
  p.line(['Author:', 'Noreen Adebayo-Clarke, Head of Culture and Inclusivity'], { border: true, styles: [L], merge: ['B', 'F'] });
  p.line(['Lead Director:', 'Dr Marten Oakes, Director of Strategy, Culture and Education'], { border: true, styles: [L], merge: ['B', 'F'] });
  p.line(['SR1a: If our people are not kept safe and their wellbeing put first, we risk being unable to attract, retain and look after them', 'X'], { border: true, merge: ['B', 'F'], height: 40 });
  p.line(['SR1b: If our leaders are not developed and equipped, we risk being unable to change our culture and to value, support and grow our people'], { border: true, merge: ['B', 'F'], height: 40 });
  p.line(['Equality Impact Assessment'], { border: true, styles: [L], merge: ['A', 'F'] });
  p.line(['No negative impact identified', ''], { border: true });
  p.line(['Negative impact identified:'], { border: true, merge: ['A', 'F'] });
  p.line(['Age', '', 'Sexual Orientation', ''], { border: true });
  p.line(['Disability', 'X', 'Gender Reassignment', ''], { border: true });
  p.line(['Gender', '', 'Religion/Belief', ''], { border: true });
  p.line(['Race', '', 'Pregnancy and Maternity', ''], { border: true });
  p.line(['Marriage and civil partnership', ''], { border: true });
  p.line(['Recommendation:', 'The Board is asked to consider the first results of the disability and neurodiversity survey and the first draft of the action plan that responds to them.'], { border: true, styles: [L], merge: ['B', 'F'], height: 30 });
  p.line(['Previously considered by:', 'Executive Leadership Team and People Committee'], { border: true, styles: [L], merge: ['B', 'F'] });
  p.line(['Purpose', 'To give the Board an overview of the survey report – its main findings and considerations – and the first draft of the action plan built on its recommendations.'], { border: true, styles: [L], merge: ['B', 'F'], height: 30 });
  p.line(['Executive Summary', 'After last year\'s BME survey we said we would survey colleagues with disabilities and neurodivergent conditions. The survey ran from January 2023, with one-to-ones and focus groups in February and March. 71% of those invited took part.'], { border: true, styles: [L], merge: ['B', 'F'], height: 44 });
  p.blank();
  p.line(['Appendix 1 – Disability and Neurodiversity Survey: draft action plan 2023-2026'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.header(['Survey finding', 'Recommendation', 'Action', 'Lead', 'Timescale', 'Update'], { style: { fill: C.darkblue, color: C.white } });
  const themes = [
    ['Theme 1: Reasonable adjustments', 'Just over 40% of disabled colleagues felt their requests for adjustments were considered and met.', [
      ['Make adjustments quicker and consistent', 'Rewrite the reasonable adjustments policy and introduce a workplace adjustments passport that moves with the colleague.', 'Head of HR Policy', 'September 2023', 'Draft policy with staff side.'],
      ['', 'Carry out accessibility audits of every station, control room and office.', 'Head of Estates', 'March 2024', ''],
    ]],
    ['Theme 2: Career development', 'Only a third believe development, progression and training are equally open to all staff.', [
      ['Open up development routes', 'Ring-fence places for disabled and neurodivergent colleagues on the leadership programmes and track who applies and who gets in.', 'Head of Leadership Development', 'Q3 2023/24', ''],
    ]],
    ['Theme 3: Manager understanding', 'A third say their manager understands how their condition affects them at work.', [
      ['Give managers the knowledge they need', 'Require every line manager to complete disability and neurodiversity awareness training.', 'Head of Culture and Inclusivity', 'March 2024', 'Module being commissioned.'],
      ['', 'Add a disability and neurodiversity module to corporate induction.', 'Head of Education', 'Q2 2023/24', ''],
    ]],
    ['Theme 4: Language and behaviour', 'Colleagues describe a lack of awareness that leads to nicknames, inappropriate terms and concerns not being dealt with.', [
      ['Set clear expectations', 'Publish guidance on acceptable language, written with the Disability and Neurodiversity Network.', 'Head of Culture and Inclusivity', 'July 2023', ''],
      ['', 'Launch an online portal for reporting unacceptable language or behaviour, with feedback to the person reporting.', 'Freedom to Speak Up Guardian', 'October 2023', ''],
    ]],
    ['Theme 5: Data', 'Our records understate how many colleagues live with a disability.', [
      ['Know our workforce', 'Run a campaign asking colleagues to update their disability status on ESR, explaining why it matters.', 'Head of Workforce Information', 'Q4 2023/24', ''],
    ]],
  ];
  const secs = [];
  for (const [th, finding, acts] of themes) {
    secs.push(p.line([th], { merge: ['A', 'F'], style: { bold: true, fill: C.palegrey }, border: true }));
    const first = p.r + 1; let recRow = null;
    acts.forEach(([rec, a, lead, due, upd], i) => {
      const r = p.action([i === 0 ? finding : undefined, rec || undefined, a, lead, due, upd], { theme: th, action: a, lead, due, progress: upd });
      if (rec) recRow = r; else if (recRow) { mergeDown(p.ws, 'B', recRow, r); recRow = null; }
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service) following a real published Trust Board paper, 'Disability and Neurodiversity Survey Action Plan Report' (East of England Ambulance Service, Public Board 10 May 2023), pasted into one sheet: a trust-name line, then the BOARD COVER SHEET as label | value rows – 'Meeting:', 'Date:' (a real date shown 10.05.2023), 'Report Title:', 'Agenda Item:', 'Author:', 'Lead Director:' (a named director), the two strategic risks SR1a (marked 'X') and SR1b, an 'Equality Impact Assessment' block ('No negative impact identified', 'Negative impact identified:' and a two-column grid of protected characteristics with 'X' against Disability), 'Recommendation:', 'Previously considered by:', 'Purpose', 'Executive Summary' – a blank row, an appendix title, then the draft action plan: header 'Survey finding | Recommendation | Action | Lead | Timescale | Update' (row 24) under five grey THEME rows ('Theme 1: Reasonable adjustments' …). The survey finding is merged down beside the theme's actions and a recommendation is merged over the actions that answer it. Judgement calls: nothing on the cover sheet is an action or a field of one – the Lead Director is the paper's sponsor, not an action lead, and the meeting date is not a due (no gold lead or due comes from them); the 'X' marks are not statuses; the actions are the 'Action' cells (C), one per row; the finding (A) and recommendation (B) are context (no gold field from them); theme = the theme row above; lead and timescale as written ('Q3 2023/24', 'September 2023'); the Update is progress where filled; no status or RAG; indicators [] – the survey plan names no WDES metric and none is guessed from the wording.", { sections: secs, notFrom: ['A', 'B'], forbidden: ['Dr Marten Oakes, Director of Strategy, Culture and Education', 'Noreen Adebayo-Clarke, Head of Culture and Inclusivity', '10.05.2023', 'X', 'Public Board'] });
}
