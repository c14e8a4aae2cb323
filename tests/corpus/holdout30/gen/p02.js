// holdout30-wdes-2021-22-heronsgate: a mental health trust's disability network admin typed the agreed WDES actions as TEXT in column A –
// capitalised topic lines naming metrics, numbered lines with 'owner …' and 'by …' inside them, a reminder and an AOB line.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Heronsgate Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout30-wdes-2021-22-heronsgate', sheet: 'actions', standard: 'WDES', period: '2021-22', trust, widths: [120], font: { name: 'Arial', size: 11 } });
  p.line([trust], { style: { bold: true } });
  p.line(['Disability & Neurodiversity Network - WDES actions we agreed for 2021/22']);
  p.line(['(typed up by Lorna from the meeting on 9 Sept 21 - pls tell me if i have missed anything off)'], { style: { italic: true } });
  p.blank();
  const secs = [];
  const topics = [
    ['RECRUITMENT (metric 2)', ['2'], [
      ['1. Put the guaranteed interview wording back on every advert and check the Trac settings - owner Sam Petrakis (Recruitment) - by end Oct', 'Sam Petrakis (Recruitment)', 'end Oct'],
      ['2. Look at shortlisting figures for disabled applicants every quarter and bring them to network - owner Sam P + EDI team - every quarter', 'Sam P + EDI team', 'every quarter'],
    ]],
    ['CAPABILITY AND BULLYING (metrics 3 and 4a)', ['3', '4a'], [
      ['3. Check the capability policy says reasonable adjustments must be looked at before any formal stage - owner HR policy group - by Dec', 'HR policy group', 'Dec'],
      ['4. Campaign on abuse from patients towards disabled staff on the wards, with posters that staff design - owner Network chair (Dev) - by Feb', 'Network chair (Dev)', 'Feb'],
      ['5. Bullying advice sessions run by FTSU guardians just for network members - owner Freedom to Speak Up team - by March 22', 'Freedom to Speak Up team', 'March 22'],
    ]],
    ['ADJUSTMENTS AND SURVEY (metrics 7, 8 and 9a)', ['7', '8', '9a'], [
      ['6. Relaunch the reasonable adjustments passport, and train managers on it (metric 8) - owner OD - by end Nov', 'OD', 'end Nov'],
      ['7. Get more staff to update disability status on ESR so the 9a numbers mean something - owner Workforce info - by Jan', 'Workforce info', 'Jan'],
      ['8. Network to write a piece for the staff bulletin before the survey opens encouraging people to say how valued they feel - owner Lorna / comms', 'Lorna / comms', ''],
    ]],
  ];
  for (const [head, inds, acts] of topics) {
    secs.push(p.line([head], { style: { bold: true, font: { underline: true } } }));
    for (const [a, lead, due] of acts) {
      const ind = /\(metric (\d+[ab]?)\)/.exec(a);
      p.action([a], { ref: a.slice(0, 1), indicators: ind ? [ind[1]] : inds, theme: head, action: a, lead, due, dueSource: due ? 'labelled' : null }, { border: false });
    }
    p.blank();
  }
  p.line(['Lorna to add the survey results when they come out in March'], { style: { italic: true } });
  p.line(['AOB - next meeting 11 Nov, teams link to follow'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust) typed as TEXT, not a table, by a disability network's admin: everything in column A of a sheet called 'actions', no borders, no header. Trust (row 1), a title line, an italic 'typed up by Lorna from the meeting on 9 Sept 21 …' line, then three CAPITALISED, underlined TOPIC LINES that name metrics ('CAPABILITY AND BULLYING (metrics 3 and 4a)'), each followed by numbered lines '1. … - owner … - by …', and at the end a reminder line and an 'AOB - next meeting 11 Nov …' line. Judgement calls: each numbered line is an action and the gold action is the whole line as typed (the action, owner and date are written into one sentence – nothing to split off without rewording); ref = the number before the full stop ('1'); lead = the words after 'owner ' up to the next ' - ' ('Sam Petrakis (Recruitment)', 'Lorna / comms') and due = the words after 'by ' ('end Oct', 'March 22'), or 'every quarter' where the line gives a frequency instead (dueSource 'labelled', read from inside the text); action 8 gives no date (due ''); theme = the topic line; indicators = the metrics the topic line names, EXCEPT where the line itself names one ('(metric 8)' on action 6 → ['8'] only); 2021 metric set ('4a', '9a'); the meeting date (9 Sept 21), the next meeting (11 Nov) and the reminder are not actions or dues; no status anywhere, rag null.", { sections: secs, forbidden: ['11 Nov', '9 Sept 21', 'Lorna'] });
}
