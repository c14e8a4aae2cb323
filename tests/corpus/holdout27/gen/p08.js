// holdout27-wres-2016-17-selwood: a CCG's WRES plan for its own staff written by its corporate team in FINANCE-SPEAK: due months as
// financial-year months (M3, M6, M9, M12), progress as a % complete number, an EDS2 outcome code beside the WRES indicator, and the
// CCG name right-aligned over the plan where the NHS logo would be.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Selwood and Marden Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout27-wres-2016-17-selwood', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [3, 10, 9, 58, 26, 22, 10, 11, 40], startCol: 2, font: { name: 'Arial', size: 10 } });
  p.line([undefined, undefined, undefined, undefined, undefined, 'NHS', undefined, trust], { merge: [['G', 'H'], ['I', 'J']], styles: [{}, {}, {}, {}, {}, { bold: true, fill: C.nhs, color: C.white, font: { size: 16 }, alignment: { horizontal: 'center' } }, {}, { bold: true, color: C.nhs, alignment: { horizontal: 'right' } }] });
  p.blank();
  p.line(['Workforce Race Equality Standard (WRES) – CCG action plan 2016-17'], { merge: ['B', 'J'], style: { bold: true, font: { size: 13 } } });
  p.line(['This plan covers CCG employees only. Provider WRES plans are monitored through the Quality and Performance Committee.'], { merge: ['B', 'J'] });
  p.line(['"Due" uses financial-year months: M1 = April 2016 … M12 = March 2017. "% complete" is the lead officer\'s estimate at the last update (M8).'], { merge: ['B', 'J'], style: { italic: true } });
  p.blank();
  p.header(['WRES indicator', 'EDS2 outcome', 'Action', 'Lead officer', 'Reported to', 'Due', '% complete', 'Comments'], { style: { fill: C.lightblue } });
  const acts = [
    ['1', '3.1', 'Add ethnicity to the monthly workforce report to the Senior Management Team, by band, now that all staff records are on ESR', 'HR Business Partner (CSU)', 'SMT', 'M3', 1, 'Included from the June report.'],
    ['1', '3.1', 'Compare the CCG\'s staff profile with the local working-age population from the 2011 census and set out the gap', 'Head of Corporate Affairs', 'Governing Body', 'M6', 1, 'Paper to GB in September.'],
    ['2', '3.1', 'Ask the CSU recruitment service to report shortlisting and appointment by ethnicity for every CCG post', 'HR Business Partner (CSU)', 'Remuneration Committee', 'M6', 0.75, 'Data for Q1 and Q2 received; Q3 outstanding.'],
    ['2', '3.1', 'Make sure every recruiting manager has done the fair selection e-learning before sitting on a panel', 'Directors', 'SMT', 'M9', 0.5, ''],
    ['3', '3.3', 'Report any formal disciplinary case by ethnicity to the Remuneration Committee (numbers are small – reported without names)', 'Head of Corporate Affairs', 'Remuneration Committee', 'M12', 0.25, 'No cases so far this year.'],
    ['4', '3.2', 'Look at who applies for and gets study leave and funded courses, by ethnicity', 'Head of Corporate Affairs', 'SMT', 'M9', 0, ''],
    ['5, 6', '3.4', 'Run a short local staff survey including the WRES questions as the CCG is below the national survey threshold', 'Engagement Manager', 'SMT', 'M8', 1, '34 of 61 staff replied.'],
    ['7, 8', '3.4', 'Hold two staff listening sessions with an external facilitator on fairness and career progression', 'Engagement Manager', 'SMT', 'M11', 0.5, 'First session held 17 Nov.'],
    ['9', '4.1', 'Use open advertising and a diverse panel for the lay member vacancy on the Governing Body', 'Chair / Accountable Officer', 'Governing Body', 'M5', 1, 'Appointed in August.'],
  ];
  acts.forEach(([ind, eds, a, lead, rep, due, pc, cm]) => {
    p.action([ind, eds, a, lead, rep, due, pc, cm], { indicators: ind.split(/,\s*/), action: a, lead, due, status: `${Math.round(pc * 100)}%`, progress: cm }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { alignment: { horizontal: 'center' } }, { numFmt: '0%', alignment: { horizontal: 'center' } }] });
  });
  p.blank();
  p.line(['Prepared by Corporate Affairs, December 2016'], { merge: ['B', 'J'], style: { italic: true, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional clinical commissioning group, its WRES plan for its own staff) written by the CCG's corporate team in FINANCE-SPEAK, starting in column B: row 1 holds an 'NHS' box (white on NHS blue, merged G:H) and the CCG's name RIGHT-ALIGNED beside it (merged I:J) where the letterhead logo would be; a blank row; the title; a line saying the plan covers CCG staff only; an italic KEY LINE explaining that Due is in FINANCIAL-YEAR MONTHS ('M1 = April 2016 … M12 = March 2017') and that % complete is the lead's estimate; a blank row; a pale-blue header 'WRES indicator | EDS2 outcome | Action | Lead officer | Reported to | Due | % complete | Comments' (row 7); nine actions; a blank row and a 'Prepared by' line. Due cells hold 'M3', 'M6', 'M9', 'M12' and so on. '% complete' holds numbers formatted 0% (shown '100%', '75%', '0%'). The EDS2 outcome column holds codes like '3.1', '3.4', '4.1' (Equality Delivery System 2 outcomes). Judgement calls: due = the month code as written ('M6') – it is a financial month, not a metric; indicators from the WRES indicator column ('5, 6' → ['5','6']), NEVER from the EDS2 outcome codes or the M-numbers; status = % complete as shown ('75%'), rag null (no colour); lead = Lead officer as written ('Directors', 'Chair / Accountable Officer'); 'Reported to' is the governance route, not a lead (no gold field from it); progress = Comments; theme null; refs '' (no numbering); the letterhead row, key line and prepared-by line are non-action rows.", { notFrom: ['C', 'F'] });
}
