// holdout17-wres-2015-16-pemberwick: ORDINARY first-year WRES plan of a SPECIALIST orthopaedic trust – merged title and an
// 'Approved by the Board' line; header 'Indicator no. | Area of concern | Action | Lead | Timescale | Progress | RAG' frozen;
// indicator NUMBERS and 'Area of concern' MERGED DOWN per block; leads 'role (initial. surname)'; month-year TEXT timescales
// ('Sept 2015', 'By March 2016'); colour WORDS Green / Amber / Red filled; key line and owner line below.
import { Book, Plan, C, mergeDown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wres-2015-16-pemberwick', sheet: 'WRES 2015-16', standard: 'WRES', period: '2015-16', trust: 'Pemberwick Royal Orthopaedic Hospital NHS Foundation Trust', widths: [10, 30, 56, 30, 14, 40, 9] });
  p.line(['Pemberwick Royal Orthopaedic Hospital NHS Foundation Trust – WRES Action Plan 2015/16'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Approved by the Board of Directors, 30 July 2015'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['Indicator no.', 'Area of concern', 'Action', 'Lead', 'Timescale', 'Progress', 'RAG'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Green: [C.green, 'green'], Amber: [C.amber, 'amber'], Red: [C.red, 'red', C.white] };
  const blocks = [
    [1, 'Only 4% of staff in Bands 8a and above are BME, against 17% of the workforce.', ['1'], [
      ['Report the ethnicity profile of each band and of medical staff to the Workforce Committee twice a year.', 'Head of Workforce Information (R. Doyle)', 'Sept 2015', 'First report presented September 2015.', 'Green'],
      ['Ask every member of staff to check their equality details on ESR during the annual appraisal.', 'Head of HR (M. Farouk)', 'By March 2016', 'Added to the appraisal form; 61% of appraisals done.', 'Amber'],
    ]],
    [2, 'White applicants are 1.8 times more likely to be appointed from shortlisting.', ['2'], [
      ['Include a trained BME panel member on every interview panel for clinical posts at Band 6 and above.', 'Recruitment Manager (S. Patel)', 'Jan 2016', 'Panel pool of 14 staff trained.', 'Amber'],
      ['Monitor shortlisting and appointment by ethnicity for every recruiting department each quarter.', 'Recruitment Manager (S. Patel)', 'Quarterly', 'Q2 and Q3 reports produced.', 'Green'],
    ]],
    [3, 'BME staff are 2.1 times more likely to enter the formal disciplinary process.', ['3'], [
      ['Have an HR Business Partner review every proposed disciplinary investigation before it starts.', 'Deputy Director of HR (J. Allen)', 'Dec 2015', 'Not yet in place – HR restructure.', 'Red'],
    ]],
    ['5, 6', 'BME staff report more harassment and bullying from patients and colleagues (2014 staff survey).', ['5', '6'], [
      ['Train a network of Dignity at Work contacts across the wards and theatres.', 'Head of OD (L. Green)', 'Feb 2016', 'Eight contacts trained.', 'Amber'],
      ['Hold listening events for BME theatre and ward staff with the Director of Nursing.', 'Director of Nursing (C. Byrne)', 'Nov 2015', 'Two events held, 46 staff attended.', 'Green'],
    ]],
    [7, 'Fewer BME staff believe the Trust provides equal opportunities for career progression.', ['7'], [
      ['Offer BME nurses at Bands 5 and 6 a place on the regional "Ready Now" leadership programme.', 'Head of OD (L. Green)', 'By March 2016', 'No places offered yet.', 'Red'],
    ]],
    [9, 'The Board has no BME voting members.', ['9'], [
      ['Work with the Council of Governors so that the next non-executive search reaches BME candidates.', 'Company Secretary (P. Hume)', 'Next vacancy', '', 'Amber'],
    ]],
    ['1-9', 'Governance of the plan', ALL_WRES, [
      ['Publish the WRES data and this plan on the Trust website and report progress to the Board every six months.', 'Director of Workforce (A. Kerr)', 'Sept 2015', 'Published 28 August 2015.', 'Green'],
    ]],
  ];
  for (const [ind, area, inds, acts] of blocks) {
    const first = p.r + 1;
    acts.forEach(([action, lead, due, prog, st], i) => p.action([i ? null : ind, i ? null : area, action, lead, due, prog, st], { indicators: inds, action, lead, due, status: st, rag: S[st][1], progress: prog }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] }));
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['RAG: Green – complete or on track; Amber – some delay; Red – not started or significantly delayed.'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  p.line(['Plan owner: Director of Workforce. Next review: Workforce Committee, January 2016.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first-year WRES plan of a SPECIALIST (orthopaedic) trust: dark-blue merged title naming the trust, an italic 'Approved by the Board of Directors, 30 July 2015' line, a blank row, then a grey header 'Indicator no. | Area of concern | Action | Lead | Timescale | Progress | RAG' (row 4, frozen). The indicator NUMBER and a one-sentence 'Area of concern' are MERGED DOWN over each block of one or two actions (real numbers 1, 2, 3, 7, 9; text '5, 6' for the harassment block and '1-9' for the governance block). Leads are 'role (initial. surname)'. Timescales are text ('Sept 2015', 'By March 2016', 'Quarterly', 'Next vacancy'). RAG = colour words Green / Amber / Red on matching fills. Progress one empty. Key line and owner/review line below (non-action). Judgement calls: the merged area of concern is context (not outcome, not theme); '1-9' = all nine; the colour word is the status.", { ragCol: 'G', mode: 'fill' });
}
