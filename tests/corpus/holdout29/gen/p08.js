// holdout29-wres-2017-18-wharfedale: a mental health trust's WRES plan with quarterly update rows, a duplicate and closed actions moved to the bottom (see the gold notes and README).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wharfedale and Craven Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout29-wres-2017-18-wharfedale', sheet: 'WRES 17-18', standard: 'WRES', period: '2017-18', trust, widths: [30, 52, 22, 14, 9, 46], font: { name: 'Tahoma', size: 10 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2017/18'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Monitored by the Equality and Diversity Steering Group. Quarterly updates added as rows under each action.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  p.header(['Objective', 'Action', 'Lead', 'Timescale', 'RAG', 'Comments'], { style: { fill: C.nhs, color: C.white } });
  const RF = { Red: C.red, Amber: C.amber, Green: C.green, Blue: C.blue };
  let theme = null, inds = [];
  const sec = (t, i) => { theme = t; inds = i; p.line([t], { merge: ['A', 'F'], style: { bold: true, fill: C.paleblue } }); };
  const upd = (t) => p.line([undefined, undefined, undefined, undefined, undefined, t], { border: true, style: { italic: true, color: 'FF404040' } });
  const act = (obj, text, lead, due, rag, com, ups = [], o = {}) => {
    const latest = ups.length ? ups[ups.length - 1] : com;
    const r = p.r + 1;
    p.action([obj, text, lead, due, rag, com], { indicators: o.inds ?? inds, theme: o.theme === undefined ? theme : o.theme, action: text, lead, due, status: rag, rag: rag ? rag.toLowerCase() : null, progress: latest, extraRows: ups.map((_, i) => r + 1 + i), ...(rag ? { ragAt: { col: 'E', via: 'fill' } } : {}) }, { styles: [{ italic: true }, {}, {}, {}, { fill: RF[rag] }, {}], ...(o.grey ? { style: { color: 'FF7F7F7F' } } : {}) });
    ups.forEach(upd);
  };
  sec('Indicator 1 – Representation of BME staff across pay bands', ['1']);
  act('Increase BME staff at Band 7 and above', 'Analyse the band profile of each care group and agree local improvement targets with care group directors.', 'Workforce Information Lead', 'Sept 2017', 'Green', 'Profiles produced for all four care groups.', ['Q2 update: targets agreed with three of four care groups.', 'Q3 update: forensic care group target agreed in November – all four in place.']);
  act('', 'Offer a "career conversations" clinic each month for BME staff in Bands 3 to 6.', 'Head of Learning and Development', 'Ongoing', 'Amber', 'Clinics started July.', ['Q3 update: attendance low at the Skipton site – trying evening slots.']);
  sec('Indicator 2 – Appointment from shortlisting', ['2']);
  act('Fair recruitment', 'Add a BME panel member from the trained pool to every interview for Band 6 and above.', 'Recruitment Manager', 'Dec 2017', 'Red', 'Pool not yet large enough.', ['Q2 update: 11 panel members trained – need 30.', 'Q3 update: second training date cancelled; now Feb 2018.']);
  sec('Indicators 5 and 6 – Harassment, bullying or abuse', ['5', '6']);
  act('Reduce harassment and abuse', 'Hold facilitated team discussions on racism in the three inpatient wards with the highest survey scores for abuse.', 'Head of Nursing (Inpatients)', 'Jan 2018', 'Amber', 'Facilitators identified.', ['Q3 update: two wards done; Aire ward planned for January.']);
  act('Reduce harassment and abuse', 'Make it clear in the service user charter that racist abuse of staff will be acted on, and report incidents to the Steering Group.', 'Head of Patient Safety', 'Mar 2018', 'Green', 'Charter wording agreed with service user council.');
  sec('Indicator 7 – Equal opportunities for career progression', ['7']);
  act('Equal access to development', 'Monitor access to non-mandatory training by ethnicity every quarter.', 'Head of Learning and Development', 'Quarterly', 'Green', 'Q1 report produced.', ['Q3 update: gap has narrowed – 61% BME v 66% white staff accessed training.']);
  sec('Indicator 8 – Discrimination from managers and colleagues', ['8']);
  const dup = p.line(['Reduce harassment and abuse', 'Hold facilitated team discussions on racism in the three inpatient wards with the highest survey scores for abuse.', 'Head of Nursing (Inpatients)', 'Jan 2018', undefined, 'DUPLICATE of the action under Indicators 5 and 6 – delete?'], { border: true, style: { color: 'FFA6A6A6' } });
  p.ambiguousRows.push(dup);
  act('Tackle discrimination', 'Appoint and train Dignity at Work advisers from BME backgrounds so staff have someone to talk to outside their team.', 'Head of HR', 'Feb 2018', 'Amber', '6 advisers recruited, training booked.');
  sec('Indicator 9 – Board representation', ['9']);
  act('Board reflects workforce', 'Brief the recruitment agency for the next non-executive vacancy to produce a diverse shortlist.', 'Trust Secretary', 'When vacancy arises', '', '');
  p.blank();
  p.line(['CLOSED ACTIONS (moved here at Q3 – keep for audit)'], { merge: ['A', 'F'], style: { bold: true, fill: C.grey } });
  act('Ind 3 – Fair disciplinary process', 'Check every proposed formal disciplinary investigation involving a BME member of staff with a senior HR adviser before it starts.', 'Head of HR', 'July 2017', 'Blue', 'Complete – in place from July; 9 cases checked to date.', [], { inds: ['3'], theme: null, grey: true });
  act('Ind 4 – Non-mandatory training', 'Report access to non-mandatory training by ethnicity for each care group, so that care groups can see their own gap.', 'Equality and Diversity Manager', 'Aug 2017', 'Blue', 'Complete – first report issued 1 August; now quarterly (see Indicator 7).', [], { inds: ['4'], theme: null, grey: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust): trust name, 'Workforce Race Equality Standard – Action Plan 2017/18', a note that quarterly updates are added as rows, a header 'Objective | Action | Lead | Timescale | RAG | Comments', pale-blue INDICATOR SECTION ROWS ('Indicator 1 – …', 'Indicators 5 and 6 – …'), and under each the actions with an Objective cell in italics (sometimes repeated, sometimes blank), typed timescales ('Sept 2017', 'Ongoing', 'Quarterly', 'When vacancy arises') and the RAG as a colour word on its own fill. A year of use shows as: QUARTERLY UPDATES APPENDED AS EXTRA ROWS under actions, only in the Comments column ('Q2 update: …', 'Q3 update: …', italic); a DUPLICATE ROW under Indicator 8 (grey text, copying an action from Indicators 5 and 6, Comments 'DUPLICATE … – delete?'); and CLOSED ACTIONS MOVED TO THE BOTTOM under a grey 'CLOSED ACTIONS (moved here at Q3 – keep for audit)' row, their Objective cells naming the indicator ('Ind 3 – Fair disciplinary process'; 'Ind 4 – Non-mandatory training'). Judgement calls: the update rows are not actions; progress = the LATEST update row under the action where there are any (else the Comments cell), as later quarters supersede earlier ones; the duplicate row is a non-action row and is marked AMBIGUOUS (a reader that keeps it is not penalised); the closed actions are actions of this year's plan (status 'Blue', rag blue) – their indicators come from their Objective cell ('Ind 3 – …' → ['3']), not from the section above the grey row and not from a cross-reference in the Comments ('see Indicator 7'); theme = the indicator section row above for the live actions and null for the closed ones (the grey row is a status grouping, not a theme); status = the colour word, rag from its fill; Objective cells give no field; no refs.", { forbidden: ['DUPLICATE of the action under Indicators 5 and 6 – delete?', 'Increase BME staff at Band 7 and above'] });
}
