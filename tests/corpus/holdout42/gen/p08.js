// holdout42-wres-2020-21-coldmarsh: a primary care collaborative's first WRES plan (nine GP practices, voluntarily adopting the WRES):
// an 'about us' block of label / value pairs, a short grid `Commitment | Why – our 2020 data | WRES indicator | Owner | Deadline |
// Update`, Covid-19 revisions written into the Deadline cell ('Sept 2020 (was June 2020)'), and a glossary of the abbreviations.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const org = 'Coldmarsh Vale Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout42-wres-2020-21-coldmarsh', sheet: 'Sheet1', standard: 'WRES', period: '2020-21', trust: org, widths: [48, 40, 12, 30, 22, 42], font: { name: 'Arial', size: 10 } });
  p.line([`${org} – our race equality commitments 2020-21`], { merge: [['A', 'F']], style: { bold: true, font: { size: 12 } } });
  const about = [
    p.line(['Staff covered', '312 employed staff across nine practices and the Collaborative\'s hub team (GP partners not included)'], { merge: [['B', 'F']] }),
    p.line(['BME staff', '38% of employed staff (ESR and practice records, March 2020)'], { merge: [['B', 'F']] }),
    p.line(['Approved by', 'Collaborative Board, 8 July 2020'], { merge: [['B', 'F']] }),
  ];
  p.blank();
  p.header(['Commitment', 'Why – our 2020 data', 'WRES indicator', 'Owner', 'Deadline', 'Update'], { style: { fill: C.green, color: C.white } });
  const act = (action, why, ind, inds, lead, dueCell, due, progress) => p.action([action, why, ind, lead, dueCell, progress], { indicators: inds, action, lead, due, progress }, { height: 54 });
  act('Hold ethnicity data for every practice employee in one place (the hub\'s workforce tracker), so that the Collaborative can report WRES indicators 1–4 for the first time.', 'Ethnicity known for 71% of staff; each practice keeps its own records.', '1–4', ['1', '2', '3', '4'], 'Hub Business Manager', 'Sept 2020 (was June 2020)', 'Sept 2020', 'Tracker built; six of nine practices have sent data.');
  act('Use the same recruitment pack, with an inclusive advert template and a two-person shortlisting panel, for every practice vacancy.', 'No common process; appointment data not collected before 2020.', '2', ['2'], 'Practice managers (all nine practices)', 'Dec 2020', 'Dec 2020', 'Pack agreed; used for 14 of 19 vacancies since October.');
  act('Agree a Collaborative-wide grievance and disciplinary policy with an independent investigator from another practice for every formal case.', 'Each practice follows its own policy; four formal cases in 2019-20.', '3', ['3'], 'Dr Ruth Okafor (Clinical Director)', 'Mar 2021 (was Nov 2020)', 'Mar 2021', '');
  act('Offer every receptionist and care navigator a short course on handling abusive or racist behaviour from patients, and a clear route to report it.', 'Staff survey (hub pilot): 41% of BME staff experienced abuse from patients, 26% of White staff.', '5/6', ['5', '6'], 'Training Lead', 'Jan 2021', 'Jan 2021', 'Course booked for January; two sessions online.');
  act('Make sure new ARRS roles – clinical pharmacists, social prescribers, first-contact physiotherapists – are advertised through local community networks as well as NHS Jobs.', 'Of 11 ARRS appointments in 2019-20, 2 were BME.', '2', ['2'], 'Hub Business Manager', 'Ongoing', 'Ongoing', 'Adverts now shared with the mosque, gurdwara and African-Caribbean community centre.');
  act('Set up a Race Equality Forum for staff across the practices, meeting quarterly, with the Clinical Director attending.', 'No staff voice group across the Collaborative.', '7', ['7'], 'Dr Ruth Okafor (Clinical Director)', 'Oct 2020 (was May 2020)', 'Oct 2020', 'First meeting 21 October; 17 staff attended.');
  act('Review the make-up of the Collaborative Board and invite nominations from the forum for the vacant lay seat.', 'Board: 1 of 7 members BME (14%) against 38% of staff.', '9', ['9'], 'Chair of the Collaborative Board', 'Mar 2021', 'Mar 2021', '');
  act('Publish a one-page summary of this plan on each practice\'s staff noticeboard and the shared drive.', '—', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Hub Business Manager', 'Aug 2020', 'Aug 2020', 'Done.');
  p.blank();
  const gl = [
    p.line(['Glossary'], { style: { bold: true } }),
    p.line(['ARRS', 'Additional Roles Reimbursement Scheme – the national scheme funding new roles in primary care networks'], { merge: [['B', 'F']] }),
    p.line(['ESR', 'Electronic Staff Record'], { merge: [['B', 'F']] }),
    p.line(['WRES', 'Workforce Race Equality Standard – nine indicators; the Collaborative is adopting it voluntarily'], { merge: [['B', 'F']] }),
    p.line(['(was …)', 'Deadline moved because of Covid-19; the first date shown is the current deadline'], { merge: [['B', 'F']] }),
  ];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative of nine GP practices, adopting the WRES voluntarily) on 'Sheet1': a title with the Collaborative's name and the year, an 'about us' block of three label / value rows (staff covered, BME share, 'Approved by: Collaborative Board, 8 July 2020'), a blank row, one green header `Commitment | Why – our 2020 data | WRES indicator | Owner | Deadline | Update`, eight commitments, a blank row and a GLOSSARY (four abbreviation rows, one of them explaining '(was …)'). What is hard: Covid-19 REVISIONS WRITTEN INTO THE DEADLINE CELL – 'Sept 2020 (was June 2020)' – which the glossary says means the first date is the current deadline. Judgement calls: due = the current deadline only ('Sept 2020', 'Mar 2021', 'Oct 2020'), never the old date in brackets (dueSource 'column'); other deadlines as written ('Dec 2020', 'Ongoing'); indicators from the WRES indicator column ('1–4' → ['1', '2', '3', '4'] as a range, '5/6' → ['5', '6'], 'All' = all nine); the 'Why' column is data (its percentages are not indicators, its text not progress); lead = Owner as written ('Dr Ruth Okafor (Clinical Director)', 'Practice managers (all nine practices)'); progress = Update, '' where empty; no status (the update 'Done.' is progress, not a status: status '', rag null); the about-us rows and glossary rows are not actions; the approval date is not a due; no refs; no theme.", { indFrom: { col: 'C' }, dataRows: [...about, ...gl], notFrom: ['B'], leadCol: 'D', dueRevised: 'E', forbidden: ['Collaborative Board, 8 July 2020', 'June 2020', 'Nov 2020', 'May 2020'] });
}
