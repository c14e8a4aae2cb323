// holdout41-wdes-2025-26-quayford: a dental and primary-care collaborative using the WDES voluntarily, kept by its operations manager.
// A short four-column plan under a 'Why' paragraph and a 'Members' list; metrics typed 'M2', 'M4a, M7', '-'; one action with no Who and
// one with no When; meeting notes as '•' lines under the table (one mentions metric 10).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quayford Dental and Primary Care Collaborative';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout41-wdes-2025-26-quayford', sheet: 'Plan', standard: 'WDES', period: '2025-26', trust, widths: [66, 12, 28, 14], font });
  p.line([trust], { style: { bold: true, font: { size: 14 } } });
  p.line(['Our disability equality plan 2025/26 (using the WDES metrics – voluntary)'], { style: { bold: true } });
  const why = p.line(['Why: one in five of our 140 staff told us in the spring survey that they live with a long-term condition, but only three have ever asked their practice for an adjustment.'], { merge: ['A', 'D'], height: 30 });
  const mem = p.line(['Members: Harbour Street Dental, Quayford Family Dental, Mill Lane Surgery, The Quay Practice, Westcliff Dental Care, Quayford Health Centre'], { merge: ['A', 'D'], height: 30, style: { font: { size: 10 } } });
  p.blank();
  p.header(["What we'll do", 'Metric', 'Who', 'When'], { style: { fill: C.teal, color: C.white } });
  const act = (a, m, who, when, inds) => p.action([a, m, who, when], { indicators: inds, action: a, lead: who, due: when });
  act("Ask every practice to add 'do you need any adjustments?' to its interview invitation letter.", 'M2', 'all practice managers', 'by Sept', ['2']);
  act('Set up a shared fund for small adjustments (chairs, software, headsets) that any member practice can draw on.', 'M8', 'Collaborative board', 'Q3', ['8']);
  act('Run a lunchtime session on hidden disabilities for reception and dental nursing teams.', '-', 'Dr Nia Osei (clinical lead)', '', []);
  act('Give staff a confidential route to report abuse from patients, as most practices have no HR team of their own.', 'M4a', '', 'from April', ['4a']);
  act('Repeat the staff survey in March with the same disability questions so that we can compare.', 'M4a, M7', 'Sam (ops manager)', 'March 26', ['4a', '7']);
  act("Invite a dental nurse and a receptionist with lived experience onto the collaborative's workforce group.", 'M9b', 'Collaborative board', 'Q4', ['9b']);
  p.blank();
  const n0 = p.line(['Notes – 14 May meeting'], { style: { bold: true } });
  const n1 = p.line(['• Harbour St already send the adjustments question – ask them to share their wording']);
  const n2 = p.line(['• ask the LMC and LDC whether other collaboratives are doing this']);
  const n3 = p.line(["• metric 10 doesn't apply (we have no board as such) – say so in the write-up"]);
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Invented layout: a dental and primary-care collaborative (six member practices) using the WDES voluntarily, its plan kept by the operations manager, Calibri 11 on sheet 'Plan': the collaborative's name, a bold title naming the year, a merged 'Why: …' paragraph with survey figures (row ${why}), a merged 'Members: …' list of practices (row ${mem}), a blank row, then one teal header 'What we'll do | Metric | Who | When' (row 6) and six actions. The Metric column holds 'M2', 'M8', '-', 'M4a', 'M4a, M7', 'M9b'. One action has no Who, one no When. Under a blank row, 'Notes – 14 May meeting' (row ${n0}) and three '•' lines (rows ${n1}–${n3}). Judgement calls: the 'Why' and 'Members' rows are context, not actions, and the practices are not leads; the meeting notes are non-action rows – they are things said at a meeting ('ask the LMC …' is a reminder, not a plan action) and 'metric 10' there gives no action an indicator; indicators from the Metric column ('M4a, M7' → ['4a','7'], '-' → []); lead as written ('all practice managers', 'Dr Nia Osei (clinical lead)', 'Sam (ops manager)'), '' where Who is empty; due as written ('by Sept', 'Q3', 'from April', 'March 26', 'Q4'), '' where When is empty; no ref, status, theme or progress.`,
    { dataRows: [why, mem, n0, n1, n2, n3], indCol: { col: 'B' } });
}
