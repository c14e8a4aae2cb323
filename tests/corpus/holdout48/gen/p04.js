// holdout48-wres-2024-25-ravenscar: follows a mental health and learning disability trust's 'Our 28 promises' web page (RDaSH,
// https://www.rdash.nhs.uk/about-us/our-28-promises/): 'Skip to main content', the title, then groups headed 'Promises 1 to 5',
// 'Promises 6 to 12' …, each with a one-sentence goal and its numbered promises, each promise carrying its own date or start in the
// sentence ('by 2027', 'From 2024, …', 'Consistently … from 2025'). Here the same page form carries a trust's race equality promises.
// ASSUMED: the fourteen promises, their grouping and the intro paragraph; the 'Page last reviewed' line.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ravenscar Care Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout48-wres-2024-25-ravenscar', sheet: 'Our promises', standard: 'WRES', period: '2024-25', trust, widths: [6, 110], font: { name: 'Segoe UI', size: 10 } });
  const M = ['A', 'B'];
  p.line(['Skip to main content'], { merge: M, style: { font: { size: 8, color: { argb: 'FF808080' } } } });
  p.line(['Our race equality promises'], { merge: M, style: { bold: true, font: { size: 18 }, color: C.purple }, height: 26 });
  p.line([`In our Race Equality Plan 2024/25, ${trust} makes fourteen promises to our colleagues from ethnic minority backgrounds. They answer what our Workforce Race Equality Standard data and our Race Equality Network told us, and each says when it will be done.`], { merge: M, height: 44 });
  const groups = [
    ['Promises 1 to 4', 'Build a workforce that reflects the communities we serve, at every level.', [
      ['Publish ethnicity representation goals for every band from 8a upwards, and report progress against them to the Board, by September 2024 (WRES indicator 1).', ['1'], 'September 2024'],
      ['Put a trained inclusion panel member on every interview panel for posts at Band 7 and above by December 2024 (WRES indicator 2).', ['2'], 'December 2024'],
      ['From April 2024, offer every ethnic minority applicant who is not appointed after interview a feedback conversation with the recruiting manager.', [], ''],
      ['Work with two local colleges to bring 30 people from our most diverse neighbourhoods into healthcare support worker roles by March 2025.', [], 'March 2025'],
    ]],
    ['Promises 5 to 8', 'Make every step of a career fair and open.', [
      ['Give every colleague at Bands 5 to 7 a career conversation as part of their appraisal by March 2025 (WRES indicator 7).', ['7'], 'March 2025'],
      ['Open our Moving Up programme to 40 ethnic minority colleagues each year, with a sponsor from the senior leadership team.', [], ''],
      ['Publish who takes part in non-mandatory training and CPD, by ethnicity, in our annual people report by July 2024 (WRES indicator 4).', ['4'], 'July 2024'],
      ['Review how acting-up and secondment opportunities are advertised so that every one is open to all by October 2024.', [], 'October 2024'],
    ]],
    ['Promises 9 to 12', 'Make sure no colleague faces racism alone.', [
      ['Bring in a reporting route for racist abuse from patients, carers and the public, with a named manager to follow up each report, by November 2024 (WRES indicator 5).', ['5'], 'November 2024'],
      ['Check every proposed formal disciplinary case involving an ethnic minority colleague with a second senior manager before it goes ahead (WRES indicator 3).', ['3'], ''],
      ['Train every line manager in responding to racism raised by their team by March 2025 (WRES indicators 6 and 8).', ['6', '8'], 'March 2025'],
      ['Give the Race Equality Network chair two days a month of protected time from May 2024.', [], ''],
    ]],
    ['Promises 13 and 14', 'Hold ourselves to account.', [
      ['Give every Board member a race equality objective that is reviewed in their appraisal by June 2024 (WRES indicator 9).', ['9'], 'June 2024'],
      ['Report progress on each of these promises to the People Committee every quarter and publish a summary on this page each year.', [], ''],
    ]],
  ];
  let n = 0;
  for (const [h, goal, items] of groups) {
    p.blank();
    p.line([h], { merge: M, style: { bold: true, font: { size: 13 } } });
    p.line([goal], { merge: M, style: { italic: true } });
    for (const [t, inds, due] of items) { n++; p.action([`${n}.`, t], { ref: String(n), indicators: inds, theme: goal, action: t, due, dueSource: due ? 'action text' : null }, { border: false, styles: [{ alignment: { horizontal: 'right', vertical: 'top' } }] }); }
  }
  p.blank();
  p.line(['Page last reviewed: 2 April 2024'], { merge: M, style: { font: { size: 8, color: { argb: 'FF808080' } } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability foundation trust) laid out like a real trust's 'Our 28 promises' web page (RDaSH's) copied into a two-column sheet with no borders: 'Skip to main content', the title 'Our race equality promises', an intro paragraph naming the trust and the Race Equality Plan 2024/25, then four groups, each a bold heading ('Promises 1 to 4', 'Promises 13 and 14'), an italic one-sentence goal, and its numbered promises (number '1.' in column A, the promise in column B), and a 'Page last reviewed' line. There is no table, no header and no lead, status or date column: each promise carries its own date inside the sentence, and some name a WRES indicator in brackets. Judgement calls: every numbered promise is an action (ref = its number); theme = the group's goal sentence (the 'Promises n to m' heading is only a label); due read from the sentence only where it says BY when ('by September 2024' → 'September 2024', dueSource 'action text'); 'From April 2024, …' and 'from May 2024' are starts, 'each year' / 'every quarter' frequencies – due '' and dueSource null; indicators only where the promise names one ('(WRES indicators 6 and 8)' → ['6','8']); a promise that names none has [] even where its subject matches an indicator (promise 3, feedback after interview; promise 6, the Moving Up programme); lead '' throughout ('we' is the trust); the review date is not a due; status '' and rag null.", {});
}
