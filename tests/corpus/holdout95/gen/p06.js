// holdout95-wres-2022-23-hindleap: ICB (own staff), the plan marked up at the People and Culture Committee's review like tracked changes:
// reworded actions and moved dates keep the old words struck through in grey with the new ones in red in the same cell (those rows are
// actions, read without the struck words); action 2.2 is struck through in full with 'Dropped – merged with 3.2'; a placeholder 3.4.
import { Book, Plan, C, revised, liveText } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Hindleap and Marshfield Integrated Care Board';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout95-wres-2022-23-hindleap', sheet: 'WRES plan (tracked)', standard: 'WRES', period: '2022-23', trust, widths: [6, 8, 52, 26, 14, 16, 38], font });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard: our action plan for 2022/23 (ICB staff)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Changes agreed at People and Culture Committee, 10 November 2022: deleted text struck through, new text in red. Clean copy to follow.'], { merge: ['A', 'G'], style: { italic: true, color: C.red } });
  const h = p.header(['Ref', 'WRES', 'Action', 'Owner', 'Due', 'Status', 'Update'], { style: { fill: C.nhs, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = { Complete: C.blue, Green: C.green, Amber: C.amber, Red: C.red };
  const RAG = { Complete: 'blue', Green: 'green', Amber: 'amber', Red: 'red' };
  const kept = []; const sections = [];
  const sec = (t) => sections.push(p.line([t], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.paleblue } }));
  const txt = (v) => (Array.isArray(v) ? liveText(v) : v);
  const cell = (v) => (Array.isArray(v) ? revised(font, ...v) : v);
  let theme = null;
  const act = (ref, ind, a, own, due, s, upd) => {
    const r = p.action([ref, ind, cell(a), cell(own), cell(due), s, upd], { ref, indicators: ind.split(/\s*(?:&|,)\s*/), theme, action: txt(a), lead: txt(own), due: txt(due), status: s, rag: RAG[s] ?? null, progress: upd },
      { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: F[s], color: s === 'Complete' ? C.white : undefined }, {}] });
    if ([a, own, due].some(Array.isArray)) kept.push(r);
    return r;
  };
  sec('Priority 1 – Fair recruitment and progression'); theme = 'Priority 1 – Fair recruitment and progression';
  act('1.1', '1', 'Report ICB staff by band and ethnicity to the Executive Team every six months, with the Agenda for Change bands 8a–9 shown separately.', 'Head of People Services', 'Oct-22', 'Complete', 'First report to ET 4 October.');
  act('1.2', '2', ['Put ', ['an independent', 'a trained BME'], ' panel member on every interview for posts at Band 8a and above.'], 'Head of Resourcing', [['Dec-22', 'Mar-23']], 'Amber', 'Eleven panel members trained; not yet enough for every panel.');
  act('1.3', '7', 'Offer every BME member of staff at Bands 5–7 a career conversation with a trained coach from another directorate.', [['Head of OD', 'OD & Inclusion Manager']], 'Mar-23', 'Green', '23 conversations held since July.');
  sec('Priority 2 – Fair treatment at work'); theme = 'Priority 2 – Fair treatment at work';
  act('2.1', '3', 'Have the Deputy Director of People review every case before a BME member of staff enters a formal disciplinary process.', 'Deputy Director of People', 'Sep-22', 'Green', 'In place since June; 3 cases reviewed.');
  const drop = p.line(['2.2', '6', 'Run a bullying and harassment survey of staff who moved over from the CCGs.', 'Head of OD', 'Nov-22', 'Amber', 'Dropped – merged with 3.2'], { border: true, style: { strike: true, color: 'FF808080' }, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { strike: false, color: C.red }] });
  act('2.3', '6 & 8', ['Train ', ['all line managers', 'every manager of a team of five or more'], ' to respond to discrimination reported by a colleague, with Freedom to Speak Up taking part.'], 'Freedom to Speak Up Guardian', 'Feb-23', 'Amber', 'Sessions booked January and February.');
  sec('Priority 3 – Voice and accountability'); theme = 'Priority 3 – Voice and accountability';
  act('3.1', '9', 'Include an objective on race equality in every executive director\'s appraisal for 2022/23.', 'Chief People Officer', 'Jun-22', 'Complete', 'Objectives set in June.');
  act('3.2', '6 & 7', ['Use the quarterly pulse survey to ask ', ['about belonging', 'about belonging, bullying and harassment, including staff who moved over from the CCGs'], ', and publish the results by ethnicity.'], 'Staff Engagement Lead', 'Jan-23', 'Green', 'Questions agreed; January pulse will include them.');
  act('3.3', '8', 'Give the Race Equality Network chair two days a month of protected time and a seat at the People and Culture Committee.', 'Chief People Officer', 'Nov-22', 'Red', 'Protected time agreed in principle; not yet in the job plan.');
  const ph = p.line(['3.4', '', 'Action 3.4 – to be agreed when the 2022 staff survey results are out (March 2023)', '', '', '', ''], { border: true, style: { italic: true, color: C.red } });
  p.blank();
  p.line(['Status: Complete (blue), Green, Amber, Red.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its own staff) marked up at the People and Culture Committee on 10 November 2022. Arial 10: NHS-blue ICB name, a bold title, a red italic line saying deleted text is struck through and new text is red, an NHS-blue header 'Ref | WRES | Action | Owner | Due | Status | Update' (row 4, frozen), three PRIORITY section rows on pale blue merged across, the rows, and a status key. Dues typed as text ('Dec-22'). Status words on fills (Complete blue, Green, Amber, Red). Review marks IN THE CELLS: on four rows the committee's changes are rich text in the cell – the old words STRUCK THROUGH in grey, the new words in RED after them (1.2's panel member and due 'Dec-22' → 'Mar-23', 1.3's owner, 2.3's managers, 3.2's survey wording); action 2.2 (row 11) is STRUCK THROUGH IN FULL across the row, with 'Dropped – merged with 3.2' in red in the Update cell (3.2's new wording now covers its survey); row 17 is a placeholder '3.4 | Action 3.4 – to be agreed when the 2022 staff survey results are out (March 2023)' in red italics. Judgement calls: the rows with struck words are actions read WITHOUT the struck runs (as holdout15 brinscombe and holdout91 thornhythe) – action 1.2 = 'Put a trained BME panel member …', lead of 1.3 = 'OD & Inclusion Manager', due of 1.2 = 'Mar-23'; the red of the new words is no RAG; the fully struck 2.2 is not an action (the committee dropped it into 3.2); the placeholder is not an action; so the plan has eight actions. Theme = the priority row above; status = the word, rag from its fill; ref = Ref; indicators from WRES ('6 & 8', '6 & 7' → both); progress = Update; the committee date and March 2023 in the placeholder are no dues.", { live: true, mode: 'fill', ragCol: 6, sections, review: { col: 'C', dropped: [drop], placeholders: [ph], kept }, forbidden: ['Dec-22', 'Head of OD', '10 November 2022'] });
}
