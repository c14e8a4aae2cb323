// holdout75-wres-2020-21-wraybarrow: ambulance trust; a two-line title in ONE cell merged over rows 1–2 (so the sheet looks as if
// the header should be row 2), a plan-owner line, and the real header in row 4 reading 'Ind | What | Who | When | (blank) | Comment';
// the blank-headed narrow column is shaded only – the RAG – explained by a shading key under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wraybarrow Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout75-wres-2020-21-wraybarrow', sheet: 'WRES 20-21', standard: 'WRES', period: '2020-21', trust, widths: [6, 60, 30, 11, 4, 40], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}\nWRES Action Plan 2020/21 – position at 30 November 2020`], { style: { bold: true, font: { size: 13 }, color: C.darkblue, alignment: { vertical: 'middle' } } });
  p.line([]);
  p.ws.mergeCells('A1:F2'); p.ws.getRow(1).height = 22; p.ws.getRow(2).height = 22;
  p.line(['Plan owner: Director of People and Culture. Reviewed monthly at the Inclusion Steering Group.'], { merge: ['A', 'F'], style: { italic: true } });
  const hr = p.header(['Ind', 'What', 'Who', 'When', '', 'Comment'], { style: { fill: C.paleblue } });
  const FILL = { green: C.green, amber: C.amber, red: C.red, blue: C.lightblue };
  const rows = [
    ['1', 'Break BME representation down by job role – call handler, emergency care assistant, paramedic, clinical supervisor, manager – for each operating area.', 'Head of Workforce Intelligence', 'Sep 2020', 'blue', 'In the WRES report to the Board in September.'],
    ['2', 'Run positive-action open days for the student paramedic and ECA intakes with community groups in both cities.', 'Recruitment and Resourcing Manager', 'Jan 2021', 'red', 'Postponed – Covid restrictions on events.'],
    ['2', 'Look at the driving assessment, where BME applicants fail more often, and offer every applicant a free practice drive.', 'Fleet Training Manager', 'Dec 2020', 'amber', 'Pass rates being analysed by ethnicity.'],
    ['3', 'Put every proposed disciplinary case for a BME member of staff through a check by a Head of Operations from another area before it goes ahead.', 'Heads of Operations', 'Oct 2020', 'green', 'Check used on 7 cases so far.'],
    ['4', 'Record who is funded for the paramedic practitioner and critical care courses, by ethnicity.', 'Education Business Manager', 'Feb 2021', 'red', ''],
    ['5', 'Give crews a way to flag racist abuse from a patient on the electronic patient record so the trust can write to the patient afterwards.', 'Clinical Systems Lead', 'Mar 2021', 'amber', 'Change request with the ePCR supplier.'],
    ['6, 8', 'Set up a Race Equality Network and a confidential way to report racism from colleagues, including at stations and in the control room.', 'EDI Lead', 'Nov 2020', 'green', 'Network launched in October; 41 members.'],
    ['7', 'Make sure BME staff are put forward for the clinical team leader stepping-up programme and track who is promoted.', 'Head of Clinical Education', 'Mar 2021', 'green', ''],
    ['9', 'Support the Chair to set a Board diversity aim before the next two non-executive posts are advertised.', 'Company Secretary', 'Mar 2021', 'amber', ''],
  ];
  for (const [ind, what, who, when, rag, com] of rows) {
    p.action([ind, what, who, when, '', com], { indicators: ind.split(', '), action: what, lead: who, due: when, rag, progress: com }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: FILL[rag] }, {}] });
  }
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  p.blank();
  p.line(['Shading: green = on track, amber = delayed, red = not started or stopped, blue = done.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust), Arial 10. Sheet 'WRES 20-21': the trust name and 'WRES Action Plan 2020/21 – position at 30 November 2020' on two lines of ONE cell merged A1:F2 (row 2 is part of the title, so the sheet looks as if the header should start at row 2 or 3), an italic plan-owner line in row 3, and the REAL HEADER in row 4 (frozen below): 'Ind | What | Who | When | (blank) | Comment' – short headings, and a blank one over a narrow column E that holds NO TEXT, only a fill. Nine actions, a blank row and an italic shading key ('green = on track, amber = delayed, red = not started or stopped, blue = done'). Judgement calls: header row 4 (rows 1–3 are title and owner line, all non-action rows; row 2 is listed because the merged title covers it); indicators from Ind ('6, 8' → both); action = What; lead = Who as written ('Heads of Operations'); due = When as typed ('Sep 2020'); the blank-headed column E is the RAG: status '' (no word anywhere) and rag from its fill, read through the shading key (light blue = done → blue); progress = Comment where filled; no ref; theme null. The plan owner (Director of People and Culture) is no lead; the 30 November 2020 position date is no due.", { mode: 'fill', ragCol: 5, colourOnly: { col: 'E' }, fieldCols: { action: 'B', lead: 'C', due: 'D', progress: 'F' }, headerSays: { A: 'Ind', B: 'What', C: 'Who', D: 'When', E: '' }, forbidden: ['Director of People and Culture'] });
}
