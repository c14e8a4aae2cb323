// holdout24-wres-2023-24-lydcombe: follows a trust's 'Workforce Race Equality Standard Action plan 2023' (the 2023 key action
// areas plan, a shared fixture's source, which does not name the trust): an intro, a 'Progress Key' of three coloured cells (On Track / Slippage Likely /
// Critical), then 'Key Action Area – …' sections each with 'Metric | Current Actions | Update | Intended Outcome / Actions | Lead |
// Timescales | Progress', the Progress cell only a colour.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lydcombe University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout24-wres-2023-24-lydcombe', sheet: 'WRES 2023', standard: 'WRES', period: '2023-24', trust, widths: [34, 44, 46, 36, 24, 16, 10] });
  p.line([`${trust} – Workforce Race Equality Standard Action plan 2023`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['The actions below work towards the WRES metrics and were approved by the Trust Board on 26 October 2023. Each has a lead, a timescale and an intended outcome, with a progress tracker.'], { merge: ['A', 'G'], height: 28 });
  p.line(['Progress Key'], { style: { bold: true } });
  p.line(['On Track', '', ''], { styles: [{ fill: C.green }], border: true });
  p.line(['Slippage Likely'], { styles: [{ fill: C.amber }], border: true });
  p.line(['Critical'], { styles: [{ fill: C.red, color: C.white }], border: true });
  const P = { G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red'] };
  const areas = [
    ['Key Action Area – Representative Workforce and Recruitment', [
      ['To increase the % of BME staff in AfC Bands 1-9 and VSM (including Executive Board members) so that it reflects the local population.', ['1'], [
        ['Overseas recruitment of nurses and doctors through monthly cohorts until March 2024, with a pastoral support team.', '92 nurses recruited so far; retention above 95%; pastoral team doubled in size.', 'Fill inpatient vacancies; BME clinical workforce grows as a result. Monitor turnover of internationally educated nurses.', 'Chief Nurse', 'March 2024', 'G'],
        ['Reciprocal mentoring between BME staff and senior leaders in every care group.', 'Cohort 2 matched in September; cohort 1 evaluation written.', 'Senior leaders understand barriers; BME mentors gain visibility.', 'Head of OD', 'December 2023', 'G'],
      ]],
      ['Relative likelihood of White applicants being appointed from shortlisting compared with BME applicants.', ['2'], [
        ['Diverse interview panels for all posts at Band 7 and above, with trained inclusion panel members.', 'Panel pool of 40 trained; coverage 61% of Band 7+ interviews.', 'Relative likelihood below 1.25 in the 2024 return.', 'Head of Resourcing', 'March 2024', 'A'],
      ]],
    ]],
    ['Key Action Area – Culture and Belonging', [
      ['BME staff experiencing harassment, bullying or abuse from patients, relatives, the public or staff.', ['5', '6'], [
        ['Zero-tolerance campaign on racist abuse, with a support pathway for staff who experience it.', 'Campaign launched in emergency department; pathway drafted but not yet agreed.', 'Fewer BME staff report abuse in the 2023 survey; every incident followed up.', 'Director of People', 'January 2024', 'R'],
        ['Cultural awareness training for all line managers.', '38% of managers trained so far.', 'Managers confident to tackle discrimination.', 'Head of Learning', 'March 2024', 'A'],
      ]],
      ['BME staff believing the Trust offers equal opportunities for career progression.', ['7'], [
        ['Talent conversations for all BME staff at Band 5 and 6 through appraisal.', 'Appraisal form updated; reporting from November.', 'Gap in the staff survey answer narrows.', 'Head of Talent', 'March 2024', 'G'],
      ]],
    ]],
  ];
  for (const [area, metrics] of areas) {
    p.blank();
    (p.secs ||= []).push(p.line([area], { style: { bold: true, font: { size: 12 } } }));
    p.header(['Metric', 'Current Actions', 'Update', 'Intended Outcome / Actions', 'Lead', 'Timescales', 'Progress'], { style: { fill: C.palegrey } });
    for (const [metric, codes, acts] of metrics) {
      const first = p.r + 1;
      acts.forEach(([a, upd, out, lead, due, l], i) => p.action([i === 0 ? metric : undefined, a, upd, out, lead, due, ''], { ref: '', indicators: codes, theme: area, action: a, lead, due, status: '', rag: P[l][1], progress: upd, outcome: out }, { styles: [{}, {}, {}, {}, {}, {}, { fill: P[l][0] }] }));
      mergeDown(p.ws, 'A', first, p.r);
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute teaching trust) following a real published 'Workforce Race Equality Standard Action plan 2023' laid out by KEY ACTION AREA (the shared fixture 'wres-2023-key-action-areas', whose source does not name the trust): a title line, an intro on Board approval, a 'Progress Key' label over THREE KEY CELLS filled green / amber / red with the words 'On Track', 'Slippage Likely', 'Critical', then two areas, each a blank row, a bold heading 'Key Action Area – Representative Workforce and Recruitment' / 'Key Action Area – Culture and Belonging' and a REPEATED grey header 'Metric | Current Actions | Update | Intended Outcome / Actions | Lead | Timescales | Progress'. The Metric cell is the trust's own wording of the metric's goal, MERGED DOWN over its one or two actions, with no metric number. The PROGRESS CELL HOLDS NO WORD – only its fill (green / amber / red). Judgement calls: action = Current Actions; Update = progress; Intended Outcome / Actions = outcome (it states results to look for, not further actions); theme = the Key Action Area heading above; indicators read from the MEANING of the merged metric wording (BME staff in AfC bands = 1, appointment from shortlisting = 2, harassment from patients or staff = 5 and 6, equal opportunities for progression = 7) since no number is written; status '' (no word) and rag = the Progress cell's fill as the key decodes it (On Track green, Slippage Likely amber, Critical red) – the key's words are not copied in as statuses; the key rows are non-action rows.", { sections: p.secs, sameHeaders: true, colourOnly: { col: 'G', progress: false }, ragCol: 'G', mode: 'fill' });
}
