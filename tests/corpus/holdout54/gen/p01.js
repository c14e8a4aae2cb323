// holdout54-wres-2019-20-kingsmead: large acute teaching FT, a year-end (Q4) tracker. Invented layout: a document line of label / value
// pairs, a BRAG KEY block, a SUMMARY BLOCK counting actions per workstream by BRAG letter, then one table of four workstreams with
// refs 1.1 … 4.6, FOUR QUARTERLY UPDATE COLUMNS (Q1–Q4, later quarters left empty once an action closed), a BRAG letter on a fill and
// an 'Origin' column marking rows carried forward from 2018-19; notes under the table.
import { Book, Plan, C, D, shown } from './lib.js';
const FILL = { B: C.blue, G: C.green, A: C.amber, R: C.red };
const RAGW = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
export async function build() {
  const book = new Book();
  const trust = 'Kingsmead University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout54-wres-2019-20-kingsmead', sheet: 'WRES Plan 2019-20', standard: 'WRES', period: '2019-20', trust,
    widths: [7, 10, 52, 24, 11, 34, 30, 30, 30, 30, 7, 13] });
  p.line([trust], { merge: ['A', 'L'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard (WRES) Action Plan 2019/20 – year-end position'], { merge: ['A', 'L'], style: { bold: true, font: { size: 12 } } });
  p.line(['Version', '4.0 (Q4)', 'Owner: Head of Equality, Diversity and Inclusion', 'Approved', 'People and Culture Committee', '', 'Date approved', '22/05/2019', 'Next review', 'July 2020'], { styles: [{ bold: true }, {}, {}, { bold: true }, {}, {}, { bold: true }, {}, { bold: true }] });
  p.blank();
  p.line(['BRAG key'], { style: { bold: true } });
  const key = [['B', 'Complete – action delivered and evidence held by the EDI team'], ['G', 'On track to deliver by the target date'], ['A', 'Some slippage – recovery agreed with the lead'], ['R', 'Off track – escalated to the People and Culture Committee']];
  const keyRows = key.map(([k, t]) => p.line([k, t], { merge: ['B', 'F'], border: true, styles: [{ fill: FILL[k], bold: true, color: k === 'B' || k === 'R' ? C.white : C.black, alignment: { horizontal: 'center' } }] }));
  p.blank();
  const ws = [
    ['Workstream 1 – Recruitment and selection', [
      ['1.1', '1, 2', 'Put a trained diversity panel member on every interview panel for posts at Band 8a and above.', 'Deputy Director of Workforce', D(2019, 9, 30), 'Diverse panel in 100% of 8a+ interviews (quarterly audit)', 'Pool of 46 panel members trained; audit started.', '92% of 8a+ panels compliant in audit.', 'Compliance 100% for two quarters; now business as usual.', '', 'B', 'New'],
      ['1.2', '2', 'Remove the candidate\'s name, age and place of qualification from shortlisting packs on TRAC.', 'Head of Resourcing', D(2019, 7, 31), 'Anonymised shortlisting live for all posts', 'Supplier change request raised.', 'Live across the Trust from 1 August.', '', '', 'B', 'c/f 2018-19'],
      ['1.3', '2', 'Analyse shortlisting-to-appointment by ethnicity for every clinical division and publish it in the divisional workforce dashboards.', 'Workforce Information Manager', D(2019, 12, 31), 'Divisional likelihood ratios reported quarterly', 'Data model agreed.', 'Dashboards built for 4 of 6 divisions.', 'Surgery and Women\'s divisions added; all six live.', '', 'B', 'New'],
      ['1.4', '2', 'Challenge any division whose relative likelihood of appointment from shortlisting is above 1.5 and agree a recovery plan with its triumvirate.', 'Deputy Director of Workforce', D(2020, 3, 31), 'Ratio below 1.5 in every division', '', 'Medicine (1.74) and Estates (1.82) challenged.', 'Recovery plans agreed; Estates ratio now 1.41.', 'Medicine still 1.62; plan extended into 2020/21.', 'A', 'New'],
      ['1.5', '1', 'Run two outreach recruitment days with local community groups for Band 2–4 administrative posts.', 'Head of Resourcing', D(2019, 11, 30), '40 appointments from the events', 'First event booked with Kingsmead Community Forum.', 'Event held: 112 attendees, 19 offers made.', 'Second event held: 14 further offers.', '', 'B', 'New'],
      ['1.6', '1', 'Refresh the values-based recruitment training so it includes a module on bias in interviews.', 'Learning and Development Lead', D(2020, 1, 31), 'Module live on the learning platform', 'Content drafted with the BME Staff Network.', 'Pilot with 30 recruiting managers.', 'Launched on the learning platform.', '', 'B', 'New'],
      ['1.7', '1, 2', 'Add a WRES section to the recruitment policy when it is next reviewed.', 'HR Policy Lead', D(2020, 3, 31), 'Policy ratified with WRES section', '', '', 'Draft with staff side.', 'Staff side consultation extended; ratification now June 2020.', 'A', 'c/f 2018-19'],
    ]],
    ['Workstream 2 – Career progression and development', [
      ['2.1', '1', 'Launch the Stepping Up and Ready Now places for BME staff with a guaranteed secondment after completion.', 'Head of Leadership and OD', D(2019, 10, 31), '24 places filled; 12 secondments', 'Places advertised; 61 applications.', '24 places filled.', '9 secondments arranged.', '11 secondments in place; 1 deferred by the post holder.', 'G', 'New'],
      ['2.2', '1, 7', 'Set up a reciprocal mentoring scheme pairing BME staff with members of the executive team.', 'Chief People Officer', D(2019, 12, 31), '12 executive pairs active', 'Scheme designed.', 'Pairs matched.', '12 pairs meeting monthly.', '', 'B', 'New'],
      ['2.3', '7', 'Publish every Band 7+ development opportunity (acting-up, secondment, project lead) on the intranet rather than filling it by word of mouth.', 'Deputy Director of Workforce', D(2019, 9, 30), 'All opportunities advertised (spot check)', 'Process agreed with divisional HR.', 'Spot check found 3 unadvertised acting-up roles; reminder issued.', 'Spot check clean.', '', 'B', 'New'],
      ['2.4', '4', 'Report access to non-mandatory training and CPD by ethnicity to the Education Committee twice a year.', 'Head of Education', D(2019, 10, 31), 'Relative likelihood of access to CPD between 0.8 and 1.25', '', 'First report: likelihood 0.91.', '', 'Second report: likelihood 0.97.', 'B', 'c/f 2018-19'],
      ['2.5', '4', 'Ring-fence 20% of the Trust\'s apprenticeship levy transfer places for BME staff in Bands 2–5.', 'Apprenticeship Manager', D(2020, 3, 31), '20% of places taken by BME staff', '', 'Approach agreed.', '14% taken so far.', '17% of places at year end; target carried into 2020/21.', 'A', 'New'],
      ['2.6', '1', 'Hold career conversations with every BME nurse at Band 5 who has been in post for more than three years.', 'Deputy Chief Nurse', D(2020, 3, 31), '80% of eligible nurses seen', 'List of 212 eligible nurses agreed.', '58 conversations held.', '121 held.', '149 held (70%); Covid-19 paused the remainder in March.', 'R', 'New'],
      ['2.7', '7', 'Evaluate the talent management pilot in Medicine and decide whether to roll it out Trust-wide.', 'Head of Leadership and OD', D(2020, 2, 29), 'Evaluation report to the People and Culture Committee', '', '', 'Evaluation fieldwork done.', 'Report deferred to the June committee.', 'A', 'New'],
    ]],
    ['Workstream 3 – Bullying, harassment and discipline', [
      ['3.1', '3', 'Have a trained senior decision-maker review every proposed disciplinary case involving a BME employee before a formal investigation starts.', 'Head of Employee Relations', D(2019, 6, 30), 'Relative likelihood of formal disciplinary below 1.25', 'Panel of 8 reviewers in place; all cases reviewed.', 'Likelihood 1.31 (Q2).', 'Likelihood 1.18.', 'Likelihood 1.09 at year end.', 'B', 'c/f 2018-19'],
      ['3.2', '3', 'Audit a sample of 30 closed disciplinary cases for consistency of outcome by ethnicity.', 'Head of Employee Relations', D(2019, 12, 31), 'Audit report and actions', '', 'Sample drawn.', 'Audit found no outcome disparity; two process gaps fixed.', '', 'B', 'New'],
      ['3.3', '5, 6', 'Train 60 Freedom to Speak Up champions and publicise them on every ward and department notice board.', 'Freedom to Speak Up Guardian', D(2019, 12, 31), '60 champions; posters on every ward', '32 trained.', '51 trained.', '64 trained; posters audited.', '', 'B', 'New'],
      ['3.4', '5', 'Roll out the zero-tolerance campaign on abuse of staff by patients and visitors, with ward-level incident reporting.', 'Director of Nursing', D(2020, 1, 31), 'Incident reports by staff ethnicity available monthly', 'Campaign material designed.', 'Campaign launched in ED and AMU.', 'Rolled out to all inpatient areas.', 'Monthly reporting in place.', 'B', 'New'],
      ['3.5', '6, 8', 'Run "Civility Saves Lives" sessions in the four clinical areas with the highest bullying scores in the staff survey.', 'Head of Leadership and OD', D(2020, 3, 31), 'Sessions in 4 areas; repeat pulse survey', '', 'Areas identified.', 'Sessions in 2 areas.', 'Third area complete; fourth postponed (Covid-19).', 'A', 'New'],
      ['3.6', '8', 'Give managers a simple guide to handling a complaint of race discrimination from a member of staff.', 'HR Policy Lead', D(2019, 11, 30), 'Guide published; used in case reviews', 'Draft shared with the BME Staff Network.', 'Published.', '', '', 'B', 'New'],
      ['3.7', '5, 6, 8', 'Agree with staff side a process for tracking the outcome of bullying and harassment cases by ethnicity.', 'Head of Employee Relations', D(2020, 3, 31), 'Quarterly outcome report by ethnicity', '', '', '', 'Not started – staff side meeting cancelled twice.', 'R', 'c/f 2018-19'],
    ]],
    ['Workstream 4 – Leadership, governance and accountability', [
      ['4.1', '9', 'Add an aspiration on Board diversity to the Council of Governors\' non-executive recruitment brief.', 'Trust Secretary', D(2019, 9, 30), 'Brief approved by the Nominations Committee', 'Draft brief.', 'Approved.', '', '', 'B', 'New'],
      ['4.2', '7', 'Make a WRES objective part of every executive director\'s and divisional director\'s annual appraisal.', 'Chief People Officer', D(2019, 6, 30), 'Objective in 100% of senior appraisals', 'Objective wording agreed.', 'All exec appraisals include it.', 'Divisional directors done.', '', 'B', 'New'],
      ['4.3', '', 'Report progress on this plan to the People and Culture Committee every quarter, and to the Board twice a year.', 'Head of Equality, Diversity and Inclusion', 'Quarterly', 'Reports received as scheduled', 'Q1 report received.', 'Q2 report and Board update.', 'Q3 report received.', 'Q4 report; Board update July.', 'G', 'New'],
      ['4.4', '', 'Give the BME Staff Network chair two hours\' protected time a week and a budget of £5,000.', 'Chief People Officer', D(2019, 5, 31), 'Time and budget agreed in writing', 'Agreed.', '', '', '', 'B', 'New'],
      ['4.5', '1, 9', 'Publish the WRES data and this plan on the Trust website by the national deadline.', 'Head of Equality, Diversity and Inclusion', D(2019, 9, 30), 'Published on time', '', 'Published 27 September.', '', '', 'B', 'New'],
      ['4.6', '7', 'Run a listening event for BME staff in each division to test whether the plan is making a difference.', 'Head of Equality, Diversity and Inclusion', D(2020, 3, 31), 'Six events; themes fed into the 2020/21 plan', '', 'Two events held.', 'Four events held.', 'Five held; the last cancelled (Covid-19).', 'A', 'New'],
    ]],
  ];
  p.line(['Summary of progress at Q4'], { style: { bold: true } });
  p.header(['', 'Workstream', '', 'Actions', 'B', 'G', 'A', 'R'], { merge: ['B', 'C'], style: { fill: C.grey } });
  let tot = [0, 0, 0, 0, 0];
  const sumRows = [];
  for (const [name, acts] of ws) {
    const n = ['B', 'G', 'A', 'R'].map((k) => acts.filter((a) => a[10] === k).length);
    tot = tot.map((t, i) => t + [acts.length, ...n][i]);
    sumRows.push(p.line(['', name, '', acts.length, ...n], { merge: ['B', 'C'], border: true }));
  }
  sumRows.push(p.line(['', 'Total', '', ...tot], { merge: ['B', 'C'], border: true, style: { bold: true } }));
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Outcome measure', 'Q1 update', 'Q2 update', 'Q3 update', 'Q4 update', 'BRAG', 'Origin'], { style: { fill: C.nhs, color: C.white } });
  const secs = [];
  for (const [name, acts] of ws) {
    secs.push(p.line([name], { merge: ['A', 'L'], border: true, style: { bold: true, fill: C.paleblue } }));
    for (const [ref, ind, a, lead, due, out, q1, q2, q3, q4, rag, origin] of acts) {
      const prog = [q4, q3, q2, q1].find((x) => x) || '';
      p.action([ref, ind, a, lead, due, out, q1, q2, q3, q4, rag, origin], { ref, indicators: ind ? ind.split(', ') : [], theme: name, action: a, lead, due: due instanceof Date ? shown(due, 'mmm-yy') : due, status: rag, rag: RAGW[rag], progress: prog, outcome: out },
        { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'mmm-yy' }, {}, {}, {}, {}, {}, { fill: FILL[rag], bold: true, color: rag === 'B' || rag === 'R' ? C.white : C.black, alignment: { horizontal: 'center' } }, origin !== 'New' ? { italic: true } : {}] });
    }
  }
  p.blank();
  p.line(['Notes'], { style: { bold: true } });
  p.line(['1. "c/f 2018-19" in the Origin column marks an action carried forward from last year\'s plan; its ref has been renumbered for this plan.'], { merge: ['A', 'L'] });
  p.line(['2. Updates are added each quarter by the action lead; once an action is complete (B) no further updates are required.'], { merge: ['A', 'L'] });
  p.line(['3. From March 2020 a number of actions were paused because of the Covid-19 response. Open actions will be reviewed for the 2020/21 plan.'], { merge: ['A', 'L'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Invented layout (fictional large acute teaching foundation trust) – a year-end (Q4) WRES tracker on one sheet: the trust name, the plan title, a DOCUMENT LINE of label / value cells (Version 4.0 (Q4), Owner, Approved by the People and Culture Committee, 'Date approved' 22/05/2019, next review July 2020), a 'BRAG key' of four rows (a filled letter B/G/A/R beside its meaning), a 'Summary of progress at Q4' block (its own header 'Workstream | Actions | B | G | A | R', one row per workstream with counts and a Total row), then the action table with header 'Ref | WRES indicator | Action | Lead | Target date | Outcome measure | Q1 update | Q2 update | Q3 update | Q4 update | BRAG | Origin' (row 19), FOUR WORKSTREAM section rows ('Workstream 1 – Recruitment and selection' …) and 27 actions numbered 1.1–4.6, then three numbered notes. Judgement calls: the key rows and the summary rows (workstream names with counts) are not actions – the summary's workstream names are not themes of any row there; the summary header row is a header row; theme = the workstream section row above; indicators from the 'WRES indicator' column ('1, 2' → ['1','2']; empty → []); due = the target date as shown (mmm-yy) or 'Quarterly' as written; status = the BRAG letter as written, rag = its fill (B = blue/complete); progress = the LATEST FILLED quarterly update (Q4 if filled, else Q3, …) – actions completed early have empty later quarters; outcome = 'Outcome measure'; the 'Origin' column ('New' / 'c/f 2018-19') marks carried-forward actions and is no gold field; the document line's owner (Head of EDI) and approval date are not leads or dues; notes are not actions.", { mode: 'fill', ragCol: 'K', latestProgress: ['J', 'I', 'H', 'G'], sections: secs, notFrom: ['L'], dataRows: [...keyRows, ...sumRows], forbidden: ['22/05/2019', 'c/f 2018-19', 'New'] });
}
