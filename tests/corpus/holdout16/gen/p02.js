// holdout16-wres-2016-17-coldmere: ORDINARY sectioned WRES plan – trust + title in one NAVY merged bar, an intro line;
// QUESTION header 'No. | What are we going to do? | Who is responsible? | By when? | How will we measure success? |
// Progress (December 2016) | Status' frozen; NO indicator column: pale-blue merged SECTION ROWS 'Indicator N – official
// wording' give theme and indicators; numbers '2.1' as text; quarter/month text timescales; status words filled; vertical
// key block under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wres-2016-17-coldmere', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust: 'Coldmere Community Health NHS Trust', widths: [7, 56, 28, 14, 34, 40, 13] });
  p.line(['Coldmere Community Health NHS Trust – Workforce Race Equality Standard Action Plan 2016/17'], { merge: ['A', 'G'], height: 24, style: { bold: true, fill: C.navy, color: C.white, font: { size: 13 }, alignment: { vertical: 'middle' } } });
  p.line(['This plan responds to our July 2016 WRES data return. Actions are grouped under the indicator they address.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['No.', 'What are we going to do?', 'Who is responsible?', 'By when?', 'How will we measure success?', 'Progress (December 2016)', 'Status'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Completed: [C.green, 'green'], 'In progress': [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const sections = [
    ['Indicator 1 – Percentage of staff in each of the AfC Bands 1–9 and VSM compared with the percentage of staff in the overall workforce', ['1'], [
      ['1.1', 'Run an "Update your details" campaign so that every member of staff is asked to record their ethnicity on ESR.', 'Workforce Information Manager', 'Q2 2016/17', 'Ethnicity not stated below 5%', 'Campaign ran in September; not stated now 6.2%.', 'Completed'],
      ['1.2', 'Produce a band-by-band ethnicity profile for each clinical directorate and discuss it at directorate performance reviews.', 'Head of Workforce', 'Q3 2016/17', 'Profile discussed at all six reviews', 'Profiles sent; four of six reviews held.', 'In progress'],
    ]],
    ['Indicator 2 – Relative likelihood of White staff being appointed from shortlisting compared to BME staff', ['2'], [
      ['2.1', 'Remove names and personal details from application forms seen by shortlisting panels.', 'Recruitment Lead', 'Q3 2016/17', 'Relative likelihood below 1.25', 'NHS Jobs settings changed in November.', 'Completed'],
      ['2.2', 'Train all recruiting managers in fair and inclusive recruitment, including unconscious bias.', 'Recruitment Lead', 'March 2017', '90% of recruiting managers trained', '112 of 240 managers trained.', 'In progress'],
    ]],
    ['Indicator 3 – Relative likelihood of BME staff entering the formal disciplinary process compared to White staff', ['3'], [
      ['3.1', 'Introduce a checklist that managers must complete with HR before starting a formal disciplinary process.', 'Head of HR Operations', 'End of Q2', 'Fewer formal cases; ratio below 1.25', 'Checklist in use since August.', 'Completed'],
    ]],
    ['Indicators 5, 6 and 8 – Harassment, bullying, abuse and discrimination', ['5', '6', '8'], [
      ['5.1', 'Launch a zero tolerance campaign against abuse of staff by patients and visitors in community clinics.', 'Head of Patient Experience', 'Q4 2016/17', 'Fewer BME staff report abuse in the 2017 survey', '', 'Not started'],
      ['5.2', 'Recruit and train Dignity at Work advisers, at least a third of them from BME backgrounds.', 'Head of HR Operations', 'Q3 2016/17', '12 advisers in post', 'Nine advisers trained; recruitment reopened.', 'In progress'],
      ['5.3', 'Hold listening events for BME staff with the Chief Executive in each locality.', 'Chief Executive', 'Q4 2016/17', 'Four events held', 'First event held in Eastbridge, 14 November.', 'In progress'],
    ]],
    ['Indicator 7 – Percentage of staff believing that the Trust provides equal opportunities for career progression or promotion', ['7'], [
      ['7.1', 'Offer places on the regional "Stepping Up" leadership programme to BME staff at Bands 5–7.', 'Head of Learning and OD', 'March 2017', 'Six places taken up', 'Three places taken up.', 'In progress'],
      ['7.2', 'Publish career pathways for administrative and clinical support roles on the intranet.', 'Head of Learning and OD', 'Q4 2016/17', 'Pathways published', '', 'Not started'],
    ]],
    ['Indicator 9 – Percentage difference between the organisation\u2019s Board voting membership and its overall workforce', ['9'], [
      ['9.1', 'Ask the recruitment agency for the next non-executive director appointment to provide a diverse longlist.', 'Trust Secretary', 'Next vacancy', 'Diverse longlist for every NED post', 'No vacancy this year.', 'Not started'],
    ]],
  ];
  for (const [sec, inds, acts] of sections) {
    p.line([sec], { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue } });
    for (const [no, action, lead, due, meas, prog, st] of acts)
      p.action([no, action, lead, due, meas, prog, st], { ref: no, indicators: inds, theme: sec, action, lead, due, status: st, rag: S[st][1], progress: prog, outcome: meas }, { styles: [{}, {}, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['Status key'], { style: { bold: true } });
  for (const [w, m] of [['Completed', 'Action delivered'], ['In progress', 'Work has started and is on track or slightly behind'], ['Not started', 'Work has not yet started']]) p.line([null, w, m], { border: true, styles: [{}, { fill: S[w][0], ...(S[w][2] ? { color: S[w][2] } : {}) }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY sectioned WRES plan: trust name and title in ONE NAVY MERGED BAR (white text, A1:G1), an italic intro line, a blank row, then one grey QUESTION header 'No. | What are we going to do? | Who is responsible? | By when? | How will we measure success? | Progress (December 2016) | Status' (row 4, frozen). There is NO indicator column: six pale-blue MERGED SECTION ROWS 'Indicator N – <official wording>' (one 'Indicators 5, 6 and 8 – Harassment, bullying, abuse and discrimination') sit above their actions; gold theme = the section text and indicators come from it. Numbers '1.1'…'9.1' (text). Timescales are text ('Q2 2016/17', 'End of Q2', 'March 2017', 'Next vacancy'). 'How will we measure success?' = outcome; progress = 'Progress (December 2016)' (two empty). Status words filled: Completed green, In progress amber, Not started red (white text). Under the table a bold 'Status key' label and three key rows in B:C (filled word + meaning) – non-action rows. Judgement calls: the section's indicator list gives every action below it its indicators (5, 6 and 8 for all three harassment actions, even 5.3); 'Next vacancy' is the due as written.", { ragCol: 'G', mode: 'fill' });
}
