// holdout55-wres-2020-21-kelbrook: follows Gateshead Health NHS FT's WRES 2020 paper (gatesheadhealth.nhs.uk/resources/workforce-race-
// equality-standard-wres-2020/): 'Introduction and Background', the purpose (progress on the indicators and proposed future actions that
// form part of the Equality Objectives and the Diversity & Inclusion work plan for 2020-21), the WRES set in the context of the NHS People
// Plan's three themes. Here the proposed actions are grouped by those People Plan themes, merged down the first column.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kelbrook and District Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout55-wres-2020-21-kelbrook', sheet: 'WRES 2020 paper', standard: 'WRES', period: '2020-21', trust, widths: [26, 12, 54, 14, 26, 28, 10], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard (WRES) 2020'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['1. Introduction and background'], { style: { bold: true } });
  p.line(['1.1 This paper updates the People and Organisational Development Committee on progress against the nine WRES indicators and proposes the actions that will form part of the Trust\'s Equality Objectives and its Diversity and Inclusion work plan for 2020-21 and beyond.'], { merge: ['A', 'G'], height: 40 });
  p.line(['1.2 The interim NHS People Plan frames the support staff can expect around three themes: a healthy, inclusive and compassionate culture; great development and fulfilling careers; and everyone having voice, control and influence. The actions below are grouped under those themes.'], { merge: ['A', 'G'], height: 40 });
  p.line(['2. Proposed actions 2020-21'], { style: { bold: true } });
  p.header(['People Plan theme', 'WRES indicator(s)', 'Proposed action', 'D&I work plan ref', 'Executive lead', 'Operational lead', 'By'], { style: { fill: C.darkblue, color: C.white } });
  const F = 'mmm-yy';
  const themes = [
    ['Healthy, inclusive and compassionate culture', [
      ['5, 6', 'Launch a zero tolerance campaign on racist abuse with posters in every public area and a manager toolkit.', 'DI-2.1', 'Director of People', 'Head of Health and Wellbeing', D(2020, 12, 1), ['5', '6']],
      ['8', 'Offer facilitated conversations to teams where ethnic minority staff report discrimination in the staff survey.', 'DI-2.4', 'Director of People', 'Organisational Development Lead', D(2021, 3, 1), ['8']],
      ['3', 'Introduce a pre-formal decision checklist for managers considering disciplinary action.', 'DI-3.2', 'Director of People', 'Head of Employee Relations', D(2020, 11, 1), ['3']],
    ]],
    ['Great development and fulfilling careers', [
      ['7', 'Run a second cohort of the Stepping Up leadership programme for Band 5–7 ethnic minority staff.', 'DI-4.1', 'Chief Nurse', 'Head of Leadership and Talent', D(2021, 3, 1), ['7']],
      ['1, 2', 'Put an inclusion ambassador on every interview panel for Band 8a and above.', 'DI-4.3', 'Director of People', 'Head of Resourcing', D(2021, 1, 1), ['1', '2']],
      ['4', 'Publish access to non-mandatory training by ethnicity twice a year.', 'DI-4.5', 'Director of People', 'Workforce Information Manager', D(2020, 10, 1), ['4']],
    ]],
    ['Voice, control and influence', [
      ['All', 'Give the BAME staff network chair protected time and a standing seat at the People and OD Committee.', 'DI-1.2', 'Chief Executive', 'Equality and Diversity Lead', D(2020, 9, 1), ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
      ['9', 'Start a reverse mentoring scheme pairing each Board member with an ethnic minority colleague.', 'DI-1.4', 'Chair', 'Equality and Diversity Lead', D(2021, 2, 1), ['9']],
    ]],
  ];
  for (const [th, acts] of themes) {
    const first = p.r + 1;
    acts.forEach(([ind, a, ref, exec, op, by, codes], i) => {
      p.action([i === 0 ? th : undefined, ind, a, ref, exec, op, by], { indicators: codes, action: a, lead: op, due: shown(by, F) }, { styles: [{ bold: true, fill: C.paleblue }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { numFmt: F }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['3. Recommendation'], { style: { bold: true } });
  p.line(['3.1 The Committee is asked to note the WRES 2020 results and approve the proposed actions for 2020-21.'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust) following a real acute trust's published WRES 2020 paper (Gateshead Health's): numbered paragraphs ('1. Introduction and background', 1.1 purpose – proposed actions forming part of the Equality Objectives and the D&I work plan 2020-21 – and 1.2 the NHS People Plan's three themes), '2. Proposed actions 2020-21', one header 'People Plan theme | WRES indicator(s) | Proposed action | D&I work plan ref | Executive lead | Operational lead | By' (row 7), the People Plan theme MERGED DOWN over its actions (shaded), dates shown mmm-yy, then '3. Recommendation'. Judgement calls: every row under the header is an action; indicators from the WRES indicator(s) column ('5, 6' → ['5','6'], 'All' → all nine); the D&I work plan refs ('DI-2.1') are the trust's own work plan numbers, not indicators and not the action's ref (ref '', the plan has no action numbering of its own); lead = Operational lead (the person who delivers), NOT the Executive lead; due = By as shown ('Dec-20'); theme null – the People Plan theme is a merged column, not a section row; no status: status '', rag null; the numbered paragraphs and the recommendation are not actions.", { notFrom: ['A', 'D', 'E'], dueFrom: ['G'] });
}
