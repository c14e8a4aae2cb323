// holdout32-wdes-2024-25-wyvernside: an ICB workforce lead's tracker of the WDES commitments of the system's providers and of the ICB
// itself, compiled from their returns: an org column of abbreviations merged down over each org's rows, a key of the abbreviations,
// metrics written as each provider wrote them, the ICB's own G/A/R assurance rating on a fill, the ICB's comment beside the provider's
// returned update, one provider with no return, a summary line for the People Board.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Wyvernside Integrated Care Board';
  const p = new Plan(book, { name: 'holdout32-wdes-2024-25-wyvernside', sheet: 'System WDES 24-25', standard: 'WDES', period: '2024-25', trust,
    widths: [9, 12, 50, 26, 12, 11, 34, 44], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  p.line([`${trust} – system WDES commitments tracker 2024/25`], { style: { bold: true, font: { size: 13 } }, merge: ['A', 'H'] });
  p.line(['Compiled by the ICB Workforce Lead from provider returns (deadline 30/09/2024). Returns received: 4 of 5 – WCH outstanding, chased 07/10/2024.'], { merge: ['A', 'H'] });
  p.line(['Orgs: WUH = Wyvernside University Hospitals NHS FT · WMH = Wyvernside and Marches Mental Health NHS FT · MAS = Marches Ambulance Service NHS Trust · WCH = Wyvernside Community Health NHS Trust · ICB = our own staff · SYS = system-wide'], { merge: ['A', 'H'], height: 28, style: { font: { size: 9 } } });
  p.line(['ICB assurance: G = on track and evidenced · A = on track, evidence awaited · R = off track or no update'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  const hr = p.header(['Org', 'WDES metric(s)', 'Commitment', 'Provider lead', 'Due', 'ICB assurance', 'ICB comment', 'Provider update (as returned)'], { style: { fill: 'FF41B6E6', color: C.white } });
  const F = { G: C.green, A: C.amber, R: C.red }; const RAG = { G: 'green', A: 'amber', R: 'red' };
  const fmt = 'mmm-yy';
  const orgs = [
    ['WUH', [
      ['Metric 2', 'Guarantee an interview to every disabled applicant who meets the essential criteria, with the check built into TRAC.', 'Head of Recruitment', D(2024, 12, 31), 'G', 'Audit sample seen 14/10.', 'Live in TRAC since August; 212 guaranteed interviews Q1–Q2.'],
      ['4a(iii)', 'Train all Band 7 ward and department managers in responding to disability-related harassment between colleagues.', 'Head of Leadership Development', D(2025, 3, 31), 'A', 'Ask for numbers by division.', '61% of Band 7 managers trained to date.'],
      ['Metric 10', 'Recruit two Board members with lived experience of disability through the next NED round.', 'Trust Secretary', D(2025, 3, 31), 'A', 'Not in their Board plan yet – raise at CPO group.', 'NED campaign planned for January.'],
    ]],
    ['WMH', [
      ['WDES 7', 'Roll out a health and wellbeing passport for disabled staff, agreed with their line manager and reviewed yearly.', 'Deputy Director of People', D(2024, 11, 30), 'G', '', 'Passport launched 01/07; 140 agreed.'],
      ['m9b', 'Give the Disability Network a budget and protected time, and a standing seat at the Workforce Committee.', 'Chief People Officer', D(2024, 9, 30), 'G', 'Confirmed in Committee ToR.', 'Done – ToR amended September.'],
    ]],
    ['MAS', [
      ['Metric 4b', 'Promote the reporting route for harassment from patients and the public to road staff through station briefings.', 'Head of Health, Safety and Security', D(2025, 1, 31), 'R', 'No evidence of briefings – escalate.', ''],
      ['Metrics 6 & 8', 'Fast-track reasonable adjustments for staff returning to road duties, with a target of 28 days from request to decision.', 'Occupational Health Manager', D(2025, 3, 31), 'A', '', 'Median now 41 days (was 63).'],
    ]],
    ['WCH', [['No return received – 2023/24 commitments carried forward pending return.']]],
    ['ICB', [
      ['1, 3', 'Run a data-cleanse campaign so that ICB staff update their disability status in ESR, aiming for under 10% unknown.', 'ICB Head of People', D(2024, 12, 31), 'G', 'ESR unknown 8.7%.', ''],
      ['Metric 5', 'Add a disability-inclusive question to the ICB\'s promotion and secondment panels.', 'ICB Head of People', D(2025, 3, 31), 'R', 'Not started – agreed at SMT to pick up Q4.', ''],
    ]],
    ['SYS', [
      ['All metrics', 'Commission a shared reasonable adjustments service for the five organisations, with a single referral form.', 'ICB Director of Workforce Transformation', D(2025, 3, 31), 'A', 'Business case to ICB Board in February.', ''],
    ]],
  ];
  const noReturn = [];
  const ALL = ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'];
  const indsOf = (m) => (/All/.test(m) ? ALL : m.replace(/\(.*?\)/g, '').match(/\d+[ab]?/g));
  for (const [org, rows] of orgs) {
    const r0 = p.r + 1;
    for (const row of rows) {
      if (row.length === 1) { noReturn.push(p.line([org, undefined, row[0]], { border: true, merge: ['C', 'H'], styles: [{ bold: true }, {}, { italic: true, color: 'FFC00000' }] })); continue; }
      const [m, commit, lead, due, ga, comment, upd] = row;
      p.action([org, m, commit, lead, due, ga, comment || undefined, upd || undefined],
        { indicators: indsOf(m), action: commit, lead, due: shown(due, fmt), status: ga, rag: RAG[ga], progress: upd },
        { styles: [{ bold: true, alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: fmt }, { fill: F[ga], alignment: { horizontal: 'center' }, bold: true }, { color: 'FF1F3864', italic: true }, {}] });
      if (p.r > r0) ws.getCell(`A${p.r}`).value = null;
    }
    mergeDown(ws, 'A', r0, p.r);
  }
  p.blank();
  const sum = p.line(['Summary for People Board (Nov 24): 10 commitments tracked – 4 G, 4 A, 2 R; WCH return outstanding.'], { merge: ['A', 'H'], style: { bold: true } });
  ws.views = [{ state: 'frozen', ySplit: hr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board) as its ICB WORKFORCE LEAD keeps it: one sheet holding the WDES commitments of four providers, of the ICB for its own staff and of the system as a whole, compiled from the providers' returns. A merged title naming the ICB, a line about the returns (deadline 30/09/2024, 4 of 5 received, WCH chased 07/10/2024), a small KEY of org abbreviations (WUH, WMH, MAS, WCH, ICB, SYS), a small key of the ICB assurance letters, then a header 'Org | WDES metric(s) | Commitment | Provider lead | Due | ICB assurance | ICB comment | Provider update (as returned)' (row 5, frozen). The Org abbreviation is MERGED DOWN over each org's rows; metrics are written as each provider wrote them ('Metric 2', '4a(iii)', 'WDES 7', 'm9b', 'Metrics 6 & 8', '1, 3', 'All metrics'); due as mmm-yy dates; ICB assurance is a G/A/R letter on a solid fill; the ICB's comment (dark-blue italics) sits beside the provider's own returned update. WCH's row says 'No return received – 2023/24 commitments carried forward pending return.' in red italics merged across. A bold summary line for the People Board closes the sheet. Judgement calls: every commitment row is an action of the ICB's tracker whatever org made it (identity = the ICB, as the sheet states); the WCH no-return row is not an action; the Org column is not a theme (theme null) nor a lead; lead = Provider lead; due = Due as displayed ('Dec-24'); status = the ICB assurance letter as written, rag = its fill; progress = the provider's update as returned, '' where none – the ICB comment is the assurer's note, not progress; indicators from the metric cell as written ('4a(iii)' → ['4a']; 'm9b' → ['9b']; 'Metrics 6 & 8' → ['6','8']; 'All metrics' → all twelve 2024-25 codes); the returns deadline, chase date and summary counts are context; no ref.",
    { mode: 'fill', ragCol: 'F', notFrom: ['G'], dataRows: [...noReturn, sum], forbidden: ['WCH', 'WUH', 'WMH', 'MAS', 'ICB', 'SYS', '30/09/2024', '07/10/2024'] });
}
