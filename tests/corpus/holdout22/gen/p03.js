// holdout22-wres-2017-18-wexcombe: NEW LAYOUT – TWO ACTION TABLES ON ONE SHEET WITH DIFFERENT COLUMN ORDERS. An acute trust in
// its FIRST YEAR AFTER A MERGER puts its trust-wide actions (Part 1, the corporate template: 'Ref | WRES indicator | Action |
// Executive lead | Operational lead | Target date | Status | Update (Jan 2018)') and, under a caption, the actions the five
// clinical divisions committed to (Part 2, pasted from the divisional template: 'Division | Ref | Action | Due | WRES ind. |
// Divisional lead | Comments | RAG') on one sheet. Both are this year's plan; each table's fields are read from its own header.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wexcombe and Hallam University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout22-wres-2017-18-wexcombe', sheet: 'WRES 2017-18', standard: 'WRES', period: '2017-18', trust, widths: [16, 14, 56, 24, 30, 26, 34, 9] });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard action plan 2017/18 – our first plan as a merged trust (formed 1 April 2017)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Part 1 sets out the actions we will take across the Trust. Part 2 brings together the actions each clinical division has committed to in its own EDI plan, in the divisions\' format.'], { merge: ['A', 'H'], style: { italic: true }, height: 28 });
  p.blank();
  p.line(['Part 1 – Trust-wide actions (owned by the Executive Team)'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  const h1 = p.header(['Ref', 'WRES indicator', 'Action', 'Executive lead', 'Operational lead', 'Target date', 'Status', 'Update (Jan 2018)'], { style: { fill: C.nhs, color: C.white } });
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const F1 = 'dd/mm/yyyy';
  const part1 = [
    ['Indicator 1', ['1'], 'Bring the two legacy workforce systems together so that ethnicity is recorded the same way for every member of staff.', 'Director of Workforce', 'Head of Workforce Information', D(2017, 9, 30), 'Complete', 'ESR merged in September; 6% of records still "not stated".'],
    ['Indicator 2', ['2'], 'Adopt one recruitment policy for both sites with a diverse panel for every post at Band 7 and above.', 'Director of Workforce', 'Head of Recruitment', D(2017, 12, 31), 'On track', 'Policy approved; panel rota being built.'],
    ['Indicator 3', ['3'], 'Harmonise the disciplinary policy with a decision-maker check before any formal investigation.', 'Director of Workforce', 'Head of Employee Relations', D(2018, 1, 31), 'Delayed', 'Staff side consultation extended to March.'],
    ['Indicators 5 and 6', ['5', '6'], 'Launch a single "Respect at Wexcombe and Hallam" campaign on both sites, covering abuse from patients and from colleagues.', 'Chief Nurse', 'Deputy Chief Nurse', D(2018, 3, 31), 'On track', 'Campaign materials agreed with both staff networks.'],
    ['Indicator 7', ['7'], 'Open the merged Trust\'s leadership programme to BME staff from both legacy trusts with a ring-fenced 30% of places.', 'Director of Workforce', 'Head of Organisational Development', D(2018, 3, 31), 'On track', '31% of the first cohort are BME staff.'],
    ['Indicator 8', ['8'], 'Merge the two BME staff networks into one network with an executive sponsor.', 'Chief Executive', 'Equality and Diversity Manager', D(2017, 10, 31), 'Complete', 'Joint network launched at the October Board.'],
    ['Indicator 9', ['9'], 'Set a target for BME representation on the Board of the merged Trust and report it in the annual report.', 'Chair', 'Trust Secretary', D(2018, 3, 31), 'Not started', 'Awaiting the Board skills review.'],
  ];
  let n = 0;
  const t1first = p.r + 1;
  for (const [ind, inds, action, exec, lead, due, st, upd] of part1) {
    const ref = `TW${++n}`;
    p.action([ref, ind, action, exec, lead, due, st, upd], { ref, indicators: inds, action, lead, due: shown(due, F1), status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, { numFmt: F1 }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  const t1last = p.r;
  p.blank(); p.blank();
  p.line(['Part 2 – Divisional actions (from the five divisional EDI plans; each division reports to the Divisional Performance Review)'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  const h2 = p.header(['Division', 'Ref', 'Action', 'Due', 'WRES ind.', 'Divisional lead', 'Comments', 'RAG'], { style: { fill: 'FFD9E1F2' } });
  const L = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F2 = 'mmm-yy';
  const part2 = [
    ['Medicine', 'MED1', 'Offer BME nurses in the acute medical unit shadowing and acting-up opportunities at Band 6.', D(2018, 2, 28), 'WRES 7', ['7'], 'Divisional Director of Nursing, Medicine', '11 nurses have shadowed a Band 6.', 'G'],
    ['Surgery', 'SUR1', 'Review theatre rotas and study leave so that BME theatre staff have equal access to non-mandatory training.', D(2018, 3, 31), 'WRES 4', ['4'], 'General Manager, Theatres', 'Study leave data being pulled for both sites.', 'A'],
    ['Women\'s and Children\'s', 'WAC1', 'Run listening events with BME midwives on both sites and agree three local actions with them.', D(2017, 11, 30), 'WRES 6 & 8', ['6', '8'], 'Head of Midwifery', 'Two events held; actions agreed.', 'B'],
    ['Clinical Support Services', 'CSS1', 'Add a BME panel member to all Band 7 and above interviews in pathology, pharmacy and imaging.', D(2018, 1, 31), 'WRES 2', ['2'], 'Divisional Director, Clinical Support Services', 'Not yet possible in pharmacy.', 'A'],
    ['Estates and Facilities', 'EF1', 'Translate the dignity at work policy and reporting routes into the five main languages spoken by domestic and portering staff.', D(2018, 3, 31), 'WRES 5 & 6', ['5', '6'], 'Head of Facilities', 'Translation not yet commissioned.', 'R'],
  ];
  const t2first = p.r + 1;
  for (const [div, ref, action, due, ind, inds, lead, com, l] of part2) {
    p.action([div, ref, action, due, ind, lead, com, l], { ref, indicators: inds, action, lead, due: shown(due, F2), status: l, rag: L[l][1], progress: com }, { styles: [{ bold: true }, {}, {}, { numFmt: F2 }, {}, {}, {}, { fill: L[l][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(L[l][2] ? { color: L[l][2] } : {}) }] });
  }
  const t2last = p.r;
  p.blank();
  p.line(['Part 1 status: Complete (blue), On track (green), Delayed (amber), Not started (red). Part 2 RAG: B = complete, G = on track, A = at risk, R = off track.'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Approved by the Workforce and Education Committee, 20 February 2018.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: TWO ACTION TABLES ON ONE SHEET WITH DIFFERENT COLUMN ORDERS. An acute trust in its FIRST YEAR AFTER A MERGER (formed 1 April 2017) publishes one WRES plan for 2017/18 made of two tables. Three merged lines (trust in NHS blue; plan title; an italic intro explaining Part 1 and Part 2), a blank row, then a bold caption 'Part 1 – Trust-wide actions (owned by the Executive Team)' (row 5) over the corporate header (row ${h1}, NHS blue) 'Ref | WRES indicator | Action | Executive lead | Operational lead | Target date | Status | Update (Jan 2018)' and seven actions (rows ${t1first}–${t1last}): refs 'TW1'…'TW7', 'Indicator N' / 'Indicators 5 and 6', real dates dd/mm/yyyy, status WORDS filled (Complete blue, On track green, Delayed amber, Not started red). Two blank rows, then a caption 'Part 2 – Divisional actions (from the five divisional EDI plans; …)' (row ${h2 - 1}) over a SECOND header in the divisions' own template (row ${h2}, pale blue) with a DIFFERENT COLUMN ORDER AND WORDING: 'Division | Ref | Action | Due | WRES ind. | Divisional lead | Comments | RAG', and five actions (rows ${t2first}–${t2last}), one per division: refs 'MED1', 'SUR1' …, real dates shown 'mmm-yy', 'WRES N' / 'WRES 6 & 8', RAG LETTERS filled B/G/A/R in column H. So the columns move between the tables: the ref is in A in Part 1 but B in Part 2 (A holds the Division); the due is in F in Part 1 but D in Part 2 (D holds the Executive lead in Part 1); the lead is in E (Operational lead) in Part 1 but F (Divisional lead) in Part 2 (F holds the Target date in Part 1); the status is in G in Part 1 but H in Part 2 (G holds Comments). A key line (both status styles) and an approval line sit below. Judgement calls: BOTH tables are this year's plan, so all twelve rows are gold actions; both header rows are header rows; each action's fields are read from ITS OWN table's header – a reader that applies Part 1's columns to Part 2 would read the Division as the ref, the WRES indicator as the lead and the divisional lead as the due; lead = Operational lead in Part 1 (not Executive lead) and Divisional lead in Part 2; the Division is an organisational unit, not a theme and not the lead; the Part 1 / Part 2 captions are non-action rows and not themes (they say where an action came from, not what it is about), theme null; the status is the word (Part 1) or the letter (Part 2) and its fill the rag; Update / Comments = progress.`, { ragCol: 'G', mode: 'fill', twoTables: { tables: [
    { caption: h1 - 1, header: h1, first: t1first, last: t1last, ragCol: 'G', fields: { ref: 'Ref', action: 'Action', lead: 'Operational lead', due: 'Target date', status: 'Status', progress: 'Update (Jan 2018)' }, context: ['Executive lead'] },
    { caption: h2 - 1, header: h2, first: t2first, last: t2last, ragCol: 'H', fields: { ref: 'Ref', action: 'Action', lead: 'Divisional lead', due: 'Due', status: 'RAG', progress: 'Comments' }, context: ['Division', 'WRES ind.'] },
  ] } });
}
