// holdout14-wdes-2019-20-barrowmead: ORDINARY FIRST WDES PLAN whose LEADS ARE INITIALS, decoded by a 'Key to leads'
// staff list under the plan; refs 'WD1'…; 'Metric N' words; R/A/G letters filled; key line under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wdes-2019-20-barrowmead', sheet: 'WDES plan', standard: 'WDES', period: '2019-20', trust: 'Barrowmead Teaching Hospitals NHS Trust', widths: [7, 12, 64, 10, 14, 7] });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  p.line(['Barrowmead Teaching Hospitals NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2019/20'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Version 1.3 – 12 September 2019 – for Workforce Committee'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WDES metric', 'Action', 'Lead', 'Target', 'RAG'], { style: { fill: 'FFBDD7EE', alignment: { vertical: 'middle', wrapText: true } } });
  const F = { R: [C.red, 'red'], A: [C.amber, 'amber'], G: [C.green, 'green'] };
  const rows = [
    ['WD1', 'Metric 1', ['1'], 'Run a data-cleansing campaign so that staff record a disability status in ESR, aiming for fewer than 20% unknown.', 'RK', 'Dec 2019', 'G', 'Unknown rate down from 31% to 22%.'],
    ['WD2', 'Metric 1', ['1'], 'Publish the metric 1 data by AfC band and clinical/non-clinical cluster on the intranet every year.', 'RK', 'Oct 2019', 'G'],
    ['WD3', 'Metric 2', ['2'], 'Review the guaranteed interview scheme with Recruitment and check it is applied on TRAC for all posts.', 'SH', 'Q3', 'A'],
    ['WD4', 'Metric 3', ['3'], 'Add disability to the capability case tracker and report case numbers to the Workforce Committee.', 'SH/LO', 'Mar 2020', 'R'],
    ['WD5', 'Metric 4', ['4'], 'Include disability-related harassment in the dignity at work training for ward managers.', 'JM', 'Jan 2020', 'A'],
    ['WD6', 'Metric 5', ['5'], 'Offer disabled staff a career conversation through the coaching network.', 'JM', 'Mar 2020', 'R'],
    ['WD7', 'Metrics 6 & 7', ['6', '7'], 'Hold listening events with the Disability and Long-Term Conditions Network and agree three priorities.', 'PB', 'Nov 2019', 'G'],
    ['WD8', 'Metric 8', ['8'], 'Introduce a Health and Wellbeing Passport and a central budget for reasonable adjustments.', 'PB/RK', 'Q4', 'A'],
    ['WD9', 'Metric 9', ['9'], 'Support the network to increase membership and to take part in the staff survey campaign.', 'PB', 'Ongoing', 'G'],
    ['WD10', 'Metric 10', ['10'], 'Invite Board members to update their equality details and report Board disability data annually.', 'CE', 'Mar 2020', 'A'],
    ['WD11', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], 'Report progress on this plan to the Workforce Committee twice a year.', 'RK', 'Mar 2020', 'G'],
  ];
  for (const [ref, mt, inds, action, lead, due, rag] of rows)
    p.action([ref, mt, action, lead, due, rag], { ref, indicators: inds, action, lead, due, status: rag, rag: F[rag][1] }, { styles: [{}, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { fill: F[rag][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' } }] });
  p.line(['RAG: R = not started or behind plan; A = started, on track; G = complete'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.line(['Key to leads'], { style: { bold: true } });
  p.header(['Initials', 'Name', 'Role'], { at: 2, style: { fill: C.palegrey } });
  // the staff list sits in B:D (Name merged C, Role in D:E)
  const staff = [['CE', 'Dr Claire Ellison', 'Chief Executive (for Board)'], ['JM', 'Joseph Mensah', 'Head of Organisational Development'], ['LO', 'Lisa Okafor', 'Employee Relations Manager'], ['PB', 'Priya Bhatt', 'Equality and Inclusion Lead'], ['RK', 'Rachel King', 'Workforce Information Manager'], ['SH', 'Simon Hale', 'Head of Recruitment']];
  for (const s of staff) { const r = p.line(s, { at: 2, border: true }); p.ws.mergeCells(`D${r}:F${r}`); }
  p.ws.mergeCells(`D${p.headerRows[1]}:F${p.headerRows[1]}`);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY FIRST WDES plan of an acute trust: trust name, blue plan title, an italic 'Version 1.3 …' line, a blank row, one light-blue header 'Ref | WDES metric | Action | Lead | Target | RAG' (row 5, frozen under it). Refs 'WD1'…'WD11'. Metric as words ('Metric 1', 'Metrics 6 & 7', 'All' = all ten; 2019 framework, whole 4 and 9). LEADS ARE INITIALS ('RK', 'SH/LO', 'PB/RK'), decoded by a 'Key to leads' STAFF LIST under the plan (caption row + its own 'Initials | Name | Role' header, six rows in B:F) – these rows are non-action rows and the second header is recorded in headerRows. Target is text ('Dec 2019', 'Q3', 'Q4', 'Ongoing'). RAG is a filled LETTER R/A/G, keyed by a small italic line directly under the last action. Judgement calls: gold lead is the initials AS WRITTEN in the Lead cell ('SH/LO' kept whole) – an HR lead would name the person from the staff list, but the plan's lead cell says 'SH'; a reader that expands the initials to 'Simon Hale' (or 'Head of Recruitment') would be reasonable and is scored as wrong only on the lead field. The staff-list rows (initials, a name and a role on a bordered row) are not actions.", { ragCol: 'F', mode: 'fill' });
}
