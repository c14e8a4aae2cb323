// holdout76-wres-2020-21-alverscombe: ambulance trust, the Covid year, a plan shared in Teams and edited by the managers who own the
// actions. A hand-filled 'Last edited by' column (names, initials, dates – never the owner), statuses typed five ways for 'on track',
// a grey 'Paused (Covid)', and one row where the update went into 'Last edited by' and the Notes cell was left empty.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Alverscombe Ambulance Service NHS Trust';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout76-wres-2020-21-alverscombe', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [11, 11, 50, 26, 13, 14, 48, 22], font });
  p.line([`${trust} – WRES Action Plan 2020-21`], { style: { bold: true, font: { size: 12 } } });
  p.line(['Shared in Teams (People Directorate > EDI). Owners edit their own rows – fill in “Last edited by” when you change something.'], { style: { italic: true } });
  p.line(['Status:  Complete (blue)  •  On track (green)  •  At risk (amber)  •  Off track (red)  •  Paused (Covid) – no colour'], { style: { italic: true, color: 'FF595959' } });
  p.header(['Action ID', 'WRES indicator(s)', 'Action', 'Owner', 'Due', 'Status', 'Notes', 'Last edited by'], { style: { fill: C.navy, color: C.white } });
  p.ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 4, topLeftCell: 'D5', activeCell: 'F5' }];
  const WORD = { Complete: 'blue', 'Paused (Covid)': null, 'on-track': 'green', 'On track': 'green', 'At risk': 'amber', Ontrack: 'green', 'complete.': 'blue', 'Off track': 'red', 'On Track': 'green' };
  const FILL = { blue: C.lightblue, green: C.green, amber: C.amber, red: C.red };
  const misplaced = {};
  // [id, ind, action, owner, due, fmt, status, filled, notes, lastEdited, progressInLastEdited]
  const rows = [
    ['WRES20-01', '1', 'Publish the ethnicity profile of each operational role (paramedic, specialist paramedic, team leader, duty manager) on the intranet every quarter.', 'Head of Workforce Planning', D(2020, 9, 30), 'dd/mm/yyyy', 'Complete', true,
      'Q1 and Q2 published. (DW 06/10/20)', 'D. Walsh 06/10/20'],
    ['WRES20-02', '2', 'Staff recruitment stands in the county’s three most diverse towns with a BME paramedic from the local station at each one.', 'Recruitment & Attraction Manager', 'TBC post-Covid', null, 'Paused (Covid)', false,
      'All face-to-face events stopped in March 2020. Virtual open evening instead? – SM 14/09', 'S. Morris 14/09/20'],
    ['WRES20-03', '2', 'Give BME applicants to the student paramedic programme a practice assessment day before the fitness and driving assessments.', 'a.okonkwo@alverscombe-amb.nhs.uk', 'end Q3', null, 'on-track ', false,
      'Two virtual practice days run (Sept, Oct) – 31 attended.', 'AO 02/11'],
    ['WRES20-04', '3', 'Review every disciplinary case involving a BME member of staff at the monthly case panel before it goes to a formal hearing.', 'Deputy Director of People', D(2021, 3, 1), 'mmm-yy', 'On track', true,
      '', 'JR 19/10: 6 cases reviewed since July, 2 stepped down to informal', true],
    ['WRES20-05', '4', 'Ring-fence a fifth of the places on the clinical team leader development course for BME staff.', 'Head of Education', '31/3/21', null, 'At risk', true,
      'Course moved online; 3 of 15 places taken by BME staff so far.\nNeeds promoting again – RK 30/11', 'R. Khan 30/11/20'],
    ['WRES20-06', '5', 'Fit body-worn cameras at the two stations with the most reports of racist abuse from patients and publish the prosecution outcomes.', 'Head of Security', 'September 2020', null, 'Ontrack', false,
      'Cameras live at Westgate and Carrbridge from 01/09. Two cases with the police.', 'T Price 21/10'],
    ['WRES20-07', '6', 'Launch a “Call it out” campaign with the Freedom to Speak Up Guardians aimed at crews on shared shifts and in the control room.', 'FTSU Guardian', D(2020, 12, 31), 'd mmm yyyy', 'complete.', false,
      'Launched 16/11 (Anti-Bullying Week). Posters up at all 24 stations.', 'FTSU 17/11'],
    ['WRES20-08', '7', 'Ask the BAME network to co-design the station-based career conversations for Band 5 and 6 crews.', 'Network chair (Kofi Mensah)', 'Q4', null, 'Off track', true,
      'Network meetings paused in the second wave. KM 12/01/21', 'K Mensah'],
    ['WRES20-09', '9', 'Offer a BME member of the network a place on the 2021 shadow board programme.', 'Director of Corporate Affairs', 'Feb 2021', null, 'On Track', false,
      'Applications opened 04/01.', 'CA office 04/01/21'],
  ];
  const lastEdited = [];
  for (const [id, ind, act, own, due, f, st, filled, notes, last, progInLast] of rows) {
    const s = st.trim(); const rag = WORD[s];
    const r = p.action([id, ind, act, own, due, st, notes, last], { ref: id, indicators: [ind], action: act, lead: own, due: due instanceof Date ? shown(due, f) : due, status: s, rag, progress: progInLast ? last : notes },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, f ? { numFmt: f, alignment: { horizontal: 'left' } } : {}, filled && rag ? { fill: FILL[rag] } : {}, {}, { font: { size: 9 }, color: 'FF595959' }] });
    if (progInLast) misplaced[r] = { progress: { col: 'H' } }; else lastEdited.push(last);
  }
  p.blank();
  p.line(['Version 7 – 14/01/21. Next update to People & Culture Committee in February.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust, the Covid year) shared in Teams and edited by the managers who own the actions. Sheet 'WRES 2020-21': a title naming the trust and the year, an italic line asking owners to fill in 'Last edited by', an italic status key ('Complete (blue) • On track (green) • At risk (amber) • Off track (red) • Paused (Covid) – no colour'), the navy header 'Action ID | WRES indicator(s) | Action | Owner | Due | Status | Notes | Last edited by' (row 4, frozen at D5), nine actions WRES20-01 … 09, a blank row and a version line. Due written as real dates ('30/09/2020', 'Mar-21', '31 Dec 2020') and typed text ('TBC post-Covid', 'end Q3', '31/3/21', 'September 2020', 'Q4', 'Feb 2021'). Status typed 'On track', 'On Track', 'on-track ' (trailing space), 'Ontrack', 'Complete', 'complete.', 'At risk', 'Off track', 'Paused (Covid)'; some cells filled, some plain. Judgement calls: lead = Owner as written (a job title, an email address, 'Network chair (Kofi Mensah)'); 'Last edited by' holds the editors' names, initials and dates and is NEVER a lead or a due – EXCEPT ROW 8 (WRES20-04), whose Notes cell is empty and whose update ('JR 19/10: 6 cases reviewed since July, 2 stepped down to informal') was typed into the 'Last edited by' cell: a careful reader takes that as the action's progress. Progress otherwise = Notes, with its initials and dates (no dues). Status = the word as typed (trailing space dropped, 'complete.' keeps its full stop); rag = the cell's fill where coloured, otherwise the word read through the key ('on-track', 'Ontrack', 'On Track' → green; 'complete.' → blue); 'Paused (Covid)' → null as the key says. Ref = Action ID; indicators from the indicator column. Theme null. The version date is no due.",
    { mode: 'fillOrWord', ragCol: 6, words: WORD, cols: { ref: 'A', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' }, misplaced, indCol: 'B', forbidden: [...lastEdited, '14/01/21'] });
}
