// holdout84-wres-2023-24-hollinsby: integrated care trust's WRES plan where each numbered commitment is MERGED DOWN over the steps
// that deliver it; every step has its own owner, date and RAG, so the steps are the actions and the commitment is their theme.
import { Book, Plan, C, mergeDown, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinsby Integrated Care NHS Trust';
  const p = new Plan(book, { name: 'holdout84-wres-2023-24-hollinsby', sheet: 'WRES 23-24', standard: 'WRES', period: '2023-24', trust, widths: [5, 36, 8, 50, 24, 12, 9], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust} | Workforce Race Equality Standard Action Plan 2023/24`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Owner of the plan: Chief People Officer. Approved by the People Committee on 19 October 2023.'], { merge: ['A', 'G'], style: { color: 'FF595959' } });
  p.blank();
  p.header(['No.', 'Our commitment', 'WRES', 'Steps', 'Owner', 'Due', 'RAG'], { style: { fill: 'FF305496', color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { Red: C.red, Amber: C.amber, Green: C.green, Blue: C.blue };
  const RG = { Red: 'red', Amber: 'amber', Green: 'green', Blue: 'blue' };
  const fmt = 'dd-mmm-yy';
  const groups = [
    ['1', 'Close the gap in appointment from shortlisting by March 2025', [
      ['2', 'Audit a sample of 60 Band 5–7 recruitment campaigns for where BME candidates drop out.', 'Recruitment Lead', D(2023, 11, 30), 'Green'],
      ['2', 'Train 40 inclusive recruitment champions to sit on Band 6 and above panels.', 'OD Practitioner', D(2024, 1, 31), 'Amber'],
      ['2', 'Switch on anonymised shortlisting in TRAC for all clinical posts.', 'Recruitment Lead', D(2023, 12, 31), 'Blue'],
    ]],
    ['2', 'Make formal processes fair and kind', [
      ['3', 'Apply the just culture guide and a decision panel with an independent member before any formal investigation.', 'Head of People Services', D(2023, 10, 31), 'Blue'],
      ['3', 'Publish a quarterly dashboard of formal cases by ethnicity, band and directorate.', 'People Analytics Manager', D(2024, 3, 31), 'Red'],
    ]],
    ['3', 'Tackle racism from patients, public and colleagues', [
      ['5', 'Roll out the anti-racism charter to every ward and community base, with a zero-tolerance letter signed by the CEO.', 'Director of Nursing', D(2024, 2, 29), 'Amber'],
      ['6, 8', 'Give bystander training to all Band 7 and 8a managers.', 'Head of Learning & OD', D(2024, 3, 31), 'Amber'],
      ['5, 6', 'Report racist incidents to the Race Equality Network each quarter with what was done.', 'Head of Patient Safety', D(2023, 12, 31), 'Green'],
      ['6', 'Offer every member of staff who reports racism a follow-up from the Freedom to Speak Up Guardian.', 'Freedom to Speak Up Guardian', D(2024, 1, 31), 'Red'],
    ]],
    ['4', 'Board and senior leaders reflect our communities', [
      ['1, 9', 'Set a 19% target for BME staff at Band 8a and above and ask the Board to agree it.', 'Chief People Officer', D(2023, 12, 31), 'Green'],
    ]],
  ];
  for (const [no, com, steps] of groups) {
    const first = p.r + 1;
    steps.forEach(([ind, st, own, due, rag], i) => {
      p.action([i ? '' : no, i ? '' : com, ind, st, own, due, rag], { indicators: ind.split(', '), theme: com, action: st, lead: own, due: shown(due, fmt), status: rag, rag: RG[rag] },
        { styles: [{ bold: true, alignment: { horizontal: 'center', vertical: 'middle' } }, { bold: true, alignment: { vertical: 'middle' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt }, { fill: F[rag], color: rag === 'Red' || rag === 'Blue' ? C.white : undefined }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Blue = complete. The People Committee will receive the next update in April 2024.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care trust). Sheet 'WRES 23-24': one title row naming the trust, a grey line naming the plan owner and the approval date, then the blue header 'No. | Our commitment | WRES | Steps | Owner | Due | RAG' (row 4, frozen) and ten steps under four numbered commitments. The No. and Our commitment cells are MERGED DOWN over the commitment's steps (three, two, four, and one step with no merge). Judgement calls: the STEPS are the actions and the merged commitment is their theme – each step has its own WRES indicator, owner, due date and RAG, so each is tracked on its own; the commitment ('Close the gap in appointment from shortlisting by March 2025') is a goal, not something anyone is asked to do by a date; theme = the merged commitment text; the commitment number is no ref (it numbers the goal, not the step; the steps have none); lead = Owner; due = Due as displayed (real dates, dd-mmm-yy: '30-Nov-23', '29-Feb-24'); status = the RAG word, rag from its fill; the plan owner, the approval date and the April 2024 update are no lead / due; indicators from WRES ('1, 9', '5, 6', '6, 8' → both).", { mode: 'fill', ragCol: 7, themeCol: 'B', forbidden: ['Chief People Officer.', 'April 2024', '19 October 2023'] });
}
