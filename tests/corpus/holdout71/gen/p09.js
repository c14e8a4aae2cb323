// holdout71-wres-2024-25-thistlewood: teaching hospitals FT, a plan in the shape of a real published 2024-2025 WRES action plan web table
// (eastamb.nhs.uk): 'Indicator | Objective | Action | Delivery Date | Leads | … priority area' – the objective is the indicator's own
// wording, 'continue to monitor' rows with N/A date and lead, baselines and year-1 targets written into the action text, real dates.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Thistlewood Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout71-wres-2024-25-thistlewood', sheet: 'WRES 2024-25', standard: 'WRES', period: '2024-25', trust, widths: [10, 36, 60, 13, 30, 30], font: { name: 'Calibri', size: 11 } });
  p.line(['WRES 2024-2025 action plan'], { merge: ['A', 'F'], height: 24, style: { bold: true, font: { size: 16 } } });
  p.line([`${trust}'s Workforce Race Equality Standard (WRES) action plan for 2024-2025.`], { merge: ['A', 'F'] });
  p.blank();
  p.header(['Indicator', 'Objective', 'Action', 'Delivery Date', 'Leads', 'Inclusion Strategy priority area'], { style: { fill: C.palegrey } });
  const KEEP = 'Attract and keep an inclusive workforce'; const FAIR = 'Fair and consistent policies, processes and practice'; const SAFE = 'Safe and respectful workplaces';
  const blocks = [
    ['1', 'Percentage of staff in each of the AfC bands & VSM (including executives) compared with the % of staff in the total workforce.',
      ['The Trust will continue to monitor this indicator and report it quarterly to the People Committee.', 'N/A', 'N/A', KEEP]],
    ['2', 'Relative likelihood of White applicants being appointed from shortlisting compared to BME applicants.',
      ['Make recruitment panels diverse wherever possible, using trained Inclusion Champions on panels for Band 7 and above. BME baseline – 22.4% of Band 7+; increase to 24% in year 1', D(2025, 3, 31), 'Head of Inclusion & Head of Resourcing', KEEP],
      ['Deliver inclusive recruitment training to recruitment panel members so that they shortlist and interview without bias. BME baseline – 22.4% of Band 7+; increase to 24% in year 1', D(2025, 3, 31), 'Head of Talent Management & Succession Planning', ''],
      ['Complete an equality review of recruitment and promotion processes and policies, and target actions at the problem areas it finds.', D(2024, 12, 31), 'Head of Inclusion', KEEP]],
    ['3', 'Relative likelihood of BME staff entering the formal disciplinary process compared to White staff.',
      ['Complete an equality review of employee relations processes and policies, to find changes that would help keep staff from under-represented groups.', D(2024, 12, 31), 'Head of Inclusion & Head of HR', FAIR],
      ['Make disciplinary and capability panels diverse wherever possible, using trained Inclusion Champions.', D(2024, 9, 30), 'Head of HR', FAIR]],
    ['4', 'Relative likelihood of White staff accessing non-mandatory training and CPD compared to BME staff.',
      ['Report access to non-mandatory training and CPD by ethnicity every six months to the Education Committee.', D(2024, 10, 31), 'Head of Education', 'Grow our own talent']],
    ['5', 'Percentage of BME staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months.',
      ['Roll out body-worn cameras in the emergency department and the acute medical unit, and record every racist incident by a patient or visitor on Datix.', D(2025, 1, 31), 'Head of Security & Head of Nursing (Urgent Care)', SAFE]],
    ['6', 'Percentage of BME staff experiencing harassment, bullying or abuse from staff in the last 12 months.',
      ['Relaunch the Respect Charter with a campaign on racial microaggressions between colleagues.', D(2025, 2, 28), 'Head of Inclusion & Head of Communications', SAFE]],
    ['9', 'Percentage difference between the organisation\'s board voting membership and its overall workforce.',
      ['The Trust will continue to monitor this indicator and report it annually to the Nominations Committee.', 'N/A', 'N/A', '']],
  ];
  for (const [ind, obj, ...acts] of blocks) {
    const start = p.r + 1;
    acts.forEach(([act, when, lead, pri], i) => {
      const due = when instanceof Date ? shown(when, 'dd/mm/yyyy') : '';
      p.action([i ? '' : ind, i ? '' : obj, act, when, lead, pri], { indicators: [ind], action: act, lead: lead === 'N/A' ? '' : lead, due }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'center' } }, {}, { italic: true }] });
    });
    mergeDown(p.ws, 'A', start, p.r); mergeDown(p.ws, 'B', start, p.r);
  }
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional teaching hospitals FT) laid out like a real published 2024-2025 WRES action plan web table of an NHS trust (eastamb.nhs.uk): sheet 'WRES 2024-25', the title 'WRES 2024-2025 action plan', a line naming the trust ('Thistlewood Teaching Hospitals NHS Foundation Trust's Workforce Race Equality Standard (WRES) action plan for 2024-2025.'), a blank row, the header 'Indicator | Objective | Action | Delivery Date | Leads | Inclusion Strategy priority area' (row 4, frozen) and ten actions under indicators 1, 2, 3, 4, 5, 6 and 9. The INDICATOR number and the OBJECTIVE (the indicator's own wording) are merged down beside each indicator's actions. Indicators 1 and 9 have a single 'The Trust will continue to monitor this indicator …' row with 'N/A' as Delivery Date and Leads. Two indicator-2 actions end with the same baseline and year-1 target written INTO the action text ('BME baseline – 22.4% of Band 7+; increase to 24% in year 1'). Delivery dates are real dates shown dd/mm/yyyy. The priority-area column maps each action to the trust's Inclusion Strategy; two cells are blank. Judgement calls: the 'continue to monitor' rows ARE actions (they are the plan's action for that indicator), with lead '' and due '' ('N/A' means none); the action is the whole Action cell, baseline and target included (outcome '': the plan has no outcome column and the target is part of the action as written); lead = Leads as written, two roles joined by '&' kept whole; due as shown ('31/03/2025'); indicators from the merged Indicator cell; the Objective (the indicator's wording) and the priority area give no field – theme null (the priority area is a mapping to another strategy, not a heading, and is blank on two rows); no status, rag null; ref ''.", { indCol: { col: 'A', mode: 'codes' }, notFrom: ['B', 'F'] });
}
