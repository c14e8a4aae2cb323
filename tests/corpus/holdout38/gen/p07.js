// holdout38-wres-2017-18-pellingham: a specialist children's trust's WRES plan inside the trust's document-control template – a
// 'Document control' label | value box, a 'Version history' table (Version | Date | Author | Summary of changes), the action grid,
// and a 'Sign-off' block with signature and date lines at the foot.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pellingham Children’s Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout38-wres-2017-18-pellingham', sheet: 'WRES Action Plan', standard: 'WRES', period: '2017-18', trust, widths: [10, 12, 52, 28, 16, 40], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2017/18'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.line(['Document control'], { style: { bold: true, fill: C.grey } , merge: ['A', 'B'] });
  const lab = { bold: true };
  const kv = (k, v, st = {}) => p.line([k, '', v], { merge: [['A', 'B'], ['C', 'D']], border: true, styles: [lab, lab, st] });
  const dc = [
    kv('Document owner', 'Head of Equality, Diversity and Human Rights'),
    kv('Approved by', 'Trust Board'),
    kv('Date approved', D(2017, 9, 28), { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }),
    kv('Next review date', D(2018, 4, 30), { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }),
    kv('Classification', 'Public'),
  ];
  p.blank();
  p.line(['Version history'], { style: { bold: true, fill: C.grey }, merge: ['A', 'B'] });
  p.header(['Version', 'Date', 'Author', '', 'Summary of changes'], { merge: [['C', 'D'], ['E', 'F']], style: { fill: C.palegrey } });
  const vh = [
    ['0.1', D(2017, 7, 4), 'R. Okonjo, Equality Lead', 'First draft from the 2017 WRES data return'],
    ['0.2', D(2017, 8, 21), 'R. Okonjo, Equality Lead', 'BME Staff Network comments added; actions 6 and 9 added'],
    ['1.0', D(2017, 9, 28), 'R. Okonjo, Equality Lead', 'Approved by Trust Board'],
    ['1.1', D(2018, 3, 29), 'R. Okonjo, Equality Lead', 'Progress column updated for year end'],
  ].map(([v, d, a, s]) => p.line([v, d, a, '', s], { merge: [['C', 'D'], ['E', 'F']], border: true, styles: [{ numFmt: '@' }, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }] }));
  p.blank();
  p.header(['Action no.', 'WRES indicator', 'Action', 'Responsible officer', 'Completion date', 'Progress (March 2018)'], { style: { fill: C.nhs, color: C.white } });
  const dt = { numFmt: 'd mmmm yyyy', alignment: { horizontal: 'left' } };
  const acts = [
    ['1', 'Indicator 1', ['1'], 'Report the ethnicity of staff by Agenda for Change band and medical grade to the Workforce Committee twice a year.', 'Head of Workforce Information', D(2017, 11, 30), 'Reported in November and March.'],
    ['2', 'Indicator 2', ['2'], 'Make sure every shortlisting panel for nursing posts at Band 6 and above includes a BME member.', 'Head of Nursing Workforce', D(2018, 3, 31), 'In place for 70% of panels; rota of BME panel members set up.'],
    ['3', 'Indicator 2', ['2'], 'Run recruitment open days in partnership with local community organisations in the two most diverse wards of the city.', 'Recruitment Manager', D(2018, 1, 31), 'Two open days held; 46 applications.'],
    ['4', 'Indicator 3', ['3'], 'Review the last two years of disciplinary cases by ethnicity with staff side and report the findings.', 'Head of Employee Relations', D(2017, 12, 31), 'Review completed; findings to the Board in January.'],
    ['5', 'Indicator 4', ['4'], 'Advertise all funded courses and secondments on the intranet instead of by nomination.', 'Head of Education and Training', D(2017, 10, 31), 'Done.'],
    ['6', 'Indicators 5 and 6', ['5', '6'], 'Set up a confidential listening service for BME staff run by trained members of the BME Staff Network.', 'Chair, BME Staff Network', D(2018, 2, 28), 'Service launched in February.'],
    ['7', 'Indicator 7', ['7'], 'Offer places on the Trust’s aspiring leaders programme to BME staff in proportion to their share of the workforce.', 'Head of Leadership Development', D(2018, 3, 31), '7 of 24 places taken by BME staff (29%).'],
    ['8', 'Indicator 8', ['8'], 'Include a module on race, culture and unconscious bias in the new managers’ induction.', 'Head of Leadership Development', D(2018, 3, 31), 'Module written; first delivery in April.'],
    ['9', 'Indicator 9', ['9'], 'Report the ethnicity of the Board and its committees in the annual report and the WRES report.', 'Trust Secretary', D(2018, 6, 30), 'To be included in the 2017/18 annual report.'],
  ];
  for (const [no, ind, inds, act, off, due, prog] of acts) {
    const shown = `${due.getUTCDate()} ${['January','February','March','April','May','June','July','August','September','October','November','December'][due.getUTCMonth()]} ${due.getUTCFullYear()}`;
    p.action([no, ind, act, off, due, prog], { ref: no, indicators: inds, action: act, lead: off, due: shown, progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, dt, {}] });
  }
  p.blank();
  p.line(['Sign-off'], { style: { bold: true, fill: C.grey }, merge: ['A', 'B'] });
  const so = [
    p.line(['Chief Executive', '', 'Signed: ……………………………', '', 'Date: ……………'], { merge: [['A', 'B'], ['C', 'D']] }),
    p.line(['Director of Workforce and OD', '', 'Signed: ……………………………', '', 'Date: ……………'], { merge: [['A', 'B'], ['C', 'D']] }),
    p.line(['Chair, BME Staff Network', '', 'Signed: ……………………………', '', 'Date: ……………'], { merge: [['A', 'B'], ['C', 'D']] }),
  ];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist children's foundation trust) in the trust's DOCUMENT-CONTROL TEMPLATE (sheet 'WRES Action Plan'): title rows, then a grey 'Document control' label and a bordered label | value box (Document owner, Approved by 'Trust Board', Date approved 28/09/2017, Next review date 30/04/2018, Classification 'Public'); a 'Version history' table with its own header 'Version | Date | Author | Summary of changes' and four rows (0.1, 0.2, 1.0, 1.1 – versions kept as text; the change summaries mention 'actions 6 and 9'); then the action grid 'Action no. | WRES indicator | Action | Responsible officer | Completion date | Progress (March 2018)' with nine actions numbered 1–9; then a 'Sign-off' block of three signature lines (Chief Executive, Director of Workforce and OD, Chair of the BME Staff Network) with dotted 'Signed:' and 'Date:' blanks. Judgement calls: the document-control box, the version history and the sign-off block are not actions and give no field – the document owner, the author, the approvers and signatories are not leads (the network chair is a lead only where the grid says so, action 6), the approval, review and version dates are not dues, version numbers are not refs, and 'actions 6 and 9' in a change summary is not an action; both the version-history header and the grid header are header rows; indicators from 'WRES indicator' ('Indicators 5 and 6' → ['5','6']); due = Completion date as shown (real dates, d mmmm yyyy: '30 November 2017'); progress = the March 2018 column; no status column (status '', rag null – 'Done.' is progress text); theme null.",
    { dataRows: [...dc, ...vh, ...so], forbidden: ['Head of Equality, Diversity and Human Rights', 'Trust Board', '28/09/2017', '30/04/2018', 'R. Okonjo, Equality Lead', 'Chief Executive', 'Director of Workforce and OD', '0.1', '0.2', '1.0', '1.1'] });
}
