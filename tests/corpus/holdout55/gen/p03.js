// holdout55-wres-2019-20-brockleigh: follows NHS Wolverhampton CCG's page 'Equality, Inclusion and Human Rights' (wolverhamptonccg.nhs.uk/
// about-us/equality-inclusion-and-human-rights-2018-19): the CCG's Equality Objectives 2018-21 listed 1–3, the third being to use the
// findings of the WRES, the WDES and the staff survey. Kept as a CCG keeps it: the objectives on one sheet, and the objective-3 workforce
// plan – one table for race AND disability, each row tagged with the standard it answers – on another.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Brockleigh Clinical Commissioning Group';
  const wsObj = book.wb.addWorksheet('Equality objectives 2018-21');
  const p = new Plan(book, { name: 'holdout55-wres-2019-20-brockleigh', sheet: 'Obj 3 action plan 19-20', standard: 'WRES', period: '2019-20', trust, widths: [6, 16, 36, 48, 26, 14, 40] });
  // first sheet: the three objectives (context, not the plan)
  wsObj.getColumn(1).width = 6; wsObj.getColumn(2).width = 110;
  wsObj.getCell('A1').value = trust; wsObj.getCell('A1').font = { bold: true, size: 13 };
  wsObj.getCell('A2').value = 'Equality Objectives 2018 – 2021'; wsObj.getCell('A2').font = { bold: true };
  [['1', 'The CCG will work towards a full understanding of the barriers patients meet in reaching services, and will work with partners to reduce them.'],
    ['2', 'The CCG will give due regard to the needs of its population when services change, engaging people in line with the profile of those affected.'],
    ['3', 'The CCG will use what the WRES, the WDES and the staff survey tell us to make the CCG a fairer place to work for all staff (see the Obj 3 action plan sheet).']]
    .forEach(([n, t], i) => { wsObj.getCell(`A${4 + i}`).value = n; wsObj.getCell(`B${4 + i}`).value = t; wsObj.getCell(`B${4 + i}`).alignment = { wrapText: true }; });
  // the plan sheet
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Equality Objective 3 – Workforce: WRES and WDES action plan 2019/20'], { merge: ['A', 'G'], style: { bold: true, color: C.nhs } });
  p.line(['Objective 3: The CCG will use what the WRES, the WDES and the staff survey tell us to make the CCG a fairer place to work for all staff.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['No.', 'Source', 'What the data shows', 'Action', 'Responsible', 'Review date', 'Update – September 2019'], { style: { fill: C.lilac } });
  const rows = [
    ['1', 'WRES 1', '9% of staff have no ethnicity recorded on ESR.', 'Ask every member of staff to check their equality details on ESR self-service, with a reminder from their line manager.', 'HR Business Partner (CSU)', D(2019, 12, 31), 'Reminder sent in the July staff bulletin; unknowns down to 6%.', 'w', ['1']],
    ['2', 'WRES 2 / WDES 2', 'BME and disabled applicants less likely to be appointed from shortlisting.', 'Include an independent panel member on all interview panels for posts at Band 7 and above.', 'Head of Corporate Services', D(2020, 3, 31), 'Agreed by the Senior Management Team in June.', 'w', ['2']],
    ['3', 'WDES 1', 'Only 3% of staff declare a disability on ESR against 14% in the staff survey.', 'Run a campaign on why declaring a disability matters, led by staff who have declared.', 'Equality and Inclusion Lead', D(2019, 11, 30), 'Planned for Disability History Month.', 'd'],
    ['4', 'WRES 5 / WDES 4', 'Abuse from the public reported by staff on the patient advice line.', 'Give the patient advice team a script and escalation route for abusive calls, and record each call on Datix.', 'Head of Patient Experience', D(2019, 10, 31), 'Script in use since August.', 'w', ['5']],
    ['5', 'WRES 7', 'BME staff less likely than white staff to believe the CCG offers equal opportunities for progression.', 'Open the CCG\'s acting-up and secondment opportunities to expressions of interest from all staff.', 'Chief Finance and Operating Officer', D(2020, 1, 31), '', 'w', ['7']],
    ['6', 'WDES 9', 'No formal route for disabled staff to be heard.', 'Set up a disabled staff forum with an executive sponsor.', 'Equality and Inclusion Lead', D(2020, 3, 31), 'Two meetings held with a shared network from the local trust.', 'd'],
    ['7', 'Staff survey', 'Response rate fell to 58%.', 'Hold team sessions on the staff survey results so that every team agrees two local actions.', 'Heads of Service', D(2019, 12, 31), 'Six of nine teams done.', 'w', []],
    ['8', 'WRES 9', 'No BME voting member on the Governing Body.', 'Advertise the next lay member vacancy through local BME community networks and the NHS Leadership Academy.', 'Chair / Accountable Officer', D(2020, 3, 31), 'Vacancy expected in the new year.', 'w', ['9']],
  ];
  const amb = [];
  for (const [no, src, data, a, lead, due, upd, kind, codes] of rows) {
    const vals = [no, src, data, a, lead, due, upd];
    const st = { styles: [{}, {}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }] };
    if (kind === 'd') { amb.push(p.line(vals, { border: true, ambiguous: true, ...st })); continue; }
    p.action(vals, { ref: no, indicators: codes, action: a, lead, due: due.toISOString().slice(8, 10) + '/' + due.toISOString().slice(5, 7) + '/' + due.getUTCFullYear(), progress: upd }, st);
  }
  p.blank();
  p.line(['Progress on this plan is reported to the Quality and Safety Committee and published in the CCG Annual Equality Report (March 2020).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional clinical commissioning group) following a real CCG's published Equality, Inclusion and Human Rights page (Wolverhampton CCG's): its Equality Objectives 2018-21 numbered 1–3, the third using WRES, WDES and staff survey findings. Two sheets: 'Equality objectives 2018-21' (the three objectives – context, not the plan) and the plan sheet 'Obj 3 action plan 19-20': CCG line, title, the objective's wording, one header 'No. | Source | What the data shows | Action | Responsible | Review date | Update – September 2019' (row 5), eight numbered rows and a closing reporting line. ONE JOINT TABLE for race and disability: the Source column tags each row 'WRES 1', 'WDES 1', 'WRES 5 / WDES 4', 'WRES 2 / WDES 2' or 'Staff survey'. Review dates are real dates shown dd/mm/yyyy. Judgement calls: read as the CCG's WRES plan – rows tagged WRES or WRES and WDES are actions, indicators = the WRES part only ('WRES 5 / WDES 4' → ['5']); the two rows tagged ONLY WDES (3 and 6, disability declaration and a disabled staff forum) are NOT WRES actions and are listed as ambiguous non-action rows; row 7 ('Staff survey', team sessions for every team) is an action of the plan for all staff, indicators []; ref = No.; due = Review date as shown (the plan's only date); lead = Responsible as written ('Chair / Accountable Officer'); progress = the September 2019 update ('' where blank); 'What the data shows' is the finding, not an outcome; no status: status '', rag null; the objectives sheet and the reporting line give no fields.", { notFrom: ['B', 'C'], stdCol: 'B', dueFrom: ['F'] });
}
