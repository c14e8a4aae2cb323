// holdout56-wdes-2020-21-avonford: follows the Royal United Hospitals Bath 'Equality Objectives' page
// (https://www.ruh.nhs.uk/about/equality_diversity/objectives.asp?menu_id=5): objectives refreshed at an annual Inclusion event, named by
// their EDS2 goal IN QUOTATION MARKS with a two-year focus ("'A representative and supported workforce' – … focussing on sensory loss for
// the next two years"; "'Better Health Outcomes' – focus on learning disabilities and autism"). The year-2 action plan keeps one table per
// objective under that heading, with a letter RAG.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Avonford Royal Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout56-wdes-2020-21-avonford', sheet: 'Objectives 2019-21', standard: 'WDES', period: '2020-21', trust, widths: [7, 62, 12, 30, 14, 7] });
  const W = ['A', 'F'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 13 } } });
  p.line(['Equality objectives 2019-2021 – year 2 action plan (2020-21), including our WDES actions'], { merge: W, style: { bold: true } });
  p.line(['Our objectives were refreshed at the Inclusion event on 6 May 2019, using the four EDS2 goals.'], { merge: W });
  p.blank();
  const RAG = { G: C.green, A: C.amber, R: C.red };
  let theme;
  const obj = (t, para) => { theme = t; p.line([t], { merge: W, border: true, style: { bold: true, fill: C.darkblue, color: C.white } }); p.line([para], { merge: W, style: { italic: true }, height: 28 }); p.header(['Ref', 'Action', 'WDES metric', 'Lead', 'Target date', 'RAG'], { style: { fill: C.paleblue } }); };
  const act = (ref, a, met, lead, d, rag, inds) => p.action([ref, a, met, lead, d, rag], { ref, theme, indicators: inds, action: a, lead, due: `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`, status: rag, rag: { G: 'green', A: 'amber', R: 'red' }[rag] }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: 'dd/mm/yyyy' }, { fill: RAG[rag], bold: true, alignment: { horizontal: 'center' } }] });
  obj("'A representative and supported workforce' – focus on sensory loss", 'For two years we will focus on staff with sensory loss, including hearing and sight loss and sensory over-sensitivity. The WDES metric each action supports is shown.');
  act('W1', 'Install hearing loops in the three main staff training rooms and the education centre.', '8', 'Head of Estates', D(2020, 9, 30), 'G', ['8']);
  act('W2', 'Offer sensory awareness sessions to ward managers, designed with staff who have sensory loss.', '4, 6', 'Learning and Development Manager', D(2020, 12, 31), 'A', ['4', '6']);
  act('W3', 'Make all induction material available in large print and in screen-reader friendly formats.', '8', 'Education Centre Manager', D(2020, 10, 31), 'G', ['8']);
  act('W4', 'Set up a sensory loss peer support group within the staff disability network.', '9', 'Disability Network Chair', D(2021, 1, 31), 'R', ['9']);
  act('W5', 'Review recruitment assessment centres for sensory accessibility – lighting, noise and written tests.', '2', 'Recruitment Manager', D(2021, 3, 31), 'A', ['2']);
  p.blank();
  obj("'Better health outcomes' – focus on learning disabilities and autism", 'A patient objective; the staff-side actions that support it are listed here because they draw on our disabled and autistic colleagues.');
  act('B1', 'Train an "autism champion" in each clinical division, with places open to staff who are themselves autistic.', '—', 'Learning Disability Liaison Nurse', D(2020, 11, 30), 'G', []);
  act('B2', 'Provide a quiet room in the emergency department for staff and patients with sensory over-sensitivity.', '—', 'Divisional Director, Medicine', D(2021, 3, 31), 'A', []);
  p.blank();
  p.line(['RAG: G = on track or complete; A = some slippage; R = not started or at risk.'], { merge: W, style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute foundation trust) following a real trust's equality objectives page whose objectives are named by their EDS2 goal in quotation marks with a two-year focus (sensory loss for the workforce objective, learning disabilities and autism for the health outcomes one), kept as one sheet 'Objectives 2019-21': trust name, title (year 2 action plan 2020-21, including WDES actions), a line on the Inclusion event, a blank row, then per objective a dark-blue OBJECTIVE row (\"'A representative and supported workforce' – focus on sensory loss\"), an italic explanatory paragraph, and its own header 'Ref | Action | WDES metric | Lead | Target date | RAG' (so two header rows, 7 and 16), followed by its actions; a RAG key line closes the sheet. Target dates are real dates shown dd/mm/yyyy; the RAG is a letter (G / A / R) on a fill of the same colour. Judgement calls: theme = the quoted objective row above (quotes kept); the paragraphs are context; ref = 'W1'…'B2'; indicators from the WDES metric column ('4, 6' → ['4', '6'], '—' → []), and the staff-side actions under the patient objective are actions of the plan; status = the letter as written, rag from it (G green, A amber, R red); due = the date as displayed; 2019 and 2021 in the headings are not dues.", { ind: 'C', ragCol: 'F', mode: 'fill' });
}
