// holdout79-wres-2026-27-yarnwick: teaching acute trust Board paper pasted from Word into ONE column: the paragraph number is part of
// each cell's text ('2.2 From April 2026 the Head of Resourcing will …'), headings too; leads and dates only inside the sentences; a
// start date and an end date in one sentence; a 'Key dates' list; 'We have' paragraphs.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Yarnwick Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout79-wres-2026-27-yarnwick', sheet: 'Sheet1', standard: 'WRES', period: '2026-27', trust, widths: [128], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – anti-racism plan 2026/27'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Paper for the Trust Board, 2 April 2026. Sponsor: Chief People Officer.'], { style: { italic: true } });
  p.blank();
  const secs = []; let theme = null, inds = [];
  const H = (t, i, list = true) => { const r = p.line([t], { style: { bold: true } }); if (list) { secs.push(r); theme = t; inds = i; } return r; };
  const data = [];
  const P = (t) => { const r = p.line([t]); data.push(r); return r; };
  const A = (t, lead, due, own) => p.action([t], { ref: t.split(' ')[0], action: t, theme, indicators: own || inds, lead, due, dueSource: due ? 'labelled' : null }, { border: false });
  H('1. Summary', [], false);
  P('1.1 This plan replaces our 2025/26 WRES plan. It sets out nine actions for 2026/27 under four headings, agreed with the Race Equality Network in February.');
  P('1.2 We have met four of the seven commitments in the 2025/26 plan; the other three are carried forward below.');
  p.blank();
  H('2. Recruitment and progression (indicators 1 and 2)', ['1', '2']);
  P('2.1 BME staff are 36% of the workforce and 17% of staff at Band 8a and above. White shortlisted applicants are 1.27 times more likely to be appointed.');
  A('2.2 From April 2026 the Head of Resourcing will remove names from shortlisting for all posts at Band 6 and above, and report the first results to the People Committee by October 2026 (indicator 2).', 'Head of Resourcing', 'October 2026', ['2']);
  A('2.3 The Chief Nurse and Chief People Officer will jointly set targets for BME representation at Band 8a and above, to be written into every divisional plan by June 2026 (indicator 1).', 'Chief Nurse and Chief People Officer', 'June 2026', ['1']);
  A('2.4 The talent management lead will open a \'Next Step\' programme for 30 BME staff at Bands 5 to 7 by September 2026 (carried forward from 2025/26).', 'talent management lead', 'September 2026');
  p.blank();
  H('3. Fair treatment (indicator 3)', ['3']);
  P('3.1 BME staff are 1.31 times more likely than White staff to enter the formal disciplinary process; a year ago the figure was 1.12.');
  A('3.2 Every formal case involving a BME member of staff will be reviewed by the Head of Employee Relations before it proceeds, starting in May 2026.', 'Head of Employee Relations', '');
  A('3.3 The Head of Employee Relations will commission an external review of the 14 cases opened in 2025/26 and report by December 2026.', 'Head of Employee Relations', 'December 2026');
  p.blank();
  H('4. Experience at work (indicators 5 to 8)', ['5', '6', '7', '8']);
  P('4.1 28% of BME staff report harassment, bullying or abuse from patients or the public, and 19% report discrimination from a manager or colleague.');
  P('4.2 We have signed the regional anti-racism charter and trained 40 Race Equality Allies across the three hospital sites.');
  A('4.3 The Director of Nursing will make racist abuse from patients a standing item at every ward safety huddle by July 2026 (indicator 5).', 'Director of Nursing', 'July 2026', ['5']);
  A('4.4 The Head of OD will run the Inclusive Leadership programme for every consultant and Band 8a manager, with 75% completed by March 2027 (indicators 6 and 8).', 'Head of OD', 'March 2027', ['6', '8']);
  A('4.5 The Race Equality Network chair will have a seat on the People Committee, and the Trust Secretary will change its terms of reference by May 2026 (indicator 7).', 'Trust Secretary', 'May 2026', ['7']);
  p.blank();
  H('5. Board (indicator 9)', ['9']);
  A('5.1 The Chair will appoint the next two non-executive directors by November 2026 from shortlists that include BME candidates.', 'Chair', 'November 2026');
  p.blank();
  H('6. Key dates', [], false);
  P('• 30 June 2026 – national WRES data submission');
  P('• 29 October 2026 – WRES report and progress on this plan to the People Committee');
  p.blank();
  H('7. Recommendation', [], false);
  P('7.1 The Board is asked to approve this plan.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional teaching acute trust). 'Sheet1', everything in ONE wide column A, as pasted from a Word Board paper: trust, title, an italic 'Paper for the Trust Board, 2 April 2026. Sponsor: Chief People Officer.' line, then headings with their number in the text ('2. Recruitment and progression (indicators 1 and 2)' …) and paragraphs whose number is the start of the cell's text ('2.2 From April 2026 …'). No table, no header row, no lead / date / status cells. Judgement calls: an action is a paragraph in which a named post will do something (2.2, 2.3, 2.4, 3.2, 3.3, 4.3, 4.4, 4.5, 5.1 – the nine actions 1.1 promises); 1.1 is the summary, 1.2 and 4.2 say what WAS done ('We have …'), 2.1, 3.1, 4.1 are findings, the two '•' lines under '6. Key dates' are the national submission and the reporting date (no action, their dates no dues), 7.1 the recommendation. Action = the whole cell, number included; ref = the paragraph number it starts with ('2.2'); lead = the post the sentence names as doing it, as written ('talent management lead' in lower case; 'Chief Nurse and Chief People Officer' kept whole; 3.2's passive 'will be reviewed by the Head of Employee Relations'; in 4.5 the Network chair only receives a seat – the lead is the Trust Secretary who changes the terms of reference); the People Committee in 2.2 receives results and leads nothing. Due = the end date in the sentence as written ('October 2026', dueSource 'labelled'): 2.2 has a START ('From April 2026') and an end ('by October 2026') – the due is the end; 3.2 has only a start ('starting in May 2026'), so due '' (dueSource null). Theme = the heading above (sections 2–5); indicators = the paragraph's own bracket, else its heading's (2.4 → 1 and 2, 3.2 and 3.3 → 3, 5.1 → 9). The sponsor on the cover line is no lead (it leads none of the actions). No status or RAG.", { sections: secs, prose: { leadInText: true }, dataRows: data, forbidden: ['Chief People Officer', 'People Committee', 'Race Equality Network chair', 'April 2026', '2 April 2026', '30 June 2026', '29 October 2026'] });
}
