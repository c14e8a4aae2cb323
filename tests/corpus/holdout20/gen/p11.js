// holdout20-wdes-2025-26-moorcross: ORDINARY 2025 WDES tracker of a RURAL COMMUNITY AND MENTAL HEALTH trust, Aptos Narrow – a
// green title bar, 'Owner | Version | Updated' line; header 'No. | Metric | Action | Executive sponsor | Lead | Start | End |
// Status | Update' (lead = Lead, due = End); 'Metric 4a, 4b'; 'd mmmm yyyy'; status on Excel's Good / Neutral / Bad PALE
// fills with Complete pale blue; key sentence below.
import { Book, Plan, C, D, shown, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Aptos Narrow', size: 11 };
  const p = new Plan(book, { name: 'holdout20-wdes-2025-26-moorcross', sheet: 'WDES plan 2025-26', standard: 'WDES', period: '2025-26', trust: 'Moorcross Community and Mental Health NHS Trust', widths: [6, 16, 52, 22, 30, 16, 16, 14, 40], font });
  p.line(['Moorcross Community and Mental Health NHS Trust – Workforce Disability Equality Standard Action Plan 2025/26'], { merge: ['A', 'I'], style: { bold: true, fill: 'FF00703C', color: C.white, font: { ...font, size: 14 } } });
  p.line(['Owner: Head of Inclusion | Version 1.3 | Updated 3 November 2025'], { merge: ['A', 'I'], style: { italic: true } });
  p.blank();
  const h = p.header(['No.', 'Metric', 'Action', 'Executive sponsor', 'Lead', 'Start', 'End', 'Status', 'Update'], { style: { fill: 'FFE2EFDA' } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.lightblue, 'blue'], 'On track': [C.goodG, 'green'], 'At risk': [C.neutralA, 'amber'], 'Off track': [C.badR, 'red'] };
  const F = 'd mmmm yyyy';
  const data = [
    ['Metric 1', ['1'], 'Add disability to the "update your details" prompt in the rostering app used by community teams.', 'Chief People Officer', 'Workforce Systems Manager', D(2025, 5, 1), D(2025, 9, 30), 'Complete', 'Prompt live; declaration 8.9%.'],
    ['Metric 2', ['2'], 'Offer an informal visit before interview to disabled applicants for community nursing posts.', 'Chief People Officer', 'Resourcing Lead', D(2025, 6, 1), D(2025, 12, 31), 'On track', '22 visits arranged.'],
    ['Metric 3', ['3'], 'Make an adjustments review a required step of the capability policy.', 'Chief People Officer', 'Employee Relations Manager', D(2025, 4, 1), D(2025, 10, 31), 'Complete', 'Policy approved September.'],
    ['Metric 4a, 4b', ['4a', '4b'], 'Give lone workers in rural teams a personal safety device and a way to report abuse by phone.', 'Chief Operating Officer', 'Head of Health, Safety and Security', D(2025, 7, 1), D(2026, 1, 31), 'At risk', 'Supplier delay; 60% of devices issued.'],
    ['Metric 4b', ['4b'], 'Promote the Freedom to Speak Up and incident reporting routes so disabled staff who are bullied or abused report it, and feed back on what happened.', 'Chief People Officer', 'Freedom to Speak Up Guardian', D(2025, 9, 1), D(2026, 3, 31), 'On track', 'Two cohorts trained.'],
    ['Metric 5', ['5'], 'Ring-fence 20% of places on the aspiring team leader programme for disabled staff.', 'Chief Nurse', 'Head of Organisational Development', D(2025, 9, 1), D(2026, 3, 31), 'Off track', 'Only one disabled applicant so far.'],
    ['Metric 6', ['6'], 'Audit return-to-work conversations for disabled staff for presenteeism pressure.', 'Chief People Officer', 'Head of Wellbeing', D(2025, 10, 1), D(2026, 2, 28), 'On track', 'Audit sample chosen.'],
    ['Metric 7', ['7'], 'Hold a Disability History Month event in each locality.', 'Chief Executive', 'Head of Communications', D(2025, 11, 1), D(2025, 12, 31), 'On track', 'Events booked.'],
    ['Metric 8', ['8'], 'Move workplace adjustments to a central budget with a four-week target.', 'Chief Finance Officer', 'Occupational Health Manager', D(2025, 4, 1), D(2026, 3, 31), 'At risk', 'Average wait 7 weeks.'],
    ['Metric 9a', ['9a'], 'Act on the three themes raised by disabled staff in the 2024 survey listening sessions.', 'Chief People Officer', 'Disabled Staff Network Chair', D(2025, 6, 1), D(2026, 3, 31), 'On track', 'Two themes addressed.'],
    ['Metric 10', ['10'], 'Include a disabled staff story at every public Board meeting.', 'Chair', 'Company Secretary', D(2025, 5, 1), D(2026, 3, 31), 'On track', 'Stories heard in July and September.'],
    ['Metrics 1-10', ALL_WDES21, 'Publish the WDES data and this plan, and report progress to the People Committee twice a year.', 'Chief People Officer', 'Head of Inclusion', D(2025, 8, 1), D(2026, 3, 31), 'On track', 'Published 29 August.'],
  ];
  let n = 0;
  for (const [m, inds, action, exec, lead, s, e, st, upd] of data)
    p.action([++n, m, action, exec, lead, s, e, st, upd], { ref: String(n), indicators: inds, action, lead, due: shown(e, F), status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, { numFmt: F }, { fill: S[st][0] }] });
  p.blank();
  p.line(['Status colours: pale blue = complete, green = on track, yellow = at risk, pink = off track.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2025 WDES tracker of a RURAL COMMUNITY AND MENTAL HEALTH trust, Aptos Narrow 11: a merged GREEN title bar naming trust and plan, an 'Owner | Version | Updated' line, a blank row, then a pale-green header 'No. | Metric | Action | Executive sponsor | Lead | Start | End | Status | Update' (row 4, frozen). Numbers 1–12 as numbers (ref '1'…'12'); metrics 'Metric N', 'Metric 4a, 4b', 'Metric 9a', 'Metrics 1-10' (= all twelve 2021+ metrics). Lead = Lead (the Executive sponsor is a director; one lead is the Disabled Staff Network Chair). Start and End real dates 'd mmmm yyyy'. Status words on Excel's PALE 'Good / Neutral / Bad' style fills – On track pale green, At risk pale yellow, Off track pale pink – and Complete pale blue; the key sentence below names them. Judgement calls: due = End, not Start; lead = Lead, not Executive sponsor; the pale fills are still the RAG (pale yellow = amber, pale pink = red, pale blue = blue); 'Metrics 1-10' means every metric, 4a/4b and 9a/9b included.", { ragCol: 'H', mode: 'fill', dueFrom: ['G'], notFrom: ['D', 'F'] });
}
