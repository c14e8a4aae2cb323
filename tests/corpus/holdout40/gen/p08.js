// holdout40-wdes-2023-24-ridings: a GP provider collaborative's first WDES-style plan, in a small workbook: a 'Listening events' log
// first (what staff raised, where, with a short pointer to the plan), the PLAN on the second sheet (three areas, 'What we will do |
// Who | When', metrics named only in the text), and the practice staff survey results on the third.
import { Book, Plan, C, fillSheet } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'North Ridings GP Provider Collaborative';
  const ev = book.wb.addWorksheet('Listening events');
  const p = new Plan(book, { name: 'holdout40-wdes-2023-24-ridings', sheet: 'Plan', standard: 'WDES', period: '2023-24', trust, widths: [6, 70, 34, 18], font: { name: 'Arial', size: 10 } });
  const sv = book.wb.addWorksheet('Survey results');
  p.line([`${trust} – disability equality plan 2023/24`], { merge: ['A', 'D'], style: { bold: true, font: { size: 12 }, fill: C.teal, color: C.white } });
  p.line(['Written with staff from our eleven practices after the spring listening events. We use the WDES metrics as a guide although, as a collaborative, we do not submit a WDES return.'], { merge: ['A', 'D'], height: 28 });
  const hr = p.header(['', 'What we will do', 'Who', 'When'], { style: { fill: C.grey } });
  const secs = [];
  const S = [
    ['Area 1: Knowing our workforce', [
      ['1.1', 'Ask every practice to collect disability information on its staff records and share the anonymised totals with us (WDES metric 1).', 'Practice managers (all 11 practices)', 'By September 2023', ['1']],
      ['1.2', 'Repeat the collaborative staff survey in January, keeping the disability questions the same so we can compare.', 'Collaborative Workforce Lead', 'January 2024', []],
    ]],
    ['Area 2: Adjustments and attendance', [
      ['2.1', 'Agree a shared reasonable adjustments guide for all practices, including flexible clinic templates for clinicians (WDES metric 8).', 'Clinical Director', 'Autumn 2023', ['8']],
      ['2.2', 'Offer practice managers a half-day session on supporting colleagues with long-term conditions and on return-to-work conversations.', 'Collaborative Workforce Lead', 'By December 2023', []],
      ['2.3', 'Fund access to an occupational health service for every practice, so that small practices are not left out.', 'Collaborative Board', 'From October 2023', []],
    ]],
    ['Area 3: Being heard', [
      ['3.1', 'Start a disabled staff peer group across the collaborative, meeting online every two months (WDES metric 9b).', 'Staff wellbeing champion', 'From September 2023', ['9b']],
      ['3.2', 'Report what we have done to the collaborative board and to the practices in March, and ask staff what to do next.', 'Collaborative Manager', 'March 2024', []],
    ]],
  ];
  for (const [sec, acts] of S) {
    secs.push(p.line([sec], { merge: ['A', 'D'], style: { bold: true, fill: C.palegrey } }));
    for (const [no, act, who, when, ind] of acts) p.action([no, act, who, when], { ref: no, indicators: ind, theme: sec, action: act, lead: who, due: when });
  }
  p.blank();
  p.line(['Agreed by the Collaborative Board, 6 July 2023.'], { style: { italic: true }, merge: ['A', 'D'] });
  fillSheet(ev, { widths: [12, 28, 60, 10, 18], rows: [
    { v: [trust], bold: true, size: 12, merge: 'A:E' },
    { v: ['Listening events with disabled staff and staff with long-term conditions, spring 2023'], bold: true, merge: 'A:E' },
    null,
    { v: ['Date', 'Where', 'What staff raised', 'Attended', 'In the plan'], bold: true, fill: C.grey, border: true },
    { v: ['14/03/2023', 'Online (lunchtime)', 'Adjustments depend on which practice you work for; small practices say they cannot afford them.', 9, 'Area 2'], border: true },
    { v: ['22/03/2023', 'Thornaby Health Centre', 'Reception staff with hearing loss struggle with the phone system; nobody asked what would help.', 6, 'Area 2'], border: true },
    { v: ['05/04/2023', 'Kelderby Surgery', 'Staff do not know whether the practice records disability at all, or why it would.', 7, 'Area 1'], border: true },
    { v: ['19/04/2023', 'Online (evening)', 'People feel they are the only one; they would like to meet others in the same position.', 11, 'Area 3'], border: true },
    { v: ['03/05/2023', 'Collaborative office', 'Managers want help with return-to-work conversations after long absence.', 8, 'Area 2'], border: true },
  ] });
  fillSheet(sv, { widths: [60, 14, 14], rows: [
    { v: ['Collaborative staff survey, February 2023 (358 responses from 11 practices)'], bold: true, merge: 'A:C' },
    { v: ['Question', 'Disabled / LTC', 'Other staff'], bold: true, fill: C.grey, border: true },
    { v: ['Responses', 41, 317], border: true },
    { v: ['My practice has made the adjustments I need (those who need them)', '59%', ''], border: true },
    { v: ['I have felt pressure to come to work when not well enough', '37%', '24%'], border: true },
    { v: ['I have experienced harassment from patients in the last 12 months', '44%', '38%'], border: true },
    { v: ['I feel my work is valued', '46%', '58%'], border: true },
    { v: ['I would recommend my practice as a place to work', '52%', '67%'], border: true },
  ] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, a GP provider collaborative of eleven practices) in a three-sheet workbook: sheet 1 'Listening events' (the collaborative's name, a log 'Date | Where | What staff raised | Attended | In the plan' of five events, the last column pointing to 'Area 1' … 'Area 3'), sheet 2 'Plan' (the plan), sheet 3 'Survey results' (the collaborative's own staff survey, disabled / LTC staff against others). The gold reads sheet 2, the only sheet with actions – the listening log records what staff said, and its 'In the plan' column only points at the plan's areas. Layout: a teal title with the collaborative's name, an introduction saying the collaborative uses the WDES metrics as a guide but does not submit a return, a header ' | What we will do | Who | When' with an empty first header cell over the action numbers, three grey AREA rows each above its numbered actions (1.1 … 3.2), a blank row and an approval line. Judgement calls: what staff raised is not an action (the plan answers it); the area rows are themes; ref = the number in column A; lead = Who as written ('Practice managers (all 11 practices)', 'Collaborative Board'); due = When as written ('By September 2023', 'Autumn 2023', 'From October 2023'); indicators only where an action names a WDES metric in brackets (1, 8, 9b) and [] elsewhere – none guessed from the wording; no status or RAG.", {
    sections: secs, textInd: true,
    book: { sheets: ['Listening events', 'Plan', 'Survey results'], planIndex: 1, elsewhere: ['Area 1', 'Area 2', 'Area 3', '14/03/2023', 'Online (lunchtime)', 'Online (evening)'] },
  });
}
