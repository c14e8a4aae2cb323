// holdout93-wres-2026-27-tansley: mental health and community trust, the Race Equality Lead's plan: three PRIORITIES merged down column
// A beside their actions, a 'Latest position' cell that starts with a BOLD COLOURED status word ('On track – …') and carries the
// update after it; one position with no bold word at all.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tansley Care Partnership NHS Trust';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout93-wres-2026-27-tansley', sheet: 'Race Equality Plan', standard: 'WRES', period: '2026-27', trust, widths: [20, 5, 50, 8, 26, 12, 52], font });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Race Equality Plan 2026/27 – our response to the 2026 Workforce Race Equality Standard'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Mental health, learning disability and community services. Updated for the Equality, Diversity & Inclusion Group, November 2026.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Priority', '#', 'Action', 'WRES', 'Responsible', 'Deadline', 'Latest position (November 2026)'], { style: { fill: C.lilac } });
  const COL = { 'On track': 'FF00B050', 'Slipping': 'FFED7D31', 'Off track': 'FFFF0000', 'Complete': 'FF0070C0' };
  const RAG = { 'On track': 'green', 'Slipping': 'amber', 'Off track': 'red', 'Complete': 'blue' };
  const pos = (st, rest) => (st ? { richText: [{ text: `${st} – `, font: { ...font, bold: true, color: { argb: COL[st] } } }, { text: rest, font: { ...font } }] } : rest);
  const plan = [
    ['Fair recruitment and progression', [
      ['1', 'Check that ethnic minority staff on inpatient wards and in community mental health teams are represented at each band, team by team, and share it with service managers.', '1', 'Workforce Intelligence Manager', 'Sep 2026', 'Complete', 'Team-level data now in the monthly workforce pack.'],
      ['2', 'Bring in diverse shortlisting and interview panels for all Band 7 and above posts, including nursing and psychology.', '2', 'Recruitment Lead', 'Dec 2026', 'On track', '58% of panels diverse in October, up from 31% in June.'],
      ['3', 'Open a mentoring scheme pairing ethnic minority Band 5 and 6 nurses with senior clinicians from another service.', '7', 'Head of Nursing Development', 'Jan 2027', 'Slipping', 'Only 9 mentors signed up against 20; second call going out.'],
    ]],
    ['Safe and respected at work', [
      ['4', 'Review every formal disciplinary case involving an ethnic minority colleague at a monthly assurance panel chaired by the Deputy Director of People.', '3', 'Employee Relations Manager', 'Ongoing', 'On track', 'Panel met four times; two cases moved to informal resolution.'],
      ['5', 'Agree with the police liaison team how staff report racist abuse from patients on inpatient wards, and give staff feedback on what happened.', '5', 'Head of Security', 'Nov 2026', 'Off track', 'Police liaison post vacant since August.'],
      ['6', 'Run a rolling programme of Race Equality Conversations in each community locality.', '6, 8', 'Race Equality Lead', 'Mar 2027', null, 'Scheduled for Q4; facilitators being trained.'],
    ]],
    ['Leadership that looks like our communities', [
      ['7', 'Ensure each executive and non-executive has a race equality objective and a reverse mentor from the Black and Minority Ethnic staff network.', '9', 'Chief Executive', 'Oct 2026', 'Complete', 'All objectives set; 11 reverse mentoring pairs.'],
      ['8', 'Fund places on the regional Stepping Up and Ready Now programmes for ethnic minority staff at Bands 6 to 8a.', '4, 7', 'Head of Leadership & OD', 'Feb 2027', 'On track', 'Six places funded; two staff already on Ready Now.'],
    ]],
  ];
  for (const [pri, acts] of plan) {
    const r0 = p.r + 1;
    acts.forEach(([no, act, ind, resp, dl, st, rest], i) => {
      const cell = pos(st, rest); const whole = st ? `${st} – ${rest}` : rest;
      p.action([i === 0 ? pri : '', no, act, ind, resp, dl, cell], { ref: no, indicators: ind.split(', '), theme: pri, action: act, lead: resp, due: dl, status: st || '', rag: st ? RAG[st] : null, progress: whole }, { styles: [{ bold: true, alignment: { vertical: 'middle' } }, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }] });
    });
    mergeDown(p.ws, 'A', r0, p.r);
  }
  p.blank();
  p.line(['Status words are written at the start of each position in bold: Complete (blue), On track (green), Slipping (amber), Off track (red).'], { merge: ['A', 'G'], style: { font: { size: 9 }, italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health, learning disability and community trust). Sheet 'Race Equality Plan': trust name, title, an italic scope / update line, a blank row, the lilac header 'Priority | # | Action | WRES | Responsible | Deadline | Latest position (November 2026)' (row 5, frozen), eight actions in three PRIORITIES whose names are MERGED DOWN column A beside their actions, a blank row and a key line. The Latest position cell opens with a BOLD COLOURED status word and a dash ('On track – 58% of panels …') and the update follows in plain text; action 6's cell has no bold word ('Scheduled for Q4; facilitators being trained.'). Judgement calls: theme = the merged Priority cell beside the action; status = the bold opening word without its dash, rag = that word's font colour (Complete blue, On track green, Slipping orange → amber, Off track red); action 6: status '' and rag null (no status word; 'Scheduled for Q4' is no status and no due); progress = the whole Latest position cell as written; indicators from WRES ('6, 8', '4, 7' → both); due = Deadline as typed ('Sep 2026', 'Ongoing'); lead = Responsible; ref = #. The key line is not an action.", { mode: 'prefix', ragCol: 7, themeCol: 'A' });
}
