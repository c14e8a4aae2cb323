// holdout88-wres-2016-17-brantholme: a district general hospital's first-year WRES plan, published as a PDF and turned back into Excel
// by a converter: no borders, a stray empty column C, every cell laid out line by line over continuation rows, the trust name and plan
// title at the top of every page, the table header repeated on each page, a footer 'Page n of 3', and action 5 cut by a page break.
import { Book, Plan } from './lib.js';
import { lines, act } from './pdf.js';
export async function build() {
  const book = new Book();
  const trust = 'Brantholme and District Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout88-wres-2016-17-brantholme', sheet: 'Table 1', standard: 'WRES', period: '2016-17', trust, widths: [5, 14, 3, 44, 22, 11, 38], font: { name: 'Calibri', size: 10 } });
  const furn = [];
  const head = () => p.header(['No.', 'WRES Indicator', '', 'Action', 'Lead', 'Target date', 'Success measure'], { border: false, style: { font: { size: 10 } } });
  const top = () => { furn.push(p.line([trust], { style: { bold: true, font: { size: 12 } } })); furn.push(p.line(['Workforce Race Equality Standard Action Plan 2016/17'], { style: { bold: true } })); };
  const foot = (n) => furn.push(p.line(['WRES Action Plan 2016/17 – published August 2016', '', '', '', '', '', `Page ${n} of 3`], { style: { font: { size: 8 } } }));
  top(); head();
  const F = { action: 'D', lead: 'E', outcome: 'G' };
  const A = (no, ind, acts, lead, due, meas, inds, opts = {}) => {
    const rows = lines({ A: no, B: ind, D: acts, E: lead, F: due, G: meas }, 7);
    if (opts.breakAt) rows.splice(opts.breakAt, 0, 'BREAK');
    return act(p, rows, { ref: no, indicators: inds, due }, F, { brk: opts.brk });
  };
  A('1', '1', ['Publish the ethnic profile of each clinical division', 'and corporate directorate by pay band, and share', 'it with divisional boards every six months.'], ['Head of Workforce', 'Information'], 'Oct 2016', ['Divisional boards receive their profile', 'in October and April.'], ['1']);
  A('2', '1', ['Set out in the workforce strategy how the Trust', 'will increase BME representation at Band 7', 'and above.'], ['Director of Workforce &', 'OD'], 'Mar 2017', ['Strategy approved by Trust Board with', 'a stated ambition for Band 7+.'], ['1']);
  A('3', '2', ['Include a BME member on interview panels for all', 'posts at Band 8a and above.'], 'Recruitment Manager', 'Dec 2016', ['90% of Band 8a+ panels include a BME', 'member (audit of TRAC records).'], ['2']);
  A('4', '2', ['Review the shortlisting records of the three', 'divisions with the widest gap in appointment', 'from shortlisting and report findings.'], ['Equality & Diversity', 'Manager'], 'Jan 2017', ['Report to Workforce Committee with', 'recommendations.'], ['2']);
  A('5', '3', ['Introduce a pre-formal check for disciplinary', 'cases so that an HR Business Partner reviews', 'whether informal resolution has been tried', 'before a formal investigation is opened.'], ['Deputy Director of', 'Workforce'], 'Nov 2016', ['Fewer BME staff entering the formal', 'process; relative likelihood below 1.50', 'in the 2017 WRES return.'], ['3'], { breakAt: 3, brk: () => { foot(1); top(); head(); } });
  A('6', '4', ['Record access to non-mandatory training and', 'study leave by ethnicity on the learning', 'management system.'], 'Head of Education', 'Feb 2017', ['Ethnicity recorded for all study leave', 'requests from February 2017.'], ['4']);
  A('7', '5 & 6', ['Launch a campaign with the Staff Side on', 'bullying and harassment, with a confidential', 'reporting line for staff.'], ['Head of Staff Engagement /', 'Staff Side Chair'], 'Jan 2017', ['Staff survey 2016: a fall in the BME', 'figure for indicators 5 and 6.'], ['5', '6']);
  A('8', '7', ['Set up a BME staff network with an executive', 'sponsor and a budget for two events a year.'], 'Chief Nurse', 'Sept 2016', ['Network launched with terms of', 'reference agreed.'], ['7']);
  foot(2); top(); head();
  A('9', '8', ['Train line managers in the wards with the', 'lowest staff survey scores in handling', 'complaints of discrimination from colleagues.'], ['Learning & Development', 'Manager'], 'Mar 2017', ['Training delivered to 60 managers.'], ['8']);
  A('10', '9', ['Report the ethnicity of Board members in the', 'annual report and consider it when recruiting', 'to non-executive vacancies.'], 'Trust Secretary', 'Jun 2016', ['Published in the 2015/16 annual report.'], ['9']);
  p.blank();
  const ap = p.line(['Approved by the Workforce Committee on 21 July 2016. Progress will be reported to the Committee in January 2017.']);
  p.blank(); p.blank();
  foot(3);
  p.ws.pageSetup = { orientation: 'landscape', paperSize: 9 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional district general hospital trust), as a published PDF turned back into Excel by a converter: sheet 'Table 1', Calibri 10, no borders, no fills; a STRAY EMPTY COLUMN C (the converter's boundary between the indicator and the action); every cell laid out LINE BY LINE, so the action, some leads ('Head of Workforce' / 'Information', 'Director of Workforce &' / 'OD', 'Deputy Director of' / 'Workforce', 'Equality & Diversity' / 'Manager', 'Head of Staff Engagement /' / 'Staff Side Chair', 'Learning & Development' / 'Manager') and the success measures run on to CONTINUATION ROWS holding only the rest of those cells. PAGE FURNITURE in the grid: the trust name and the plan title at the top of each page, the header 'No. | WRES Indicator | | Action | Lead | Target date | Success measure' repeated (header rows ${p.headerRows.join(", ")}), and a footer 'WRES Action Plan 2016/17 – published August 2016 … Page n of 3' at the end of each page. ACTION 5 IS CUT BY THE PAGE BREAK: three lines of its action, two of its lead and three of its measure on page 1, then the footer, the running head and the repeated header, then the last line of its action ('before a formal investigation is opened.') on page 2 – one action, read whole. Judgement calls: action = the Action pieces joined with a space; lead = the Lead pieces joined ('Head of Staff Engagement / Staff Side Chair' kept whole); due = Target date as typed ('Sept 2016', 'Jun 2016'); outcome = the Success measure joined; ref = No.; indicators from the indicator column ('5 & 6' → both). Continuation rows, furniture rows and the approval line are not actions; the approval and report dates and the publication month in the footer are no dues. No status column: status '' and rag null. Theme null.`, { furniture: furn, forbidden: ['21 July 2016', 'January 2017', 'August 2016'] });
}
