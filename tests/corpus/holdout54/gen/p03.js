// holdout54-wres-2024-25-marchbourne: large ambulance FT, mid-year (October) position. Invented layout: title, an executive-sponsor
// line, five PRIORITY AREA section rows; under each, numbered KEY ACTIONS whose text is MERGED DOWN column B beside their numbered
// SUB-ACTIONS (1.1, 1.2 …), which carry the fields; start and complete-by dates, a % complete column, a status word (one of which
// carries no colour), a commentary that says when a row was carried over; notes and a glossary of ambulance terms below.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
const ST = { Completed: [C.blue, 'blue'], 'On schedule': [C.green, 'green'], 'Behind schedule': [C.amber, 'amber'], 'Off track': [C.red, 'red'], 'Not yet due': [null, null] };
export async function build() {
  const book = new Book();
  const trust = 'Marchbourne Ambulance Service NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout54-wres-2024-25-marchbourne', sheet: 'WRES 24-25', standard: 'WRES', period: '2024-25', trust,
    widths: [7, 30, 50, 9, 26, 11, 12, 10, 15, 44], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}: Workforce Race Equality Standard Action Plan 2024-25`], { merge: ['A', 'J'], style: { bold: true, font: { size: 14 }, fill: C.darkgreen || 'FF00664F', color: C.white } });
  p.line(['Executive sponsor: Director of People and Culture  •  Position at 31 October 2024  •  Overseen by the Inclusion Board'], { merge: ['A', 'J'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Key action', 'Sub-action', 'WRES', 'Lead', 'Start', 'Complete by', '% complete', 'Status', 'Commentary (October 2024)'], { style: { fill: 'FF00664F', color: C.white } });
  const areas = [
    ['Priority area A – Entry routes and recruitment', [
      ['1. Widen the routes into paramedic and emergency operations centre roles', [
        ['1.1', 'Run targeted open days for the degree apprenticeship with community and faith organisations in the three most diverse towns we serve.', '1', 'Head of Recruitment', D(2024, 4, 1), D(2024, 9, 30), 1, 'Completed', 'Four open days held; 31% of apprenticeship applicants from ethnic minority backgrounds (2023: 17%).'],
        ['1.2', 'Offer paid pre-employment placements in the EOC for call handler applicants from under-represented groups.', '1', 'EOC Operations Manager', D(2024, 6, 1), D(2025, 1, 31), 0.4, 'On schedule', 'First cohort of 8 placed in September.'],
        ['1.3', 'Publish case studies of ethnic minority paramedics and call handlers on the careers site and social media.', '1', 'Head of Communications', D(2024, 5, 1), D(2024, 12, 31), 0.6, 'On schedule', 'Six of ten case studies published.'],
      ]],
      ['2. Make selection fair at every stage', [
        ['2.1', 'Include an independent panel member from an ethnic minority background on every Band 7+ and EOC manager panel.', '2', 'Head of Recruitment', D(2024, 4, 1), D(2025, 3, 31), 0.5, 'Behind schedule', 'Carried over from 2023/24: panel pool still too small (14 members); second training date added.'],
        ['2.2', 'Replace the driving assessment re-test rule, which ethnic minority candidates failed at a higher rate, with a coached second attempt.', '2', 'Head of Education and Training', D(2024, 7, 1), D(2024, 11, 30), 0.8, 'On schedule', 'Coached second attempt piloted in North sector.'],
        ['2.3', 'Report relative likelihood of appointment from shortlisting by role family every quarter.', '2', 'Workforce Intelligence Lead', D(2024, 4, 1), D(2025, 3, 31), 0.5, 'On schedule', 'Q1 and Q2 reports issued; paramedic roles 1.38, EOC 1.12.'],
      ]],
    ]],
    ['Priority area B – Progression and talent', [
      ['3. Build a pipeline of ethnic minority leaders', [
        ['3.1', 'Sponsor 12 ethnic minority staff through the regional Mary Seacole programme and match each with a sponsor.', '1, 7', 'Head of Leadership Development', D(2024, 4, 1), D(2025, 3, 31), 0.5, 'On schedule', '12 places funded; sponsors matched for 10.'],
        ['3.2', 'Require a diverse shortlist for every station manager and duty manager appointment, or a written reason why not.', '1', 'Director of Operations', D(2024, 9, 1), D(2025, 3, 31), 0, 'Not yet due', 'Starts with the spring promotion round.'],
        ['3.3', 'Track secondments and acting-up opportunities by ethnicity and publish the result to the Inclusion Board.', '7', 'Workforce Intelligence Lead', D(2024, 5, 1), D(2024, 10, 31), 1, 'Completed', 'First report to the Inclusion Board in October.'],
      ]],
      ['4. Fair access to development', [
        ['4.1', 'Offer every ethnic minority clinician a funded place on one CPD course of their choice each year.', '4', 'Head of Education and Training', D(2024, 4, 1), D(2025, 3, 31), 0.35, 'Behind schedule', 'Uptake low (23 of 140); reminders sent via team leaders.'],
        ['4.2', 'Audit who is released for non-mandatory training in each sector and challenge sectors with gaps above 10 points.', '4', 'Sector Heads of Operations', D(2024, 10, 1), D(2025, 2, 28), 0, 'Not yet due', ''],
      ]],
    ]],
    ['Priority area C – Tackling racism and abuse', [
      ['5. Protect crews and call handlers from racist abuse', [
        ['5.1', 'Add a "racist abuse" category to the incident reporting system and to the crew safety debrief.', '5', 'Head of Health, Safety and Security', D(2024, 4, 1), D(2024, 6, 30), 1, 'Completed', 'Live since June; 47 reports to date.'],
        ['5.2', 'Agree with the police a joint protocol for prosecuting racially aggravated assaults on staff.', '5', 'Head of Health, Safety and Security', D(2024, 6, 1), D(2024, 12, 31), 0.5, 'On schedule', 'Draft protocol with both constabularies.'],
        ['5.3', 'Give EOC staff the right to end a call after one warning when a caller is racially abusive, where no patient is at risk.', '5', 'EOC Operations Manager', D(2024, 4, 1), D(2024, 9, 30), 0.7, 'Behind schedule', 'Clinical safety review requested changes; revised procedure at the November clinical governance meeting.'],
      ]],
      ['6. Challenge racism between colleagues', [
        ['6.1', 'Train every team leader in active bystander skills using scenarios from ambulance stations and the EOC.', '6', 'Head of Leadership Development', D(2024, 4, 1), D(2025, 3, 31), 0.45, 'On schedule', '186 of 410 team leaders trained.'],
        ['6.2', 'Appoint two race equality Freedom to Speak Up champions per sector.', '6, 8', 'Freedom to Speak Up Guardian', D(2024, 4, 1), D(2024, 8, 31), 1, 'Completed', 'Ten champions in post across five sectors.'],
        ['6.3', 'Run a listening programme at every station on race discrimination by managers, with the findings reported to the Board.', '8', 'Head of Equality, Diversity and Inclusion', D(2024, 7, 1), D(2025, 1, 31), 0.15, 'Off track', 'Only 6 of 52 stations visited; operational pressure over the summer.'],
      ]],
    ]],
    ['Priority area D – Fair employee relations', [
      ['7. Reduce disproportionate entry into formal processes', [
        ['7.1', 'Put every proposed formal disciplinary involving an ethnic minority colleague through a pre-formal decision check.', '3', 'Head of Employee Relations', D(2024, 4, 1), D(2025, 3, 31), 0.5, 'On schedule', 'Carried over from 2023/24: 19 cases checked, 8 resolved informally.'],
        ['7.2', 'Train investigating officers in cultural awareness and avoiding bias.', '3', 'Head of Employee Relations', D(2024, 6, 1), D(2024, 11, 30), 0.6, 'On schedule', '38 of 60 investigating officers trained.'],
        ['7.3', 'Report time taken and outcomes of disciplinary cases by ethnicity to the People Committee each quarter.', '3', 'Workforce Intelligence Lead', D(2024, 4, 1), D(2025, 3, 31), 0.5, 'On schedule', 'Reported in July and October.'],
      ]],
    ]],
    ['Priority area E – Leadership and accountability', [
      ['8. Hold leaders to account for race equality', [
        ['8.1', 'Set a race equality objective for every Board member and senior leader, in line with the NHS EDI Improvement Plan.', '9', 'Chief Executive', D(2024, 4, 1), D(2024, 6, 30), 1, 'Completed', 'All executive and non-executive objectives set.'],
        ['8.2', 'Review progress on this plan at every Inclusion Board and report it to the Board in public twice a year.', '', 'Director of People and Culture', D(2024, 4, 1), D(2025, 3, 31), 0.5, 'On schedule', 'Board update given in September.'],
        ['8.3', 'Include WRES measures in sector performance reviews alongside response times.', '', 'Director of Operations', D(2024, 10, 1), D(2025, 3, 31), 0, 'Not yet due', 'Measures agreed; first reviews in Q4.'],
      ]],
      ['9. Involve the Race Equality Network in decisions', [
        ['9.1', 'Give the Race Equality Network chair and vice-chair protected time and a standing place on the Inclusion Board.', '', 'Director of People and Culture', D(2024, 4, 1), D(2024, 5, 31), 1, 'Completed', 'Agreed in April.'],
        ['9.2', 'Ask the network to co-design the 2025-26 plan, starting from this year\'s WRES data.', '', 'Head of Equality, Diversity and Inclusion', D(2025, 1, 1), D(2025, 3, 31), 0, 'Not yet due', ''],
      ]],
    ]],
  ];
  const secs = [];
  for (const [area, keys] of areas) {
    secs.push(p.line([area], { merge: ['A', 'J'], border: true, style: { bold: true, fill: 'FFE2EFDA' } }));
    for (const [key, subs] of keys) {
      const first = p.r + 1;
      subs.forEach(([ref, a, ind, lead, start, end, pct, st, com], i) => {
        p.action([ref, i === 0 ? key : '', a, ind, lead, start, end, pct, st, com], { ref, indicators: ind ? ind.split(', ') : [], theme: area, action: a, lead, due: shown(end, 'dd/mm/yyyy'), status: st, rag: ST[st][1], progress: com },
          { styles: [{}, { bold: true }, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: 'dd/mm/yyyy' }, { numFmt: 'dd/mm/yyyy' }, { numFmt: '0%' }, ST[st][0] ? { fill: ST[st][0], color: st === 'Completed' || st === 'Off track' ? C.white : C.black } : {}] });
      });
      mergeDown(p.ws, 'B', first, p.r);
    }
  }
  p.blank();
  p.line(['Notes'], { style: { bold: true } });
  p.line(['Status: Completed (blue); On schedule (green); Behind schedule (amber); Off track (red); Not yet due – the action has not reached its start or review point.'], { merge: ['A', 'J'] });
  p.line(['Actions described as "carried over" were open at the end of the 2023/24 plan and have been re-scheduled.'], { merge: ['A', 'J'] });
  p.blank();
  p.line(['Glossary'], { style: { bold: true } });
  for (const [t, d] of [['EOC', 'Emergency operations centre (999 call handling and dispatch)'], ['Sector', 'One of the Trust\'s five operational areas'], ['WRES', 'Workforce Race Equality Standard'], ['FTSU', 'Freedom to Speak Up']]) p.line([t, d], { merge: ['B', 'E'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Invented layout (fictional large ambulance foundation trust), mid-year position. A green title bar naming the trust and the plan 2024-25, an italic line (executive sponsor: Director of People and Culture, position at 31 October 2024, Inclusion Board), one header 'Ref | Key action | Sub-action | WRES | Lead | Start | Complete by | % complete | Status | Commentary (October 2024)' (row 4), five 'Priority area A–E' section rows, and under them NINE NUMBERED KEY ACTIONS ('1. Widen the routes …') whose text is MERGED DOWN column B beside their 25 numbered SUB-ACTIONS (1.1–9.2); then notes (a status key) and a glossary. Judgement calls: each SUB-ACTION row is the action (it carries the lead, dates and status); the merged key action is context for its sub-actions – not an action, not a theme, no field taken from it; theme = the priority-area row above; ref = the sub-action number; indicators from the 'WRES' column ('1, 7' → ['1','7'], blank → []); due = 'Complete by' as shown (dd/mm/yyyy), never the Start date; status = the word, rag = its fill, and 'Not yet due' has no colour (rag null); progress = the October commentary ('' where blank), which also says when an action was 'Carried over from 2023/24'; '% complete' is no gold field; the executive sponsor is not a lead; notes and glossary rows are not actions.", { mode: 'word', ragCol: 'I', words: Object.fromEntries(Object.entries(ST).map(([k, v]) => [k, v[1]])), sections: secs, notFrom: ['B', 'F'], forbidden: ['Director of People and Culture  •  Position at 31 October 2024  •  Overseen by the Inclusion Board'] });
}
