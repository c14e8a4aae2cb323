// holdout37-wres-2023-24-harrowmere: a community trust's WRES plan organised under three trust PRIORITIES that each name the HIA they serve
// ('Priority 2 – Safe to speak up (HIA 6)'), with the MEASURABLE SUCCESS MEASURE WRITTEN ON AN ITALIC LINE UNDER EACH ACTION
// ('Success measure:' then the measure) – the way a Word table with a merged measure row lands in Excel. After London North West's
// indicator-by-indicator 'Actions' / 'Target criteria' pairing and the EDI Improvement Plan's success metrics; the sub-row layout is
// ASSUMED (see SOURCES.md).
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harrowmere Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout37-wres-2023-24-harrowmere', sheet: 'WRES 2023-24', standard: 'WRES', period: '2023-24', trust, widths: [16, 56, 12, 28, 12, 34] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard action plan 2023/24 – progress at quarter 3'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Our three race equality priorities for 2023/24 each support a high impact action (HIA) of the NHS EDI Improvement Plan. Every action has a success measure, shown in italics beneath it.'], { merge: ['A', 'F'], height: 28 });
  p.blank();
  p.header(['Ref', 'Action', 'WRES indicator', 'Lead', 'Timescale', 'Progress at Q3'], { style: { fill: C.nhs, color: C.white } });
  const pri = [
    ['Priority 1 – Fair recruitment and progression (HIA 2)', [
      ['1a', 'Use structured interview questions and scoring for every post at Band 6 and above.', '2', 'Head of Recruitment', 'Sep 2023', 'Question bank agreed; in use for nursing posts, other posts from January.', 'Relative likelihood of White applicants being appointed from shortlisting below 1.25 by March 2024'],
      ['1b', 'Offer ethnic minority staff at Bands 3 to 5 a place on the "Stepping Up" career programme.', '7', 'Head of Learning and Development', 'Dec 2023', '32 places taken in the first cohort.', '30 participants, half of whom apply for a higher band within a year'],
      ['1c', 'Add ethnicity to the monthly report on access to non-mandatory training and CPD funding.', '4', 'Workforce Information Manager', 'Jul 2023', 'Complete – first report in August.', 'Gap in access to CPD funding within five percentage points'],
    ]],
    ['Priority 2 – Safe to speak up (HIA 6)', [
      ['2a', 'Recruit ten Freedom to Speak Up champions from ethnic minority backgrounds across the community teams.', '6, 8', 'Freedom to Speak Up Guardian', 'Oct 2023', 'Seven recruited and trained.', 'Ten champions in post; concerns raised by ethnic minority staff up by a quarter'],
      ['2b', 'Have a second senior manager review every proposed formal disciplinary case involving an ethnic minority colleague before it starts.', '3', 'Head of Employee Relations', 'Jun 2023', 'In place since June.', 'Relative likelihood of entering the formal disciplinary process below 1.25'],
      ['2c', 'Give community nurses a way to report racist abuse from patients in their own homes, with a same-day call-back from their manager.', '5', 'Deputy Director of Nursing', 'Nov 2023', 'Reporting category live; call-back audit planned for Q4.', 'Every report of racist abuse followed by a call-back the same day'],
    ]],
    ['Priority 3 – Leadership and accountability (HIA 1)', [
      ['3a', 'Set every executive director a race equality objective and review it in their appraisal.', '9', 'Chief Executive', 'Jul 2023', 'Objectives set for all seven executive directors.', 'All executive directors have a race equality objective'],
      ['3b', 'Start a reverse mentoring scheme pairing Board members with members of the REACH staff network.', '9', 'Director of People', 'Jan 2024', 'Six pairs matched.', 'Eight pairs meeting regularly by March 2024'],
      ['3c', 'Report WRES progress to the Board twice a year.', 'All', 'Director of People', 'Mar 2024', '', 'Two Board reports in 2023/24'],
    ]],
  ];
  const secs = [];
  for (const [pr, acts] of pri) {
    secs.push(p.line([pr], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.paleblue } }));
    for (const [ref, a, w, lead, due, prog, sm] of acts) {
      p.action([ref, a, w, lead, due, prog], { ref, indicators: w === 'All' ? ALL_WRES : w.split(', '), theme: pr, action: a, lead, due, progress: prog, outcome: sm }, { styles: [{ bold: true }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
      const r = p.line(['Success measure:', sm], { border: true, style: { italic: true, color: 'FF404040' } });
      p.ws.mergeCells(`B${r}:F${r}`);
    }
  }
  p.blank();
  p.line(['Approved by the Trust Board, 27 July 2023. Q3 progress reported to the People and Culture Committee, January 2024.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust): trust name, plan title ('… – progress at quarter 3'), an intro saying the three priorities each support a high impact action of the NHS EDI Improvement Plan and that every action's success measure is shown in italics beneath it, a blank row, one NHS-blue header 'Ref | Action | WRES indicator | Lead | Timescale | Progress at Q3' (row 5), then three pale-blue merged PRIORITY rows ('Priority 1 – Fair recruitment and progression (HIA 2)' …), each over three actions 1a–3c; UNDER EVERY ACTION an italic grey row with 'Success measure:' in the Ref column and the measure merged across B–F. An approval line below. Judgement calls: the 'Success measure:' rows are not actions – each belongs to the action above it: gold outcome = the measure text (without the label); theme = the priority row, written whole with its '(HIA n)' tag (the HIA has no gold field; its number is no WRES indicator – Priority 2's '(HIA 6)' is not indicator 6); indicators from the WRES indicator column ('6, 8' → ['6','8']; 'All' → all nine); progress = 'Progress at Q3' ('' for 3c, whose cell is empty); lead and due as written; no status column (status '', rag null); ref as written ('1a').", { sections: secs, subOutcome: { labelCol: 'A', label: 'Success measure:', col: 'B' } });
}
