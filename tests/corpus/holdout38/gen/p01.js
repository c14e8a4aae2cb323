// holdout38-wres-2023-24-wealdmarsh: a community trust's WRES plan typed into its ICS's provider template – a fixed header block of
// label | value cells (organisation, period, executive sponsor, completed by, dates), a guidance line, the template's grid with a
// lettered RAG drop-down, and an 'ICS use only' review block under it.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wealdmarsh Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout38-wres-2023-24-wealdmarsh', sheet: 'Action plan', standard: 'WRES', period: '2023-24', trust, widths: [10, 12, 34, 48, 26, 12, 8, 40] });
  const banner = { fill: C.nhs, color: C.white, bold: true, font: { size: 12 } };
  p.line(['Downland and Marsh Integrated Care System'], { merge: ['A', 'H'], style: banner, height: 20 });
  p.line(['Workforce Race Equality Standard (WRES) – Provider Action Plan template v2.1 (issued by the ICS People Board)'], { merge: ['A', 'H'], style: { bold: true, fill: C.paleblue } });
  p.blank();
  const lab = { fill: C.grey, bold: true };
  const kv = (k, v, vs = {}) => p.line([k, '', v], { merge: [['A', 'B'], ['C', 'E']], border: true, styles: [lab, lab, vs] });
  const blockRows = [
    kv('Organisation name', trust),
    kv('Reporting period', '2023/24'),
    kv('Executive sponsor', 'Lorna Pettigrew, Chief People Officer'),
    kv('Completed by', 'Amir Haddad, EDI Manager'),
    kv('Date submitted to ICS', D(2023, 10, 12), { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }),
    kv('Date approved by Board', 'September 2023 (Public Board)'),
  ];
  p.blank();
  p.line(['Guidance: one row per action. Use the drop-down in the RAG column – R = off track, A = at risk, G = on track, B = complete. Please do not change the column headings; add rows above the grey line if needed.'], { merge: ['A', 'H'], style: { italic: true, color: 'FF595959' }, height: 28 });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Issue identified (2023 WRES data)', 'Action', 'Lead (name / role)', 'Target date', 'RAG', 'Q2 update'], { style: { fill: C.nhs, color: C.white } });
  const RAGF = { R: C.red, A: C.amber, G: C.green, B: C.blue };
  const mmm = { numFmt: 'mmm-yy', alignment: { horizontal: 'left' } };
  const rows = [
    ['WCH-01', '2', 'White applicants 1.71 times more likely to be appointed from shortlisting.', 'Introduce anonymised shortlisting on TRAC for every vacancy at Band 5 and above.', 'Jess Kinnear, Head of Resourcing', D(2023, 12, 31), 'Dec-23', 'G', 'Supplier configuration agreed; go-live set for 1 November.', ['2']],
    ['WCH-02', '2', 'As above – interview panels rarely include a BME member.', 'Recruit and train 40 inclusion ambassadors to sit on interview panels for Band 7 and above.', 'Jess Kinnear, Head of Resourcing', D(2024, 3, 31), 'Mar-24', 'A', '22 ambassadors trained; uptake low in the east locality.', ['2']],
    ['WCH-03', '1', 'BME staff 16% of workforce but 6% of Band 8a+.', 'Agree a Model Employer trajectory for BME representation at Bands 8a–VSM and report it to the People Committee each quarter.', 'Deputy Director of People', D(2023, 11, 30), 'Nov-23', 'B', 'Trajectory agreed at the October People Committee.', ['1']],
    ['WCH-04', '5, 6', 'Bullying from patients and relatives 29% (BME) vs 23% (White).', 'Run a zero-tolerance campaign for community teams on abuse during home visits, with a simple route to report it on Datix.', 'Paul Ogundipe, Head of Health and Safety', D(2024, 1, 31), 'Jan-24', 'A', 'Campaign materials drafted; Datix category still to be added.', ['5', '6']],
    ['WCH-05', '7', 'Only 41% of BME staff believe there is equal opportunity for progression.', 'Launch a reciprocal mentoring programme pairing BME staff with members of the executive team.', 'Nadia Rahman, Inclusion Lead', D(2024, 2, 29), 'Feb-24', 'G', 'Cohort 1 of 12 pairs matched.', ['7']],
    ['WCH-06', '3', 'BME staff 1.42 times more likely to enter formal disciplinary.', 'Add a pre-formal-process check by an independent senior manager to every disciplinary case involving a BME colleague.', 'Marion Tate, Head of Employee Relations', D(2023, 10, 31), 'Oct-23', 'R', 'Checklist not yet approved by staff side – escalated to JNCC.', ['3']],
    ['WCH-07', '4', 'Non-mandatory training access 1.15 times lower for BME staff.', 'Publish all CPD funding decisions by ethnicity twice a year and ring-fence 20% of the CPD budget for under-represented groups.', 'Dr Ellen Shaw, Head of Learning and Development', D(2024, 3, 31), 'Mar-24', 'G', 'First report due in December.', ['4']],
    ['WCH-08', '8', 'Discrimination from colleagues 14% (BME) vs 6% (White).', 'Train every team leader in the Just and Learning Culture approach, with a module on race and microaggressions.', 'Dr Ellen Shaw, Head of Learning and Development', D(2024, 3, 31), 'Mar-24', 'A', '58% of team leaders booked; module content under review with the network.', ['8']],
    ['WCH-09', '9', 'Board 0% BME voting members.', 'Use a diverse search partner and a BME staff network member on the panel for the next two non-executive appointments.', 'Company Secretary', D(2024, 6, 30), 'Jun-24', 'G', 'Search partner appointed; Council of Governors briefed.', ['9']],
    ['WCH-10', '1, 9', 'Declaration of ethnicity on ESR 92%.', 'Run a “Count me in” ESR self-service campaign for all staff and Board members so that declaration reaches 97%.', 'Workforce Information Manager', 'Quarterly', 'Quarterly', 'B', 'Declaration now 96.8% – closed.', ['1', '9']],
    ['WCH-11', '6', 'Harassment from colleagues 27% (BME) vs 21% (White).', 'Set up Freedom to Speak Up champions from each ethnic minority network and publish quarterly themes from their contacts.', 'Freedom to Speak Up Guardian', D(2024, 1, 31), 'Jan-24', 'G', '9 champions in post.', ['6']],
  ];
  for (const [ref, ind, issue, act, lead, due, dueShown, rag, upd, inds] of rows) {
    p.action([ref, ind, issue, act, lead, due, rag, upd], { ref, indicators: inds, action: act, lead, due: dueShown, status: rag, rag: { R: 'red', A: 'amber', G: 'green', B: 'blue' }[rag], progress: upd },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, typeof due === 'string' ? {} : mmm, { fill: RAGF[rag], bold: true, alignment: { horizontal: 'center' } }, {}] });
  }
  p.line(['', '', '', '', '', '', '', ''], { style: { fill: C.grey }, border: false });
  p.nonActionRows.pop(); // the grey line is formatting only (no text), not a row of content
  p.blank();
  p.line(['For ICS use only'], { merge: ['A', 'E'], style: { bold: true, fill: C.lilac } });
  const ics = [
    kv('Reviewed by', 'ICS EDI Programme Lead'),
    kv('Date reviewed', '03/11/2023'),
    kv('ICS comments', 'Good coverage of indicators 2, 5 and 6. Please add a trajectory for indicator 1 by locality at the Q3 return.'),
  ];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) typed into its ICS's PROVIDER TEMPLATE (sheet 'Action plan'): a navy banner naming the ICS, the template's title and version, then a FIXED HEADER BLOCK of six label | value rows (labels grey in A:B, values merged C:E): 'Organisation name' (the trust), 'Reporting period' '2023/24', 'Executive sponsor' 'Lorna Pettigrew, Chief People Officer', 'Completed by' 'Amir Haddad, EDI Manager', 'Date submitted to ICS' 12/10/2023 (a real date), 'Date approved by Board'. A guidance line explains the RAG drop-down (R / A / G / B). The grid header 'Ref | WRES indicator | Issue identified (2023 WRES data) | Action | Lead (name / role) | Target date | RAG | Q2 update' sits on row 13; eleven actions 'WCH-01' … 'WCH-11'; a grey formatting line (no text) under the grid; then a 'For ICS use only' block (Reviewed by / Date reviewed / ICS comments). Judgement calls: the header block is not a set of actions and gives no field to any action – the Executive sponsor is not a lead (gold lead = the grid's Lead cell), the submission date is not a due; period from 'Reporting period' 2023/24; the Issue column is context, not the action; indicators from the WRES indicator column ('5, 6' → ['5','6'], '1, 9' → ['1','9']); due = Target date as shown ('Dec-23', real dates in mmm-yy) or 'Quarterly' as written; status = the RAG letter as written, rag = its fill (B blue = complete, per the guidance line); progress = Q2 update; the ICS review block (its comment names indicators) is not an action and not a theme; theme null (no section rows).",
    { mode: 'fill', ragCol: 7, dataRows: [...blockRows, ...ics], notFrom: ['C'], forbidden: ['Lorna Pettigrew, Chief People Officer', 'Amir Haddad, EDI Manager', '12/10/2023', 'September 2023 (Public Board)', 'ICS EDI Programme Lead', '03/11/2023', '2023/24'] });
}
