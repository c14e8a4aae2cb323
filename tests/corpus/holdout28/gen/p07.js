// holdout28-wres-2024-25-kennetvale: follows NHS England's "NHS equality, diversity, and inclusion improvement plan" long read
// (https://www.england.nhs.uk/long-read/nhs-equality-diversity-and-inclusion-improvement-plan/ ; the HIA actions with their bracketed
// deadlines as summarised by NHS Employers, https://www.nhsemployers.org/articles/nhs-equality-diversity-and-inclusion-edi-improvement-plan):
// 'A note on language', then 'High impact action 1' … 'High impact action 6', each with its wording and bullet actions ending with a
// deadline in brackets ('(by March 2024)', '(by March 2025)'). Here a fictional community trust writes its own WRES actions in that
// frame. The 'Our actions' label rows and the WRES indicator named in brackets inside some bullets are ASSUMED / this batch's addition.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kennetvale Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout28-wres-2024-25-kennetvale', sheet: 'Race equality HIAs', standard: 'WRES', period: '2024-25', trust, widths: [120], font: { name: 'Arial', size: 11 } });
  p.line([`${trust}`], { style: { bold: true, color: C.nhs } });
  p.line(['Workforce Race Equality Standard: our actions against the six high impact actions, 2024/25'], { style: { bold: true, font: { size: 14 } } });
  p.line(['Our Board agreed in May 2024 to set out this year\'s WRES actions under the six high impact actions of the NHS EDI Improvement Plan (June 2023), so that one plan answers both.'], { height: 30 });
  p.line(['A note on language'], { style: { bold: true } });
  p.line(['We use "Black and minority ethnic (BME)" to match the WRES. We know many colleagues prefer other terms, and our Race Equality Network helped choose the wording here.'], { height: 30 });
  p.blank();
  const hias = [
    ['High impact action 1', 'Chief executives, chairs and board members have specific and measurable EDI objectives to which they are individually and collectively accountable.', [
      ['• Every executive and non-executive director has a SMART race equality objective, reviewed in their appraisal (by June 2024).', [], 'June 2024'],
      ['• The Board reviews the WRES data and two colleague stories each year and records what it will change (by March 2025).', [], 'March 2025'],
    ]],
    ['High impact action 2', 'Embed fair and inclusive recruitment processes and talent management strategies that target under-representation.', [
      ['• Put an independent BME panel member on every interview for band 8a and above (WRES indicator 2) (by September 2024).', ['2'], 'September 2024'],
      ['• Give every BME colleague at bands 5 to 7 a career conversation in their appraisal (WRES indicators 1 and 4) (by March 2025).', ['1', '4'], 'March 2025'],
    ]],
    ['High impact action 3', 'Develop and implement an improvement plan to eliminate pay gaps.', [
      ['• Publish our ethnicity pay gap with the gender pay gap report and agree actions with the Race Equality Network (by March 2025).', [], 'March 2025'],
    ]],
    ['High impact action 4', 'Develop and implement an improvement plan to address health inequalities within the workforce.', [
      ['• Offer health checks in community bases at times that suit shift and bank staff, starting with the two largest teams.', [], ''],
    ]],
    ['High impact action 5', 'Implement a comprehensive induction, onboarding and development programme for internationally recruited staff.', [
      ['• Give every internationally educated nurse and therapist a named buddy and a twelve-week onboarding plan (by October 2024).', [], 'October 2024'],
    ]],
    ['High impact action 6', 'Create an environment that eliminates the conditions in which bullying, discrimination, harassment and physical violence at work occur.', [
      ['• Review every disciplinary case against a BME colleague with a trained senior reviewer before it goes to a formal stage (WRES indicator 3) (by July 2024).', ['3'], 'July 2024'],
      ['• Launch a zero tolerance statement on racist abuse from patients and visitors, with a support route for staff (WRES indicator 5) (by December 2024).', ['5'], 'December 2024'],
    ]],
  ];
  const secs = [], words = [];
  for (const [h, w, acts] of hias) {
    secs.push(p.line([h], { style: { bold: true, font: { size: 12 }, color: C.nhs } }));
    words.push(p.line([w], { style: { italic: true }, height: 30 }));
    words.push(p.line(['Our actions:'], { style: { bold: true } }));
    for (const [a, inds, due] of acts) p.action([a], { indicators: inds, theme: h, action: a, due, dueSource: due ? 'action text' : null }, { height: 30 });
    p.blank();
  }
  p.line(['Progress against this plan is reported to the People Committee in September and March.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) laid out like NHS England's EDI Improvement Plan long read, in one column: trust line, title, an intro (the Board agreed in May 2024 to use the six high impact actions), 'A note on language' and its paragraph, then six headings 'High impact action 1' … 'High impact action 6', each with the HIA's wording in italics, an 'Our actions:' label row and '•' bullets that END WITH A BRACKETED DEADLINE ('(by June 2024)', '(by March 2025)'); some bullets also name a WRES indicator in brackets before the deadline. A closing italic reporting line. Judgement calls: the HIA numbers are NOT WRES indicators (HIA 2's actions take only the indicator their text names; 'High impact action 3' gives nothing); indicators only where the text names one ('(WRES indicators 1 and 4)' → ['1','4']), [] otherwise; due read from the bracket inside the action text ('March 2025', dueSource 'action text'), '' where the bullet gives no date (HIA 4); no leads anywhere (lead ''); the action is the whole bullet cell as written; theme = the 'High impact action n' heading; the wording rows, 'Our actions:' labels, note on language, intro ('May 2024') and reporting line ('September and March') are not actions or dues; no status.", { sections: secs, dataRows: words, forbidden: ['May 2024', 'September and March'], textIndicators: '\\(WRES indicators? ([^)]*)\\)' });
}
