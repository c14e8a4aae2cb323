// holdout22-wres-2015-16-pentridge: ORDINARY first-year WRES plan of a SPECIALIST LIVER AND TRANSPLANT hospital – merged teal
// title, italic approval line; grey header 'No. | WRES indicator | What the data shows | Action | Lead | By when | RAG |
// Progress (March 2016)'; 'Indicator N' words on every row; text timescales; bold R/A/G LETTERS filled (G = complete or on
// track, no blue); key line BELOW the table.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pentridge Liver and Transplant Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout22-wres-2015-16-pentridge', sheet: 'WRES plan 2015-16', standard: 'WRES', period: '2015-16', trust, widths: [6, 16, 36, 56, 30, 18, 7, 40] });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: 'FF00747A' } });
  p.line(['Workforce Race Equality Standard – Action Plan 2015/16'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Agreed by the Trust Board on 24 September 2015 following publication of our first WRES data (1 July 2015).'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['No.', 'WRES indicator', 'What the data shows', 'Action', 'Lead', 'By when', 'RAG', 'Progress (March 2016)'], { style: { fill: C.grey } });
  const R = { G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const data = [
    ['Indicator 1', ['1'], 'BME staff are 31% of the workforce but 9% of staff at Band 8a and above.', 'Report the ethnicity of staff in every pay band, clinical and non-clinical, to the Workforce Committee twice a year.', 'Director of Workforce', 'December 2015', 'G', 'First report in December 2015.'],
    ['Indicator 1', ['1'], '', 'Set up a development programme for BME nurses in the liver and transplant wards who want to move to Band 7.', 'Chief Nurse', 'Q4 2015/16', 'A', 'Programme designed; first cohort starts April 2016.'],
    ['Indicator 2', ['2'], 'White shortlisted applicants are 1.6 times as likely to be appointed as BME applicants.', 'Put a trained BME panel member on every interview panel for posts at Band 7 and above.', 'Head of Recruitment', 'End of December 2015', 'A', '12 panel members trained; not yet available for every panel.'],
    ['Indicator 2', ['2'], '', 'Remove names and personal details from application forms at shortlisting (pilot in the transplant directorate).', 'Head of Recruitment', 'March 2016', 'R', 'NHS Jobs change not yet possible; revisit in 2016/17.'],
    ['Indicator 3', ['3'], 'BME staff are 2.1 times as likely to enter a formal disciplinary process.', 'Require a second HR opinion before any formal investigation of a BME member of staff is started.', 'Head of Employee Relations', 'October 2015', 'G', 'In place since October.'],
    ['Indicator 4', ['4'], 'No difference found, but the data only covers courses booked through the Learning Centre.', 'Record all non-mandatory training and study leave, including external courses funded by the directorates.', 'Head of Education', 'Q4 2015/16', 'A', 'Directorate-funded courses recorded from January.'],
    ['Indicators 5 and 6', ['5', '6'], '29% of BME staff report harassment, bullying or abuse from patients or relatives; 27% from staff.', 'Hold listening events with BME staff in theatres, critical care and the transplant wards and report the themes to the Board.', 'Director of Workforce', 'January 2016', 'G', 'Four events held; themes reported to the Board in February.'],
    ['Indicator 7', ['7'], 'Only 71% of BME staff believe the Trust provides equal opportunities for career progression.', 'Offer every BME member of staff at Band 5–7 a career conversation with a senior manager at appraisal.', 'Director of Workforce', 'Ongoing', 'A', 'Added to the appraisal form; uptake not yet measured.'],
    ['Indicator 8', ['8'], '13% of BME staff experienced discrimination from a manager or colleague.', 'Launch a BME staff network with an executive sponsor and protected time for its chair.', 'Chief Executive', 'November 2015', 'G', 'Network launched 5 November 2015.'],
    ['Indicator 9', ['9'], 'No BME voting members of the Board.', 'Ask the search agency for the next non-executive director appointment to produce a diverse long list.', 'Chair', 'April 2016', 'R', 'No vacancy yet.'],
    ['All indicators', ALL_WRES, '', 'Publish the WRES data and this plan on the Trust website and report progress to the Board every six months.', 'Director of Workforce', 'Six-monthly', 'G', 'Published; first progress report in March 2016.'],
  ];
  let n = 0;
  for (const [ind, inds, dat, action, lead, due, l, prog] of data) {
    n++;
    p.action([n, ind, dat, action, lead, due, l, prog], { ref: String(n), indicators: inds, action, lead, due, status: l, rag: R[l][1], progress: prog }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, {}, { fill: R[l][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(R[l][2] ? { color: R[l][2] } : {}) }] });
  }
  p.blank();
  p.line(['RAG key: G = complete or on track; A = started but behind plan; R = not started or off track.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first-year WRES plan of a SPECIALIST LIVER AND TRANSPLANT hospital: three merged lines (trust in teal bold; 'Workforce Race Equality Standard – Action Plan 2015/16'; italic 'Agreed by the Trust Board on 24 September 2015 …'), a blank row, then a grey header 'No. | WRES indicator | What the data shows | Action | Lead | By when | RAG | Progress (March 2016)' (row 5). No. is a real number 1–11 (gold ref '1'…'11'). The indicator is written as words on every row ('Indicator 1', 'Indicators 5 and 6' = ['5','6'], 'All indicators' = all nine). 'What the data shows' holds the finding on the first row of each indicator and is empty below it. Leads are job titles. 'By when' is text ('December 2015', 'Q4 2015/16', 'End of December 2015', 'Ongoing', 'Six-monthly'). RAG is a bold LETTER filled G green / A amber / R red (no blue: G means complete or on track, as the key says). A key line sits under the table. Judgement calls: 'What the data shows' is context – no gold field comes from it; the status is the letter as written and its fill the rag (G stays green, never blue); the approval line and key line are not actions; theme null.", { ragCol: 'G', mode: 'fill', notFrom: ['C'] });
}
