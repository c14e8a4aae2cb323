// holdout14-wres-2019-20-medwyn: ORDINARY PLAN WITH NO INDICATOR COLUMN – actions are numbered by indicator ('5.2' =
// second action for indicator 5; 'G1', 'G2' = general, all indicators), explained by a note above the header; refs
// stored as TEXT; R/A/G letters filled; loose text timescales; signature lines below.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wres-2019-20-medwyn', sheet: 'Sheet1', standard: 'WRES', period: '2019-20', trust: 'Medwyn Valley Healthcare NHS Trust', widths: [7, 64, 30, 18, 46, 8] });
  p.line(['Medwyn Valley Healthcare NHS Trust'], { style: { bold: true, font: { size: 12 } }, merge: ['A', 'F'] });
  p.line(['Workforce Race Equality Standard – Action Plan 2019/20 (mid-year review)'], { style: { bold: true }, merge: ['A', 'F'] });
  p.line(['Actions are numbered by WRES indicator: e.g. 5.2 is the second action for indicator 5. Actions numbered G support all nine indicators.'], { style: { italic: true }, merge: ['A', 'F'] });
  p.line(['RAG rating: R = not started / off track   A = in progress, some risk   G = on track or complete'], { style: { italic: true }, merge: ['A', 'F'] });
  p.header(['No.', 'Action', 'Lead', 'Timescale', 'Progress update (December 2019)', 'RAG rating'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const F = { R: [C.red, 'red'], A: [C.amber, 'amber'], G: [C.green, 'green'] };
  const ALL = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  const data = [
    ['G1', ALL, 'Refresh the Race Equality Steering Group terms of reference and report WRES progress to the Board twice a year.', 'Director of People', 'By end of Q1', 'New terms of reference agreed June 2019.', 'G'],
    ['G2', ALL, 'Publish the WRES data and this plan on the Trust website and intranet.', 'Equality and Diversity Manager', '31 August 2019', 'Published 28 August 2019.', 'G'],
    ['1.1', ['1'], 'Set divisional targets for BME representation at Band 8a and above in line with the Model Employer goals.', 'Deputy Director of Workforce', 'Jan 2020', 'Draft targets with divisions for comment.', 'A'],
    ['1.2', ['1'], 'Offer a reciprocal mentoring programme pairing BME staff with executive directors.', 'Head of Organisational Development and BME Network Chair', 'Apr 2019 – Mar 2020', '12 pairs started in October.', 'G'],
    ['2.1', ['2'], 'Introduce diverse interview panels for all Band 7 and above appointments.', 'Head of Recruitment', 'By end of Q2', 'Not yet in place – panel pool being recruited.', 'R'],
    ['3.1', ['3'], 'Apply a "just culture" decision tree before any formal disciplinary investigation is opened.', 'Head of Employee Relations', 'Oct 2019', 'Decision tree in use since September.', 'G'],
    ['4.1', ['4'], 'Report access to non-mandatory training and CPD by ethnicity to the Education Committee each quarter.', 'Head of Learning and Development', 'Quarterly', 'Q2 report produced; data quality issues on e-learning.', 'A'],
    ['5.1', ['5'], 'Work with the Security team on a clear policy for responding to racist abuse from patients and relatives.', 'Head of Security', 'Dec 2019', 'Policy drafted, consultation in January.', 'A'],
    ['5.2', ['5'], 'Add "racial abuse" as a Datix sub-category so incidents can be reported and followed up.', 'Risk Manager', 'Nov 2019', 'Not started.', 'R'],
    ['6.1', ['6'], 'Train Freedom to Speak Up champions from BME backgrounds in every division.', 'Freedom to Speak Up Guardian', 'Mar 2020', '9 champions trained.', 'G'],
    ['7.1', ['7'], 'Review access to secondments and acting-up opportunities and advertise all of them internally.', 'Deputy Director of Workforce', 'Feb 2020', 'Audit of acting-up arrangements under way.', 'A'],
    ['9.1', ['9'], 'Work with the Council of Governors so that the next non-executive recruitment reaches BME candidates.', 'Trust Secretary', '31 March 2020', 'Search firm briefed.', 'G'],
  ];
  for (const [ref, inds, action, lead, due, prog, rag] of data)
    p.action([ref, action, lead, due, prog, rag], { ref, indicators: inds, action, lead, due, status: rag, rag: F[rag][1], progress: prog }, { styles: [{ numFmt: '@' }, {}, {}, {}, {}, { fill: F[rag][0], alignment: { horizontal: 'center', vertical: 'top' } }] });
  p.blank();
  p.line(['No actions are listed under indicator 8 this year: the 2019 staff survey result for indicator 8 improved and is monitored through G1.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Signed: ……………………  Director of People          Date: ……………'], { merge: ['A', 'F'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY MID-YEAR WRES plan on 'Sheet1': trust name, title, two italic note lines above the header – the first says how the actions are numbered, the second is the R/A/G key – and one grey header 'No. | Action | Lead | Timescale | Progress update (December 2019) | RAG rating' (row 5). THERE IS NO INDICATOR COLUMN: the number (stored as text) encodes the indicator – '1.1', '1.2' → indicator 1, '5.2' → 5, '9.1' → 9 – and 'G1', 'G2' are general actions that support all nine indicators (gold all nine, as the note says). Timescales are text as written ('By end of Q1', 'Apr 2019 – Mar 2020', '31 August 2019', 'Quarterly'). RAG letters R/A/G filled. Below: a note that indicator 8 has no action this year and a signature line (not actions). Judgement calls: gold indicators come from the number's prefix per the note above the header (an HR lead reads '5.2' as indicator 5); 'G' actions = all indicators; one joint lead ('Head of Organisational Development and BME Network Chair') kept whole. Theme null.", { ragCol: 'F', mode: 'fill' });
}
