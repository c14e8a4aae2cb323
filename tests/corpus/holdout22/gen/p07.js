// holdout22-wres-2021-22-marlpit: ORDINARY WRES tracker of a MENTAL HEALTH trust with a regional PERINATAL (mother and baby) unit
// – title and trust line, a KEY ROW of filled colour words, then a header with LINE BREAKS 'Action\nref | Priority area | WRES\n
// indicator | Action | Executive\nlead | Lead | Quarter | RAG\n(Dec 21) | Update' (frozen; lead = Lead); a per-row Priority area;
// 'WRES 5, 6'; FY-quarter text; RAG as COLOUR WORDS filled.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marlpit and Weald Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout22-wres-2021-22-marlpit', sheet: 'WRES tracker', standard: 'WRES', period: '2021-22', trust, widths: [8, 22, 11, 54, 20, 30, 11, 10, 42] });
  p.line(['WRES Action Plan 2021-22 – progress tracker'], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 } } });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, color: 'FF2F5597' } });
  p.blank();
  const W = { Blue: [C.blue, 'blue', C.white], Green: [C.green, 'green'], Amber: [C.amber, 'amber'], Red: [C.red, 'red', C.white] };
  p.line(['', '', 'Key:', 'Blue = complete', 'Green = on track', 'Amber = at risk', 'Red = off track'], { at: 2, styles: [{}, {}, { bold: true }, { fill: C.blue, color: C.white }, { fill: C.green }, { fill: C.amber }, { fill: C.red, color: C.white }] });
  const h = p.header(['Action\nref', 'Priority area', 'WRES\nindicator', 'Action', 'Executive\nlead', 'Lead', 'Quarter', 'RAG\n(Dec 21)', 'Update'], { style: { fill: 'FF2F5597', color: C.white }, height: 30 });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const data = [
    ['Representation', 'WRES 1', ['1'], 'Set a trajectory for BME staff at Band 8a and above for each care group and report against it every quarter.', 'Chief People Officer', 'Head of Workforce Planning', 'Q2 21/22', 'Blue', 'Trajectories agreed in September.'],
    ['Representation', 'WRES 1', ['1'], 'Create developmental secondments at Band 7 in the perinatal service and the community mental health teams.', 'Chief Operating Officer', 'Perinatal Service Manager', 'Q4 21/22', 'Green', 'Two secondments advertised.'],
    ['Recruitment', 'WRES 2', ['2'], 'Introduce values-based interview questions co-designed with the Race Equality Network for all posts at Band 6 and above.', 'Chief People Officer', 'Head of Resourcing', 'Q3 21/22', 'Amber', 'Question bank drafted; network review in January.'],
    ['Employee relations', 'WRES 3', ['3'], 'Use a "just culture" triage panel before any formal disciplinary investigation.', 'Chief People Officer', 'Head of Employee Relations', 'Q1 21/22', 'Blue', 'Panel running since June.'],
    ['Development', 'WRES 4', ['4'], 'Monitor applications for and approval of CPD funding by ethnicity in each care group.', 'Chief Nurse', 'Head of Education and Training', 'Q2–Q4 21/22', 'Green', 'Q2 report shows no gap.'],
    ['Safety at work', 'WRES 5, 6', ['5', '6'], 'Roll out the "Stand up to racism" toolkit on inpatient wards, including the mother and baby unit, with a debrief after every racist incident.', 'Chief Nurse', 'Matron for Inpatient Services', 'Q3 21/22', 'Amber', 'Five of nine wards so far.'],
    ['Safety at work', 'WRES 6', ['6'], 'Train all team leaders in civility and respect, with a session on microaggressions.', 'Chief People Officer', 'Organisational Development Lead', 'Q4 21/22', 'Red', 'Trainer not yet secured.'],
    ['Development', 'WRES 7', ['7'], 'Run a second cohort of the Ready Now style "Inclusive Leaders" programme for BME staff at Bands 6–8a.', 'Chief People Officer', 'Organisational Development Lead', 'Q3 21/22', 'Green', '18 participants started in October.'],
    ['Culture', 'WRES 8', ['8'], 'Appoint Race Equality Network "allies" in every care group to support colleagues who experience discrimination.', 'Chief Executive', 'Race Equality Network Chair', 'Q2 21/22', 'Blue', '22 allies in place.'],
    ['Leadership', 'WRES 9', ['9'], 'Include lived experience of race equality in the person specification for the two non-executive vacancies.', 'Chair', 'Company Secretary', 'Q4 21/22', 'Green', 'Recruitment pack updated.'],
    ['Governance', 'WRES 1–9', ALL_WRES, 'Report progress to the People and Culture Committee every quarter and publish the tracker on the intranet.', 'Chief People Officer', 'Equality, Diversity and Inclusion Manager', 'Q1–Q4 21/22', 'Green', 'Reported in July and October.'],
  ];
  let n = 0;
  for (const [area, ind, inds, action, exec, lead, q, w, upd] of data) {
    const ref = `MP-${String(++n).padStart(2, '0')}`;
    p.action([ref, area, ind, action, exec, lead, q, w, upd], { ref, indicators: inds, action, lead, due: q, status: w, rag: W[w][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, {}, {}, { fill: W[w][0], ...(W[w][2] ? { color: W[w][2] } : {}) }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES tracker of a MENTAL HEALTH trust with a regional PERINATAL (mother and baby) unit: a merged title 'WRES Action Plan 2021-22 – progress tracker' ABOVE the trust line, a blank row, a KEY ROW of filled cells ('Key:' in D4, then 'Blue = complete', 'Green = on track', 'Amber = at risk', 'Red = off track' in E4:H4, each filled in its colour), then a dark-blue header with LINE BREAKS 'Action\\nref | Priority area | WRES\\nindicator | Action | Executive\\nlead | Lead | Quarter | RAG\\n(Dec 21) | Update' (row 5, frozen). Refs 'MP-01'…'MP-11'. 'Priority area' is a short per-row label (Representation, Recruitment, Safety at work …), not in groups of its own. Indicators 'WRES N', 'WRES 5, 6' = ['5','6'], 'WRES 1–9' = all nine. Quarter is FY-quarter text ('Q2 21/22', 'Q2–Q4 21/22', 'Q1–Q4 21/22'). RAG holds COLOUR WORDS (Blue / Green / Amber / Red) filled in that colour. Judgement calls: lead = Lead, not Executive lead; Priority area is a column, not a theme (theme null); the key row is neither header nor action; the status is the colour word as written and the rag its colour; Update = progress.", { ragCol: 'H', mode: 'fill', notFrom: ['E', 'B'] });
}
