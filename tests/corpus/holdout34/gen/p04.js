// holdout34-wres-2018-19-holmbridge: an OUTLOOK E-MAIL pasted into Excel – the message header lines, greeting and signature in
// column A, the updated table in the body, and BELOW the signature the earlier message of the thread with last month's copy of
// the same table (older statuses and updates), which is not the plan.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout34-wres-2018-19-holmbridge', sheet: 'Sheet1', standard: 'WRES', period: '2018-19', trust: 'Holmbridge Community Health NHS Trust', widths: [7, 16, 58, 24, 14, 8, 46], font: { name: 'Calibri', size: 11 } });
  const F = { G: 'FF00B050', A: 'FFFFC000', R: 'FFFF0000', C: 'FF0070C0' };
  const T = (s, o = {}) => p.line([s], { style: { font: { name: 'Calibri', size: 11 }, ...(o.style || {}) } });
  const HDR = ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Update (March 2019)'];
  T('From: Dawson, Keira'); T('Sent: 12 March 2019 16:04'); T('To: Workforce Committee members'); T('Cc: Adeyemi, Tunde'); T('Subject: RE: WRES action plan 2018/19 – March update for Workforce Committee');
  p.blank(); T('Hi all,'); p.blank();
  T('Ahead of Thursday\'s committee, the updated Holmbridge Community Health NHS Trust WRES plan is below. Changes since February are in the last column.');
  p.blank();
  p.header(HDR, { border: true, style: { fill: 'FFD9E2F3' } });
  const A = [
    ['1', 'Indicator 1', 'Rerun the ethnicity self-service prompt on ESR for all community nursing teams, where 9% of records are "not stated"', 'Head of Workforce Information', '31/01/19', 'C', 'Done – not stated now 4.1%.', ['1'], 'Head of Workforce Information', 'Ran in December; first results due January.', 'G'],
    ['2', 'Indicator 2', 'Put a BME panel member on all Band 7 and above interviews in community nursing and therapies', 'Deputy Director of Nursing', 'end Sept 19', 'A', 'Panel list agreed but only 58% of panels had a BME member in February.', ['2'], 'Deputy Director of Nursing', 'Panel list being agreed with the BME network.', 'A'],
    ['3', 'Indicator 3', 'Ask HR advisers to get a second opinion from the Head of ER before any BME member of staff is taken into the formal disciplinary process', 'Head of Employee Relations', '30/11/18', 'G', 'In place since November; 4 cases reviewed, 2 resolved informally.', ['3'], 'Head of Employee Relations', 'In place since November.', 'G'],
    ['4', 'Indicator 4', 'Report the share of CPD funding going to BME staff by band to the Education Group each quarter', 'Head of Learning & Development', 'Quarterly', 'A', 'Q3 report delayed – finance data not split by ethnicity yet.', ['4'], 'Head of Learning & Development', 'Q3 report in preparation.', 'G'],
    ['5', 'Indicators 5 & 6', 'Run a bullying and harassment "speak up" roadshow at the six largest community bases with the Freedom to Speak Up Guardian', 'FTSU Guardian', 'Mar-19', 'G', 'Five of six done; last one (Eastgate) on 21 March.', ['5', '6'], 'FTSU Guardian', 'Three of six done.', 'G'],
    ['6', 'Indicator 7', 'Publish a plain English guide to how promotions and acting-up opportunities are advertised', 'Head of Resourcing', '31/03/19', 'R', 'Not started – Head of Resourcing post vacant since January.', ['7'], 'Head of Resourcing', 'Draft outline done.', 'A'],
    ['7', 'Indicator 8', 'Set up a BME staff network with an executive sponsor and protected time for the chair', 'Director of People', 'Apr-19', 'G', 'Launch event booked for 4 April; sponsor is the Director of Nursing.', ['8'], 'Director of People', 'Expressions of interest out to staff.', 'G'],
    ['8', 'Indicator 9', 'Bring the WRES results and this plan to the Board in public each year', 'Director of People', 'May-19', 'G', '', ['9'], 'Director of People', '', 'G'],
  ];
  for (const [n, ind, act, lead, when, rag, upd, inds] of A) {
    p.action([n, ind, act, lead, when, rag, upd], { ref: n, theme: null, indicators: inds, action: act, lead, due: when, status: rag, rag: { G: 'green', A: 'amber', R: 'red', C: 'blue' }[rag], progress: upd }, { border: true, styles: [{}, {}, {}, {}, {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }, {}] });
  }
  T('C = complete, G = on track, A = some risk, R = off track', { style: { italic: true } });
  p.blank();
  T('Many thanks,'); T('Keira'); p.blank();
  T('Keira Dawson | Equality, Diversity & Inclusion Lead'); T('Holmbridge Community Health NHS Trust'); T('Tel: 01632 960418 | Ext 4418');
  p.blank();
  T('From: Adeyemi, Tunde'); T('Sent: 14 February 2019 09:12'); T('To: Dawson, Keira'); T('Subject: WRES action plan 2018/19');
  p.blank();
  T('Keira – here is February\'s version. Could you refresh it for the March committee please? Thanks, Tunde');
  p.blank();
  p.line(['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Update (February 2019)'], { border: true, style: { bold: true, fill: 'FFD9E2F3' } });
  for (const [n, ind, act, lead, when, , , , , old, oldRag] of A) p.line([n, ind, act, lead, when, oldRag, old], { border: true, styles: [{}, {}, {}, {}, {}, { fill: F[oldRag], bold: true, alignment: { horizontal: 'center' } }, {}] });
  p.saveGold('An Outlook reply pasted into Excel (a community trust). Column A holds the message lines: From / Sent / To / Cc / Subject (\'RE: WRES action plan 2018/19 – March update…\', which gives the period), the greeting, a sentence naming the trust, then the pasted table \'No. | WRES indicator | Action | Lead | By when | RAG | Update (March 2019)\' with eight actions, an italic key line under it (\'C = complete, G = on track, A = some risk, R = off track\'), the sign-off and the signature. BELOW the signature is the EARLIER message of the thread (From / Sent / To / Subject, a one-line request) with February\'s copy of the SAME table: same actions, older RAG letters and updates, header \'Update (February 2019)\'. Judgement calls: only the top (March) table is the plan; every row of the quoted February copy, its header included, is a non-action row (headerRows lists only the March header); ref = No.; indicators from \'Indicator N\' / \'Indicators 5 & 6\'; lead as written; due = \'By when\' as written (\'31/01/19\', \'end Sept 19\', \'Quarterly\', \'Mar-19\' – all typed text); status = the RAG letter and rag from its fill (C blue, G green, A amber, R red; the key line agrees); progress = the March update (\'\' where empty), never February\'s; no theme.', { rag: { col: 'F' }, exact: { ref: 'A', lead: 'D', due: 'E', status: 'F', progress: 'G' }, forbidden: A.map((a) => a[9]).filter(Boolean) });
  await book.save('holdout34-wres-2018-19-holmbridge.xlsx');
}
