// holdout47-wres-2019-20-thamesmouth: follows Dartford and Gravesham NHS Trust's 2019 news item 'Equality and Diversity' (the first meeting of
// the Equality Diversity and Inclusion Committee on 24 April 2019): '[Skip to content]', the values strapline, the title and a misspelt repeat
// of it ('Equality and Diverity'), the meeting story (open invitation, 38 attended, the Chair's purpose, the Director of HR's and the Director of
// Nursing's presentations, the Chief Executive's world café), the three questions as '•' bullets, 'There was lively discussion …'. ASSUMED: the
// 'what you told us / what we will do' table that follows, with leads and dates in brackets.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Thamesmouth and Gravelly NHS Trust';
  const p = new Plan(book, { name: 'holdout47-wres-2019-20-thamesmouth', sheet: 'Sheet1', standard: 'WRES', period: '2019-20', trust, widths: [58, 70], font: { name: 'Calibri', size: 11 } });
  const W = { merge: ['A', 'B'] };
  p.line(['[Skip to content]'], { ...W, style: { font: { size: 8 }, color: 'FF808080' } });
  p.line(['Our values: Kindness, Respect for everyone, Aiming high, Being open, Working together'], { ...W, style: { italic: true, color: C.nhs } });
  p.line(['Equality and Diversity'], { ...W, style: { bold: true, font: { size: 16 } } });
  p.line(['Equality and Diveristy'], { ...W, style: { bold: true, font: { size: 13 } } });
  const story = [
    `The first meeting of the ${trust} Equality Diversity and Inclusion Committee took place on 24 April 2019 in the Education Centre.`,
    'Every member of staff was invited, and 41 colleagues from across the Trust came along.',
    'The Committee Chair, non-executive director Anita Quaye, welcomed everyone and explained that the Committee will be a new sub-committee of the Trust Board – one that celebrates equality, diversity and inclusion, and challenges and acts on the areas that need to improve. She said this first meeting was the start of that process.',
    'The Director of HR, Marcus Fell, gave a presentation on the protected characteristics, where our data comes from, what it shows about our staff, including our Workforce Race Equality Standard (WRES) results, and what is already being done. The Director of Nursing, Claire Odum, then spoke about keeping patients at the centre of the Committee\'s work and why our staff should reflect the communities we serve.',
    'The Chief Executive, Ruth Anand, then ran a world café. Members split into three groups, each with a facilitator and a question, and moved round the room so that every group gave its views on all three questions:',
  ];
  for (const s of story) p.line([s], { ...W, height: s.length > 200 ? 58 : s.length > 110 ? 30 : 16 });
  const qs = ['What do we do well as an organisation on equality, diversity and inclusion?', 'What are the key areas you think we need to work on?', 'Who should sit on the Committee, and how can we involve more staff and patient groups?'];
  for (const q of qs) p.line(['•' + q], W);
  p.line(['There was lively discussion and everyone took part. We have brought the groups\' feedback together below with what the Committee will do next.'], W);
  p.line(['What you told us and what we will do'], { ...W, style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.header(['You said', 'We will'], { style: { fill: C.paleblue } });
  const secs = [];
  const groups = [
    ['Question 2 – the key areas we need to work on', [
      ['Black and minority ethnic colleagues are not reaching senior posts, and do not see people like them on interview panels.', 'Train a pool of diverse interview panel members and include one on every panel for Band 7 and above', 'Director of HR', 'December 2019'],
      ['Staff who are abused by patients because of their race do not always know what to do or feel supported.', 'Agree with ward and department managers what support a colleague will get after racist abuse from a patient, and report the numbers to the Committee (WRES indicator 5)', 'Director of Nursing', 'October 2019'],
      ['Some colleagues feel disciplinary processes are not applied in the same way to everyone.', 'Review every disciplinary case from the last two years by ethnicity and bring the findings to the Committee (WRES indicator 3)', 'Director of HR', 'September 2019'],
      ['Our WRES results are not shared widely and most staff have not seen them.', 'Publish our WRES results and this plan on the intranet and in the staff newsletter, in plain English', 'Head of Communications', 'August 2019'],
    ]],
    ['Question 3 – membership and involving more people', [
      ['The Committee should include staff from every band and every site, not only managers.', 'Invite nominations from every division so that at least half of the Committee\'s members are in Bands 2 to 6', 'Committee Chair', 'July 2019'],
      ['There is no staff network for BME colleagues at the moment.', 'Support colleagues to set up a BME staff network with protected time to attend and an executive sponsor', 'Chief Executive', 'October 2019'],
      ['Patients\' voices should be heard in the Committee too.', 'Invite Healthwatch and two patient representatives to join the Committee', 'Committee Chair', ''],
    ]],
  ];
  for (const [sec, rows] of groups) {
    secs.push(p.line([sec], { ...W, border: true, style: { bold: true, fill: C.palegrey } }));
    for (const [said, will, lead, due] of rows) {
      const br = due ? `(Lead: ${lead}; by ${due})` : `(Lead: ${lead})`;
      const inds = (will.match(/WRES indicator (\d)/) || [])[1];
      p.action([said, `${will} ${br}`], { indicators: inds ? [inds] : [], theme: sec, action: will, lead, due: due ? `by ${due}` : '' }, { height: 44 });
    }
  }
  p.line(['The Committee will meet every two months and will report to the Trust Board. The next meeting is on 26 June 2019.'], W);
  p.line(['Posted: 3 May 2019'], { ...W, style: { font: { size: 9 }, color: 'FF808080' } });
  p.line(['Share this page'], { ...W, style: { font: { size: 9 }, color: 'FF0563C1' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional district general hospital trust) following a real published trust NEWS ITEM about its first Equality Diversity and Inclusion Committee meeting (Dartford and Gravesham's, 2019), copied from the web page to a sheet: '[Skip to content]', the values strapline, the title and a MISSPELT repeat of it ('Equality and Diveristy', as the real page repeats its title with a typo), five story paragraphs (who attended, the Chair's purpose, the Director of HR's presentation mentioning the WRES results, the Chief Executive's world café), the three world-café QUESTIONS as '•' bullets, a linking paragraph, then 'What you told us and what we will do' (row 14), a two-column header 'You said | We will' (row 15), two SECTION rows naming the question each group answers, seven rows, and three closing lines (next meeting date, 'Posted:', 'Share this page'). The LEAD AND DATE ARE IN A BRACKET at the end of each 'We will' cell ('(Lead: Director of HR; by December 2019)'); one bracket has a lead only. Judgement calls: each 'We will' is an action; the gold action is the 'We will' text WITHOUT its bracket; lead and due read from the bracket (due as written there, 'by December 2019'; '' where the bracket has no date); the 'You said' cell is the staff feedback behind the action – context, not an outcome or progress; indicators only where the action names one ('(WRES indicator 5)' → ['5']), [] otherwise – the plan is the trust's WRES response but most actions name no indicator and none is guessed; theme = the section row ('Question 2 – the key areas we need to work on'); the questions, story paragraphs, the next-meeting date, 'Posted: 3 May 2019' and the names of the people in the story give no gold field; no status, rag null.", { sections: secs, inText: 'B', notFrom: ['A'], forbidden: ['Anita Quaye', 'Marcus Fell', 'Ruth Anand', 'Claire Odum', '26 June 2019', '3 May 2019', '24 April 2019'] });
}
