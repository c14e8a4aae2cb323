// holdout39-wres-2017-18-harthope: follows London Ambulance Service NHS Trust's equality and inclusion strategy 'One Service for All 2'
// (https://1library.net/document/yd802weq-one-service-for-all.html): a CONTENTS page listing INTRODUCTION, OUR PRINCIPLES, OUR POLICY,
// OUR STRATEGIC INTENTIONS, EVALUATION, then APPENDIX I ACTION PLAN, APPENDIX II RESPONSES, APPENDIX III OBJECTIVES, APPENDIX IV
// DEFINITIONS, APPENDIX V GLOSSARY each with 'PAGE n'; '1. EXECUTIVE SUMMARY' with numbered paragraphs 1.1, 1.2 …, the three key aims
// (world class care for all diverse patients; the Positive Action Strategy and becoming an employer of choice; procurement as a driver
// for equality, encouraging SMEs to bid), five objectives, a Director-level Equality and Inclusion Steering Group, and pull-quotes in the
// margin ('This strategy identifies our aims and our objectives …'). Here the document's parts are sheets of one workbook. ASSUMED:
// the Appendix I table's columns (`Ref | Action | Objective | WRES | Owner | Deadline | Status`), its aim section rows and the status fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harthope Ambulance Service NHS Trust';
  const F = { name: 'Arial', size: 10 };
  const bold = { font: { ...F, bold: true } };
  const cs = book.wb.addWorksheet('Contents'); cs.getColumn(1).width = 44; cs.getColumn(2).width = 12;
  [['ONE SERVICE FOR ALL 2'], [trust], [], ['CONTENTS'], ['INTRODUCTION', 'PAGE 5'], ['OUR PRINCIPLES', 'PAGE 8'], ['OUR POLICY', 'PAGE 11'], ['OUR STRATEGIC INTENTIONS', 'PAGE 15'], ['EVALUATION', 'PAGE 23'], ['APPENDIX I ACTION PLAN', 'PAGE 26'], ['APPENDIX II RESPONSES', 'PAGE 29'], ['APPENDIX III OBJECTIVES', 'PAGE 34'], ['APPENDIX IV DEFINITIONS', 'PAGE 36'], ['APPENDIX V GLOSSARY', 'PAGE 38']].forEach((v, i) => { cs.getRow(i + 1).values = v; cs.getRow(i + 1).font = i < 4 ? { ...F, bold: true, size: 12 } : F; });
  const ss = book.wb.addWorksheet('Strategy'); ss.getColumn(1).width = 80; ss.getColumn(3).width = 30;
  [['Introduction'], ['1. EXECUTIVE SUMMARY'], ['1.1. Like every public body in the United Kingdom, Harthope Ambulance Service NHS Trust must have due regard to the need to eliminate discrimination, advance equality of opportunity and foster good relations between people who share a protected characteristic and those who do not.', undefined, 'This strategy sets out our aims and the objectives by which we will build equality into all that we do.'],
    ['1.2. Our updated strategy has three key aims:'], ['•  to give excellent care to all our diverse patients and service users, whatever their protected characteristics'], ['•  to follow our Positive Action Strategy and keep working to become an employer of choice for talented people from every background'], ['•  to use our buying power to promote equality and inclusion, including by encouraging small and medium enterprises to bid for our contracts'],
    ['1.3. Five objectives support these aims (Appendix III).', undefined, 'The strategy is the single reference point for the actions that support it.'], ['1.4. Our Director-level Equality and Inclusion Steering Group meets every quarter to oversee this work and the Workforce Race Equality Standard.']].forEach((v, i) => { const r = ss.getRow(i + 1); r.values = v; r.font = i < 2 ? { ...F, bold: true, size: 12 } : F; r.alignment = { wrapText: true, vertical: 'top' }; if (v[2]) r.getCell(3).font = { ...F, italic: true, color: { argb: C.nhs } }; });
  const p = new Plan(book, { name: 'holdout39-wres-2017-18-harthope', sheet: 'Appendix I Action Plan', standard: 'WRES', period: '2017-18', trust, widths: [6, 60, 12, 9, 28, 11, 13] });
  const ob = book.wb.addWorksheet('Appendix III Objectives'); ob.getColumn(1).width = 14; ob.getColumn(2).width = 90;
  [['APPENDIX III OBJECTIVES'], ['Objective 1', 'Improve how we record and meet the communication needs of patients and service users.'], ['Objective 2', 'Make our workforce more representative of the communities we serve at every level.'], ['Objective 3', 'Make sure staff are treated fairly in our employment processes.'], ['Objective 4', 'Give staff networks a stronger voice in how the Trust is run.'], ['Objective 5', 'Build equality into our governance and procurement.']].forEach((v, i) => { ob.getRow(i + 1).values = v; ob.getRow(i + 1).font = i === 0 ? { ...F, bold: true } : F; });
  const gl = book.wb.addWorksheet('Appendix V Glossary'); gl.getColumn(1).width = 10; gl.getColumn(2).width = 70;
  [['APPENDIX V GLOSSARY'], ['AIS', 'Accessible Information Standard'], ['BME', 'Black and minority ethnic'], ['EDS2', 'Equality Delivery System 2'], ['SME', 'Small and medium enterprise'], ['WRES', 'Workforce Race Equality Standard']].forEach((v, i) => { gl.getRow(i + 1).values = v; gl.getRow(i + 1).font = i === 0 ? { ...F, bold: true } : F; });

  p.line([trust], { merge: ['A', 'G'], style: { bold: true, color: C.darkblue } });
  p.line(['One Service for All 2 – Equality and Inclusion Strategy 2017 – 2020'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['APPENDIX I ACTION PLAN'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(["The actions below deliver the five objectives in Appendix III. The WRES column shows the Workforce Race Equality Standard indicator(s) an action supports ('–' = none). Progress is reported to the Equality and Inclusion Steering Group each quarter."], { merge: ['A', 'G'], height: 40 });
  p.header(['Ref', 'Action', 'Objective', 'WRES', 'Owner', 'Deadline', 'Status'], { style: { fill: C.darkblue, color: C.white } });
  const ST = { Complete: C.green, 'On track': C.lightgreen, Delayed: C.amber, 'Not started': C.red };
  const aims = [
    ['AIM 1 – Excellent care for all our diverse patients and service users', [
      ['1.1', 'Record patients\' communication needs on the electronic patient care record so that crews can meet them on scene.', 'Objective 1', '–', 'Head of Patient Experience', D(2018, 3, 31), 'On track', []],
      ['1.2', 'Produce easy-read and translated versions of the leaflets left with patients who are not taken to hospital.', 'Objective 1', '–', 'Patient Information Manager', D(2017, 12, 31), 'Delayed', []]]],
    ['AIM 2 – An employer of choice, following our Positive Action Strategy', [
      ['2.1', 'Hold paramedic taster days in the three boroughs with the largest BME populations, with BME paramedics as hosts.', 'Objective 2', '1, 2', 'Head of Recruitment', D(2017, 9, 30), 'Complete', ['1', '2']],
      ['2.2', 'Put a trained BME assessor on every selection panel for posts at Band 6 and above.', 'Objective 2', '2', 'Head of Recruitment', D(2018, 3, 31), 'On track', ['2']],
      ['2.3', 'Review every disciplinary case by ethnicity each quarter with staff side before it reaches a hearing.', 'Objective 3', '3', 'Head of Employee Relations', D(2018, 1, 31), 'Not started', ['3']],
      ['2.4', 'Train station and control room managers in fair and inclusive people management.', 'Objective 3', '6, 8', 'Head of Learning and Development', D(2018, 3, 31), 'On track', ['6', '8']],
      ['2.5', 'Give the BME Staff Forum a budget, protected time for its chair and a seat on the Steering Group.', 'Objective 4', '7', 'Director of Workforce', D(2017, 10, 31), 'Complete', ['7']],
      ['2.6', 'Hold a Board development session on race equality and publish the Board\'s ethnicity profile.', 'Objective 5', '9', 'Trust Secretary', D(2017, 11, 30), 'Complete', ['9']]]],
    ['AIM 3 – Using our buying power to promote equality and inclusion', [
      ['3.1', 'Include equality and inclusion questions in every tender worth more than £25,000.', 'Objective 5', '–', 'Head of Procurement', D(2018, 3, 31), 'On track', []],
      ['3.2', 'Hold a "meet the buyer" day for small and medium local suppliers, including BME-led businesses.', 'Objective 5', '–', 'Head of Procurement', D(2018, 2, 28), 'Not started', []]]],
  ];
  const secs = [];
  for (const [aim, acts] of aims) {
    secs.push(p.line([aim], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.paleblue } }));
    for (const [ref, a, obj, wres, owner, due, st, inds] of acts) {
      p.action([ref, a, obj, wres, owner, due, st], { ref, indicators: inds, theme: aim, action: a, lead: owner, due: shown(due, 'mmm-yy'), status: st, rag: { Complete: 'green', 'On track': 'green', Delayed: 'amber', 'Not started': 'red' }[st] },
        { styles: [{}, {}, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: 'mmm-yy' }, { fill: ST[st] }] });
    }
  }
  p.line(['Status: Complete / On track (green), Delayed (amber), Not started (red). Position at 31 December 2017.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service NHS trust) following a real ambulance trust's equality and inclusion strategy document ('One Service for All 2', London Ambulance Service's), its parts kept as sheets of one workbook: 'Contents' (CONTENTS with 'PAGE n' for each part and appendix), 'Strategy' (1. EXECUTIVE SUMMARY, numbered paragraphs 1.1–1.4, the three key aims as bullets, margin pull-quotes in column C), the gold sheet 'Appendix I Action Plan', 'Appendix III Objectives' (Objective 1–5 with wording) and 'Appendix V Glossary'. The gold sheet: trust line, strategy title (2017 – 2020), 'APPENDIX I ACTION PLAN', a paragraph explaining the WRES column ('–' = none), the header 'Ref | Action | Objective | WRES | Owner | Deadline | Status' (row 5), three shaded AIM section rows, ten actions, and an italic status key with the position date. Deadlines are real dates shown 'mmm-yy'; status words sit on coloured fills. Judgement calls: the plan is the whole equality strategy's action plan, so patient-facing and procurement actions (Aims 1 and 3) are actions too, with indicators [] ('–'); indicators come only from the WRES column ('6, 8' → ['6', '8']), never from the Objective column ('Objective 3' is the strategy's own objective, not WRES indicator 3); theme = the AIM section row; ref = Ref ('2.4'); lead = Owner; due = Deadline as displayed ('Mar-18'); status = the word, rag = its fill (Complete and On track green, Delayed amber, Not started red, as the key says); the key line and its position date are not actions or dues; the period is 2017-18 (the strategy's first year, the status date 31 December 2017).", { mode: 'fill', ragCol: 'G', sections: secs, crossRef: { metricCol: 'D', otherCols: ['C'] }, notFrom: ['C'] });
}
