// holdout78-wres-2016-17-elmsbury: acute FT, section 4 of a Board paper ('What we will do in 2016/17') pasted from Word into Excel:
// paragraph numbers in column A, the paragraphs in one wide column B, bold indicator headings, no borders and no table. EVERY paragraph
// is numbered – the findings as well as the actions – and each action paragraph says in its own sentences who leads it and by when.
import { Book, Plan } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Elmsbury General Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout78-wres-2016-17-elmsbury', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [7, 112], font: { name: 'Calibri', size: 11 } });
  p.ws.views = [{ showGridLines: false }];
  const para = { border: false, styles: [{ alignment: { horizontal: 'left' } }, {}] };
  p.line([trust], { at: 1, merge: ['A', 'B'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard: Report and Action Plan 2016/17'], { merge: ['A', 'B'], style: { bold: true, font: { size: 12 } } });
  p.line(['Paper for: Trust Board, 28 July 2016   |   Presented by: Director of Human Resources and Organisational Development'], { merge: ['A', 'B'], style: { italic: true } });
  p.blank();
  p.line(['4.', 'What we will do in 2016/17'], { style: { bold: true, font: { size: 12 } } });
  p.line(['', 'This section sets out the Trust\'s actions for the year under each WRES indicator. Each paragraph says who will lead the work and when we expect it to be done.']);
  const sections = []; const data = []; const context = [];
  const heading = (t) => { p.blank(); const r = p.line(['', t], { style: { bold: true, font: { underline: true } } }); sections.push(r); return t; };
  const finding = (n, t) => { const r = p.line([n, t], { ...para, style: { italic: true } }); data.push(r); context.push(r); };
  const act = (n, t, theme, inds, lead, due) => p.action([n, t], { ref: n, indicators: inds, theme, action: t, lead, due, dueSource: due ? 'action text' : null }, para);

  let th = heading('Indicator 1 – BME representation by pay band');
  finding('4.1', 'In our July 2016 return 14.2% of staff were from a BME background, but only 5.1% of staff at Band 8a and above. Most BME staff in senior clinical roles are medical consultants, who sit outside the Agenda for Change bands.');
  act('4.2', 'We will produce a band-by-band profile for each of the five clinical divisions and for corporate services, and share it with each divisional management team so that divisions can see where BME staff are missing above Band 6. The Head of Workforce Information will lead this work, and the first divisional reports will go to the Workforce Committee by September 2016.', th, ['1'], 'Head of Workforce Information', 'September 2016');
  act('4.3', 'We will ask every member of staff to check and, where needed, update the ethnicity recorded for them on ESR, using payslip messages and the staff bulletin, so that fewer records show "not stated". We aim to bring the "not stated" rate below 5% by November 2016.', th, ['1'], '', 'November 2016');

  th = heading('Indicator 2 – Appointment from shortlisting');
  finding('4.4', 'White applicants who were shortlisted were 1.61 times more likely to be appointed than BME applicants who were shortlisted (2015/16 recruitment data).');
  act('4.5', 'We will make sure that every interview panel for posts at Band 7 and above includes at least one member who has completed the Trust\'s fair recruitment training. This will be led by the Recruitment Manager, and the training sessions for panel members will run from October 2016.', th, ['2'], 'Recruitment Manager', '');
  act('4.6', 'We will review the wording of our adverts and person specifications for Band 5 and 6 nursing posts to remove criteria that are not needed to do the job, starting with theatres and the emergency department. This will be led by the Deputy Chief Nurse and completed by December 2016.', th, ['2'], 'Deputy Chief Nurse', 'December 2016');

  th = heading('Indicator 3 – Formal disciplinary process');
  finding('4.7', 'BME staff were 1.9 times more likely than White staff to enter the formal disciplinary process; 11 of the 23 cases involving BME staff were in estates and facilities.');
  act('4.8', 'Before any formal disciplinary investigation involving a BME member of staff begins, a senior HR manager who has not been involved in the case will check whether the matter could be resolved informally. The Deputy Director of HR will put this check in place by 1 October 2016 and report the number of cases reviewed to the Workforce Committee each quarter.', th, ['3'], 'Deputy Director of HR', '1 October 2016');

  th = heading('Indicators 5 and 6 – Bullying, harassment and abuse');
  finding('4.9', 'In the 2015 NHS Staff Survey 31% of BME staff reported harassment, bullying or abuse from patients, relatives or the public, and 27% from other staff; both figures are higher than for White staff.');
  act('4.10', 'We will set up a network of trained "Dignity at Work" advisers drawn from across the Trust, including BME staff, so that colleagues can talk in confidence to someone outside their own team. The Head of Organisational Development will recruit and train the first twenty advisers, with the service open to staff by the end of January 2017.', th, ['5', '6'], 'Head of Organisational Development', 'the end of January 2017');
  act('4.11', 'Ward and department managers will display the Trust\'s zero-tolerance statement on racist abuse in every patient area and record every incident on Datix, so that we can see how often staff face abuse from patients and where. The Director of Nursing and Medical Director will jointly lead this, supported by the Head of Security.', th, ['5', '6'], 'Director of Nursing and Medical Director', '');

  th = heading('Indicator 7 – Equal opportunities for career progression');
  act('4.12', 'We will run our first "Aspire" development programme for BME nurses, midwives and allied health professionals at Bands 5 and 6, with each participant matched to a senior mentor. The first cohort of fifteen will start in January 2017 and finish by the end of June 2017; the Associate Director of Nursing for Education will lead the programme, reporting to the Workforce Committee.', th, ['7'], 'Associate Director of Nursing for Education', 'the end of June 2017');

  th = heading('Indicator 9 – Board membership');
  finding('4.13', 'None of the Trust\'s voting Board members is from a BME background.');
  act('4.14', 'When the next non-executive director vacancies arise, we will ask our search agency for a long list that includes BME candidates and advertise through regional BME professional networks. The Trust Secretary will oversee this on behalf of the Council of Governors\' Nominations Committee.', th, ['9'], 'Trust Secretary', '');

  p.blank();
  p.line(['5.', 'Monitoring'], { style: { bold: true, font: { size: 12 } } });
  context.push(p.line(['5.1', 'Progress against these actions will be reported to the Workforce Committee every quarter and to the Board in January 2017. The Equality and Diversity Lead will prepare the reports.'], para));
  p.blank();
  p.line(['', 'The Board is asked to approve the WRES return and this action plan for publication on the Trust website by 1 August 2016.'], { style: { bold: true } });
  fitRows(p, 15);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust): section 4 of a Trust Board paper pasted from Word into one sheet with no gridlines, borders or table. Trust name, paper title, an italic 'Paper for: Trust Board, 28 July 2016 | Presented by: …' line, the section heading '4. | What we will do in 2016/17' and a one-line intro, then six bold underlined INDICATOR HEADINGS ('Indicator 1 – BME representation by pay band', 'Indicators 5 and 6 – Bullying, harassment and abuse' …), each followed by NUMBERED PARAGRAPHS: the paragraph number in column A ('4.1' … '4.14', typed as text, numbering continuous through the section) and the paragraph in column B. Under most headings the first numbered paragraph is the FINDING (italic: 'In our July 2016 return 14.2% …', '… 1.61 times more likely …') and the ones after it are the actions ('We will …'); indicator 7 has no finding paragraph. A '5. Monitoring' heading with paragraph 5.1 and a bold recommendation line close the sheet. There is NO lead, date or status column: each action paragraph names its lead and its date in its own sentences. Judgement calls: the numbered FINDING paragraphs (4.1, 4.4, 4.7, 4.9, 4.13) and the monitoring paragraph 5.1 are not actions although they are numbered like them; every 'We will …' paragraph is one action and the gold action is the whole paragraph; ref = its paragraph number ('4.10'); theme = the indicator heading above; indicators from the heading ('Indicators 5 and 6' → ['5','6']). Lead = the role the paragraph gives the work to ('The Head of Workforce Information will lead this work', 'This will be led by the Recruitment Manager', 'The Deputy Director of HR will put this check in place', 'The Director of Nursing and Medical Director will jointly lead this' – kept whole); '' for 4.3, which names no one; people the work is 'supported by' (Head of Security) and committees reported to (Workforce Committee, the Council of Governors' Nominations Committee) are not leads. Due = the date phrase after 'by', as written and without the 'by' ('September 2016', '1 October 2016', 'the end of January 2017'), dueSource 'action text' – as holdout57 tarnhallow / oxleybridge and holdout48 record a due read out of the action paragraph (holdout59 and holdout24 record a due typed in a timescale column as 'column', and an empty one as '' with dueSource null); where the paragraph has two dates the due is the finish, not the start (4.12: 'start in January 2017 and finish by the end of June 2017' → 'the end of June 2017'); 'will run from October 2016' is a start (4.5 → due '', dueSource null) and 'each quarter' a frequency; 4.11 and 4.14 give no date ('when the next non-executive director vacancies arise' is no date a reader can hold to) → ''. The Board date (28 July 2016), the publication date (1 August 2016) and the Board report in January 2017 (paragraph 5.1) are not dues. No status (status '', rag null).", { sections, dataRows: data, paraNums: { col: 'A', context }, textFields: { col: 'B', lead: ['[Tt]he ([A-Z][A-Za-z ]+?) will (?:jointly )?(?:lead|put|recruit|oversee)', 'led by the ([A-Z][A-Za-z ]+?)(?:,| and )'], due: ['\\bby ((?:the end of )?(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})'] }, dueSourceIs: 'action text', forbidden: ['October 2016', 'January 2017', '28 July 2016', '1 August 2016', 'Workforce Committee', 'Head of Security'] });
}
