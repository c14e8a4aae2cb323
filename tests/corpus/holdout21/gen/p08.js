// holdout21-wres-2022-23-thornbeck: ORDINARY WRES tracker of a RURAL DISTRICT GENERAL HOSPITAL trust – one merged title line,
// header on row 2 (frozen) 'Ref | Indicator | Action | Responsible | Timeframe | BRAG | Update'; 'TB/01'; 'WRES 2 & 3'; leads
// 'Name (role)'; real dates 'mmm-yy' + 'Ongoing'; BRAG letters filled; key, approval and review lines BELOW the table.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout21-wres-2022-23-thornbeck', sheet: 'WRES 2022-23', standard: 'WRES', period: '2022-23', trust: 'Thornbeck and Dales Hospitals NHS Foundation Trust', widths: [8, 12, 58, 34, 11, 7, 44] });
  p.line(['Thornbeck and Dales Hospitals NHS Foundation Trust – WRES action plan 2022-23'], { merge: ['A', 'G'], style: { bold: true, fill: 'FF203864', color: C.white, font: { size: 12 } } });
  const h = p.header(['Ref', 'Indicator', 'Action', 'Responsible', 'Timeframe', 'BRAG', 'Update'], { style: { fill: 'FFBDD7EE' } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const L = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'mmm-yy';
  const data = [
    ['WRES 1', ['1'], 'Publish the ethnicity of staff by band for each of the two hospital sites and the community hospitals.', 'Tom Hebden (Workforce Information Manager)', D(2022, 9, 30), 'B', 'Published to the People and Culture Committee in September.'],
    ['WRES 1', ['1'], 'Set and track a trajectory to the Model Employer goal for BME staff at Band 8a and above.', 'Ruth Metcalfe (Deputy Director of People)', D(2023, 3, 31), 'G', 'Trajectory agreed; 8a+ BME representation 6.8%.'],
    ['WRES 2 & 3', ['2', '3'], 'Appoint trained inclusion ambassadors to sit on interview panels and on disciplinary decision panels.', 'Ana Costa (Head of Resourcing)', D(2022, 12, 31), 'A', '14 ambassadors trained; panels not yet covered at the Dales site.'],
    ['WRES 3', ['3'], 'Introduce a decision-making checklist before formal disciplinary action, based on the "just and learning culture" approach.', 'Kwame Boateng (Head of Employee Relations)', D(2022, 11, 30), 'B', 'Checklist in use since November.'],
    ['WRES 4', ['4'], 'Publish how study leave and CPD funding is allocated and monitor it by ethnicity.', 'Jenny Lister (Head of Education)', D(2023, 1, 31), 'G', 'First quarterly report produced.'],
    ['WRES 5', ['5'], 'Put up posters and a clear statement in the emergency department and wards that racist abuse of staff will not be tolerated.', 'Sarah Dent (Deputy Chief Nurse)', D(2022, 10, 31), 'B', 'Done across both sites.'],
    ['WRES 6', ['6'], 'Deliver active bystander training to ward managers and consultants.', 'Jenny Lister (Head of Education)', D(2023, 3, 31), 'R', 'Trainer not yet commissioned.'],
    ['WRES 7', ['7'], 'Support internationally recruited nurses to progress to Band 6 with a tailored development programme.', 'Sarah Dent (Deputy Chief Nurse)', D(2023, 3, 31), 'G', 'First cohort of 16 started in January.'],
    ['WRES 8', ['8'], 'Launch reverse mentoring between members of the BAME Staff Network and the executive team.', 'Ruth Metcalfe (Deputy Director of People)', D(2022, 12, 31), 'A', 'Eight pairs matched; launch moved to February.'],
    ['WRES 9', ['9'], 'Work with NHS England\'s NExT Director scheme to widen the field for non-executive vacancies.', 'Helen Booth (Company Secretary)', D(2023, 3, 31), 'G', 'Scheme used for the vacancy advertised in February.'],
    ['All', ALL_WRES, 'Report progress on the WRES action plan to the People and Culture Committee every quarter.', 'Ruth Metcalfe (Deputy Director of People)', 'Ongoing', 'G', 'Reported in October and January.'],
  ];
  let n = 0;
  for (const [ind, inds, action, lead, due, l, upd] of data) {
    const ref = `TB/${String(++n).padStart(2, '0')}`;
    p.action([ref, ind, action, lead, due, l, upd], { ref, indicators: inds, action, lead, due: typeof due === 'string' ? due : shown(due, F), status: l, rag: L[l][1], progress: upd }, { styles: [{}, {}, {}, {}, { numFmt: F }, { fill: L[l][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(L[l][2] ? { color: L[l][2] } : {}) }] });
  }
  p.blank();
  p.line(['BRAG: B = complete, G = on track, A = at risk, R = off track.'], { style: { italic: true } });
  p.line(['Approved by the People and Culture Committee, 18 October 2022.'], { style: { italic: true } });
  p.line(['Next review: April 2023 (Ruth Metcalfe, Deputy Director of People).'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES tracker of a RURAL DISTRICT GENERAL HOSPITAL trust (two hospitals and community hospitals): one merged navy title bar naming trust and plan, then straight away the pale-blue header 'Ref | Indicator | Action | Responsible | Timeframe | BRAG | Update' on ROW 2 (frozen). Refs 'TB/01'…'TB/11'; indicators 'WRES N', 'WRES 2 & 3' = ['2','3'], 'All' (= all nine). Responsible gives 'Name (role)' ('Ana Costa (Head of Resourcing)'), kept whole as the lead. Timeframe holds real dates shown 'mmm-yy' ('Sep-22') and once the text 'Ongoing'. BRAG is a bold LETTER filled B blue / G green / A amber / R red. Below the table, after a blank row: the BRAG key line, an approval line and a 'Next review' line naming a person. Judgement calls: lead = the whole 'Name (role)' text; the status is the letter as written and its fill the rag (B = blue); the lines under the table are not actions; theme null.", { ragCol: 'F', mode: 'fill' });
}
