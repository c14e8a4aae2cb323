// holdout17-wdes-2022-23-vennington: ORDINARY ACUTE-trust WDES plan (2021 set) – trust + title; 'No. | WDES metric |
// Action | Exec sponsor | Action owner | Target date | RAG | Update (Oct 2022)' (gold lead = Action owner); numbers as real
// numbers; 'Metric 4a', 'Metrics 4a/4b', 'Metric 9a & 9b'; real 'dd mmm yy' dates + 'Q4'; status words filled (Complete
// blue, On target green, Some risk amber, Off target red); a WITHDRAWN action on a HIDDEN row; numbered notes + key below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wdes-2022-23-vennington', sheet: 'WDES 22-23', standard: 'WDES', period: '2022-23', trust: 'Vennington University Hospitals NHS Foundation Trust', widths: [6, 15, 54, 22, 30, 12, 12, 46] });
  p.line(['Vennington University Hospitals NHS Foundation Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard (WDES) action plan 2022-23 – update for the People Committee'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  const h = p.header(['No.', 'WDES metric', 'Action', 'Exec sponsor', 'Action owner', 'Target date', 'RAG', 'Update (Oct 2022)'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.blue, 'blue', C.white], 'On target': [C.green, 'green'], 'Some risk': [C.amber, 'amber'], 'Off target': [C.red, 'red', C.white] };
  const F = 'dd mmm yy';
  const data = [
    [1, 'Metric 1', ['1'], 'Add disability to the "My details" reminder sent to all staff on their work anniversary.', 'Chief People Officer', 'Workforce Systems Manager', D(2022, 9, 30), 'Complete', 'Reminders live from September.'],
    [2, 'Metric 2', ['2'], 'Publish a step-by-step guide for disabled applicants on asking for adjustments at interview.', 'Chief People Officer', 'Head of Recruitment', D(2022, 11, 30), 'On target', 'Guide drafted with the Disability Network.'],
    [3, 'Metric 3', ['3'], 'Make an occupational health review mandatory before stage 2 of the capability policy.', 'Chief People Officer', 'Head of Employee Relations', D(2022, 12, 31), 'On target', 'Policy change at JNCC in November.'],
    [4, 'Metric 4a', ['4a'], 'Train ward managers to support staff after abuse from patients and relatives, including disability-related abuse.', 'Chief Nurse', 'Deputy Chief Nurse', D(2023, 3, 31), 'Some risk', 'Half of sessions delivered; winter pressures.'],
    [5, 'Metrics 4a/4b', ['4a', '4b'], 'Make "disability" a reporting category for bullying and harassment in the Datix and Speak Up systems.', 'Director of Corporate Affairs', 'Freedom to Speak Up Guardian', D(2022, 10, 31), 'Complete', 'Category added 3 October.'],
    [6, 'Metric 5', ['5'], 'Guarantee disabled staff a place on the Aspiring Leaders programme when they meet the criteria.', 'Chief People Officer', 'Head of Leadership Development', 'Q4', 'Off target', 'Programme paused for redesign.'],
    [7, 'Metric 6', ['6'], 'Add "Have adjustments been discussed?" to the return-to-work form.', 'Chief People Officer', 'Head of Employee Relations', D(2022, 8, 31), 'Complete', 'New form in ESR since August.'],
    [8, 'Metric 8', ['8'], 'Set up a Reasonable Adjustments Panel to decide requests within 28 days.', 'Chief Finance Officer', 'Head of Occupational Health', D(2023, 1, 31), 'Some risk', 'Terms of reference agreed; funding not yet.'],
    [9, 'Metric 9a & 9b', ['9a', '9b'], 'Hold a staff survey focus group for disabled staff in each division and share what we learn.', 'Chief People Officer', 'Equality and Inclusion Manager', D(2023, 2, 28), 'On target', 'Three of five held.'],
  ];
  const row = ([no, m, inds, action, exec, owner, due, st, upd]) => {
    const isDate = due instanceof Date;
    p.action([no, m, action, exec, owner, due, st, upd], { ref: String(no), indicators: inds, action, lead: owner, due: isDate ? shown(due, F) : due, status: st, rag: S[st][1], progress: upd }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, isDate ? { numFmt: F } : {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  };
  data.slice(0, 8).forEach(row);
  // a withdrawn action, kept in the sheet but hidden from view
  p.line([9, 'Metric 7', 'Commission an external review of how disabled staff feel their voice is heard.', 'Chief People Officer', 'Equality and Inclusion Manager', D(2023, 3, 31), 'Withdrawn', 'Withdrawn – replaced by action 10.'], { border: true, hidden: true, styles: [{}, {}, {}, {}, {}, { numFmt: F }] });
  row([10, ...data[8].slice(1)]);
  row([11, 'Metric 10', ['10'], 'Recruit a non-executive director with lived experience of disability when the next vacancy arises.', 'Chair', 'Company Secretary', 'Next vacancy', 'On target', 'Search brief updated.']);
  p.blank();
  p.line(['Notes'], { style: { bold: true } });
  p.line(['1. Metric numbering follows the WDES 2022 technical guidance (metrics 4a/4b and 9a/9b).'], { merge: ['A', 'H'] });
  p.line(['2. Action 9 was withdrawn in September 2022 and is hidden from this view.'], { merge: ['A', 'H'] });
  p.line(['3. RAG: Complete (blue), On target (green), Some risk (amber), Off target (red).'], { merge: ['A', 'H'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY ACUTE-trust WDES plan (2022-23, 2021 metric set): NHS-blue trust line and a bold title, each merged A:H, a blank row, then a grey header 'No. | WDES metric | Action | Exec sponsor | Action owner | Target date | RAG | Update (Oct 2022)' (row 4, frozen). Numbers 1–11 are real numbers (gold ref '1'…). Metrics 'Metric N', 'Metrics 4a/4b', 'Metric 9a & 9b'. Two person columns: 'Exec sponsor' (executive) and 'Action owner' – gold lead = Action owner. Target dates real, shown 'dd mmm yy' ('30 Sep 22'), plus 'Q4' and 'Next vacancy'. RAG words filled: Complete blue, On target green, Some risk amber, Off target red. Update = progress. Row 13 is action 9, WITHDRAWN and HIDDEN (status 'Withdrawn'); it is listed as a non-action row. Under the table a bold 'Notes' label and three numbered notes (the third is the RAG key) – non-action rows. Judgement calls: lead = Action owner, not Exec sponsor; the hidden withdrawn action is not part of the plan a person reads (note 2 says so), so it is a non-action row; 'Q4' is the due as written.", { ragCol: 'G', mode: 'fill' });
}
