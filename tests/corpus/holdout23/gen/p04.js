// holdout23-wres-2018-19-hensby: ORDINARY WRES plan of a SPA-TOWN acute trust with a large PRIVATE PATIENTS UNIT: title, a line
// explaining that each REF CODE STARTS WITH ITS WRES INDICATOR ('W5.1' = indicator 5; 'WX' = all); header 'Ref | Key actions |
// Accountable director | Delivery lead | Timeframe | BRAG | Update – Q2 (Oct 2018)'; the indicator is ONLY in the ref; FY-quarter
// text timescales; B/G/A/R letters filled; the BRAG KEY BLOCK sits BESIDE the table (columns I:J) on the first action rows.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hensby Spa Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout23-wres-2018-19-hensby', sheet: 'WRES Action Plan', standard: 'WRES', period: '2018-19', trust, widths: [8, 55, 24, 28, 18, 8, 42, 3, 6, 16] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – action plan 2018/19 (updated for Q2)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Reference numbers start with the WRES indicator the action addresses: W5.1 is the first action for indicator 5; WX actions cover all nine indicators.'], { merge: ['A', 'G'], style: { italic: true } });
  const h = p.header(['Ref', 'Key actions', 'Accountable director', 'Delivery lead', 'Timeframe', 'BRAG', 'Update – Q2 (Oct 2018)'], { style: { fill: 'FF203864', color: C.white } });
  const kh = p.ws.getCell(`I${h}`); kh.value = 'BRAG key'; kh.font = { name: 'Arial', size: 10, bold: true }; p.ws.mergeCells(`I${h}:J${h}`);
  const B = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const rows = [
    ['W1.1', ['1'], 'Set out in each care group\'s workforce plan how it will grow BME representation at Bands 7 and above.', 'Director of People', 'Head of Workforce Planning', 'Q3 2018/19', 'G', 'Care group plans drafted; Surgery to confirm numbers.'],
    ['W1.2', ['1'], 'Include the Private Patients Unit\'s nursing and administrative staff in the ethnicity profile by band.', 'Director of People', 'Workforce Information Manager', 'Q2 2018/19', 'B', 'Included from the Q2 report.'],
    ['W2.1', ['2'], 'Audit shortlisting to appointment by ethnicity for every Band 6–8a vacancy and feed back to the recruiting manager.', 'Director of People', 'Head of Recruitment', 'Q4 18/19', 'A', 'Audit tool delayed by the move to TRAC.'],
    ['W2.2', ['2'], 'Add a diverse panel member to interviews for consultant and PPU lead nurse posts.', 'Medical Director', 'Medical Staffing Manager', 'Q4 18/19', 'G', 'Panel pool agreed with the Royal Colleges\' assessors.'],
    ['W3.1', ['3'], 'Apply the "just culture" decision tree before any case enters the formal disciplinary process.', 'Director of People', 'Head of Employee Relations', 'Q2 2018/19', 'B', 'In use since July 2018; no formal case opened without it.'],
    ['W4.1', ['4'], 'Ring-fence 20% of leadership course places for BME staff at Bands 5–7.', 'Chief Nurse', 'Head of Learning and Development', 'Q1 2019/20', 'G', 'Places held for the January cohort.'],
    ['W5.1', ['5'], 'Give staff in the Private Patients Unit and outpatients guidance on responding to racist remarks from patients and visitors.', 'Chief Operating Officer', 'PPU General Manager', 'Q3 2018/19', 'A', 'Guidance drafted; awaiting sign-off.'],
    ['W6.1', ['6'], 'Train Freedom to Speak Up champions in every department to signpost staff experiencing bullying.', 'Director of People', 'Freedom to Speak Up Guardian', 'Q3 2018/19', 'G', '22 champions trained.'],
    ['W7.1', ['7'], 'Launch a cross-trust talent programme with two neighbouring trusts for aspiring BME senior leaders.', 'Chief Executive', 'Head of Organisational Development', 'Q4 18/19', 'R', 'Partner trusts not yet signed up.'],
    ['W8.1', ['8'], 'Ask the BME Network to run a "lived experience" session for each care group\'s management team.', 'Director of People', 'Chair, BME Network', 'Q4 18/19', 'G', 'Two of five sessions held.'],
    ['W9.1', ['9'], 'Brief the Council of Governors on Board diversity before the next non-executive director appointment.', 'Trust Chair', 'Company Secretary', 'Q3 2018/19', 'B', 'Briefing given at the September Council.'],
    ['WX.1', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress on this plan to the People Committee every quarter and publish it with the annual WRES data.', 'Director of People', 'Equality and Diversity Manager', 'Ongoing (quarterly)', 'G', 'Q1 and Q2 reported.'],
  ];
  const key = [['B', 'Complete'], ['G', 'On track'], ['A', 'At risk'], ['R', 'Off track']];
  rows.forEach(([ref, inds, action, exec, lead, tf, b, upd], i) => {
    const r = p.action([ref, action, exec, lead, tf, b, upd], { ref, indicators: inds, action, lead, due: tf, status: b, rag: B[b][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, { fill: B[b][0], ...(B[b][2] ? { color: B[b][2] } : {}), bold: true, alignment: { horizontal: 'center', vertical: 'top' } }] });
    if (key[i]) {
      const [l, w] = key[i]; const a = p.ws.getCell(`I${r}`), t = p.ws.getCell(`J${r}`);
      a.value = l; a.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: B[l][0] } }; a.font = { name: 'Arial', size: 10, bold: true, ...(B[l][2] ? { color: { argb: B[l][2] } } : {}) }; a.alignment = { horizontal: 'center', vertical: 'top' };
      t.value = w; t.font = { name: 'Arial', size: 10 }; t.alignment = { vertical: 'top' };
    }
  });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES plan of a SPA-TOWN acute trust with a large PRIVATE PATIENTS UNIT (PPU), updated at Q2. Three merged lines (trust; plan; an italic line explaining the REF CODES: 'Reference numbers start with the WRES indicator the action addresses: W5.1 is the first action for indicator 5; WX actions cover all nine indicators'), then a navy header (row 4) 'Ref | Key actions | Accountable director | Delivery lead | Timeframe | BRAG | Update – Q2 (Oct 2018)'. NO indicator column and no indicator in the text: the indicator is ONLY in the ref ('W1.1', 'W2.2', 'WX.1'). Timeframes are FY-quarter text ('Q3 2018/19', 'Q4 18/19', 'Q1 2019/20', 'Ongoing (quarterly)'). BRAG letters B/G/A/R, bold and filled blue/green/amber/red. The BRAG KEY is a small block BESIDE the table – 'BRAG key' on the header row in I:J, then B Complete / G On track / A At risk / R Off track in I:J ON THE FIRST FOUR ACTION ROWS (a spacer column H between). Judgement calls: the indicators are read from the ref code as the line above the header explains (W5.1 → 5; WX → all nine); lead = Delivery lead, not the Accountable director; the status is the BRAG letter and the rag its fill; the key cells beside rows 5–8 belong to no action and do not make those rows anything other than actions; the Update = progress; theme null.", { ragCol: 'F', mode: 'fill', notFrom: ['C', 'J'] });
}
