// holdout38-wres-2021-22-brantwick: a mental health trust's WRES programme typed into the trust PMO's PROJECT PLAN template – a
// project block (name, organisation, project manager, SRO, overall RAG, reporting date) in label | value pairs, then
// 'ID | Milestone / activity | Deliverable | Owner | Start | Finish | RAG | Dependencies | Commentary' under WORKSTREAM rows whose
// titles name the WRES indicators in brackets; a RAG key and a RAID note under the grid.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brantwick and Dales Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout38-wres-2021-22-brantwick', sheet: 'Project plan', standard: 'WRES', period: '2021-22', trust, widths: [7, 44, 30, 24, 11, 11, 6, 18, 36], font: { name: 'Segoe UI', size: 9 } });
  p.line(['PMO  |  PROJECT PLAN  (template PMO-04, v4.0)'], { merge: ['A', 'I'], style: { bold: true, fill: C.navy, color: C.white, font: { size: 12 } }, height: 20 });
  const lab = { bold: true, fill: C.palegrey };
  const kv2 = (k1, v1, k2, v2, s4 = {}) => p.line([k1, '', v1, '', k2, '', v2], { merge: [['A', 'B'], ['C', 'D'], ['E', 'F'], ['G', 'I']], border: true, styles: [lab, lab, {}, {}, lab, lab, s4] });
  const block = [
    kv2('Project name', 'Race Equality (WRES) Improvement Programme 2021/22', 'Project manager', 'Kemi Adeyemi'),
    kv2('Organisation', trust, 'Senior Responsible Owner', 'Chief Operating Officer'),
    kv2('Overall RAG', 'A', 'Reporting date', D(2021, 11, 30), { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }),
  ];
  p.ws.getCell(`C${block[2]}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.amber } };
  p.blank();
  p.header(['ID', 'Milestone / activity', 'Deliverable', 'Owner', 'Start', 'Finish', 'RAG', 'Dependencies', 'Commentary'], { style: { fill: C.navy, color: C.white } });
  const RAGF = { R: C.red, A: C.amber, G: C.green, B: C.blue }; const RN = { R: 'red', A: 'amber', G: 'green', B: 'blue' };
  const dt = { numFmt: 'dd/mm/yyyy' };
  const ws = [
    ['Workstream 1 – Recruitment and selection (WRES 2)', ['2'], [
      ['1.1', 'Redesign the recruitment and selection training so every panel chair completes it before sitting on a panel.', 'Revised e-learning and a half-day workshop', 'Recruitment Lead', D(2021, 5, 1), D(2021, 9, 30), 'B', '—', 'Launched 1 October; 74 chairs completed.'],
      ['1.2', 'Put a trained inclusion representative on every interview panel for Band 7 roles and above.', 'Panel roster of 30 trained representatives', 'Recruitment Lead', D(2021, 10, 1), D(2022, 3, 31), 'G', '1.1', 'Roster at 19; second training date in January.'],
      ['1.3', 'Report shortlisting-to-appointment ratios by ethnicity to each divisional board every quarter.', 'Quarterly divisional dashboard', 'Head of Workforce Intelligence', D(2021, 7, 1), D(2022, 1, 31), 'A', 'ESR / TRAC data link (IT)', 'TRAC extract needs a fix from the supplier before Q3 data can be split.'],
    ]],
    ['Workstream 2 – Development and progression (WRES 4, 7)', ['4', '7'], [
      ['2.1', 'Run a positive-action leadership programme for BAME staff in Bands 5–7, with an executive sponsor for each participant.', 'Cohort of 20 with sponsors named', 'Head of Leadership and OD', D(2021, 6, 1), D(2022, 3, 31), 'G', '—', 'Cohort started in September.'],
      ['2.2', 'Publish access to non-mandatory training and CPD funding by ethnicity twice a year.', 'Six-monthly CPD equity report', 'Head of Education', D(2021, 9, 1), D(2022, 2, 28), 'R', '1.3', 'No owner for the data since the analyst left; escalated to SRO.'],
      ['2.3', 'Offer a career conversation to every BAME colleague who has been in the same band for five years or more.', 'Career conversation offer and log', 'Head of Leadership and OD', D(2021, 10, 1), D(2022, 3, 31), 'A', '2.1', 'Letters sent; 31% take-up so far.'],
    ]],
    ['Workstream 3 – Culture, bullying and harassment (WRES 5, 6, 8)', ['5', '6', '8'], [
      ['3.1', 'Train managers in inpatient wards to respond to racist abuse from patients, including when to involve the police.', 'Ward manager toolkit and training', 'Associate Director of Nursing', D(2021, 7, 1), D(2021, 12, 31), 'G', 'Security policy review', 'Toolkit signed off; 11 of 16 wards trained.'],
      ['3.2', 'Appoint and train Race Equality Speak Up champions in each care group.', '12 champions in post', 'Freedom to Speak Up Guardian', D(2021, 8, 1), D(2021, 12, 31), 'B', '—', 'All 12 in post from December.'],
      ['3.3', 'Hold facilitated team conversations on racism in the five teams with the highest harassment scores.', 'Five team sessions and action notes', 'Head of Staff Experience', D(2021, 11, 1), D(2022, 3, 31), 'A', 'Staff survey 2021 results', 'Waiting for team-level survey results in February.'],
    ]],
    ['Workstream 4 – Governance and data (WRES 1, 9)', ['1', '9'], [
      ['4.1', 'Build a WRES dashboard for the People Committee covering representation by band and the Board profile.', 'Quarterly WRES dashboard', 'Head of Workforce Intelligence', D(2021, 6, 1), D(2021, 10, 31), 'B', '1.3', 'First dashboard to the October committee.'],
      ['4.2', 'Set a representation target for Bands 8a and above and agree it with the Board.', 'Board-approved trajectory', 'Director of People and Culture', D(2021, 9, 1), D(2022, 1, 31), 'G', '4.1', 'Draft trajectory at Board workshop in January.'],
    ]],
  ];
  const sections = [];
  for (const [title, inds, acts] of ws) {
    sections.push(p.line([title], { merge: ['A', 'I'], style: { bold: true, fill: C.lightblue } }));
    for (const [id, act, del, own, s, f, rag, dep, com] of acts) {
      const fs = f.toISOString().slice(0, 10).split('-'); const shown = `${fs[2]}/${fs[1]}/${fs[0]}`;
      p.action([id, act, del, own, s, f, rag, dep, com], { ref: id, indicators: inds, theme: title, action: act, lead: own, due: shown, status: rag, rag: RN[rag], progress: com, outcome: del },
        { styles: [{}, {}, {}, {}, dt, dt, { fill: RAGF[rag], bold: true, alignment: { horizontal: 'center' } }, {}, {}] });
    }
  }
  p.blank();
  p.line(['RAG key:  B = complete   G = on track   A = at risk, recovery plan in place   R = off track, escalate to SRO'], { merge: ['A', 'I'], style: { italic: true } });
  p.line(['Risks, issues and decisions are held in the programme RAID log, not on this plan.'], { merge: ['A', 'I'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health foundation trust) kept in the trust PMO's PROJECT PLAN TEMPLATE (sheet 'Project plan', Segoe UI 9): a navy template banner 'PMO | PROJECT PLAN (template PMO-04, v4.0)', then a PROJECT BLOCK of three rows each holding TWO label | value pairs side by side (Project name / Project manager; Organisation / Senior Responsible Owner; Overall RAG 'A' on amber / Reporting date 30/11/2021). Header 'ID | Milestone / activity | Deliverable | Owner | Start | Finish | RAG | Dependencies | Commentary'. Four WORKSTREAM rows (light blue, merged across) whose titles end with the WRES indicators in brackets ('Workstream 3 – Culture, bullying and harassment (WRES 5, 6, 8)'); eleven milestone rows under them, IDs '1.1' … '4.2'. Start and Finish are real dates shown dd/mm/yyyy. RAG holds letters on fills; the key (B = complete, G = on track, A = at risk, R = off track) is a line UNDER the grid, followed by a note pointing to the RAID log. Judgement calls: the project block is not an action and gives no field – the project manager and SRO are not leads, the Overall RAG 'A' is the programme's, not any milestone's status, and the reporting date is not a due; action = 'Milestone / activity'; lead = Owner; due = Finish (Start is the start); outcome = Deliverable; progress = Commentary; status = the RAG letter, rag = its fill; theme = the workstream row; indicators = the bracketed WRES numbers of the workstream, in written order, for every milestone under it (the plan ties indicators to workstreams only); the Dependencies column's IDs ('1.3', '4.1') and named dependencies are cross-references to other milestones, never indicators or refs; ref = ID as written.",
    { mode: 'fill', ragCol: 7, sections, dataRows: block, dueFrom: ['F'], notFrom: ['H'], headingInds: true, forbidden: ['Kemi Adeyemi', 'Chief Operating Officer', '30/11/2021'] });
}
