// holdout50-wres-2016-17-calderrye: a multi-site trust's WRES plan split into 'Group actions' and 'Site actions', with a Site column filled only in the site part.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Calder and Rye Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout50-wres-2016-17-calderrye', sheet: 'WRES plan 16-17', standard: 'WRES', period: '2016-17', trust, widths: [7, 20, 10, 55, 30, 14, 40], font: { name: 'Arial', size: 10 } });
  p.line([trust], { style: { bold: true, font: { size: 13 } }, border: false });
  p.line(['Workforce Race Equality Standard – Action Plan 2016/17 (Group and Site)'], { style: { bold: true }, border: false });
  p.line(['Calderbridge General Hospital · Rye Valley Hospital · St Anne\'s Community Hospital'], { style: { italic: true }, border: false });
  p.blank();
  p.header(['No.', 'Site', 'Indicator', 'Action', 'Lead', 'Target date', 'Progress (Oct 2016)'], { style: { fill: 'FFB4C6E7' } });
  const secs = [];
  const groups = [
    ['GROUP ACTIONS – led by the corporate team for all three sites', [
      ['1', 'All sites', '1', 'Report the ethnicity of staff by band and site to the Workforce Committee every six months, starting with the March 2016 snapshot.', 'Head of Workforce Planning', '30/06/2016', 'First report taken to committee in June.'],
      ['2', 'All sites', '2', 'Review the recruitment policy so that every shortlisting panel for Band 7 and above has at least two members.', 'Head of Recruitment', '30/09/2016', 'Policy revised and approved.'],
      ['3', 'All sites', '3', 'Collect the ethnicity of staff entering the formal disciplinary process, which we have not recorded until now.', 'Employee Relations Manager', '31/07/2016', 'Field added to the case tracker in July.'],
      ['4', 'All sites', '7, 9', 'Launch a BME staff network for the whole trust, with a Board sponsor.', 'Director of Workforce', '31/10/2016', 'Launch event held 12 October; Board sponsor named.'],
    ]],
    ['SITE ACTIONS – led by each site\'s general manager and HR business partner', [
      ['5', 'Calderbridge', '5', 'Put up posters and reception screen messages in the Calderbridge emergency department stating that racist abuse of staff will be reported to the police.', 'General Manager, Calderbridge', '31/08/2016', 'Posters up; screens from November.'],
      ['6', 'Calderbridge', '6', 'Hold listening sessions with BME nurses on the medical wards at Calderbridge, where survey scores for bullying are lowest.', 'HR Business Partner, Calderbridge', '30/11/2016', ''],
      ['7', 'Rye Valley', '4', 'Release BME healthcare assistants at Rye Valley to attend the trust\'s care certificate and assistant practitioner courses.', 'Matron for Education, Rye Valley', '31/12/2016', 'Six HCAs booked on the January course.'],
      ['8', 'Rye Valley', '2', 'Use the site\'s open days to recruit locally from the Rye Valley town centre communities.', 'General Manager, Rye Valley', '31/01/2017', ''],
      ['9', "St Anne's", '8', 'Brief the community hospital\'s ward managers on how to respond when a colleague reports discrimination by another member of staff.', "HR Business Partner, St Anne's", '31/03/2017', ''],
    ]],
  ];
  for (const [sec, acts] of groups) {
    secs.push(p.line([sec], { merge: ['A', 'G'], style: { bold: true, fill: 'FFD9E1F2' }, border: true }));
    for (const [n, site, ind, act, lead, due, prog] of acts) p.action([n, site, ind, act, lead, due, prog], { ref: n, indicators: ind.split(', '), theme: sec, action: act, lead, due, progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Prepared by the Workforce Directorate. Approved by Trust Board, 28 April 2016.'], { style: { italic: true, font: { size: 8 } }, border: false });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional three-site acute trust that plans as a 'group' of sites) on one sheet 'WRES plan 16-17', Arial 10, unmerged titles in column A: the trust (row 1), 'Workforce Race Equality Standard – Action Plan 2016/17 (Group and Site)', an italic line naming the three hospitals, one header 'No. | Site | Indicator | Action | Lead | Target date | Progress (Oct 2016)' (row 5), then a GROUP / SITE SPLIT as two merged section rows – 'GROUP ACTIONS – led by the corporate team for all three sites' (actions 1–4, Site 'All sites') and 'SITE ACTIONS – led by each site's general manager and HR business partner' (actions 5–9, Site = the hospital's short name) – and a prepared-by line. Target dates are TEXT typed dd/mm/yyyy. No status column. Judgement calls: IDENTITY = the trust ('Calder and Rye Hospitals NHS Trust'), not a site – the sites are where site actions happen; theme = the Group or Site section row (the whole row text); the Site column is context (not a theme, lead or ref); '7, 9' gives two indicators; lead as written ('General Manager, Calderbridge'); due as typed; progress = the October cell ('' where blank); no status, rag null; the prepared-by line and its approval date are not actions or dues.", { fieldCols: { ref: 'A', lead: 'E', due: 'F', progress: 'G' }, orgCols: ['B'], sections: secs, forbidden: ['All sites', 'Calderbridge', 'Rye Valley', "St Anne's"] });
}
