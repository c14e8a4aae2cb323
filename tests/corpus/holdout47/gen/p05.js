// holdout47-wres-2024-25-trentmere: follows North Staffordshire Combined Healthcare NHS Trust's 'Anti-racist declaration' page: the commitment
// to be an anti-racist organisation, three short paragraphs, 'In declaring our intention towards becoming an anti-racist organisation we:' with
// three commitments, 'What we are doing to become an anti-racist trust' (values, People Plan 2023–2028, the Board's adoption of the RACE Equality
// Code 2020 and own action plans, a focus on TRANSFORMATIONAL as well as TRANSACTIONAL activities, discomfort approached with compassion),
// 'Our Combined People Plan 2023–28'. ASSUMED: the action plan under the page, with a transactional / transformational column.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Trentmere Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout47-wres-2024-25-trentmere', sheet: 'Anti-racism plan', standard: 'WRES', period: '2024-25', trust, widths: [30, 17, 52, 11, 24, 14, 38], font: { name: 'Arial', size: 10 } });
  const W = { merge: ['A', 'G'] };
  p.line([trust], { ...W, style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['Anti-racist declaration'], { ...W, style: { bold: true, font: { size: 16 } } });
  p.line([`At ${trust} we are committed to being an anti-racist organisation.`], { ...W, style: { bold: true } });
  p.line(['We are a diverse and inclusive trust. Racism, harassment, personal abuse and discrimination of any kind have no place here.'], W);
  p.line(['Every colleague should feel safe to be themselves at work, and should know that their individual needs and strengths are seen.'], W);
  p.line(['The trust will hold itself to account for any discriminatory behaviour or action towards colleagues, service users or carers.'], W);
  p.line(['In declaring our intention towards becoming an anti-racist organisation we:'], { ...W, style: { bold: true } });
  const commit = ['Commit to building understanding of institutional racism and its scale among colleagues, service users and carers', 'Commit to removing race discrimination and creating a fair workplace where every colleague can thrive', 'Commit to building the personal and organisational leadership and accountability needed to tackle racism'];
  for (const c of commit) p.line(['•  ' + c], W);
  p.line(['What we are doing to become an anti-racist trust'], { ...W, style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['Diversity and inclusion sit at the heart of our values, our People Plan 2024–2029 and the People pillar of our Trust Strategy.'], W);
  p.line(['Our Board has adopted the RACE Equality Code and we are building our own action plan to meet as much of the Code as we can. The Board has approved this declaration.'], W);
  p.line(['We will keep measuring our efforts through transactional activities, but we will put more weight on transformational activities – the ones that, over time, change attitudes and behaviours so that all our people can flourish.'], { ...W, height: 28 });
  p.line(['Becoming anti-racist can be uncomfortable as we each question our own assumptions. Approached with compassion and skill, it helps everyone feel valued and included.'], W);
  p.line(['Our People Plan 2024–29'], { ...W, style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['Our People Plan sets the direction for how we look after, develop and include our people. The anti-racism actions below are its race equality commitments for 2024/25 and are reported through the WRES.'], W);
  p.blank();
  p.line(['Anti-racism and WRES action plan 2024/25'], { ...W, style: { bold: true, font: { size: 13 } } });
  p.header(['Our commitment', 'Transactional or transformational?', 'Action', 'WRES indicator', 'Executive lead', 'Delivery by', 'Progress at Q2'], { style: { fill: C.purple, color: C.white } });
  const plan = [
    ['Building understanding of institutional racism', [
      ['Transformational', 'Run facilitated Let\'s Talk About Race conversations in every directorate, led by trained colleagues from the Race Equality Network', 'WRES 6, 8', 'Chief People Officer', 'March 2025', 'Four of nine directorates held sessions; 180 colleagues attended.'],
      ['Transactional', 'Make the anti-racism e-learning module part of the induction checklist for every new starter', 'WRES 8', 'Chief People Officer', 'Q2 2024/25', 'Live on the induction checklist since August.'],
      ['Transformational', 'Co-produce the trust\'s Patient and Carer Race Equality Framework plan with service users and community groups', '—', 'Chief Nurse', 'Q4 2024/25', 'Two community listening events held.'],
    ]],
    ['Removing race discrimination from our workplace', [
      ['Transactional', 'Audit shortlisting and appointment decisions for all Band 7 and above posts every quarter', 'WRES 2', 'Chief People Officer', 'Quarterly', 'Q1 audit done: relative likelihood 1.41.'],
      ['Transactional', 'Require a senior review of every formal disciplinary case involving a colleague from an ethnic minority background before it starts', 'WRES 3', 'Deputy Chief Executive', 'June 2024', 'In place; 6 cases reviewed, 4 resolved informally.'],
      ['Transformational', 'Create a zero-tolerance pathway for racist abuse from service users, with the Race Equality Network and ward managers', 'WRES 5', 'Chief Operating Officer', 'December 2024', ''],
    ]],
    ['Leadership and accountability', [
      ['Transactional', 'Include an anti-racism objective in every executive and senior manager appraisal', 'WRES 9', 'Chief Executive', 'Q1 2024/25', 'All executive objectives include one.'],
      ['Transformational', 'Set up reciprocal mentoring between Board members and colleagues from ethnic minority backgrounds', 'WRES 1, 9', 'Chair', 'September 2024', 'Eight pairs matched.'],
      ['Transactional', 'Publish a RACE Equality Code self-assessment and its gaps to the Board twice a year', '—', 'Chief People Officer', 'October 2024 and March 2025', ''],
    ]],
  ];
  for (const [commitment, acts] of plan) {
    const first = p.r + 1;
    acts.forEach(([type, a, ind, lead, due, prog], i) => p.action([i === 0 ? commitment : undefined, type, a, ind, lead, due, prog], { indicators: ind.match(/\d+/g) || [], theme: commitment, action: a, lead, due, progress: prog }));
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Progress is reported to the People and Culture Committee each quarter and to the Board in the annual WRES report.'], { ...W, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability trust) following a real published trust 'Anti-racist declaration' web page (North Staffordshire Combined Healthcare's) with the action plan set under it: trust name, title, the commitment sentence and three short paragraphs, 'In declaring our intention towards becoming an anti-racist organisation we:' with THREE COMMITMENT BULLETS that start 'Commit to …' (read like actions but are the declaration), 'What we are doing to become an anti-racist trust' with four paragraphs (RACE Equality Code adopted; TRANSACTIONAL versus TRANSFORMATIONAL activities), 'Our People Plan 2024–29' and its paragraph, then 'Anti-racism and WRES action plan 2024/25' (row 19), one header 'Our commitment | Transactional or transformational? | Action | WRES indicator | Executive lead | Delivery by | Progress at Q2' (row 20), nine actions under three commitments MERGED DOWN in column A, and a closing reporting note. Judgement calls: the declaration bullets and paragraphs are context, not actions (the plan's actions are the Action cells); theme = the merged commitment cell (a short form of the bullet above); the Transactional / Transformational column is a type of activity, NOT a status (status '' and rag null throughout) and not a theme; indicators from the WRES indicator column ('WRES 6, 8' → ['6','8']; '—' → [] for the service-user PCREF action and the Code self-assessment, which stay actions); lead = the executive lead as written; due as written ('Q2 2024/25', 'Quarterly', 'October 2024 and March 2025'); progress = the Q2 cell, '' when blank; the closing note is not an action.", { themeCol: 'A', notFrom: ['B'], indCol: 'D', forbidden: ['Transactional', 'Transformational'] });
}
