// holdout46-wres-2021-22-kelderwick: a mental health trust's race equality plan WRITTEN WITH its Race Equality Network at three workshops.
// Plain-language question headers; each part opens with a "What we heard" heading row quoting members; status as plain words; a sign-off
// block of the network's and committee's agreement dates and the network co-chairs below the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kelderwick Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout46-wres-2021-22-kelderwick', sheet: 'Our plan', standard: 'WRES', period: '2021-22', trust, widths: [52, 30, 18, 40, 12, 18], font: { name: 'Arial', size: 11 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: 'FF007A53' } });
  p.line(['Our Race Equality Plan 2021-22 – written with the Race Equality Network'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['We wrote this plan with members of the Race Equality Network at three workshops in spring 2021. Each part starts with what we heard, in the words people used. The WRES indicator column shows which of the nine Workforce Race Equality Standard measures the action should move.'], { merge: ['A', 'F'], height: 44, style: { italic: true } });
  p.blank();
  p.header(['What we will do', 'Who', 'When', 'How we will know', 'WRES indicator', 'Where we are now'], { style: { fill: 'FFD5E8D4' } });
  const parts = [
    ['What we heard 1 – Getting on: “I have applied for Band 7 five times and never got past the interview.”', [
      ['Give every ethnic minority colleague who is not appointed after interview a feedback conversation with the chair of the panel within two weeks.', 'Head of Recruitment', 'September 2021', 'Feedback given in at least 9 out of 10 cases, checked each quarter', '2', 'Done'],
      ['Put a trained inclusion panel member on every interview panel for Band 7 and above.', 'Head of Recruitment with network members', 'December 2021', 'Panel records show an inclusion member on every Band 7+ panel', '2', 'Started'],
      ['Open a “Stepping Up” programme for 20 ethnic minority colleagues at Bands 5 and 6, chosen with the network.', 'Head of Leadership and OD', 'January 2022', 'Half of the first group apply for a higher band within a year', '1, 7', 'Started'],
    ]],
    ['What we heard 2 – Being treated fairly: “If you are Black, a mistake becomes a disciplinary.”', [
      ['Ask a senior manager who is not in the line of management to check every case before a formal disciplinary process starts.', 'Head of Employee Relations', 'July 2021', 'Fewer formal cases for ethnic minority staff compared with last year', '3', 'Done'],
      ['Give a place on the Speaking Up and Fair Treatment panel to a network member.', 'Freedom to Speak Up Guardian', 'October 2021', 'Network member attends panel meetings', '—', 'Not started yet'],
    ]],
    ['What we heard 3 – Feeling safe: “Patients say racist things and we are told it is part of the illness.”', [
      ['Write clear guidance with ward teams on what to do when a patient is racist to a member of staff, and make sure staff are supported after it happens.', 'Deputy Director of Nursing', 'November 2021', 'Guidance in use on all inpatient wards; staff survey question on abuse from patients improves', '5', 'Started'],
      ['Record racist abuse from patients as its own category on the incident reporting system.', 'Head of Patient Safety', 'August 2021', 'Monthly report of racist incidents goes to the Quality Committee', '5', 'Done'],
      ['Train every team manager in how to respond when a colleague reports racism from another member of staff.', 'Head of Leadership and OD', 'March 2022', '90% of team managers trained', '6, 8', 'Not started yet'],
    ]],
    ['What we heard 4 – Being listened to: “The network talks, but does the Board hear us?”', [
      ['Give the network co-chairs a standing slot at the People and Culture Committee every quarter.', 'Company Secretary', 'From July 2021', 'Co-chairs present at four committee meetings a year', '9', 'Done'],
      ['Hold a listening event at each of the four main sites and write up what we hear for the Board.', 'Race Equality Network', 'February 2022', 'Four events held and a write-up received by the Board', '—', 'Not started yet'],
    ]],
  ];
  const secs = [];
  for (const [head, acts] of parts) {
    secs.push(p.line([head], { merge: ['A', 'F'], border: true, style: { bold: true, italic: true, fill: 'FFEAF4E8' } }));
    for (const [a, who, when, know, ind, st] of acts) p.action([a, who, when, know, ind, st], { theme: head, action: a, lead: who, due: when, outcome: know, status: st, indicators: ind === '—' ? [] : ind.split(', ') });
  }
  p.blank();
  p.line(['Agreed by the Race Equality Network steering group: 14 June 2021'], { merge: ['A', 'C'] });
  p.line(['Agreed by the People and Culture Committee: 6 July 2021'], { merge: ['A', 'C'] });
  p.line(['Network co-chairs: Abena Osei and Marcus Reid'], { merge: ['A', 'C'] });
  p.line(['We will look at this plan together with the network every three months.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health foundation trust) written WITH the trust's Race Equality Network: trust name (row 1), plan title naming the network (row 2), an italic paragraph saying the plan came from three workshops and explaining the WRES indicator column (row 3), a blank row, ONE plain-language header 'What we will do | Who | When | How we will know | WRES indicator | Where we are now' (row 5), then four merged italic 'What we heard N – <topic>: “<member's words>”' heading rows, each followed by its actions. Below the table a sign-off block: the network steering group's and the People and Culture Committee's agreement dates, the network co-chairs' names, and a closing sentence. Judgement calls: the 'What we heard' rows are section headings (theme = the whole heading row as written, quote included) and not actions; 'Who' is the lead as written, including 'Head of Recruitment with network members' and one action led by the 'Race Equality Network' itself; 'When' as written ('From July 2021' kept); outcome = 'How we will know'; indicators from the WRES indicator column in the order written ('1, 7' → ['1','7']; '—' → []); 'Where we are now' holds plain unfilled words ('Done', 'Started', 'Not started yet') → status = the word, rag null (no colour on the sheet); no refs. The sign-off dates and the co-chairs' names are context, never a lead or due.", { sections: secs, mode: 'word', ragCol: 'F', words: { Done: null, Started: null, 'Not started yet': null }, fieldCols: { lead: 'B', due: 'C', outcome: 'D', status: 'F' }, indicatorsFrom: 'E', forbidden: ['14 June 2021', '6 July 2021', 'Abena Osei and Marcus Reid', 'Network co-chairs: Abena Osei and Marcus Reid'] });
}
