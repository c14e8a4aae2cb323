// holdout8-wres-2022-23-marshbrook + holdout8-wdes-2022-23-marshbrook: ONE workbook with a 'Read me' sheet (trust, key) and the
// plans on sheets named 'Race' and 'Disability'. Year-end position: WRES sheet keeps actions completed in the year in a block
// BELOW the live actions (still this year's actions); WDES sheet keeps last year's closed actions below for reference (ambiguous).
import fs from 'node:fs';
import path from 'node:path';
import { Book, Plan, C, OUT } from './lib.js';
export async function build() {
  const book = new Book();
  const TRUST = 'Marshbrook Partnership NHS Foundation Trust';
  const rm = book.wb.addWorksheet('Read me'); rm.getColumn(1).width = 16; rm.getColumn(2).width = 70;
  rm.getCell('A1').value = TRUST; rm.getCell('A1').font = { bold: true, size: 14 };
  rm.getCell('A2').value = 'Equality action plans 2022/23 – WRES (sheet "Race") and WDES (sheet "Disability")';
  rm.getCell('A3').value = 'Approved by the Board of Directors, 27 October 2022. Year-end position at 31 March 2023.';
  rm.getCell('A5').value = 'RAG key'; rm.getCell('A5').font = { bold: true };
  [['B', C.lightblue, 'Complete'], ['G', C.green, 'On track'], ['A', C.amber, 'Delayed'], ['R', C.red, 'Not started']].forEach(([l, f, m], i) => { const c = rm.getCell(`A${6 + i}`); c.value = l; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f } }; rm.getCell(`B${6 + i}`).value = m; });
  const F = { B: C.lightblue, G: C.green, A: C.amber, R: C.red }; const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const widths = [6, 14, 56, 26, 14, 44, 7];
  const mk = (name, sheet, standard, title, indHead) => {
    const p = new Plan(book, { name, sheet, standard, period: '2022-23', trust: TRUST, widths });
    p.line([title], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
    p.line(['Position at 31 March 2023'], { merge: ['A', 'G'], style: { italic: true } });
    p.blank();
    p.header(['No.', indHead, 'Action', 'Lead', 'Timescale', 'Progress', 'RAG'], { style: { fill: C.grey } });
    p.act = (n, ind, inds, action, lead, due, progress, rag, asNon) => {
      const vals = [n, ind, action, lead, due, progress, rag]; const opts = { border: true, styles: [{}, {}, {}, {}, {}, {}, rag ? { fill: F[rag], alignment: { horizontal: 'center' } } : {}] };
      if (asNon) return p.line(vals, { ...opts, ambiguous: true });
      return p.action(vals, { ref: String(n), indicators: inds, action, lead, due, status: rag, rag: RG[rag] ?? null, progress }, opts);
    };
    return p;
  };
  // ---- WRES (sheet 'Race')
  const w = mk('holdout8-wres-2022-23-marshbrook', 'Race', 'WRES', 'Workforce Race Equality Standard – action plan 2022/23', 'Indicator');
  w.act(1, '1', ['1'], 'Agree representation targets for ethnic minority staff at Band 7 and above in each care group and track them at the People and Culture Committee.', 'Deputy Director of People', 'Q2', 'Targets agreed for four of five care groups; Forensic in April.', 'G');
  w.act(2, '2', ['2'], 'Introduce inclusive recruitment for Band 6 and above:\n• diverse panels with a trained panel member\n• anonymised shortlisting on TRAC\n• a values-based question set', 'Head of Recruitment', 'March 2023', 'Diverse panels in place; anonymised shortlisting delayed by the TRAC upgrade.', 'A');
  w.act(3, '3', ['3'], 'Apply a pre-investigation review by an independent senior manager before any formal disciplinary process starts.', 'Head of Employee Relations', 'Q3', 'Policy change agreed at JNCC; training of reviewers in April.', 'A');
  w.act(4, '5', ['5'], 'Launch the anti-racism charter with service users and carers, and make reporting of racist abuse from patients part of every ward safety huddle.', 'Director of Nursing', 'Q4', 'Charter drafted with the Service User Council.', 'G');
  w.act(5, '6 & 8', ['6', '8'], 'Deliver "Let\'s talk about race" workshops for all team leaders and managers.\nSessions co-delivered by members of the Race Equality Network.', 'Head of OD', 'Ongoing', '', 'R');
  w.act(6, '7', ['7'], 'Offer a career conversation and a sponsor to every ethnic minority member of staff at Bands 5 and 6 who asks for one.', 'Head of Leadership', 'March 2023', 'Scheme launched in February; 22 requests.', 'G');
  w.act(7, '9', ['9'], 'Ensure every Board-level recruitment uses a diverse longlist and an independent panel member from the Race Equality Network.', 'Chair', 'Ongoing', 'Applied to the Director of Finance appointment.', 'G');
  w.act(8, '4', ['4'], 'Publish CPD funding decisions by ethnicity every six months.', 'Head of Education', 'Sept 2022 and March 2023', 'September report published; March report in preparation.', 'A');
  w.act(9, 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress on this plan to the Board every six months.', 'Chief People Officer', 'Six-monthly', 'Reported in October and March.', 'G');
  w.blank();
  w.line(['Completed during 2022/23'], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } });
  w.act(10, '1', ['1'], 'Run an ESR data-cleansing exercise so that fewer than 3% of staff have ethnicity not stated.', 'Workforce Information Manager', 'Q1', 'Completed June 2022 – not stated now 2.4%.', 'B');
  w.act(11, '8', ['8'], 'Appoint a second Freedom to Speak Up Guardian from an ethnic minority background.', 'Director of Corporate Affairs', 'Q2', 'Appointed September 2022.', 'B');
  w.act(12, '5', ['5'], 'Add "racism" as a category for incidents of abuse from patients and the public on Datix.', 'Head of Risk', 'Q1', 'Category live from 1 July 2022.', 'B');
  // ---- WDES (sheet 'Disability')
  const d = mk('holdout8-wdes-2022-23-marshbrook', 'Disability', 'WDES', 'Workforce Disability Equality Standard – action plan 2022/23', 'Metric');
  d.act(1, 'M1', ['1'], 'Run the "Be counted" declaration campaign with the Disability Equality Network and add the question to the annual appraisal form.', 'Disability Equality Network', 'Q3', 'Declaration 5.8% (from 4.9%).', 'G');
  d.act(2, 'M2', ['2'], 'Check that every applicant who ticks the Disability Confident box and meets the essential criteria is offered an interview.', 'Head of Recruitment', 'Quarterly', 'Two exceptions found in Q3; managers contacted.', 'A');
  d.act(3, 'M3', ['3'], 'Add a reasonable adjustments checkpoint to each stage of the capability procedure.', 'Policy Review Group', 'Q2', 'Procedure updated and ratified.', 'G');
  d.act(4, 'M4a', ['4a'], 'Work with service users to agree respectful behaviour statements for every inpatient unit, covering abuse related to disability.', 'Director of Nursing', 'Q4', 'Statements agreed on six of nine units.', 'A');
  d.act(5, 'M4b', ['4b'], 'Promote how to report harassment and bullying, including through the Freedom to Speak Up Guardian, at every team brief.', 'Freedom to Speak Up Guardian', 'Ongoing', 'Included in team brief since November.', 'G');
  d.act(6, 'M6', ['6'], 'Review the sickness absence policy with the Disability Equality Network so that disability-related absence is recorded separately.', 'People and Culture Committee', 'March 2023', 'Not started – waiting for the regional policy template.', 'R');
  d.act(7, 'M7', ['7'], 'Hold an annual celebration event for Disability History Month, led by disabled staff.', 'Disability Equality Network', 'Nov – Dec 2022', 'Event held on 29 November; 120 attended.', 'G');
  d.act(8, 'M8', ['8'], 'Set up a reasonable adjustments panel that can approve equipment within four weeks.', 'Head of Occupational Health', 'Q3', 'Panel meeting fortnightly; average 5 weeks.', 'A');
  d.act(9, 'M9a, M9b', ['9a', '9b'], 'Give the Disability Equality Network chair two days a month of protected time and a seat on the People and Culture Committee.', 'Chief People Officer', 'Q1', '', 'G');
  d.act(10, 'M10', ['10'], 'Include a question on disability in the Board\'s annual skills and diversity audit.', 'Company Secretary', 'Q4', 'Audit planned for April.', 'A');
  d.blank();
  d.line(['Closed actions from the 2021/22 plan (kept for reference)'], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } });
  d.act('21/1', 'M1', null, 'Add the disability question to the staff app profile page.', 'Workforce Information Manager', 'Q4 21/22', 'Closed March 2022.', 'B', true);
  d.act('21/4', 'M8', null, 'Publish a reasonable adjustments guide for managers.', 'Head of Occupational Health', 'Q3 21/22', 'Closed January 2022.', 'B', true);
  d.act('21/7', 'M9b', null, 'Establish the Disability Equality Network with an executive sponsor.', 'Chief People Officer', 'Q2 21/22', 'Closed September 2021.', 'B', true);
  await book.save('holdout8-wres-2022-23-marshbrook.xlsx');
  fs.copyFileSync(path.join(OUT, 'holdout8-wres-2022-23-marshbrook.xlsx'), path.join(OUT, 'holdout8-wdes-2022-23-marshbrook.xlsx'));
  const common = "Original plan (fictional trust). ONE workbook holds both of the trust's plans (the WRES and WDES files are byte-identical): a 'Read me' sheet (trust name, 'Equality action plans 2022/23 – WRES (sheet \"Race\") and WDES (sheet \"Disability\")', approval line, and the RAG key as filled letters B / G / A / R = Complete / On track / Delayed / Not started), then the plans on sheets named only 'Race' and 'Disability' – neither sheet name says WRES or WDES; the titles on the sheets do. The trust is named only on 'Read me'. Both plan sheets: a merged title row ('Workforce Race/Disability Equality Standard – action plan 2022/23'), 'Position at 31 March 2023' (italic), a blank row, and the header on row 4 'No. | Indicator (or Metric) | Action | Lead | Timescale | Progress | RAG'. RAG letters filled in their colour, rag by the key on 'Read me' (B → blue). No. holds numbers (ref '1' …). Timescales are text ('Q2', 'March 2023', 'Ongoing', 'Six-monthly', 'Sept 2022 and March 2023', 'Nov – Dec 2022'). Theme null. ";
  w.saveGold(common + "Gold = sheet 'Race'. Nine live actions, then a blank row and a grey caption row 'Completed during 2022/23' (merged, non-action) over three more rows in the same columns with RAG 'B': these are actions OF THIS YEAR'S PLAN that were completed and moved below the live ones, so they are gold actions (refs 10–12; caption is not a theme). Action 2 is a lead-in line plus '•' bullets in one cell; action 5 has two lines in one cell and no progress. Indicators '6 & 8' → ['6','8'], 'All' → all nine.", { ragCol: 'G', mode: 'fill' });
  d.saveGold(common + "Gold = sheet 'Disability'. Ten live actions with metric codes 'M1' … 'M10' ('M9a, M9b' → ['9a','9b']); several leads are groups or committees ('Disability Equality Network', 'Policy Review Group', 'People and Culture Committee'; gold lead = the cell). After a blank row, a grey caption 'Closed actions from the 2021/22 plan (kept for reference)' heads three rows in the same columns (refs '21/1', '21/4', '21/7', timescales 'Q4 21/22' …, RAG 'B'): they belong to LAST YEAR's plan, so they are not gold actions – they are non-action rows and also listed as ambiguous, because a reader could reasonably take them as (closed) actions. Action 9 has no progress text.", { ragCol: 'G', mode: 'fill' });
}
