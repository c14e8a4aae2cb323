// holdout78-wres-2020-21-dunmarsh: mental health FT, the Race Equality Steering Group's plan kept in minute style: a Timescale column
// but NO LEAD COLUMN – each action opens with who is to do it ('Director of People to …', 'HRBPs to …', 'Comms team, supported by the
// BAME Network, to …'), one is passive ('… to be held') and names nobody. Three lettered section rows; status words on Excel's
// Good / Neutral / Bad fills; a COVID-19 refresh line.
import { Book, Plan, C, D, shown } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Dunmarsh and Ryedale Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout78-wres-2020-21-dunmarsh', sheet: 'Race Equality Action Log', standard: 'WRES', period: '2020-21', trust, widths: [7, 8, 64, 13, 46, 13], font: { name: 'Arial', size: 9 } });
  p.line(['Race Equality Steering Group – WRES action plan 2020/21'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Refreshed at the Steering Group on 17 June 2020 in the light of COVID-19; the Board items have moved to later in the year.'], { merge: ['A', 'F'], style: { italic: true } });
  p.header(['Ref', 'WRES', 'Action', 'Timescale', 'Update (Nov 2020)', 'Status'], { style: { fill: C.grey } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { Complete: C.goodG, 'On track': C.goodG, Delayed: C.neutralA, 'Off track': C.badR, 'Not started': null };
  const R = { Complete: 'green', 'On track': 'green', Delayed: 'amber', 'Off track': 'red', 'Not started': null };
  const sections = [];
  const sec = (t) => { const r = p.line([t], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.paleblue } }); sections.push(r); return t; };
  const mar21 = D(2021, 3, 31);
  const act = (theme, ref, ind, action, ts, upd, st, lead) => {
    const due = ts instanceof Date ? shown(ts, 'mmm-yy') : ts;
    p.action([ref, ind, action, ts, upd, st], { ref, indicators: ind.split(', '), theme, action, lead, due, status: st, rag: R[st], progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, ts instanceof Date ? { numFmt: 'mmm-yy', alignment: { horizontal: 'left' } } : {}, {}, { fill: F[st] }] });
  };
  let th = sec('A. Recruitment and progression');
  act(th, 'A1', '1', 'Head of Workforce Information to publish band profiles by ethnicity for each care group and share them with care group directors.', 'Sept 2020', 'Profiles shared at the October care group boards.', 'Complete', 'Head of Workforce Information');
  act(th, 'A2', '2', 'Recruitment Manager to add a trained BAME panel member to every interview for Band 7 and above, starting with nursing and psychology posts.', 'Q3', 'Pool of 22 trained; in place for nursing, psychology from January.', 'On track', 'Recruitment Manager');
  act(th, 'A3', '7', 'Head of Learning to work with the Chief Nurse to design a BAME nurse development programme linked to Band 6 and 7 vacancies.', mar21, 'Design workshops held; first cohort to start April 2021.', 'On track', 'Head of Learning');
  th = sec('B. Fair treatment and safety');
  act(th, 'B1', '3', 'HRBPs to review every open disciplinary case involving a BAME member of staff against the Just Culture checklist before it goes to a formal hearing.', 'Ongoing', 'All 7 open cases reviewed; 3 resolved informally.', 'On track', 'HRBPs');
  act(th, 'B2', '5, 6', 'Chief People Officer and BAME Network Chair to co-sign a statement on racist abuse of staff by patients and visitors, to be displayed on every ward.', 'Aug 2020', 'Signed and displayed on all inpatient wards.', 'Complete', 'Chief People Officer and BAME Network Chair');
  act(th, 'B3', '6', 'All ward managers to hold a team conversation on race and COVID-19 risk, using the Network\'s discussion guide.', 'Dec 2020', '14 of 23 wards done; community teams not yet started.', 'Delayed', 'All ward managers');
  act(th, 'B4', '8', 'Comms team, supported by the BAME Network, to run a "Speak up about racism" campaign, with the Freedom to Speak Up Guardian reporting themes to this group every quarter.', 'Q3', 'Campaign launched 2 Nov.', 'On track', 'Comms team');
  th = sec('C. Leadership and the Board');
  act(th, 'C1', '9', 'Board development session on race equality to be held, facilitated by an external partner.', 'Q4', 'Moved from Q2 because of COVID-19 pressures; date being agreed with the Chair\'s office.', 'Delayed', '');
  act(th, 'C2', '9', 'Chair and Company Secretary to agree with the Council of Governors how the next two non-executive vacancies will reach BAME candidates.', 'Jan 2021', '', 'Not started', 'Chair and Company Secretary');
  act(th, 'C3', '7', 'Executive directors to each take on a reverse mentor from the BAME Network for twelve months.', mar21, 'Only 3 of 8 executives matched so far; the Network has asked for a relaunch in the new year.', 'Off track', 'Executive directors');
  p.blank();
  p.line(['Status: Complete / On track (green), Delayed (amber), Off track (red), Not started (no colour).'], { merge: ['A', 'F'], style: { italic: true } });
  fitRows(p, 12);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability FT): the Race Equality Steering Group's WRES plan kept like an action log. Sheet 'Race Equality Action Log': title, trust name, an italic COVID-19 refresh line ('Refreshed at the Steering Group on 17 June 2020 …'), the grey header 'Ref | WRES | Action | Timescale | Update (Nov 2020) | Status' (row 4, frozen), three pale-blue lettered SECTION rows merged across ('A. Recruitment and progression', 'B. Fair treatment and safety', 'C. Leadership and the Board') over ten actions A1–C3, and a status key line. There is a Timescale column but NO LEAD COLUMN: each action is written in minute style, opening with the role or group that is to do it. Judgement calls: action = the whole Action cell; lead = the words before the first ' to ' that starts the task ('Head of Workforce Information', 'HRBPs', 'All ward managers'), two named together kept whole ('Chief People Officer and BAME Network Chair', 'Chair and Company Secretary'); people the task is done WITH or SUPPORTED BY are not added ('Head of Learning to work with the Chief Nurse to design …' → 'Head of Learning'; 'Comms team, supported by the BAME Network, to run …' → 'Comms team'), nor the Freedom to Speak Up Guardian who reports themes; C1 is passive ('Board development session on race equality to be held, facilitated by an external partner') and names nobody who owns it → lead ''. Due = the Timescale cell as displayed ('Sept 2020', 'Q3', 'Ongoing', 'Jan 2021'; two real dates shown 'mmm-yy' → 'Mar-21'), dueSource 'column'; the refresh date, the Update column's dates ('April 2021', '2 Nov', 'the new year') are not dues. Status = the word, rag from its fill (Excel's Good green → Complete / On track green, Neutral → Delayed amber, Bad → Off track red, Not started unfilled → null); progress = the Update cell; ref = Ref; indicators from WRES ('5, 6' → both); theme = the section row above. The key line is not an action.", { mode: 'fill', ragCol: 6, sections, textFields: { col: 'C', lead: ['^([A-Z][^,]*?)(?:, supported by [^,]+,)? to (?!be\\b)'] }, colFields: { due: 'D' }, dueSourceIs: 'column', forbidden: ['Chief Nurse', 'BAME Network', 'Freedom to Speak Up Guardian', '17 June 2020', 'April 2021'] });
}
