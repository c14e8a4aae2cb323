// holdout25-wres-2020-21-avonmead: follows a community services provider's 'Delivery Plan – Full Version 2020-2023' (Wiltshire Health and
// Care, https://www.readkong.com/page/wiltshire-health-and-care-delivery-plan-full-version-4469463 and its vdocuments copy): an introduction
// ('Our Delivery Plan', 'How the plan was developed' – goals carried over from 19/20, goals from the NHS Long Term Plan …), themes, and
// goals written as '<goal>: [STM:2] - Q2: We will design the service - Q3: Appointments will be available **' – a bracketed SOURCE TAG,
// then QUARTER MILESTONES, and '**' pointing to a caveat ('If we have PPE and staff …'). Its workforce theme includes diversity. The
// table form (goal | milestones | lead) is how the PDF converts; the equality goals and the tag letters are written anew.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Avonmead Health and Care';
  const p = new Plan(book, { name: 'holdout25-wres-2020-21-avonmead', sheet: 'Delivery Plan', standard: 'WRES', period: '2020-21', trust, widths: [62, 52, 28] });
  const para = (t, h = 30) => p.line([t], { merge: ['A', 'C'], height: h });
  p.line([`${trust} Delivery Plan – Full Version 2020-2023`], { merge: ['A', 'C'], style: { bold: true, font: { size: 14 } } });
  p.line(['1. Introduction'], { merge: ['A', 'C'], style: { bold: true } });
  para('This document sets out how we will deliver our services over the next three years. This extract is the workforce equality section; milestones are for 2020/21, the plan\'s first year.');
  p.line(['How the plan was developed'], { merge: ['A', 'C'], style: { bold: true } });
  para('1. Goals carried over from our 2019/20 plan are tagged [CO]. 2. Goals that come from the NHS Long Term Plan are tagged [LTP] and those from the NHS People Plan [PP], each with the number of the commitment they answer. 3. Our own local goals are tagged [LOC].', 44);
  p.line(['6. Developing our workforce – a fair and diverse place to work'], { merge: ['A', 'C'], style: { bold: true, color: C.nhs, font: { size: 12 } } });
  p.header(['Goal', 'Milestones 2020/21', 'Lead'], { style: { fill: C.paleblue } });
  const goals = [
    ['Every recruitment panel for Band 7 and above has a trained, ethnically diverse member, to narrow the gap in appointment from shortlisting (WRES indicator 2): [PP:4]', '- Q2: We will train 30 panel members\n- Q3: Diverse panels will be in place for all Band 7+ posts', 'Head of Workforce', 'Q3'],
    ['A reverse mentoring scheme pairs BAME colleagues with every member of the executive team: [LTP:7]', '- Q2: We will recruit mentors\n- Q4: All executives will be paired **', 'Director of People', 'Q4'],
    ['Formal disciplinary cases involving BAME staff are reviewed by a senior manager before they proceed (WRES indicator 3): [CO]', '- Q1: We will agree the review step with staff side\n- Q2: Every case will be reviewed', 'Head of HR', 'Q2'],
    ['BAME staff have equal access to non-mandatory training and CPD funding (WRES indicator 4): [LOC:2]', '- Q3: We will publish CPD uptake by ethnicity\n- Q4: Funding panels will include a network member', 'Head of Education and Training', 'Q4'],
    ['Our BAME Staff Network has an executive sponsor and protected time for its chair: [PP:6]', '- Q1: Sponsor named\n- Q2: Chair\'s protected time agreed', 'Chief Executive', 'Q2'],
    ['Colleagues know how to report racist abuse from patients and get support afterwards (WRES indicator 5): [LOC:3]', '- Q3: We will launch a reporting guide and poster campaign **', 'Head of Health and Safety', 'Q3'],
  ];
  for (const [g, ms, lead, due] of goals) {
    const inds = (/WRES indicator (\d)/.exec(g) || [])[1];
    p.action([g, ms, lead], { indicators: inds ? [inds] : [], theme: '6. Developing our workforce – a fair and diverse place to work', action: g, lead, due, dueSource: 'labelled' }, { height: 44 });
  }
  p.line(['** If COVID-19 pressures and staffing allow, and recognising that our response to the pandemic comes first.'], { merge: ['A', 'C'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional provider, a community health and care partnership) following a real published community services 'Delivery Plan – Full Version 2020-2023' (Wiltshire Health and Care's), its workforce-equality section as a converted PDF: a title, '1. Introduction' and a paragraph, 'How the plan was developed' explaining the SOURCE TAGS ([CO] carried over, [LTP:n] NHS Long Term Plan, [PP:n] People Plan, [LOC:n] local), the theme heading '6. Developing our workforce – a fair and diverse place to work', one header 'Goal | Milestones 2020/21 | Lead' (row 7), six goals, and a '**' caveat line at the end. Each GOAL ends with its bracketed source tag (': [PP:4]'); some goals name a WRES indicator in brackets; the MILESTONES cell holds two dash lines '- Q2: …' / '- Q4: …' (quarters of 2020/21, the column header gives the year), two ending with '**'. Judgement calls: the action is the Goal cell as written, tag included (the tag is part of the published text); indicators from the WRES indicator the goal names ('(WRES indicator 3)' → ['3']), NEVER from the tag number ('[PP:4]' is People Plan commitment 4, '[LOC:2]' local goal 2), [] where none is named; due = the LAST milestone's quarter as written ('Q4', dueSource 'labelled' – read from inside the milestones cell, not a due column) – the goal is delivered at its final milestone – and the milestones are not split into separate actions; lead as written; theme = the section heading above the header; the '**' caveat line and the introduction are not actions; no status, rag null.", { sections: [6], forbidden: ['[PP:4]', '[LTP:7]', '[CO]', '[LOC:2]', '[PP:6]', '[LOC:3]'] });
}
