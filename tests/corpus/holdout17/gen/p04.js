// holdout17-wres-2018-19-loxbridge: ORDINARY MENTAL-HEALTH trust WRES plan – merged title + trust; header 'Ref | Action |
// Lead team | Target month | G/A/R | Progress (Oct 2018)'; NO indicator column: lilac merged SECTION ROWS 'Theme (WRES
// indicator N)' with the indicator in brackets at the END (theme + indicators); leads are TEAMS; 'mmmm yyyy' real dates;
// G / A / R letters filled; a KEY ROW of filled letters under the table; sign-off line.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wres-2018-19-loxbridge', sheet: 'Race equality plan', standard: 'WRES', period: '2018-19', trust: 'Loxbridge Mental Health NHS Trust', widths: [7, 58, 26, 16, 8, 44] });
  p.line(['Workforce Race Equality Standard – Action Plan 2018-19'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Loxbridge Mental Health NHS Trust'], { merge: ['A', 'F'], style: { bold: true, color: C.purple } });
  p.blank();
  p.header(['Ref', 'Action', 'Lead team', 'Target month', 'G/A/R', 'Progress (Oct 2018)'], { style: { fill: C.lilac, alignment: { vertical: 'middle', wrapText: true } } });
  const S = { G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'mmmm yyyy';
  const sections = [
    ['Knowing our workforce (WRES indicator 1)', ['1'], [
      ['1a', 'Produce a quarterly ethnicity profile by band for each care group and for medical staff.', 'Workforce Information Team', D(2018, 6, 30), 'G', 'Quarterly profile in the workforce report since June.'],
    ]],
    ['Fair recruitment (WRES indicator 2)', ['2'], [
      ['2a', 'Make a diverse interview panel a requirement for every post at Band 7 and above.', 'Recruitment Team', D(2018, 9, 30), 'G', '86% of Band 7+ panels diverse in Q2.'],
      ['2b', 'Give every unsuccessful internal BME candidate the offer of feedback and a career conversation.', 'Recruitment Team', D(2018, 12, 31), 'A', 'Offer letter drafted.'],
    ]],
    ['Fair treatment in formal processes (WRES indicator 3)', ['3'], [
      ['3a', 'Apply a "just culture" checklist before any formal disciplinary investigation is started.', 'Employee Relations Team', D(2018, 7, 31), 'G', 'Checklist in use; formal cases down by a third.'],
      ['3b', 'Train investigating officers in cultural awareness and avoiding bias.', 'Employee Relations Team', D(2019, 1, 31), 'R', 'Trainer not yet commissioned.'],
    ]],
    ['Safe and respectful workplaces (WRES indicators 5, 6 and 8)', ['5', '6', '8'], [
      ['5a', 'Support staff on inpatient wards after racist abuse from patients, with a debrief within 72 hours.', 'Nursing Practice Team', D(2018, 11, 30), 'A', 'Pilot on four wards.'],
      ['5b', 'Train Freedom to Speak Up champions from the BME Staff Network.', 'Freedom to Speak Up Team', D(2018, 10, 31), 'G', 'Six champions trained.'],
      ['5c', 'Publish "You said, we did" updates from the staff survey for BME staff.', 'Organisational Development Team', D(2019, 3, 31), 'A', ''],
    ]],
    ['Career progression (WRES indicator 7)', ['7'], [
      ['7a', 'Run a positive action development programme for BME staff in Bands 5–7.', 'Organisational Development Team', D(2019, 3, 31), 'A', 'Twelve places filled; programme starts November.'],
    ]],
    ['Leadership (WRES indicator 9)', ['9'], [
      ['9a', 'Appoint an associate non-executive director through the NHS Improvement NExT programme.', 'Corporate Governance Team', D(2019, 3, 31), 'R', 'No NExT candidate matched yet.'],
    ]],
  ];
  for (const [sec, inds, acts] of sections) {
    p.line([sec], { merge: ['A', 'F'], style: { bold: true, fill: C.lilac } });
    for (const [ref, action, lead, due, st, prog] of acts)
      p.action([ref, action, lead, due, st, prog], { ref, indicators: inds, theme: sec, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: prog }, { styles: [{}, {}, {}, { numFmt: F }, { fill: S[st][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['Key', 'G', 'Complete or on track', 'A', 'Some delay', 'R'], { styles: [{ bold: true }, { fill: C.green, alignment: { horizontal: 'center' } }, {}, { fill: C.amber, alignment: { horizontal: 'center' } }, {}, { fill: C.red, color: C.white }] });
  p.line([null, null, null, null, null, 'Significant delay or not started'], {});
  p.blank();
  p.line(['Signed off by the Workforce and Equality Committee, 14 June 2018. Progress reported quarterly.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY MENTAL-HEALTH trust WRES plan (2018-19): merged bold title, the trust name in purple, a blank row, then a lilac header 'Ref | Action | Lead team | Target month | G/A/R | Progress (Oct 2018)' (row 4). NO indicator column: six lilac MERGED SECTION ROWS name a theme with the indicator(s) in brackets at the END ('Fair recruitment (WRES indicator 2)', 'Safe and respectful workplaces (WRES indicators 5, 6 and 8)'); gold theme = the section text and the indicators come from it. Refs '1a'…'9a'. Leads are TEAMS ('Recruitment Team'). Target month = real dates shown 'mmmm yyyy' ('June 2018'). G/A/R letters filled green/amber/red. Progress one empty. Under the table a KEY ROW ('Key | G | Complete or on track | A | Some delay | R') whose last meaning wraps onto the next row ('Significant delay or not started' in F), then a sign-off line – all non-action rows. Judgement calls: the bracketed indicator list at the end of the section text gives every action below it its indicators (5, 6 and 8 for all three in that section); team names are leads; the key's second row is a key continuation, not an action.", { ragCol: 'E', mode: 'fill' });
}
