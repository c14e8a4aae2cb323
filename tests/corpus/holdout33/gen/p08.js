// holdout33-wres-2019-20-tamarisk: follows the opening of Livewell Southwest CIC's published 'Equality, Diversity and Inclusion June 2019 -
// June 2022 Workforce Strategy' (vdocuments.site/equality-diversity-inclusion-strategy-v3-…): the title with its period, the strapline 'We
// support people to lead independent, healthy lives', a 'Forward by Chief Executive, Dr …' section that says the pledges are backed by 'an
// action plan of measurable objectives'. The pledge headings and the objectives table under each are ASSUMED from that sentence.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tamarisk Community Health CIC';
  const p = new Plan(book, { name: 'holdout33-wres-2019-20-tamarisk', sheet: 'EDI Strategy Year 1', standard: 'WRES', period: '2019-20', trust, widths: [56, 12, 28, 12, 40], font: { name: 'Arial', size: 10 } });
  p.line(['Equality, Diversity and Inclusion'], { merge: ['A', 'E'], style: { bold: true, font: { size: 16 }, color: C.purple } });
  p.line(['June 2019 – June 2022 Workforce Strategy'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['We help people in our communities to live well and independently'], { merge: ['A', 'E'], style: { italic: true, color: C.purple } });
  p.blank();
  p.line(['Foreword by Chief Executive, Dr Lena Ashworth'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['I am pleased to introduce our workforce equality, diversity and inclusion strategy for the next three years. Everyone who works for Tamarisk should feel respected and able to give their best, whatever their background. We have set out three pledges and backed them with an action plan of measurable objectives for each year, starting with the Workforce Race Equality Standard objectives below for 2019/20.'], { merge: ['A', 'E'], height: 64 });
  p.line([`Dr Lena Ashworth, Chief Executive, ${trust}`], { merge: ['A', 'E'], style: { italic: true } });
  p.blank();
  p.line(['Year 1 action plan 2019/20 – Workforce Race Equality Standard'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 }, fill: C.lilac } });
  const secs = [];
  const pledges = [
    ['Pledge 1: We will recruit and develop fairly', [
      ['Introduce name-blind shortlisting for all posts advertised through NHS Jobs.', '2', 'Recruitment Manager', 'Oct 2019', 'Shortlisting ratio for BME and white applicants within 0.8–1.25.'],
      ['Publish our workforce profile by ethnicity and band each year alongside the WRES return.', '1', 'Workforce Intelligence Lead', 'Sep 2019', 'Profile published on the website.'],
      ['Ring-fence places for BME staff on the Aspiring Leaders programme.', '7', 'Head of Learning and Development', 'Mar 2020', 'Four BME staff complete the programme.'],
    ]],
    ['Pledge 2: We will treat people fairly when things go wrong', [
      ['Have an independent reviewer check every decision to start a formal disciplinary case against a BME member of staff.', '3', 'Head of People Services', 'Dec 2019', 'Relative likelihood of formal disciplinary below 1.25.'],
      ['Train all managers who chair hearings in fair and inclusive investigation.', '3', 'Head of People Services', 'Mar 2020', '90% of hearing chairs trained.'],
    ]],
    ['Pledge 3: We will make Tamarisk a place where everyone belongs', [
      ['Start a BME staff network with an executive sponsor and time off to attend.', 'All', 'Director of People', 'Nov 2019', 'Network meeting every two months.'],
      ['Ask home visiting teams to report racist abuse from patients and relatives and support staff who report it.', '5 and 6', 'Head of Quality and Safety', 'Jan 2020', 'Reports by ethnicity in the quarterly safety report.'],
      ['Add a question on discrimination to the quarterly pulse survey and share the results by ethnicity with the network.', '8', 'Head of Communications', 'Feb 2020', 'Results shared each quarter.'],
    ]],
  ];
  for (const [pl, acts] of pledges) {
    secs.push(p.line([pl], { merge: ['A', 'E'], style: { bold: true, color: C.purple } }));
    p.header(['Measurable objective', 'WRES indicator', 'Lead', 'By', 'Evidence of success'], { style: { fill: C.palegrey } });
    for (const [a, ind, lead, by, ev] of acts) {
      const inds = ind === 'All' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : ind.split(/\s*and\s*/);
      p.action([a, ind, lead, by, ev], { indicators: inds, theme: pl, action: a, lead, due: by, outcome: ev }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community interest company providing NHS community services) laid out like the opening of a real CIC's published workforce EDI strategy (Livewell Southwest's 'Equality, Diversity and Inclusion June 2019 - June 2022 Workforce Strategy'): a title, the strategy period 'June 2019 – June 2022', a strapline, 'Foreword by Chief Executive, Dr Lena Ashworth' with a paragraph and a signature line naming the chief executive and the organisation, then the band 'Year 1 action plan 2019/20 – Workforce Race Equality Standard' and three PLEDGE headings ('Pledge 1: …'), each with its own repeated header 'Measurable objective | WRES indicator | Lead | By | Evidence of success'. Judgement calls: each measurable objective is an action; theme = its pledge heading; the chief executive named in the foreword and signature is not any action's lead (lead = the Lead column); 'June 2022' is the end of the strategy, not a due; indicators from the WRES indicator column – 'All' = indicators 1 to 9, '5 and 6' → ['5','6']; due = By as written ('Oct 2019', text); outcome = Evidence of success; the strapline, foreword and year band are context; no status.", { sections: secs, sameHeaders: true, forbidden: ['Dr Lena Ashworth', 'June 2022', 'June 2019 – June 2022'] });
}
