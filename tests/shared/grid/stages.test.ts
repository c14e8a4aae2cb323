/**
 * The reader's stages, one at a time: each is a small function a person can check against what a plan
 * says. The whole reader is tested on real and written plans elsewhere (fixtures, corpus, layout changes).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan, parseColumnChoice } from '../../../shared/check-plan';
import { cellKind, findDueInText, readLabelledValues, scoreHeaderWords } from '../../../shared/grid';
import { assignColumns } from '../../../shared/grid/assign-columns';
import { classifyRow } from '../../../shared/grid/classify-row';
import { findHeaderRows } from '../../../shared/grid/find-header-rows';
import { findHeadingsAbove } from '../../../shared/grid/find-headings-above';
import { findTables } from '../../../shared/grid/find-tables';
import { profileRows } from '../../../shared/grid/profile-rows';
import { viewSheet } from '../../../shared/grid/view-sheet';
import { periodOfText, readIdentity, trustOfText } from '../../../shared/identity';
import { indicatorsMentioned, indicatorsOfWording } from '../../../shared/indicators';
import type { CellValue, Grid } from '../../../shared/types';

const sheetOf = (values: CellValue[][], extra: Partial<Grid> = {}) => viewSheet({ values, ...extra });

describe('header words', () => {
  it.each([
    ['Who is responsible?', 'lead'],
    ['By when?', 'due'],
    ['What are we going to do?', 'action'],
    ['How will we know?', 'outcome'],
    ['RESPONSIBILITY FOR ACTION', 'lead'],
    ['Expected date\nof completion', 'due'],
    ['Progress to date', 'progress'],
    ['Date achieved/progress Red = yet to begin Amber = in progress Green = completed', 'completed'],
    ['RAG STATUS (B=complete, G=on track, A=at risk, R=off track)', 'status'],
    ['Intended Outcome / Actions', 'outcome'],
    // The indicator's number, not the row's: 'No.' after the indicator word.
    ['Metric No.', 'indicator'],
    ['WRES Indicator number', 'indicator'],
    ['No.', 'ref'],
    // An improvement method's own words: a QI driver diagram's, a PDSA log's, an OKR sheet's.
    ['Change ideas', 'action'],
    ['Test of change', 'action'],
    ['Idea owner', 'lead'],
    ['Test by', 'due'],
    ['PDSA stage', 'status'],
    ['Learning so far', 'progress'],
    ['Primary drivers', 'objective'],
    ['Key results', 'outcome'],
    ['Confidence', 'status'],
  ])('"%s" names the %s first', (text, field) => {
    expect(scoreHeaderWords(text)[0].field).toBe(field);
  });

  it('scores a sentence that merely contains a header word low: a header names its column in a few words', () => {
    expect(scoreHeaderWords('Lead')[0].score).toBe(1);
    expect(scoreHeaderWords('The network lead will review the data with HR each quarter and report back')[0].score).toBeLessThan(0.4);
  });

  it("reads a header pasted as rich text by its words, not its tags, and a long tagged sentence as no header", () => {
    const style = '<span style="font-family:Arial;font-size:11pt;color:#1F3864;background-color:#FFFFFF;font-weight:bold">';
    expect(scoreHeaderWords(`<p>${style}Responsible</span> ${style}lead</span></p>`)[0]).toMatchObject({ field: 'lead', score: 1 });
    const sentence = 'The network lead will review the recruitment data with HR each quarter, report back to the board and agree what changes next with every division and the staff networks';
    expect(scoreHeaderWords(`<p>${style}${sentence}</span></p>`)).toEqual([]);
    expect(scoreHeaderWords(`<p>${style}Due_x0020_Date</span></p>`)[0]).toMatchObject({ field: 'due' });
  });
});

describe('cell kinds', () => {
  it.each([
    [new Date(Date.UTC(2024, 2, 31)), 'date'],
    [45382, 'date'],
    ['Q3 2023/24', 'timescale'],
    ['Ongoing', 'ongoing'],
    ['In progress', 'status'],
    ['G', 'status'],
    ['2a', 'ref'],
    [7, 'ref'],
    ['Indicator 3', 'indicator'],
    ['1&9', 'indicator'],
    // Tags as a task tracker exports them, an indicator's among them whatever comes first.
    ['Data;WRES 2', 'indicator'],
    ['Race | WDES 4a', 'indicator'],
    ['Data;Training', 'short'],
    // A date typed as text is a timescale, not indicators 31 and 3; numbers that could all be indicators stay indicators.
    ['31/03/2022', 'timescale'],
    ['5/11/21', 'timescale'],
    ['5/6/8', 'indicator'],
    ['2. Relative likelihood of staff being appointed from shortlisting', 'indicator'],
    ['2. BAME career development day to be held in the trust', 'narrative'],
    ['Head of Organisational Development', 'role'],
    ['PD/NF/NB', 'role'],
    ['Recruitment Group & RB', 'role'],
    ['A Board that reflects our communities', 'short'],
    ['Review the recruitment policy with the staff networks and publish it', 'narrative'],
  ] as [CellValue, string][])('%s is %s', (value, kind) => {
    expect(cellKind(value)).toBe(kind);
  });
});

describe('tables', () => {
  it('keeps a key to the right of the plan, beyond an empty column, as a table of its own', () => {
    const tables = findTables(sheetOf([
      ['Action', 'Lead', 'Status', null, 'Key'],
      ['Run listening events', 'EDI lead', 'Complete', null, 'Complete'],
      ['Publish the data', 'Head of HR', 'On track', null, 'On track'],
    ]));
    expect(tables.map((t) => [t.left, t.right])).toEqual([[0, 2], [4, 4]]);
  });

  // A plan of a handful of actions whose last columns sit past an emptied one (a hidden column cleared), with a
  // glossary under it stretching its first columns' block: its status and progress are still its columns.
  const spaced = (under: CellValue[][]): CellValue[][] => [
    ['No', 'Action', 'Lead', 'By', null, 'Current status', 'Latest position'],
    ...['Record ethnicity for all staff on the HR system', 'Use structured interview questions for every post', 'Advertise posts through the regional networks', 'Give reception teams a session on racist remarks', 'Offer coaching places to BME practice nurses'].map((action, i) => [i + 1, action, 'HR Adviser', 'Mar 2021', null, 'Under way', `Agreed with practices in ${['June', 'July', 'August', 'September', 'October'][i]}; ${i + 2} practices have started it so far`]),
    [],
    ...under,
  ];
  it("keeps a plan's progress columns past an emptied column with it, though a glossary under the plan runs longer", () => {
    const glossary = [['Glossary'], ['EDI –', 'Equality, diversity and inclusion'], ['ESR –', 'Electronic Staff Record'], ['FTSU –', 'Freedom to Speak Up'], ['BME', 'Black and minority ethnic'], ['HCA', 'Healthcare assistant']];
    expect(findTables(sheetOf(spaced(glossary))).map((t) => [t.left, t.right])).toEqual([[0, 6]]);
  });

  it('keeps a key of short words beside such a plan, over a glossary, a table of its own (negative)', () => {
    const glossary = [['Glossary'], ['EDI –', 'Equality, diversity and inclusion'], ['ESR –', 'Electronic Staff Record'], ['FTSU –', 'Freedom to Speak Up']];
    const values = spaced(glossary).map((row, r) => (r === 0 ? [...row.slice(0, 5), 'Key'] : r <= 4 ? [...row.slice(0, 5), ['Red = not started', 'Amber = under way', 'Green = on track', 'Blue = done'][r - 1]] : row.slice(0, 4)));
    expect(findTables(sheetOf(values)).map((t) => [t.left, t.right])).toEqual([[0, 3], [5, 5]]);
  });
});

describe('header rows', () => {
  const values: CellValue[][] = [
    ['Anytown NHS Trust WRES plan 2022/23'],
    ['Item', 'Activity', 'Lead officer', 'Deadline', 'Date achieved/progress Red = yet to begin Amber = in progress Green = completed — colour the cell as work moves on'],
    [1, 'Run a reverse mentoring programme for the executive team', 'Director of People', 'March 2023', 'Completed'],
    [2, 'Publish the WRES data on the intranet', 'Head of HR', 'Sept 22', 'Begun'],
    ['No.', 'What are we going to do?', 'Who is responsible?', 'By when?', 'Status'],
    [3, 'Train recruiting managers', 'Head of Resourcing', 'Q4 2022/23', ''],
  ];
  const sheet = sheetOf(values);

  it('takes the best-scoring row as the header even when one of its cells is long, and finds its reworded repeat', () => {
    expect(findHeaderRows(sheet, findTables(sheet)[0]).map((h) => h.row)).toEqual([1, 4]);
  });
});

  it.each([
    ['Ref no', 'Ref no'], ['Ref. No.', 'Ref. No.'], ['Reference number', 'Reference number'],
  ])('reads "%s" as the reference column', (header) => {
    expect(scoreHeaderWords(header)[0]?.field).toBe('ref');
  });

  it('keeps a column headed "Action" as the action when the few cells under it are not sentences (fuzz counterexample)', () => {
    const report = checkPlan({ values: [
      ['Indicator', 'Action', 'Lead', 'Timescale', 'Status', 'Progress'],
      [null, '9a', 'Action', null, null, 'Action'],
      ['Action', 'Slippage Likely', 0, null, 0, null],
      [0, 0, '#REF!', 'Action', 0, 'Action'],
    ] }, { asAt: new Date(Date.UTC(2021, 2, 31)) });
    expect(report.columns.action).toBe('B');
  });

  it('finds a header that names four fields or more beside as many columns of the plan\'s own', () => {
    const report = checkPlan({ values: [
      ['Budget', 'Cost centre', 'Ref', 'Title', 'Metric', 'Lead', 'Timescale', 'RAG', '% Complete', 'Modified', 'Modified By'],
      ['Nil', 'W1020', 3, 'Run a campaign to update disability status on ESR', 'Metric 1', 'Grace Okonkwo', 'Dec 2021', 'Amber', 0.6, 'Feb 2022', 'Sam Patel'],
      ['£5,000', 'W1020', 4, 'Add disability to the monthly workforce dashboard', 'Metric 1', 'Grace Okonkwo', 'Sep 2021', 'Green', 1, 'Oct 2021', 'Grace Okonkwo'],
    ] }, { asAt: new Date(Date.UTC(2021, 2, 31)) });
    expect(report.headerRows).toEqual([1]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Grace Okonkwo', 'Grace Okonkwo']);
  });

  it('reads a row that renames the columns above it as a header of its own, and a row that narrows a group label as the header\'s second row', () => {
    const renamed = checkPlan({ values: [
      ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
      ['Indicator', 'Status', 'Deadline', '', ''],
      [1, 'Publish the WRES data on the intranet', 'Head of HR', 'March 2023', 'Complete'],
    ] }, { asAt: new Date(Date.UTC(2023, 0, 1)) });
    expect(renamed.columns.action).toBe('B');
    expect(renamed.columns.lead).toBe('C');

    const stacked = checkPlan({
      values: [
        ['Action', 'Lead', 'Progress', ''],
        ['', '', 'RAG', 'Update'],
        ['Publish the WRES data on the intranet', 'Head of HR', 'Green', 'Published in May'],
      ],
      merges: [{ top: 0, left: 2, bottom: 0, right: 3 }],
    } as Grid, { asAt: new Date(Date.UTC(2023, 0, 1)) });
    expect(stacked.columns.action).toBe('A');
    expect(stacked.columns.status).toBe('C');
    expect(stacked.actions).toHaveLength(1);
  });

describe('columns from header words and contents', () => {
  const sheet = sheetOf([
    ['Ref', 'Action', 'Contact', 'Column6'],
    ['1', 'Run listening events with the race equality network', 'Sarah Jones', new Date(Date.UTC(2023, 2, 31))],
    ['2', 'Publish the WRES data with a commentary', 'Head of HR', new Date(Date.UTC(2023, 5, 30))],
    ['3', 'Train every recruiting manager in inclusive recruitment', 'EDI Lead', 'Q3 2023/24'],
    ['4', 'Set representation goals for each division', 'Director of People', 'March 2024'],
  ]);
  const table = findTables(sheet)[0];
  const { map, evidence } = assignColumns(sheet, table, [0], [1, 2, 3, 4], {}, null);

  it('reads a timescale from a column of dates and a lead from a column of names and roles, whatever their headers', () => {
    expect(map).toMatchObject({ ref: 0, action: 1, lead: 2, due: 3 });
    expect(evidence.find((e) => e.field === 'due')!.reason).toBe("Timescale: 4 of 4 cells are dates or timescales (header 'Column6')");
    expect(evidence.find((e) => e.field === 'lead')!.reason).toBe("Lead: 4 of 4 cells name roles or people (header 'Contact')");
    expect(evidence.find((e) => e.field === 'lead')!.source).toBe('contents');
  });

  it('gives the user\'s choice the last word', () => {
    const chosen = assignColumns(sheet, table, [0], [1, 2, 3, 4], { lead: 'A', due: '' }, null);
    expect(chosen.map.lead).toBe(0);
    expect(chosen.map.due).toBeUndefined();
    expect(chosen.evidence.find((e) => e.field === 'lead')).toMatchObject({ column: 'A', confidence: 1, source: 'user' });
  });
});

describe('rows', () => {
  const sheet = sheetOf([
    ['Action', 'Lead', 'Timescale'],
    ['Engagement', null, null],
    ['Run listening events', 'EDI lead', 'Jan-20'],
    ['See 3. above', null, null],
    ['Red', 'Not started', null],
  ], { merges: [{ top: 1, left: 0, bottom: 1, right: 2 }] });
  const columns = { action: 0, lead: 1, due: 2 };
  const texts = profileRows(sheet, findTables(sheet)[0]);
  const kind = (r: number) => classifyRow({ sheet, r, texts: texts[r], columns, standard: 'WRES' });

  it('tells sections, actions, cross-references and key rows apart', () => {
    expect(kind(1)).toEqual({ kind: 'section', heading: 'Engagement', indicator: null });
    expect(kind(2)).toEqual({ kind: 'action' });
    expect(kind(3)).toMatchObject({ kind: 'cross-reference', target: '3' });
    expect(kind(4)).toMatchObject({ kind: 'legend', entries: [{ rag: 'red', label: 'Not started' }] });
  });

  it('finds the section heading written above each repeated header', () => {
    const s = sheetOf([
      ['WDES action plan 2022/23'],
      ['Metric 1: Representation — Percentage of staff in AfC bands'],
      ['Action', 'Lead', 'Due'],
      ['Run a declaration campaign', 'Head of Workforce Information', 'Q2 2022/23'],
      ['Metric 2: Recruitment'],
      ['Action', 'Lead', 'Due'],
      ['Guaranteed interview scheme', 'Head of Recruitment', 'Q3 2022/23'],
    ]);
    expect([...findHeadingsAbove(s, [2, 5], () => false).headings.keys()]).toEqual([1, 4]);
    const report = checkPlan({ values: (s as unknown as { values?: CellValue[][] }).values ?? [
      ['WDES action plan 2022/23'], ['Metric 1: Representation — Percentage of staff in AfC bands'], ['Action', 'Lead', 'Due'],
      ['Run a declaration campaign', 'Head of Workforce Information', 'Q2 2022/23'], ['Metric 2: Recruitment'], ['Action', 'Lead', 'Due'],
      ['Guaranteed interview scheme', 'Head of Recruitment', 'Q3 2022/23'],
    ] }, { asAt: new Date(Date.UTC(2022, 5, 1)) });
    expect(report.actions.map((a) => [a.indicator, a.theme])).toEqual([['1', 'Metric 1: Representation — Percentage of staff in AfC bands'], ['2', 'Metric 2: Recruitment']]);
  });
});

describe('values inside cells', () => {
  it('reads labelled values, one per line', () => {
    expect(readLabelledValues('Review exit interviews\nLEAD: Head of OD\nTimeframes: Q3 2019/20\nRAG: Amber')).toEqual({ lead: 'Head of OD', due: 'Q3 2019/20', status: 'Amber' });
    expect(readLabelledValues('Review exit interviews with the networks')).toEqual({});
    expect(readLabelledValues('Lead: Head of OD / Timescale: March 2019')).toEqual({ lead: 'Head of OD', due: 'March 2019' });
    // A slash inside a value is part of it: only a capitalised label and a colon after it start a second value.
    expect(readLabelledValues('Lead: Head of HR/OD / Deputy Chief Nurse')).toEqual({ lead: 'Head of HR/OD / Deputy Chief Nurse' });
    // A label opening a bracket that closes the sentence: the value ends at the bracket (or at a ';' inside it).
    expect(readLabelledValues('Audit every shortlist for bias (Lead: Head of Resourcing).')).toEqual({ lead: 'Head of Resourcing' });
    expect(readLabelledValues('Run coaching for Band 5 nurses (Owner: Chief Nurse; Timescale: Q3 2023/24)')).toEqual({ lead: 'Chief Nurse', due: 'Q3 2023/24' });
    // A bracket that is part of the sentence ('(see section 3)') holds no label.
    expect(readLabelledValues('Refresh the policy (see section 3) and train managers')).toEqual({});
  });

  it('finds the timescale that closes an action\'s sentence, and only one with a number in it', () => {
    expect(findDueInText('Review all job adverts for inclusive language by March 2022')).toBe('March 2022');
    expect(findDueInText('Report to the Board by the end of Q2 2021/22.')).toBe('end of Q2 2021/22');
    expect(findDueInText('Launch reverse mentoring (Q3 2023/24)')).toBe('Q3 2023/24');
    expect(findDueInText('Break data down by ethnicity and band')).toBeNull();
    expect(findDueInText('Launch a wellbeing passport by Q4.')).toBe('Q4');
    expect(findDueInText('Publish the data within 3 months')).toBeNull();
  });

  it('ends the timescale where the sentence goes on: words after the date that leave its window as it is are not its', () => {
    expect(findDueInText('Audit every case opened in 2025/26 and share the learning with managers.')).toBe('2025/26');
    expect(findDueInText('Publish the report by 2022, and then share it with the networks.')).toBe('2022');
    // Words that change the window stay: the work carries on after March.
    expect(findDueInText('Hold listening events by March 2022 and then quarterly')).toBe('March 2022 and then quarterly');
  });
});

describe('indicators named in words', () => {
  it('reads every indicator a heading or context cell mentions by number', () => {
    expect(indicatorsMentioned('Priority 1 – Better data and disclosure (WDES metrics 1 and 10)', 'WDES')).toEqual(['1', '10']);
    expect(indicatorsMentioned('Zero tolerance (WRES indicators 5 & 6) in 2022', 'WRES')).toEqual(['5', '6']);
    // Codes, number words and 'all' count; numbers after other words do not.
    expect(indicatorsMentioned('Shortlisting audit (W2, W3)', 'WRES')).toEqual(['2', '3']);
    expect(indicatorsMentioned('Disability passport (M4a and 9b)', 'WDES')).toEqual(['4a', '9b']);
    expect(indicatorsMentioned('Indicators five and six: zero tolerance', 'WRES')).toEqual(['5', '6']);
    expect(indicatorsMentioned('Report to the board quarterly (all indicators)', 'WRES')).toHaveLength(9);
    expect(indicatorsMentioned('Train 40 managers in 2 cohorts, one in each of the five divisions', 'WRES')).toEqual([]);
  });

  it('reads a metric from its wording, one per line, leaving asides in brackets out', () => {
    expect(indicatorsOfWording('To increase the % of BME staff in each of the AfC bands 1-9 and VSM (inc Executive Board members)', 'WRES')).toEqual(['1']);
    expect(indicatorsOfWording('harassment, bullying or abuse from staff\nand\npersonally experienced discrimination at work from a manager', 'WRES')).toEqual(['6', '8']);
  });
});

describe('who the plan is', () => {
  it('reads the period and the trust from a title', () => {
    expect(periodOfText('WRES ACTION Plan 2020 -2022')).toBe('2020-22');
    expect(periodOfText('Workforce Race Equality Standard Action Plan 2020/21')).toBe('2020-21');
    expect(periodOfText('WDES Action Plan 2024–25')).toBe('2024-25');
    expect(trustOfText('Kent and Medway NHS and Social Care Partnership Trust WRES plan')).toBe('Kent and Medway NHS and Social Care Partnership Trust');
  });

  it('falls back to the sheet name, the file name and the document properties, and says which', () => {
    const identity = readIdentity({ titleTexts: [], sheet: 'Actions', standard: null, workbook: { fileName: 'WDES action plan 2023-24 final.xlsx', properties: { company: 'Fenland Community Health NHS Trust' } } });
    expect(identity.standard).toEqual({ value: 'WDES', source: 'the file name "WDES action plan 2023-24 final.xlsx"' });
    expect(identity.period).toEqual({ value: '2023-24', source: 'the file name "WDES action plan 2023-24 final.xlsx"' });
    expect(identity.trust).toEqual({ value: 'Fenland Community Health NHS Trust', source: "the document's company" });
  });
});

describe('the user\'s column choices as typed', () => {
  it('reads field=column pairs and "none"', () => {
    expect(parseColumnChoice('lead=F, timescale=d, status=none')).toEqual({ lead: 'F', due: 'D', status: '' });
    expect(() => parseColumnChoice('lead')).toThrow(/write field=column/);
  });
});

describe('status words as trusts write them', () => {
  const plan = (statusHeader: string, statuses: string[]) => checkPlan({
    values: [['Action', 'Lead', 'Timescale', statusHeader], ...statuses.map((s, i) => [`Action ${i + 1} for the plan`, 'EDI lead', 'March 2020', s])],
  }, { asAt: new Date(Date.UTC(2021, 0, 1)) });

  it('reads the letters R, A, G, B and the colour words as statuses under the default key, and says the key was assumed', () => {
    const report = plan('RAG', ['R', 'A', 'G', 'B', 'Amber']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['red', 'amber', 'green', 'blue', 'amber']);
    expect(report.ragKey.source).toBe('default');
  });

  it('does not take green as complete unless the plan\'s key says so (BRAG: Blue = complete, Green = on track)', () => {
    const brag = plan('Status (B = complete, G = on track, A = at risk, R = off track)', ['G', 'B']);
    expect(brag.actions.map((a) => [a.statusRag, a.overdue, a.rag])).toEqual([['green', true, 'red'], ['blue', false, 'blue']]);
    const threeColour = plan('Status (Red = not started, Amber = in progress, Green = complete)', ['G']);
    expect(threeColour.actions[0].overdue).toBe(false);
  });
});
