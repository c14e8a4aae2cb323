// holdout20-wres-2022-23-cobbleford: ORDINARY WRES plan of a CITY MENTAL HEALTH AND COMMUNITY trust – navy title bar, BRAG key
// line; header 'Priority | WRES indicator | Action | Accountable director | Lead | Deadline | BRAG | Update (Dec 22)'; 'Priority'
// MERGED DOWN over its actions (a column, not a theme); 'Ind 5 & 6'; 'mmm-yy' + 'Ongoing'; B/R/A/G LETTERS filled.
import { Book, Plan, C, D, shown, mergeDown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout20-wres-2022-23-cobbleford', sheet: 'WRES Action Plan', standard: 'WRES', period: '2022-23', trust: 'Cobbleford Mental Health and Community Services NHS Trust', widths: [22, 12, 54, 24, 28, 10, 7, 40] });
  p.line(['Cobbleford Mental Health and Community Services NHS Trust: WRES Action Plan 2022-23'], { merge: ['A', 'H'], style: { bold: true, fill: C.navy, color: C.white, font: { size: 13 } } });
  p.line(['BRAG: B = complete and embedded; G = on track; A = some slippage; R = not on track.'], { merge: ['A', 'H'], style: { italic: true } });
  const h = p.header(['Priority', 'WRES indicator', 'Action', 'Accountable director', 'Lead', 'Deadline', 'BRAG', 'Update (Dec 22)'], { style: { fill: 'FFD9E1F2' } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const L = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'mmm-yy';
  const groups = [
    ['Priority 1 – Inclusive recruitment', [
      ['Ind 1', ['1'], 'Set BME representation goals for Band 8a+ in each care group, in line with the Model Employer ambition.', 'Chief People Officer', 'Head of Workforce Planning', D(2022, 9, 30), 'B', 'Goals agreed and in the care group dashboards.'],
      ['Ind 2', ['2'], 'Use de-biased job descriptions and adverts for community mental health team posts.', 'Chief People Officer', 'Recruitment Manager', D(2022, 12, 31), 'G', 'Template agreed; 60% of adverts updated.'],
      ['Ind 2', ['2'], 'Put an independent inclusion panel member on all Band 8a+ interviews.', 'Chief People Officer', 'Recruitment Manager', D(2023, 3, 31), 'A', 'Not enough trained panel members in community services.'],
    ]],
    ['Priority 2 – Just culture', [
      ['Ind 3', ['3'], 'Apply the Just Culture guide before any formal disciplinary, with a senior decision-maker review.', 'Director of Nursing', 'Head of Employee Relations', D(2022, 7, 31), 'B', 'Embedded; relative likelihood 1.19.'],
      ['Ind 4', ['4'], 'Ring-fence CPD funding for BME nurses and allied health professionals.', 'Director of Nursing', 'Head of Education', D(2023, 3, 31), 'R', 'Funding not confirmed.'],
    ]],
    ['Priority 3 – Safe and respected', [
      ['Ind 5 & 6', ['5', '6'], 'Introduce a zero-tolerance statement on racist abuse from service users, backed by a reporting and support pathway.', 'Director of Operations', 'Head of Security and Safety', D(2022, 10, 31), 'G', 'Pathway live in inpatient wards.'],
      ['Ind 8', ['8'], 'Train all team leaders in active bystander skills.', 'Director of Operations', 'Head of OD', D(2023, 3, 31), 'A', '45% trained.'],
      ['Ind 5 & 6', ['5', '6'], 'Offer a restorative conversation to every BME member of staff who reports harassment.', 'Director of Operations', 'Freedom to Speak Up Guardian', 'Ongoing', 'G', '17 conversations held.'],
    ]],
    ['Priority 4 – Leadership', [
      ['Ind 7', ['7'], 'Run the Trust\'s "Rising Leaders" programme with at least half the places for BME staff.', 'Chief Executive', 'Head of OD', D(2023, 1, 31), 'G', 'Cohort of 24 started.'],
      ['Ind 9', ['9'], 'Diversify the Board through the NExT Director scheme placement.', 'Chair', 'Trust Secretary', D(2023, 3, 31), 'R', 'No placement yet offered.'],
      ['All', ALL_WRES, 'Take a WRES progress report to the People and Culture Committee every quarter.', 'Chief People Officer', 'EDI Lead', 'Ongoing', 'G', 'Reported September and December.'],
    ]],
  ];
  for (const [pri, rows] of groups) {
    let start = 0;
    rows.forEach(([ind, inds, action, exec, lead, due, b, upd], i) => {
      const r = p.action([i ? null : pri, ind, action, exec, lead, due, b, upd], { indicators: inds, action, lead, due: due instanceof Date ? shown(due, F) : due, status: b, rag: L[b][1], progress: upd }, { styles: [{ bold: true }, {}, {}, {}, {}, { numFmt: F }, { fill: L[b][0], ...(L[b][2] ? { color: L[b][2] } : {}), bold: true, alignment: { horizontal: 'center', vertical: 'top' } }] });
      if (!i) start = r;
    });
    mergeDown(p.ws, 'A', start, p.r);
  }
  p.blank();
  p.line(['Approved by the People and Culture Committee, 22 June 2022. Next review: March 2023.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES plan of a CITY MENTAL HEALTH AND COMMUNITY SERVICES trust: a merged navy title bar naming trust and plan, a merged italic BRAG key line, then a pale-blue header 'Priority | WRES indicator | Action | Accountable director | Lead | Deadline | BRAG | Update (Dec 22)' (row 3, frozen). 'Priority N – …' is a bold cell in column A MERGED DOWN over its group of actions (a column, not a section row). Indicators 'Ind N', 'Ind 5 & 6', 'All' (= all nine). Lead = Lead (the Accountable director is the sponsor). Deadlines real dates shown 'mmm-yy' plus 'Ongoing'. BRAG as bold LETTERS B / G / A / R filled blue / green / amber / red. Approval line below. Judgement calls: the merged Priority cell names a group but it is a column of the action rows, so theme stays null (there is no section row); lead = Lead, not Accountable director; 'Ongoing' kept as written; the letter is the status as written.", { ragCol: 'G', mode: 'fill', notFrom: ['D'] });
}
