// holdout20-wres-2017-18-mossbrook: ORDINARY YEAR-END review of a MENTAL HEALTH AND LEARNING DISABILITY trust – title and
// 'Year-end review' line with the key; header 'Action no. | Action | WRES indicator(s) | Executive lead | Delivery lead | By
// when | Year-end outcome | Year-end position'; three merged lilac THEME rows; 'dd-mmm-yy'; Achieved / Partially achieved /
// Not achieved filled green / amber / red; one 'Withdrawn' in grey (no RAG).
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout20-wres-2017-18-mossbrook', sheet: 'Year end 17-18', standard: 'WRES', period: '2017-18', trust: 'Mossbrook Mental Health and Learning Disability NHS Foundation Trust', widths: [9, 56, 14, 24, 30, 12, 18, 42] });
  p.line(['Mossbrook Mental Health and Learning Disability NHS Foundation Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['WRES Action Plan 2017/18 – YEAR-END REVIEW (April 2018). Key: Achieved = green; Partially achieved = amber; Not achieved = red; Withdrawn = grey (no longer applies).'], { merge: ['A', 'H'], height: 28, style: { italic: true } });
  p.blank();
  p.header(['Action no.', 'Action', 'WRES indicator(s)', 'Executive lead', 'Delivery lead', 'By when', 'Year-end outcome', 'Year-end position'], { style: { fill: 'FF4B2C6F', color: C.white } });
  const S = { Achieved: [C.green, 'green'], 'Partially achieved': [C.amber, 'amber'], 'Not achieved': [C.red, 'red', C.white], Withdrawn: [C.grey, null] };
  const F = 'dd-mmm-yy';
  const themes = [
    ['Theme A: A workforce that reflects our communities', [
      ['A1', 'Break down ethnicity by band for each care group, including learning disability services.', 'WRES 1', ['1'], 'Director of People', 'Workforce Intelligence Lead', D(2017, 9, 30), 'Achieved', 'Care group reports issued every quarter since October.'],
      ['A2', 'Hold recruitment open days in the two wards with the lowest BME representation at Band 6.', 'WRES 1, 2', ['1', '2'], 'Director of People', 'Resourcing Manager', D(2017, 12, 31), 'Partially achieved', 'One open day held; second moved to May 2018.'],
      ['A3', 'Use values-based interview questions agreed with the BME staff network for all Band 5–7 posts.', 'WRES 2', ['2'], 'Director of People', 'Resourcing Manager', D(2018, 3, 31), 'Achieved', 'Question bank in use.'],
    ]],
    ['Theme B: Fair and just processes', [
      ['B1', 'Introduce a decision-making checklist before any formal investigation is started.', 'WRES 3', ['3'], 'Director of Nursing', 'Head of Employee Relations', D(2017, 10, 31), 'Achieved', 'Checklist in use on all sites.'],
      ['B2', 'Audit the allocation of study leave and non-mandatory training by ethnicity.', 'WRES 4', ['4'], 'Medical Director', 'Head of Learning and Development', D(2018, 1, 31), 'Not achieved', 'Learning system could not produce the data; carried forward.'],
      ['B3', 'Pilot an external mediation service for grievances raised by BME staff.', 'WRES 3, 8', ['3', '8'], 'Director of People', 'Head of Employee Relations', D(2017, 11, 30), 'Withdrawn', 'Replaced by the Trust-wide Just Culture review.'],
    ]],
    ['Theme C: Safe, inclusive and well-led', [
      ['C1', 'Support staff who experience racist abuse from patients with a post-incident debrief and a named contact.', 'WRES 5', ['5'], 'Director of Nursing', 'Head of Patient Safety', D(2017, 12, 31), 'Partially achieved', 'Debrief in place on acute wards only.'],
      ['C2', 'Start a reciprocal mentoring scheme pairing BME staff with members of the Executive team.', 'WRES 6, 7', ['6', '7'], 'Chief Executive', 'Head of Organisational Development', D(2018, 3, 31), 'Achieved', 'Eight pairs meeting monthly.'],
      ['C3', 'Ask the Council of Governors to promote Board vacancies through faith and community groups.', 'WRES 9', ['9'], 'Chair', 'Company Secretary', D(2018, 2, 28), 'Not achieved', 'No Board vacancies arose in the year.'],
      ['C4', 'Report progress against this plan to the Board twice a year.', 'All', ALL_WRES, 'Director of People', 'EDI Lead', D(2018, 3, 31), 'Achieved', 'Reported in October and March.'],
    ]],
  ];
  for (const [theme, rows] of themes) {
    p.line([theme], { merge: ['A', 'H'], style: { bold: true, fill: C.lilac } });
    for (const [ref, action, ind, inds, exec, lead, due, st, pos] of rows)
      p.action([ref, action, ind, exec, lead, due, st, pos], { ref, indicators: inds, theme, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: pos }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['Actions not achieved are carried forward into the 2018/19 plan.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY YEAR-END REVIEW of a MENTAL HEALTH AND LEARNING DISABILITY trust: merged bold trust title; a merged italic line 'WRES Action Plan 2017/18 – YEAR-END REVIEW (April 2018). Key: …' holding the key; a blank row; a purple header 'Action no. | Action | WRES indicator(s) | Executive lead | Delivery lead | By when | Year-end outcome | Year-end position' (row 4). Three merged lilac THEME rows ('Theme A: A workforce that reflects our communities' …) each over its actions; refs 'A1'…'C4' restart per theme; indicators 'WRES N', 'WRES 1, 2', 'All' (= all nine). Lead = Delivery lead (the Executive lead is the accountable director). By when real dates 'dd-mmm-yy'. Year-end outcome words filled Achieved green / Partially achieved amber / Not achieved red / Withdrawn GREY (rag null: the key says it no longer applies). Year-end position = progress. A carry-forward note below. Judgement calls: theme rows are themes, not actions; lead = Delivery lead, not Executive lead; the year-end outcome is the status; 'Withdrawn' is still an action of the plan (it was in the plan) with no RAG; the note line below is not an action.", { ragCol: 'G', mode: 'fill', notFrom: ['D'] });
}
