// holdout27-wdes-2025-26-larkspur: a specialist children's hospital's WDES plan with its three priorities written SIDEWAYS in tall
// merged cells down column A (rotated text), dates that were moved written as 'old → new' in the same cell, and status words in colour.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Larkspur Children's Hospital NHS Foundation Trust";
  const p = new Plan(book, { name: 'holdout27-wdes-2025-26-larkspur', sheet: 'WDES plan 25-26', standard: 'WDES', period: '2025-26', trust, widths: [9, 6, 54, 12, 30, 20, 14, 42], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 15 }, color: 'FF00A499' } });
  p.line(['Workforce Disability Equality Standard – action plan 2025/26'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Where a date has moved we show the original date, an arrow and the new date. Status: Complete · On track · Some risk · Off track'], { merge: ['A', 'H'], style: { italic: true, color: 'FF595959' } });
  p.header(['Priority', 'No.', 'Action', 'Metric', 'Lead', 'Due', 'Status', 'Comment'], { style: { fill: 'FF00A499', color: C.white } });
  const SC = { 'Complete': C.blue, 'On track': C.green, 'Some risk': C.amber, 'Off track': C.red };
  const RG = { 'Complete': 'blue', 'On track': 'green', 'Some risk': 'amber', 'Off track': 'red' };
  const pr = [
    ['Fair recruitment and careers', [
      ['1.1', 'Offer every disabled applicant a named contact in the resourcing team from application to start date', '2', 'Leanne Kowalczyk (Resourcing Lead)', '30/06/25', 'Complete', 'In place since May; 38 applicants supported.'],
      ['1.2', 'Add a disabled colleague to every Band 8a and above interview panel, drawn from the network\'s panel pool', '2', 'Leanne Kowalczyk (Resourcing Lead)', '30/09/25 → 31/12/25', 'Some risk', 'Only 6 people in the pool so far; second call-out in October.'],
      ['1.3', 'Track the capability process by disability each quarter and review any case that goes to a formal stage', '3', 'Owen Fairbrother (ER Manager)', 'Quarterly', 'On track', ''],
    ]],
    ['Adjustments that work', [
      ['2.1', 'Move reasonable adjustment requests onto one online form with a 28-day target from request to agreement', '7', 'Priya Venkat (Head of HR Operations)', '31/08/25 → 30/11/25', 'Off track', 'Form build held up by the new HR system.'],
      ['2.2', 'Give theatre and PICU staff access to quiet rest space on every shift', '7', 'Matron for Critical Care', 'Mar 26', 'On track', 'Two rooms converted.'],
      ['2.3', 'Train every ward and department manager in the adjustments passport', '7, 4a', 'Priya Venkat (Head of HR Operations)', '31/03/26', 'On track', '112 of 180 managers trained.'],
    ]],
    ['Voice, safety and Board', [
      ['3.1', 'Start a reverse mentoring scheme between network members and executive directors', '9b', 'Chief People Officer', '30/04/25', 'Complete', 'Six pairs running.'],
      ['3.2', 'Follow up every report of bullying from a manager made by a disabled colleague with a check-in after three months', '4b', 'Freedom to Speak Up Guardian', '31/10/25 → 31/01/26', 'Some risk', ''],
      ['3.3', 'Invite the network chair to present the WDES report at the public Board meeting', '10', 'Company Secretary', 'Sep 25', 'Complete', 'Presented 11 September.'],
    ]],
  ];
  for (const [th, acts] of pr) {
    const first = p.r + 1;
    for (const [no, a, m, lead, due, st, cm] of acts) {
      const d = due.includes('→') ? due.split(' → ')[1] : due;
      p.action([th, no, a, m, lead, due, st, cm], { ref: no, theme: th, indicators: m.split(/,\s*/), action: a, lead, due: d, status: st, rag: RG[st], progress: cm }, { styles: [{ bold: true, fill: 'FFE2F4F2', alignment: { textRotation: 90, vertical: 'middle', horizontal: 'center' } }, {}, {}, {}, {}, {}, { fill: SC[st], color: st === 'Some risk' ? C.black : C.white, bold: true }] });
    }
    p.ws.mergeCells(`A${first}:A${p.r}`);
  }
  p.blank();
  p.line(['Monitored by the Inclusion Steering Group; reported to the People Committee each quarter.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist children's hospital) in Aptos Narrow: a teal trust-name title, the plan title, an italic line explaining moved dates and the status words, a teal header 'Priority | No. | Action | Metric | Lead | Due | Status | Comment' (row 4), nine actions in three priorities and a monitoring line. The PRIORITY is written SIDEWAYS (text rotated 90°) in ONE TALL MERGED CELL down column A beside its three actions – there are no section rows. Where a date has moved the Due cell holds 'old → new' ('30/09/25 → 31/12/25'); other dues are typed text ('30/06/25', 'Quarterly', 'Mar 26', 'Sep 25'). Leads are names with the role in brackets, or a role. Status words on solid fills (Complete blue, On track green, Some risk amber, Off track red). Judgement calls: theme = the rotated merged priority cell beside the action (it is the priority's heading, turned on its side); due = the NEW date when the cell shows 'old → new' (the intro says the arrow points to the new date), otherwise as written; ref = No.; lead as written, name and bracketed role together; status as written, rag from the fill (blue → blue); progress = Comment; indicators from the Metric column ('7, 4a' → ['7','4a']); the intro, key and monitoring lines are non-action rows.", { mode: 'fill', ragCol: 'G', themeCol: 'A' });
}
