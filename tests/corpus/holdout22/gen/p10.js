// holdout22-wres-2024-25-ashlow: NEW LAYOUT – A GAP ANALYSIS (BASELINE ASSESSMENT) AGAINST THE NHS EDI IMPROVEMENT PLAN THAT
// DOUBLES AS THE WRES ACTION PLAN. An INTEGRATED URGENT CARE AND COMMUNITY trust lists every action the national plan asks of
// trusts, rates its own position (Compliant / Partially compliant / Not compliant, filled green / amber / red) and, where it is
// not fully compliant, the action it will take, with WRES indicators, lead, date and a separate action status. Compliant rows
// say 'No further action required.' and are not actions.
import { Book, Plan, C, D, shown, ALL_WRES, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashlow Community and Urgent Care NHS Trust';
  const p = new Plan(book, { name: 'holdout22-wres-2024-25-ashlow', sheet: 'EIP gap analysis', standard: 'WRES', period: '2024-25', trust, widths: [9, 6, 44, 12, 14, 36, 50, 13, 26, 11, 12] });
  p.line([trust], { merge: ['A', 'K'], style: { bold: true, font: { size: 14 }, color: C.navy } });
  p.line(['WRES action plan 2024/25 – gap analysis against the NHS EDI Improvement Plan (June 2023)'], { merge: ['A', 'K'], style: { bold: true, font: { size: 12 } } });
  p.line(['For each action the Improvement Plan asks of trusts we have assessed our position. Where we are not fully compliant, the action we will take is set out with the WRES indicator(s) it addresses; compliant rows need no further action. Assessment agreed by the People Committee, 16 April 2024.'], { merge: ['A', 'K'], style: { italic: true }, height: 30 });
  p.line(['Our position: Compliant (green), Partially compliant (amber), Not compliant (red). Action status: Complete (blue), On track (green), At risk (amber), Not started (red).'], { merge: ['A', 'K'] });
  p.blank();
  const h = p.header(['HIA', 'Ref', 'Improvement Plan requirement', 'National deadline', 'Our position', 'Evidence / where we are now', 'Action we will take', 'WRES indicator(s)', 'Lead', 'Target date', 'Action status'], { style: { fill: C.navy, color: C.white, alignment: { wrapText: true, vertical: 'middle' } }, height: 30 });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const POS = { Compliant: [C.green, 'green'], 'Partially compliant': [C.amber, 'amber'], 'Not compliant': [C.red, 'red', C.white] };
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const NONE = 'No further action required.';
  const F = 'mmm yyyy';
  const hias = [
    ['HIA 1', [
      ['1.1', 'Every Board and executive team member has specific, measurable EDI objectives and is assessed against them at appraisal.', 'March 2024', 'Compliant', 'All Board members have EDI objectives, assessed at the 2023/24 appraisals.'],
      ['1.2', 'Board members show how organisational data and lived experience have been used to improve culture.', 'March 2025', 'Partially compliant', 'Staff stories at every Board; not yet linked to our WRES data.', 'Add a WRES data and staff story session, led by the Race Equality Network, to the Board development programme twice a year.', 'WRES 9', ['9'], 'Director of Corporate Affairs', D(2025, 3, 31), 'On track'],
      ['1.3', 'Boards review data to find EDI areas of concern, prioritise actions and track progress through the Board Assurance Framework.', 'March 2024', 'Not compliant', 'Race equality is not on the Board Assurance Framework.', 'Add a race equality risk to the Board Assurance Framework, with the WRES indicators as its measures.', 'WRES 1–9', ALL_WRES, 'Chief People Officer', D(2024, 9, 30), 'Complete'],
    ]],
    ['HIA 2', [
      ['2.1', 'A talent management plan improves the diversity of executive and senior leadership teams, with evidence of progress.', 'June 2024', 'Partially compliant', 'Talent reviews held for Band 8a and above only.', 'Extend talent reviews to Bands 6 and 7 in urgent care and community nursing and track the ethnicity of staff rated "ready now".', 'WRES 1, 7', ['1', '7'], 'Head of Leadership and Talent', D(2024, 12, 31), 'On track'],
      ['2.2', 'A plan widens recruitment within local communities, with career pathways such as apprenticeships.', 'October 2024', 'Partially compliant', 'Apprenticeships offered in community nursing only.', 'Launch an urgent care support worker apprenticeship with the local college, advertised in the most diverse neighbourhoods we serve.', 'WRES 1, 2', ['1', '2'], 'Head of Resourcing', D(2024, 10, 31), 'At risk'],
    ]],
    ['HIA 3', [
      ['3.1', 'The Mend the Gap recommendations are applied to medical staff and to the senior non-medical workforce.', 'March 2024', 'Compliant', 'Recommendations applied to our salaried GPs and senior clinicians in 2023.'],
      ['3.2', 'Pay gaps are analysed by protected characteristic, including race, with an improvement plan tracked by the Board.', 'March 2024', 'Partially compliant', 'Gender pay gap published; ethnicity pay gap calculated but not published.', 'Publish the ethnicity pay gap alongside the gender pay gap and agree three actions to close it.', 'n/a (pay gap)', [], 'Director of Finance', D(2025, 3, 31), 'Not started'],
      ['3.3', 'An effective flexible working policy, with flexible options advertised in recruitment campaigns.', 'March 2024', 'Compliant', 'All posts advertised as open to flexible working since 2022.'],
    ]],
    ['HIA 4', [
      ['4.1', 'Line managers hold regular, effective wellbeing conversations with their teams.', 'October 2023', 'Partially compliant', 'Held at appraisal; night and weekend urgent care staff often miss them.', 'Offer wellbeing conversations to night and weekend urgent care and out-of-hours GP staff, with the managers on those shifts trained.', 'WRES 6, 8', ['6', '8'], 'Head of Health and Wellbeing', D(2024, 11, 30), 'On track'],
      ['4.2', 'Work with community organisations to support social mobility and employment opportunities.', 'April 2025', 'Not compliant', 'No partnership in place.', 'Work with two voluntary sector partners on a paid work-experience route into NHS 111 call handling for people from under-represented communities.', 'WRES 1, 2', ['1', '2'], 'Head of Resourcing', D(2025, 4, 30), 'Not started'],
    ]],
    ['HIA 5', [
      ['5.1', 'International recruits receive comprehensive information on the NHS and the local system before they join.', 'March 2024', 'Compliant', 'Welcome pack and pre-arrival calls for every international nurse.'],
      ['5.2', 'Line managers and teams welcoming international recruits maintain their own cultural awareness.', 'March 2024', 'Partially compliant', 'Sessions held for hospital-at-home teams only.', 'Run cultural awareness and inclusive team sessions for every community nursing team that welcomes international nurses.', 'WRES 6, 8', ['6', '8'], 'Head of Nursing Education', D(2024, 11, 30), 'Complete'],
      ['5.3', 'Onboarding and pastoral support for international recruits, drawing on best practice.', 'March 2024', 'Partially compliant', 'Pastoral support ends after the OSCE.', 'Extend pastoral support for internationally educated nurses to 12 months and give each a career conversation at six months.', 'WRES 7', ['7'], 'Deputy Chief Nurse', D(2025, 1, 31), 'On track'],
    ]],
    ['HIA 6', [
      ['6.1', 'Data on bullying, harassment, discrimination and violence are reviewed by protected characteristic and reduction targets set.', 'March 2024', 'Partially compliant', 'Data reviewed; no targets set.', 'Set reduction targets for WRES indicators 5 and 6 for each service line and report against them every quarter.', 'WRES 5, 6', ['5', '6'], 'Head of Inclusion', D(2024, 6, 30), 'Complete'],
      ['6.2', 'Disciplinary and employee relations processes are reviewed so that every member of staff is treated fairly.', 'March 2024', 'Not compliant', 'BME staff are 1.9 times as likely to enter a formal disciplinary process.', 'Introduce a pre-formal decision panel with an independent reviewer for every proposed disciplinary investigation.', 'WRES 3', ['3'], 'Head of Employee Relations', D(2024, 9, 30), 'At risk'],
      ['6.3', 'Safe and effective policies support staff affected by domestic abuse and sexual violence.', 'June 2024', 'Compliant', 'Policy in place since 2022 with trained advisers in every locality.'],
      ['6.4', 'Staff feel able to speak up, with Boards reviewing this by protected characteristic.', 'March 2024', 'Partially compliant', 'Freedom to Speak Up concerns are not analysed by ethnicity.', 'Analyse Freedom to Speak Up concerns by ethnicity each quarter and report any gap, with actions, to the People Committee.', 'WRES 8', ['8'], 'Freedom to Speak Up Guardian', D(2024, 12, 31), 'On track'],
    ]],
  ];
  const compliantRows = [];
  for (const [hia, rows] of hias) {
    const first = p.r + 1;
    for (const [ref, req, dl, pos, ev, action, ind, inds, lead, due, st] of rows) {
      const posStyle = { fill: POS[pos][0], ...(POS[pos][2] ? { color: POS[pos][2] } : {}) };
      if (pos === 'Compliant') {
        const r = p.line([hia, ref, req, dl, pos, ev, NONE, '—', '—', '—', 'N/A'], { border: true, styles: [{ bold: true }, {}, {}, {}, posStyle, {}, { italic: true }] });
        compliantRows.push(r);
      } else {
        p.action([hia, ref, req, dl, pos, ev, action, ind, lead, due, st], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1] }, { styles: [{ bold: true }, {}, {}, {}, posStyle, {}, {}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
      }
    }
    mergeDown(p.ws, 'A', first, p.r);
  }
  const last = p.r;
  p.blank();
  p.line(['HIA = high impact action of the NHS EDI Improvement Plan. Requirements are summarised in our own words; national deadlines are those in the Improvement Plan.'], { merge: ['A', 'K'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: A GAP ANALYSIS (BASELINE ASSESSMENT) AGAINST THE NHS EDI IMPROVEMENT PLAN THAT DOUBLES AS THE WRES ACTION PLAN. An INTEGRATED URGENT CARE AND COMMUNITY trust (urgent treatment centres, out-of-hours GP, NHS 111 clinical assessment, community nursing): merged lines for the trust (navy), the title ('WRES action plan 2024/25 – gap analysis against the NHS EDI Improvement Plan (June 2023)'), an italic intro and a key line for BOTH colour columns, a blank row, then a navy header (row ${h}, frozen) 'HIA | Ref | Improvement Plan requirement | National deadline | Our position | Evidence / where we are now | Action we will take | WRES indicator(s) | Lead | Target date | Action status'. One row per Improvement Plan requirement (${last - h} rows), the HIA label MERGED DOWN over each HIA's rows, Ref '1.1'…'6.4' (the Improvement Plan's numbering), the requirement summarised in the trust's words and its national deadline as text. 'Our position' is a self-assessment word FILLED green (Compliant), amber (Partially compliant) or red (Not compliant). Where the trust is not fully compliant the row carries the trust's ACTION ('Action we will take'), its WRES indicators ('WRES 9', 'WRES 1, 7', 'WRES 1–9' = all nine, and once 'n/a (pay gap)' = none), a lead (job title), a target date (real, shown 'mmm yyyy') and an ACTION STATUS word filled Complete blue / On track green / At risk amber / Not started red. The five COMPLIANT rows (${compliantRows.join(', ')}) say 'No further action required.' in the action column, '—' for indicator, lead and date, and 'N/A' unfilled as status. A footnote sits below. Judgement calls: the twelve non-compliant rows are the actions; the five compliant rows are NOT actions (they record that nothing needs doing, though they sit in the table with a position, evidence and a status cell); the action is 'Action we will take', never the Improvement Plan requirement (a national ask, not the trust's action) nor the evidence; the status is the Action status word and the rag its fill – 'Our position' is a compliance rating, not progress, so a red 'Not compliant' row can carry a blue 'Complete' action and no rag is read from it; ref = the Improvement Plan's number on the row (the trust gives its actions no numbers of their own); the national deadline is not the due (due = Target date); the HIA column is a mapping, not a theme (theme null); 'n/a (pay gap)' gives no indicator.`, { ragCol: 'K', mode: 'fill', notFrom: ['F', 'D'], gapAnalysis: { headerRow: h, lastRow: last, positionCol: 'E', requirementCol: 'C', actionCol: 'G', leadCol: 'I', dueCol: 'J', statusCol: 'K', refCol: 'B', noAction: NONE, positions: { Compliant: 'green', 'Partially compliant': 'amber', 'Not compliant': 'red' }, compliantRows } });
}
