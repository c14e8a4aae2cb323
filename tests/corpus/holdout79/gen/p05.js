// holdout79-wdes-2021-22-lydstowe: acute trust WDES plan published as numbered paragraphs; each action ends with its lead and date in
// brackets '(Lead: …; by …)'; italic 'Update, December 2021:' paragraphs added under some actions; a done paragraph, findings and an
// assurance paragraph among them.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lydstowe Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout79-wdes-2021-22-lydstowe', sheet: 'WDES plan', standard: 'WDES', period: '2021-22', trust, widths: [6, 112], font: { name: 'Verdana', size: 9 } });
  p.ws.views = [{ showGridLines: false }];
  p.line([trust], { merge: ['A', 'B'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard: our plan for 2021/22'], { merge: ['A', 'B'], style: { bold: true } });
  p.line(['Published October 2021. Updates added in December 2021 are shown in italics under the paragraph they refer to.'], { merge: ['A', 'B'], style: { italic: true, color: 'FF595959' } });
  p.blank();
  const secs = []; let theme = null;
  const H = (t, list = true) => { const r = p.line([t], { merge: ['A', 'B'], style: { bold: true, color: 'FF00A499' } }); if (list) { secs.push(r); theme = t; } return r; };
  const data = [];
  const P = (no, t) => { const r = p.line([no, t]); data.push(r); return r; };
  const A = (no, t, lead, due, inds, upd) => {
    const r = p.action([no, t], { ref: no, action: t, theme, indicators: inds, lead, due, dueSource: 'labelled', progress: upd || '' }, { border: false });
    if (upd) { const u = p.line(['', upd], { style: { italic: true, color: 'FF595959', alignment: { indent: 2 } } }); }
    return r;
  };
  H('1. About this plan', false);
  P('1.1', 'This plan follows our 2021 WDES return. It was shaped by the Lydstowe Ability Network at two workshops in August 2021.');
  P('1.2', 'Disabled staff were 1.31 times more likely to enter the formal capability process (metric 3), and only 62% said their employer had made adequate adjustments for them (metric 8).');
  p.blank();
  H('2. Being heard');
  A('2.1', 'Give the Ability Network chair a place on the People Committee and two days a month of protected time (metric 9b) (Lead: Chief People Officer; by October 2021).', 'Chief People Officer', 'October 2021', ['9b'], 'Update, December 2021: the chair attended the November People Committee; protected time agreed with her line manager.');
  A('2.2', 'Hold listening events for disabled staff on night shifts and in community teams, at times they can attend (metric 9a) (Lead: Ability Network chair; by January 2022).', 'Ability Network chair', 'January 2022', ['9a']);
  P('2.3', 'We held the first \'Ask the Exec\' session for disabled staff in July 2021; 38 people attended and the questions and answers are on the intranet.');
  p.blank();
  H('3. Adjustments and wellbeing');
  A('3.1', 'Replace the paper adjustments form with a digital passport that follows the member of staff between teams (metric 8) (Lead: Head of Wellbeing; by 30 November 2021).', 'Head of Wellbeing', '30 November 2021', ['8'], 'Update, December 2021: complete – the passport has been live on the intranet since 1 November 2021.');
  A('3.2', 'Set up a central budget for adjustments so that a team\'s own budget no longer decides whether equipment is bought (metric 8) (Lead: Director of Finance; by end of Q3).', 'Director of Finance', 'end of Q3', ['8']);
  A('3.3', 'Brief line managers on presenteeism and on phased returns after sickness, using stories from Network members (metric 6) (Lead: Head of Occupational Health and the Deputy Director of Nursing; by March 2022).', 'Head of Occupational Health and the Deputy Director of Nursing', 'March 2022', ['6']);
  p.blank();
  H('4. Fair processes');
  P('4.1', 'Eleven capability cases in 2020/21 involved disabled staff; in seven of them no adjustment had been discussed before the first formal meeting.');
  A('4.2', 'Require an adjustments conversation, recorded on ESR, before any formal capability meeting (metric 3) (Lead: Head of Employee Relations; by December 2021).', 'Head of Employee Relations', 'December 2021', ['3'], 'Update, December 2021: delayed – the ESR change waits for the national release, now expected in February 2022.');
  A('4.3', 'Add disability to the Datix harassment fields and remind staff through the Network how to report abuse (metrics 4a and 4b) (Lead: Head of Health and Safety; by March 2022).', 'Head of Health and Safety', 'March 2022', ['4a', '4b']);
  A('4.4', 'Guarantee an interview to disabled applicants who meet the essential criteria, and check appointment rates every quarter (metric 2) (Lead: Recruitment Manager; by end of Q3).', 'Recruitment Manager', 'end of Q3', ['2']);
  p.blank();
  H('5. How we will check progress', false);
  P('5.1', 'The People Committee receives this plan, with updates, in December 2021 and June 2022.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT). Sheet 'WDES plan', gridlines off, Verdana 9: trust, title, an italic line saying December 2021 updates are in italics under their paragraph, then green headings merged A:B ('1. About this plan', '2. Being heard', '3. Adjustments and wellbeing', '4. Fair processes', '5. How we will check progress') over numbered paragraphs (number in A, text in the wide column B). No header row and no lead / date columns: every action ends with its metric in brackets and then '(Lead: …; by …)'. Judgement calls: an action is a paragraph ending '(Lead: …; by …)' (2.1, 2.2, 3.1, 3.2, 3.3, 4.2, 4.3, 4.4); 1.1 is context, 1.2 and 4.1 are findings, 2.3 says what WAS done ('We held …'), 5.1 is the assurance route – none is an action. Action = the paragraph cell as written, brackets included; ref = its paragraph number; lead = the words after 'Lead:' as written, kept whole when they name two posts (3.3); due = the words after 'by' as written ('October 2021', 'end of Q3', '30 November 2021'; dueSource 'labelled'); indicators = the metric(s) in the first bracket ('metrics 4a and 4b' → both); theme = the heading above (sections 2–4). The italic 'Update, December 2021: …' rows under 2.1, 3.1 and 4.2 are those actions' PROGRESS (non-action rows, taken whole); 4.2's update names February 2022 as the new expected date, but the plan's own date stays the due ('December 2021'); 3.1's 'complete' is written only in the update, so status stays '' (no status column) and rag null. The 'Ability Network chair' leads 2.2 because its bracket says so; the People Committee of 5.1 leads nothing.", { sections: secs, prose: { leadInText: true }, dataRows: data, forbidden: ['People Committee', 'February 2022', 'June 2022', 'August 2021', '1 November 2021'] });
}
