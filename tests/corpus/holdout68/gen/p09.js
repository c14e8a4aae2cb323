// holdout68-wres-2020-21-ashbournevale: mental health trust; a one-column ANNUAL REPORT PAGE per indicator: 'What we said we would do
// in 2019/20', 'What we did', 'In 2020/21 we will:' with numbered lines that carry '(Lead: …; by …)' in the text.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashbourne Vale Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout68-wres-2020-21-ashbournevale', sheet: 'WRES report 2020', standard: 'WRES', period: '2020-21', trust, widths: [100], font: { name: 'Arial', size: 11 } });
  const M = { merge: undefined, border: false };
  p.line([`${trust}`], { style: { bold: true, font: { size: 15 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard report and action plan 2020/21'], { style: { bold: true, font: { size: 13 } } });
  p.line(['For each indicator we look back at what we said we would do last year, what actually happened, and set out what we will do in 2020/21. Leads and dates are shown in brackets after each commitment.'], { height: 44 });
  p.blank();
  const sect = [
    ['Indicator 2 – appointment from shortlisting', 'Relative likelihood of White applicants being appointed from shortlisting: 1.71 (2019), 1.58 (2020).',
      'What we said we would do in 2019/20: train every recruiting manager in fair recruitment.', 'What we did: 184 managers trained; the gap has narrowed but remains above 1.25.',
      ['1. Add an independent diversity assessor to every panel for Band 7 and above posts (Lead: Head of Recruitment; by October 2020).', 'Head of Recruitment', 'October 2020'],
      ['2. Publish appointment rates by ethnicity for each care group every six months (Lead: Workforce Intelligence Manager; by March 2021).', 'Workforce Intelligence Manager', 'March 2021']],
    ['Indicator 3 – formal disciplinary', 'Relative likelihood of BME staff entering formal disciplinary: 1.42 (2019), 1.66 (2020).',
      'What we said we would do in 2019/20: ask an HR manager to review each case before it becomes formal.', 'What we did: this started in January 2020 but paused during the first COVID-19 wave.',
      ['1. Restart pre-formal review of all cases, adding a member of the BME Staff Network as a second reviewer (Lead: Deputy Director of People; by August 2020).', 'Deputy Director of People', 'August 2020']],
    ['Indicators 5 and 6 – bullying, harassment and abuse', 'BME staff experiencing harassment from patients: 33.0%; from staff: 28.4% (2019 survey).',
      'What we said we would do in 2019/20: start a campaign against abuse from patients on inpatient wards.', 'What we did: the "Respect" campaign ran on 12 wards and will now be extended.',
      ['1. Extend the Respect campaign to community teams and the crisis service (Lead: Director of Nursing; by December 2020).', 'Director of Nursing', 'December 2020'],
      ['2. Train 40 colleagues as Freedom to Speak Up champions drawn from BME staff (Lead: Freedom to Speak Up Guardian; by January 2021).', 'Freedom to Speak Up Guardian', 'January 2021']],
    ['Indicator 7 – equal opportunities for career progression', 'BME staff believing the trust provides equal opportunities: 71% (2019) against 86% for White staff.',
      'What we said we would do in 2019/20: offer a mentoring scheme for BME nurses.', 'What we did: 22 pairs matched; feedback from mentees was very positive.',
      ['1. Open the mentoring scheme to allied health professionals and administrative staff (Lead: Head of Leadership Development; by November 2020).', 'Head of Leadership Development', 'November 2020'],
      ['2. Give every BME member of staff at Band 5 and 6 a career conversation at appraisal, recorded on ESR (Lead: Care group directors; by March 2021).', 'Care group directors', 'March 2021']],
    ['Indicator 9 – Board', 'BME Board members: 1 of 13 (7.7%); BME workforce: 14.9%.',
      'What we said we would do in 2019/20: ensure diverse shortlists for Board appointments.', 'What we did: one BME non-executive director appointed in February 2020.',
      ['1. Set up a Board shadowing programme for two BME senior leaders each year (Lead: Chair; by September 2020).', 'Chair', 'September 2020']],
  ];
  const IND = { 'Indicator 2': ['2'], 'Indicator 3': ['3'], 'Indicators 5 and 6': ['5', '6'], 'Indicator 7': ['7'], 'Indicator 9': ['9'] };
  const prior = [];
  for (const [head, data, said, did, ...acts] of sect) {
    p.line([head], { style: { bold: true, fill: C.paleblue, font: { size: 12 } } });
    p.line([data], { style: { italic: true } });
    prior.push(p.line([said], { height: 30 })); prior.push(p.line([did], { height: 30 }));
    p.line(['In 2020/21 we will:'], { style: { bold: true } });
    const inds = IND[head.split(' –')[0]];
    for (const [t, l, d] of acts) p.action([t], { indicators: inds, theme: head, action: t, lead: l, due: d, dueSource: 'labelled' }, { border: false, height: 30 });
    p.blank();
  }
  p.line(['Approved by the Board of Directors on 27 August 2020 and published on our website.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community trust) written as an ANNUAL REPORT PAGE in ONE WIDE COLUMN (A): trust name, title 'WRES report and action plan 2020/21', an intro saying leads and dates follow each commitment in brackets, then per indicator a pale-blue heading ('Indicator 2 – appointment from shortlisting', 'Indicators 5 and 6 – …'), an italic data line, a 'What we said we would do in 2019/20: …' line, a 'What we did: …' line, a bold 'In 2020/21 we will:' line and one to two NUMBERED commitment lines ('1. … (Lead: Head of Recruitment; by October 2020).'), a blank row; an approval line at the end. No table, no header. Judgement calls: the actions are the numbered lines under 'In 2020/21 we will:' (this year's plan); the 'What we said…' lines are last year's commitments and 'What we did' is their outcome – non-action rows; the data lines and 'In 2020/21 we will:' labels are not actions. Action = the whole line as written (number and bracket included); ref '' (the numbers restart under every indicator, so they are list markers, not refs); lead = the name after 'Lead:' and due = the date after 'by' inside the bracket (dueSource 'labelled'); theme = the indicator heading; indicators from the heading ('Indicators 5 and 6' → ['5','6']); status '' and rag null; the Board approval date is not a due.", { priorRows: prior, forbidden: ['27 August 2020'] });
}
