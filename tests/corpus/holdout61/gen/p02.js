// holdout61-wdes-2022-23-brindle: mental health trust's INCLUSION PLAN in WORKSTREAM SECTIONS – three WDES metric workstreams, then
// Neurodiversity, Menopause and Gender Pay Gap workstreams in the same grid; due = End, not Start; RAG letters on fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brindle Valley Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout61-wdes-2022-23-brindle', sheet: 'Inclusion plan', standard: 'WDES', period: '2022-23', trust, widths: [7, 56, 28, 12, 12, 9, 44], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 15 } } });
  p.line(['Inclusion Action Plan 2022-23: disability, neurodiversity, menopause and gender pay'], { merge: ['A', 'G'], style: { bold: true, color: C.purple } });
  p.line(['Plan owner: Deputy Director of People', undefined, undefined, 'Last updated: 31/01/2023'], { merge: [['A', 'C'], ['D', 'G']], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'Responsible', 'Start', 'End', 'RAG', 'Comments'], { style: { fill: C.purple, color: C.white } });
  const F = 'dd/mm/yyyy';
  const RAG = { C: [C.blue, 'blue'], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red'] };
  const secs = [
    ['WDES Metrics 4a and 4b – Harassment, bullying and abuse, and reporting it', ['4a', '4b'], [
      ['1.1', 'Run "Speak Up, Be Heard" sessions in every inpatient ward on how disabled staff can report abuse from service users.', 'Head of Security and Violence Reduction', D(2022, 5, 1), D(2022, 12, 31), 'G', '11 of 14 wards done.'],
      ['1.2', 'Add a disability question to the exit interview and report leavers who cite harassment each quarter.', 'HR Business Partner (Workforce Information)', D(2022, 6, 1), D(2022, 9, 30), 'C', 'Question live in the exit survey from August.'],
    ]],
    ['WDES Metric 8 – Reasonable adjustments', ['8'], [
      ['2.1', 'Bring in a Reasonable Adjustments Passport that moves with the colleague when they change team.', 'Head of Occupational Health', D(2022, 4, 1), D(2022, 10, 31), 'C', 'Launched 3 October.'],
      ['2.2', 'Hold adjustment equipment centrally so it can be issued within ten working days.', 'Estates and Facilities Manager', D(2022, 9, 1), D(2023, 3, 31), 'A', 'Budget agreed; store room not yet found.'],
    ]],
    ['WDES Metric 9b – Disabled staff voice', ['9b'], [
      ['3.1', 'Give the Disability and Wellbeing Network chair protected time of one day a month and a seat at the People Committee.', 'Director of People', D(2022, 4, 1), D(2022, 6, 30), 'C', ''],
    ]],
    ['Neurodiversity', [], [
      ['4.1', 'Train 40 managers in supporting neurodivergent colleagues, using the network\'s lived-experience material.', 'Learning and Development Lead', D(2022, 7, 1), D(2023, 3, 31), 'G', 'Two cohorts trained (26 managers).'],
      ['4.2', 'Offer interview questions in advance to every candidate who asks for them.', 'Recruitment Manager', D(2022, 10, 1), D(2023, 1, 31), 'R', 'Not yet agreed with medical recruitment.'],
    ]],
    ['Menopause', [], [
      ['5.1', 'Achieve menopause-friendly employer accreditation.', 'Health and Wellbeing Lead', D(2022, 4, 1), D(2023, 3, 31), 'A', 'Application drafted; evidence gaps on estates.'],
      ['5.2', 'Start monthly menopause cafés on each of the three main sites.', 'Women\'s Network Chair', D(2022, 5, 1), D(2022, 8, 31), 'C', 'Running since June.'],
    ]],
    ['Gender Pay Gap', [], [
      ['6.1', 'Publish the gender pay gap report with an action summary for each directorate.', 'Head of Reward', D(2023, 1, 1), D(2023, 3, 30), 'G', 'Data signed off; narrative in draft.'],
    ]],
  ];
  const sr = [], secInds = {}, other = [];
  for (const [head, inds, acts] of secs) {
    const s = p.line([head], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.lilac } }); sr.push(s); secInds[s] = inds;
    for (const [ref, act, lead, st, end, rag, com] of acts) {
      const r = p.action([ref, act, lead, st, end, rag, com], { ref, indicators: inds, theme: head, action: act, lead, due: shown(end, F), status: rag, rag: RAG[rag][1], progress: com },
        { styles: [{}, {}, {}, { numFmt: F }, { numFmt: F }, { fill: RAG[rag][0], bold: true, alignment: { horizontal: 'center' } }] });
      if (!inds.length) other.push(r);
    }
  }
  p.blank();
  p.line(['RAG: C = complete (blue)  G = on track  A = some slippage  R = off track'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust) kept as an INCLUSION ACTION PLAN in WORKSTREAM SECTIONS: trust name, a purple title naming the plan's scope (disability, neurodiversity, menopause, gender pay), an owner / last-updated line, a blank row, one header 'Ref | Action | Responsible | Start | End | RAG | Comments' (row 5), then six lilac merged workstream rows each over its actions: three WDES workstreams whose headings NAME THE METRICS ('WDES Metrics 4a and 4b – …', 'WDES Metric 8 – Reasonable adjustments', 'WDES Metric 9b – Disabled staff voice') and three other EDI workstreams ('Neurodiversity', 'Menopause', 'Gender Pay Gap'); a RAG key line at the foot. Judgement calls: every row under every workstream is an action of the plan – the neurodiversity, menopause and gender pay gap rows as much as the WDES ones; indicators come from the WORKSTREAM HEADING (no metric column): 'Metrics 4a and 4b' → ['4a','4b'], 'Metric 8' → ['8'], 'Metric 9b' → ['9b']; the other workstreams name no metric → [] (neurodiversity support is disability work, but no metric is named and the plan puts it outside the WDES headings); theme = the workstream heading; ref as written (1.1 …); due = End (never Start), shown dd/mm/yyyy; status = the RAG letter, rag = its fill (C = blue complete, G green, A amber, R red); progress = Comments ('' on row 11); the owner line is not a lead and the last-updated date is not a due.", { mode: 'fill', ragCol: 'F', otherWork: other, sections: sr, secInds, dueFrom: ['E'], leadCol: 'C' });
}
