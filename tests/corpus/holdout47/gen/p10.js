// holdout47-wdes-2025-26-sheafbank: follows Sheffield Health and Social Care NHS FT's 'Equality, diversity and inclusion' page: 'Everyone should
// have equal access to our services …', the protected characteristics as a list, 'Our equality objectives and priorities' (refreshed, new
// objectives agreed March 2024, six objectives and an action plan to achieve them by 2028), the alternative-format e-mail line, stray colour
// codes left in the copied text ('rgb(0,94,184)', 'rgb(228,241,252)'), 'How we're performing', and the PCREF section with its parts. ASSUMED:
// the WDES action plan tied to the six objectives, placed under the page, with RAG letters and a key.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Sheafbank Health and Social Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout47-wdes-2025-26-sheafbank', sheet: 'EDI page', standard: 'WDES', period: '2025-26', trust, widths: [12, 52, 11, 28, 14, 10], font: { name: 'Arial', size: 10 } });
  const W = { merge: ['A', 'F'] };
  const H = { ...W, style: { bold: true, font: { size: 12 }, color: C.nhs } };
  p.line([trust], { ...W, style: { bold: true, font: { size: 12 } } });
  p.line(['Equality, diversity and inclusion'], { ...W, style: { bold: true, font: { size: 16 } } });
  p.line(['Everyone should be able to use our services on equal terms, and every member of staff should have the same chance to succeed.'], W);
  p.line(['The Equality Act 2010 lists the characteristics that the law protects:'], W);
  for (const c of ['Age', 'Disability', 'Gender reassignment', 'Marriage or civil partnership', 'Pregnancy or maternity', 'Race', 'Religion or belief (including no religion or belief)', 'Sex', 'Sexual orientation']) p.line([c], W);
  p.line(['Our equality objectives and priorities'], H);
  p.line(['We refreshed our equality objectives and agreed six new ones in March 2024, with an action plan to meet them by 2028. Our Workforce Disability Equality Standard (WDES) actions for 2025/26 are set out against those objectives below.'], { ...W, height: 28 });
  p.line(['If you would like any of these documents in a different format, please email edi@sheafbank.nhs.example'], W);
  p.line(['rgb(0,94,184)'], W);
  p.line(['rgb(228,241,252)'], W);
  p.line(['How we\'re performing'], H);
  p.line(['We publish reports on equality, diversity and inclusion every year. Reports from before 2017 are available on request.'], W);
  p.line(['The Patient and Carer Race Equality Framework (PCREF) is NHS England\'s anti-racism framework for mental health services. We were an early adopter and our PCREF work has three parts:'], { ...W, height: 28 });
  for (const t of ['Part one: Leadership and governance – meeting our legal and regulatory duties', 'Part two: Data – using information on access, experience and outcomes', 'Part three: Patient and carer feedback – listening to communities and acting on what they tell us']) p.line([t], W);
  p.blank();
  p.line(['WDES action plan 2025/26'], { ...W, style: { bold: true, font: { size: 13 } } });
  p.line(['Equality objectives: EO1 Inclusive services · EO2 Fair recruitment and progression · EO3 Safe and respectful workplace · EO4 Health and wellbeing · EO5 Inclusive leadership · EO6 Better data'], { ...W, style: { font: { size: 9 } } });
  p.line(['Position at June 2025 – C = complete   G = on track   A = some risk   R = off track'], { ...W, style: { font: { size: 9 }, italic: true } });
  p.header(['Equality objective', 'Action', 'WDES metric', 'Lead', 'By', 'Q1 RAG'], { style: { fill: C.nhs, color: C.white } });
  const fill = { C: C.blue, G: C.green, A: C.amber, R: C.red };
  const rag = { C: 'blue', G: 'green', A: 'amber', R: 'red' };
  const acts = [
    ['EO6', 'Run a "Count me in" campaign so that more staff record a disability or long-term condition on ESR, aiming to close the gap with the staff survey', '1', 'Head of Workforce Information', 'September 2025', 'G'],
    ['EO2', 'Guarantee an interview to disabled applicants who meet the essential criteria and check the shortlisting figures every quarter', '2', 'Head of Recruitment', 'Quarterly', 'G'],
    ['EO3', 'Add a reasonable adjustments check to the capability policy so that adjustments are considered before any formal stage', '3', 'Deputy Director of People', 'October 2025', 'A'],
    ['EO3', 'Give disabled staff a named contact to report harassment from service users, with a debrief offered within a week', '4a, 4b', 'Head of Security and Violence Reduction', 'December 2025', 'R'],
    ['EO4', 'Launch a Health and Adjustments Passport that moves with the member of staff when they change role or team', '6, 8', 'Health and Wellbeing Lead', 'July 2025', 'C'],
    ['EO2', 'Open the Next Steps development programme with ring-fenced places for disabled staff in Bands 3 to 6', '5, 7', 'Head of Leadership and OD', 'January 2026', 'G'],
    ['EO5', 'Ask the Disabled Staff Network to report to the People Committee twice a year and set up Board listening sessions with its members', '9a, 9b', 'Chief People Officer', 'March 2026', 'A'],
    ['EO5', 'Recruit to the vacant non-executive post using a disability-confident process and positive-action advertising', '10', 'Trust Secretary', 'March 2026', 'G'],
  ];
  for (const [eo, a, m, lead, by, r] of acts) p.action([eo, a, m, lead, by, r], { indicators: m.match(/\d+[ab]?/g), action: a, lead, due: by, status: r, rag: rag[r] }, { styles: [{}, {}, {}, {}, {}, { fill: fill[r], bold: true, alignment: { horizontal: 'center' }, ...(r === 'C' ? { color: C.white } : {}) }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and social care foundation trust) following a real published trust EDI web page (Sheffield Health and Social Care's) copied to a sheet, with its WDES plan set under the page: trust name, title, an opening sentence, the protected characteristics as NINE ONE-WORD ROWS, 'Our equality objectives and priorities' with its paragraph (six objectives agreed March 2024, to be met by 2028), an alternative-format e-mail line, TWO STRAY COLOUR CODES left over from the copied page ('rgb(0,94,184)', 'rgb(228,241,252)'), 'How we're performing', the PCREF paragraph and its three 'Part …' rows, then 'WDES action plan 2025/26' (row 26), a line decoding the objective codes EO1–EO6, a key line 'Position at June 2025 – C = complete G = on track A = some risk R = off track', one header 'Equality objective | Action | WDES metric | Lead | By | Q1 RAG' (row 29) and eight actions. Column A holds an OBJECTIVE CODE ('EO3'), column C the 2021+ WDES metric codes ('4a, 4b', '9a, 9b', '10'). Status is ONE LETTER on a coloured fill. Judgement calls: indicators from the WDES metric column only – never the EO number (EO2, EO3 … are equality objectives, not metrics); theme null – the EO code is a cross-reference to an objective, not a section, and no objective heading sits above the actions; status = the letter as written, rag from the fill per the key (C = blue, G = green, A = amber, R = red); due as written ('Quarterly', 'September 2025'); the characteristics, colour codes, PCREF parts and the '2028' / 'March 2024' / 'June 2025' dates are context, not actions or dues; no progress column.", { mode: 'fill', ragCol: 'F', indCol: 'C', crossRef: { metricCol: 'C', otherCols: ['A'] }, forbidden: ['rgb(0,94,184)', 'rgb(228,241,252)', '2028', 'June 2025', 'March 2024'] });
}
