// holdout95-wres-2020-21-penharrow: ambulance service in the Covid year, the plan after the EDI committee's September review: action 6
// struck through with a comment that it moved to the EDI plan, two actions 'Paused – Covid' (still actions), and a placeholder for action 9
// with a number, an indicator and a directorate but no action yet. Status words in coloured font.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Penharrow Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout95-wres-2020-21-penharrow', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [5, 7, 14, 50, 26, 10, 16, 40], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: 'FF00703C' } });
  p.line(['WRES Action Plan 2020/21 – as reviewed by the EDI Committee on 2 September 2020'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Status colours: green = on track, amber = slipping, red = off track, blue = complete, black = paused (Covid-19).'], { merge: ['A', 'H'], style: { italic: true } });
  const h = p.header(['No.', 'WRES', 'Directorate', 'Action', 'Lead', 'By', 'Status', 'Comments'], { style: { fill: C.palegrey }, height: 18 });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const FC = { 'On track': C.green, Slipping: C.amber, 'Off track': C.red, Complete: C.blue, 'Paused – Covid': C.black };
  const RAG = { 'On track': 'green', Slipping: 'amber', 'Off track': 'red', Complete: 'blue' };
  const kept = [];
  const act = (no, ind, dir, a, lead, by, s, com) => p.action([no, ind, dir, a, lead, by, s, com], { ref: no, indicators: ind.split(/\s*(?:&|,)\s*/), action: a, lead, due: by, status: s, rag: RAG[s] ?? null, progress: com },
    { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { bold: true, color: FC[s] }, {}] });
  act('1', '1', 'All', 'Report the make-up of the workforce by band and ethnicity for each operational area (A&E, EOC, PTS, 111) every quarter.', 'Head of Workforce Planning', 'Oct-20', 'Complete', 'First quarterly report to Trust Board in October.');
  act('2', '2', 'Operations', 'Put a BME assessor on every panel for paramedic team leader and station manager posts.', 'Head of Resourcing', 'Dec-20', 'On track', '14 assessors from the BME network trained by video.');
  act('3', '2', 'EOC', 'Use anonymised application forms for emergency call handler and dispatcher posts.', 'Head of Resourcing', 'Nov-20', 'Slipping', 'TRAC setting ready; waiting for IT testing slot.');
  kept.push(act('4', '3', 'All', 'Have a senior manager from outside the line review each case before a BME member of staff is suspended or put on a formal process.', 'Head of Employee Relations', 'Sep-20', 'Paused – Covid', 'Paused March–August; restarting in October.'));
  act('5', '5', 'Operations', 'Give crews a quick way to report racist abuse from patients on the ePCR, and follow up every report within 72 hours.', 'Head of Patient Safety', 'Jan-21', 'On track', 'ePCR field built; go-live January.');
  const moved = p.write(['6', '6', 'All', 'Commission a cultural audit of bullying and harassment between colleagues at stations and in the control rooms.', 'Director of People', 'Mar-21', 'Off track', 'Moved to the EDI plan (EDI 2020-22, action 4) – agreed 2 Sept.'], { style: { strike: true, color: 'FF808080' }, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, { strike: false }] });
  p.nonActionRows.push(moved);
  kept.push(act('7', '7', 'Operations', 'Run a positive action programme for BME staff in PTS and EOC wanting to move into clinical roles, with protected study time.', 'Head of Education', 'Mar-21', 'Paused – Covid', 'Classroom work paused; online modules being written.'));
  act('8', '8', 'All', 'Ask every manager to hold a wellbeing and risk assessment conversation with each BME member of their team, and record it on ESR.', 'Deputy Director of People', 'Aug-20', 'Complete', '93% of BME staff have a recorded risk assessment.');
  const ph = p.line(['9', '5', 'Operations', 'Action 9 – to be agreed at October EDI committee (abuse from patients and the public)', '', '', '', ''], { border: true, style: { italic: true }, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  act('10', '9', 'Board', 'Set a target for BME representation on the Board and ask the search agency for a diverse long list for the next two posts.', 'Trust Secretary', 'Mar-21', 'On track', 'Target of 2 BME voting members by 2022 agreed.');
  p.blank();
  p.line(['Next review: EDI Committee, 7 October 2020.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance service) in the Covid year, as the EDI Committee left it on 2 September 2020. Arial 9: a green trust name, a bold title naming the review, an italic status-colour line, the header 'No. | WRES | Directorate | Action | Lead | By | Status | Comments' (row 4, frozen), the rows, a blank row and a next-review line. 'By' typed as text ('Oct-20'). Status WORDS IN COLOURED FONT (green On track, amber Slipping, red Off track, blue Complete, black 'Paused – Covid'). Review marks: action 6 (row 10) is STRUCK THROUGH in grey across the row – action, lead, date and its old red 'Off track' – and its Comments cell (not struck) says 'Moved to the EDI plan (EDI 2020-22, action 4) – agreed 2 Sept.'; row 13 is a PLACEHOLDER: number 9, indicator 5, directorate Operations and 'Action 9 – to be agreed at October EDI committee …' in italics, nothing else; actions 4 and 7 are 'Paused – Covid'. Judgement calls: the struck action 6 is not an action of this plan (the committee moved it to another plan); the placeholder is not an action although it has a number, an indicator and a directorate; the paused actions ARE actions – pausing is a status, not a removal (status 'Paused – Covid', rag null: black font, the key's 'paused' has no RAG colour); so the plan has eight actions. Directorate is context (no field). Status = the word, rag from its font colour; lead = Lead; due = By as typed; ref = No.; indicators from WRES; progress = Comments; theme null; the review and next-review dates are no dues.", { mode: 'font', ragCol: 7, notFrom: ['C'], review: { col: 'D', dropped: [moved], placeholders: [ph], kept }, forbidden: ['7 October 2020', '2 September 2020'] });
}
