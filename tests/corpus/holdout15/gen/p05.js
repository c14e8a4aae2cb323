// holdout15-wres-2019-20-cotterwell: ORDINARY tracker – no title: a 'Trust: / Plan: / Owner: / Updated:' LABEL BOX
// (labels in A, values in B:C merged), then header 'Action Ref | Action | WRES Ind. | Owner | Start date | End date |
// % complete | RAG | Comments' with AUTOFILTER and FROZEN header; refs 'CW19-01'; 'WRES 5/6', 'WRES 1-9'; dates shown
// 'dd mmm yy' (due = End date, not Start); real percentages; RAG as COLOUR WORDS Blue/Green/Amber/Red filled; no key.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wres-2019-20-cotterwell', sheet: 'Action Plan', standard: 'WRES', period: '2019-20', trust: 'Cotterwell Community Healthcare NHS Trust', widths: [12, 56, 11, 26, 11, 11, 11, 9, 42], font: { name: 'Calibri', size: 11 } });
  for (const [l, v] of [['Trust:', 'Cotterwell Community Healthcare NHS Trust'], ['Plan:', 'WRES action plan 2019-20'], ['Owner:', 'Associate Director of HR'], ['Updated:', '14 January 2020']]) { p.line([l, v], { styles: [{ bold: true }] }); p.ws.mergeCells(`B${p.r}:C${p.r}`); }
  p.blank();
  const h = p.header(['Action Ref', 'Action', 'WRES Ind.', 'Owner', 'Start date', 'End date', '% complete', 'RAG', 'Comments'], { style: { fill: C.darkblue, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.autoFilter = `A${h}:I${h}`; p.ws.views = [{ state: 'frozen', ySplit: h }];
  const W = { Blue: [C.blue, 'blue', C.white], Green: [C.green, 'green'], Amber: [C.amber, 'amber'], Red: [C.red, 'red', C.white] };
  const F = 'dd mmm yy';
  const data = [
    ['CW19-01', 'Produce a quarterly breakdown of BME staff by band and professional group for each care group.', 'WRES 1', ['1'], 'Workforce Intelligence Lead', D(2019, 4, 1), D(2019, 6, 30), 1, 'Blue', 'Now part of the quarterly workforce report.'],
    ['CW19-02', 'Agree representation goals for BME staff at Band 7+ with each care group director.', 'WRES 1', ['1'], 'Associate Director of HR', D(2019, 7, 1), D(2019, 12, 31), 0.5, 'Amber', 'Three of five care groups signed up; revised end date 31 Mar 20 proposed.'],
    ['CW19-03', 'Use the "inclusive recruitment" checklist for every Band 6+ vacancy, including a diverse interview panel.', 'WRES 2', ['2'], 'Recruitment Lead', D(2019, 5, 1), D(2019, 9, 30), 1, 'Blue', 'Checklist mandatory from September.'],
    ['CW19-04', 'Audit a sample of 50 recruitment campaigns to see where BME applicants are lost between shortlisting and appointment.', 'WRES 2', ['2'], 'Recruitment Lead', D(2019, 10, 1), D(2020, 2, 29), 0.25, 'Green', 'Sample selected; audit in January.'],
    ['CW19-05', 'Introduce a "just culture" triage of all concerns before a formal disciplinary process is started.', 'WRES 3', ['3'], 'Head of Employee Relations', D(2019, 4, 1), D(2019, 10, 31), 0.75, 'Amber', 'Triage running in two of five care groups.'],
    ['CW19-06', 'Report access to non-mandatory training and CPD funding by ethnicity to the Education Steering Group.', 'WRES 4', ['4'], 'Head of Education', D(2019, 9, 1), D(2020, 3, 31), 0, 'Red', 'Data not yet captured on the learning system.'],
    ['CW19-07', 'Work with the security team and Staff Side on a clear policy for patients who racially abuse staff.', 'WRES 5/6', ['5', '6'], 'Head of Health, Safety and Security', D(2019, 6, 1), D(2019, 12, 31), 0.5, 'Green', 'Draft at policy group in February.'],
    ['CW19-08', 'Give every team leader access to bystander training ("Call it out").', 'WRES 6', ['6'], 'Head of OD', D(2019, 9, 1), D(2020, 3, 31), 0.5, 'Green', '214 staff trained.'],
    ['CW19-09', 'Launch a reciprocal mentoring programme for BME staff and senior leaders.', 'WRES 7', ['7'], 'Head of OD', D(2019, 7, 1), D(2019, 11, 30), 1, 'Blue', 'Cohort 1 of 12 pairs started November.'],
    ['CW19-10', 'Publish the discrimination reporting route and the outcomes of concerns raised, in anonymised form.', 'WRES 8', ['8'], 'Freedom to Speak Up Guardian', D(2019, 10, 1), D(2020, 3, 31), 0.25, 'Amber', 'Route agreed; reporting template outstanding.'],
    ['CW19-11', 'Include a BME Staff Network representative as an observer at the Board\'s People Committee.', 'WRES 9', ['9'], 'Trust Secretary', D(2019, 5, 1), D(2019, 7, 31), 1, 'Blue', 'Observer attending since July.'],
    ['CW19-12', 'Refresh this action plan with the BME Staff Network when the 2020 WRES data is published.', 'WRES 1-9', ALL_WRES, 'Associate Director of HR', D(2020, 2, 1), D(2020, 3, 31), 0, 'Green', 'Workshop booked for March.'],
  ];
  for (const [ref, action, ind, inds, lead, start, end, pc, rag, com] of data)
    p.action([ref, action, ind, lead, start, end, pc, rag, com], { ref, indicators: inds, action, lead, due: shown(end, F), status: rag, rag: W[rag][1], progress: com }, { styles: [{}, {}, {}, {}, { numFmt: F }, { numFmt: F }, { numFmt: '0%', alignment: { horizontal: 'center', vertical: 'top' } }, { fill: W[rag][0], ...(W[rag][2] ? { color: W[rag][2] } : {}) }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES tracker with NO TITLE ROW: a LABEL BOX 'Trust: | Cotterwell Community Healthcare NHS Trust', 'Plan: | WRES action plan 2019-20', 'Owner: | Associate Director of HR', 'Updated: | 14 January 2020' (rows 1–4, labels bold in A, values merged B:C), a blank row, then a dark-blue header 'Action Ref | Action | WRES Ind. | Owner | Start date | End date | % complete | RAG | Comments' (row 6, AUTOFILTER, frozen). Refs 'CW19-01'…'CW19-12'. Indicator codes 'WRES N', 'WRES 5/6', 'WRES 1-9' (= all nine). Start and End dates are real dates shown 'dd mmm yy'; gold due = End date. '% complete' real percentages (0%…100%). RAG written as COLOUR WORDS 'Blue' / 'Green' / 'Amber' / 'Red' on matching fills; no key (Blue read as blue = complete from the 100% rows). Comments = progress. Nothing below the table. Judgement calls: due = End date, not Start date, even where a comment proposes a revised date (CW19-02); '% complete' is not the status; the label box rows are not actions.", { ragCol: 'H', mode: 'fill' });
}
