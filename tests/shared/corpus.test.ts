/**
 * The written corpus (tests/corpus/, see its README) read against its gold, batch by batch. Each batch was
 * written by someone who had not seen the reader, and measured before the reader learnt from it (the first
 * look is in docs/reader.md). The floors below are what each batch reads now: a change that makes any
 * batch read worse fails here, with the misreadings listed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learntBatches } from '../support/learnt-plans';
import { readGoldPlan } from '../support/read-gold-plan';
import { scoreIdentity, scoreStatus } from '../support/score-reading';

/** Per batch: share of gold actions found, most non-action rows read as actions, share of fields right. */
const FLOORS: { dir: string; actions: number; falseRows: number; fields: number }[] = [
  { dir: 'samples', actions: 1, falseRows: 0, fields: 0.99 },
  { dir: 'tests/corpus/dev', actions: 1, falseRows: 0, fields: 0.99 },
  { dir: 'tests/corpus/holdout', actions: 1, falseRows: 0, fields: 1 },
  // saltmarsh's and bramblecote's themes (a short objective written once over each block) read since holdout5's learning.
  { dir: 'tests/corpus/holdout2', actions: 1, falseRows: 0, fields: 1 },
  { dir: 'tests/corpus/holdout3', actions: 1, falseRows: 0, fields: 1 },
  // The first blind batch of 2 Dec 2026: first measured at 100 % of actions, 1 other row, 93.3 % of fields; now learnt
  // from (rows wrapped mid-sentence, two labelled values on one line, numbering that counts themes, a bare quarter in an
  // action's sentence): every field as the gold (892/892).
  { dir: 'tests/corpus/holdout5', actions: 1, falseRows: 0, fields: 1 },
  // The blind batch of 2 Dec 2026 (second round): first measured at 100 % of actions, 13 other rows, 74.2 % of fields;
  // now learnt from (objective rows, counts under the plan, lead / timescale / priority column roles; delivery
  // timetables and a key written as prose; indicator codes, number words, metric titles and parts, "Also contributes
  // to" columns, tick matrices): every field as the gold (842/842).
  { dir: 'tests/corpus/holdout6', actions: 1, falseRows: 0, fields: 1 },
  // The third blind batch of 2 Dec 2026, at its first measure (100 % of actions, 11 other rows, 92.2 % of fields); held out
  // while the reader learnt from holdout5 and holdout6, and measured again after: the same. Then learnt from (sub-rows and
  // no-indicator sections; status marks under colour columns, key blocks and dashboards, HIA columns as themes, 'M4a/b'):
  // every field as the gold (842/842).
  { dir: 'tests/corpus/holdout7', actions: 1, falseRows: 0, fields: 1 },
  // The fourth blind batch (2 Dec 2026, third session), written from the real plans' wording and measured on 47cfc3d before
  // anything was learnt from it: 100 % of actions, 1 other row (sandbeck's key row), 92.1 % of fields (742/806), 4 of 12
  // plans complete. Now learnt from: its indicator rows (unmerged 'Indicator N' headings, indicator rows carrying
  // figures), a completed-in-year caption that is no theme, a key along a row, 'All' scored as every metric however
  // lettered; its status symbols and bracketed keys; statuses and keys coloured by their text: every field as the gold
  // (806/806), 12 of 12 plans complete.
  { dir: 'tests/corpus/holdout8', actions: 1, falseRows: 0, fields: 1 },
  // The fifth blind batch (2 Dec 2026, third session), measured on 6cb24bd on arrival: 92.3 % of actions (a plan laid
  // out as a stacked form, one block of label rows per action, read nothing), 13 other rows, 83.9 % of fields, 5 of 12
  // plans complete. Learnt from: metric 4a's sub-parts ('4a(i)', redwater) 84.4 %; its stacked forms (pellmoor,
  // ravelstoke) read as the grids they stand for: 100 % of actions (130/130), 4 other rows, 98.5 % of fields (771/783),
  // 8 of 12 plans complete; a 'Metric No.' column beside metric titles (sedgeholt) 98.6 % (772/783), 9 of 12; captions
  // naming the actions' standing behind a part's number ('Part A – New actions for 2025/26', helmsworth) 100 %; a key
  // row with an unfilled 'Not due' (wrenfield) and a sign-off table (tarnwick) no actions: every plan read completely.
  { dir: 'tests/corpus/holdout9', actions: 1, falseRows: 0, fields: 1 },
  // The sixth blind batch (2 Dec 2026, third session), written while the reader learnt from holdout8 and holdout9 and
  // measured once, on the session's final reader (ebd534f): 100 % of actions, 2 other rows, 94.4 % of fields (636/674),
  // 6 of 10 plans complete. Being learnt from: after its 'I'-codes (thrushcombe) 96.7 % of fields (652/674), 7 of 10;
  // after its status from section rows (hareleigh) 98.4 % (663/674), 8 of 10; after also its responsibility matrix
  // (rushcott) 100 % (674/674), 9 of 10; after a small table under the plan (easterhope's key with its own header row)
  // no other row read as an action: every plan read completely.
  { dir: 'tests/corpus/holdout10', actions: 1, falseRows: 0, fields: 1 },
  // The seventh blind batch (2 Dec 2026, fourth session), ordinary plans in combinations not used before and three new
  // layouts (a SharePoint list export, a joint WRES + WDES sheet, slides pasted from a board deck), measured on arrival
  // on ae28b55: 90.8 % of actions (119/131; the SharePoint export read nothing), 6 other rows, 87.7 % of fields (680/775),
  // 7 of 12 plans complete. Learnt from: a plan exported from a list (westerlode: system column names 'AssignedTo',
  // 'DueDate', ISO dates as shown, people 'Surname, First;…') 100 % of actions (131/131), 96.0 % of fields (744/775), 8 of 12;
  // indicators inside the action text and a key line of status codes (stourleigh), a joint WRES + WDES sheet read as its
  // file's standard (marrowfield): 99.2 % (769/775), 10 of 12. A small table under the plan (learnt from holdout10's
  // easterhope, not from this batch) took cragmoor's key table and kilvercombe's sign-off: no other row read as an action.
  { dir: 'tests/corpus/holdout11', actions: 1, falseRows: 0, fields: 0.992 },
  // The eighth blind batch (2 Dec 2026, fourth session), each plan imitating a different real way of publishing (board
  // paper appendix, PDF conversion, summary sheet first, HIA sections, small trust, large trust), measured on arrival on
  // ae28b55: 100 % of actions (142/142), 25 other rows, 95.6 % of fields (816/854), 4 of 12 plans complete. Being learnt
  // from: after its PDF conversion's wrapped rows (eskdale) 13 other rows, 97.8 % (835/854), 5 of 12; after its template example row (aldwick) 12 other rows; after a pointer to actions elsewhere
  // (lowther), a 'Service area' column (westfell), labels sharing a colour in its key and '–' as no metric (pendleford)
  // 100 % of fields (854/854), 8 of 12; with the small tables under the plan learnt too (wendle, marlbeck 5 → 3), 4 other
  // rows (marlbeck 3, hartsmere 1), 10 of 12; with sign-off boxes, lines of labels and values and glossaries with
  // explained meanings learnt too (tests/shared/grid/other-tables.test.ts), no other row, 12 of 12.
  { dir: 'tests/corpus/holdout12', actions: 1, falseRows: 0, fields: 1 },
  // The ninth blind batch (3 Dec 2026, fifth session start), ten ordinary plans in new combinations and two new layouts
  // (a Microsoft Planner export, a plan grouped by accountable director with no lead column), written blind during the
  // fourth session and measured once on arrival on 5c881de (the fourth session's final reader): 100 % of actions
  // (130/130), no other row read as an action, 95.3 % of fields (717/752), 9 of 12 plans complete. Learnt from: with no
  // lead column, a section row naming a post or a person ('Chief People Officer', 'Director of Corporate Affairs') gives
  // the lead of the actions under it and is no theme (millhaven): 98.3 % (739/752), 10 of 12. Of two columns naming
  // indicators on every row, neither headed so, the one telling apart rows the other groups is each row's own and wins
  // (ravenswick: Planner's 'Labels' over its 'Bucket Name'; tags 'Data;WRES 2' name their indicator; a date typed as text
  // '31/03/2022' names no indicators): 98.5 % (741/752), 11 of 12. Ninth session: a topic column written on every row
  // and not headed 'Theme' is context, not the theme (kirkbyvale's 'Area of focus'): 100 % (752/752), 12 of 12.
  { dir: 'tests/corpus/holdout13', actions: 1, falseRows: 0, fields: 1 },
  // The tenth blind batch (3 Dec 2026, fifth session), nine ordinary plans in new combinations and three layouts new to
  // the corpus (a status shown only as a traffic-light icon set, actions heading collapsed row groups of dated updates,
  // a tab per year), written blind while the reader learnt from holdout13 and measured once, on the session's final
  // reader (76af8d8): 100 % of actions (130/130), 1 other row read as an action (ashgill's BRAG swatch block under the
  // plan), 95.8 % of fields (754/787), 8 of 12 plans complete. Learnt from: a status shown only as a traffic-light
  // icon set (kelsby's 3/2/1 drawn as lights: each cell's light is its RAG): 97.1 % (764/787), 9 of 12; and a note
  // reserving a prefix of the action numbers (medwyn: 'Actions numbered G support all nine indicators'): 97.6 % (768/787), 10 of 12;
  // and an action's own update log in the rows under it (haddonleigh's dated updates, grouped under each action and
  // collapsed: the action's progress, its latest update, not the next action's theme): 98.7 % (777/787), 11 of 12;
  // and a key block whose title shares its first entry's row (ashgill's 'BRAG' | 'B' blue | 'Complete'): no other row read.
  { dir: 'tests/corpus/holdout14', actions: 1, falseRows: 0, fields: 0.987 },
  // The eleventh blind batch (3 Dec 2026, sixth session), nine ordinary plans in new combinations and three layouts new
  // to the corpus (in-cell revision marks, leads held only in cell notes, emoji traffic lights), written blind while the
  // reader learnt from holdout14 and measured once, on the session's final reader (a365b9e): 100 % of actions
  // (134/134), no other row read as an action, 95.0 % of fields (766/806), 8 of 12 plans complete. Learnt from: a value
  // revised in place, the old one struck through beside the new (brinscombe): 96.7 % (779/806), 8 of 12; a key line
  // whose entries pair statuses and colours in either order (skelbrook, brinscombe): 97.6 % (787/806), 10 of 12; an
  // objective column whose entries state objectives ('Know our workforce: improve the quality of our disability data')
  // as context, not the theme (mardenholt): 98.9 % (797/806), 11 of 12; and a field held in a cell note (fordingley's
  // leads in the notes on its action cells): 100 % (806/806), 12 of 12.
  { dir: 'tests/corpus/holdout15', actions: 1, falseRows: 0, fields: 1 },
  // The twelfth blind batch (3 Dec 2026, seventh session): nine ordinary plans in new combinations and three layouts new
  // to the corpus (the title only in the print header, whole-row shading as the status, the status written at the start
  // of the update cell), written blind while the reader learnt from holdout15 and measured once, on arrival, on the
  // reader of 0f1ed63: 100 % of actions (132/132), no other row read as an action, 97.6 % of fields (774/793), 10 of 12
  // plans complete; who the plan is 23 of 24. Learnt from: of two people columns, the lead is the one who does the work
  // ('Responsible manager' beside 'Accountable director', kindersley): 98.9 % (784/793); a status written as the opening
  // words of the update cell in its own colour (tarrantby): 100 % (793/793), 12 of 12; and the print header as a place
  // the plan names itself (quorndale's trust): who the plan is 24 of 24.
  { dir: 'tests/corpus/holdout16', actions: 1, falseRows: 0, fields: 1 },
  // The thirteenth blind batch (3 Dec 2026, seventh session), nine ordinary plans and three layouts new to the corpus (a
  // plan saved with an active filter hiding its complete actions, the key held only in a note on the Status header, the
  // action text coloured by its status), written blind while the reader learnt from holdout16 and measured once, on
  // arrival, on the session's final reader (d1400d6): 100 % of actions (127/127), one other row read as an action (a
  // withdrawn action on a row hidden by hand, vennington), 97.1 % of fields (748/770), 8 of 12 plans complete; who the
  // plan is 24 of 24. Learnt from (eighth session): a column of findings ('Area of concern': 'Only 4% of staff … against
  // 17%') is context, not the theme (pemberwick); a row hidden by hand and marked withdrawn is no action (vennington); a
  // key kept only in a cell's note (moorwick); the action text's own colour as its status, as the key line says
  // (inglesby): 100 % (770/770), no other row, 12 of 12.
  { dir: 'tests/corpus/holdout17', actions: 1, falseRows: 0, fields: 1 },
  // The fourteenth blind batch (3 Dec 2026, eighth session), nine ordinary plans and three layouts new to the corpus (a
  // pivot table pasted as values, every action on two rows under a two-row header, actions grouped under sections that
  // give their timescale), written blind while the reader learnt from holdout17 and measured once, on arrival (35aa34f):
  // 100 % of actions (130/130), 14 other rows read as actions (kexby's subtotals, lintwell's lower rows), 91.8 % of
  // fields (696/758), 8 of 12 plans complete; who the plan is 24 of 24.
  // Learnt from (eighth session): a pivot table pasted as values (kexby: subtotal rows, labels written once per group),
  // every action on two rows under a two-row header (lintwell), section rows that give their actions' timescale
  // (pockthorpe): 100 % of actions, no other row, 98.5 % (747/758), 11 of 12. Ninth session: a topic column written on
  // every row and not headed 'Theme' is context, not the theme (harnham's 'Area'; the golds' rule, found by survey):
  // 100 % (758/758), 12 of 12.
  { dir: 'tests/corpus/holdout18', actions: 1, falseRows: 0, fields: 1 },
  // The fifteenth blind batch (3 Dec 2026, eighth session), nine ordinary plans and three layouts new to the corpus (two
  // plans side by side on one sheet — this year's and last year's —, a RAG given as a number 1–4 with a key line, dates
  // pasted as Excel serials in General format), written blind while the reader learnt from holdout18 and measured once,
  // on arrival, on the session's final reader (b54748b): 100 % of actions (131/131), 2 other rows read as actions
  // (greyfriars: last year's plan's rows beside this year's), 98.7 % of fields (774/784), 10 of 12 plans complete; who
  // the plan is 24 of 24. Learnt from (ninth session): two plans side by side (greyfriars: the plan read is this year's,
  // the other's columns set aside) and codes in a key ('4 = Complete (blue)', wyvernbridge): 100 % (784/784), no other
  // row, 12 of 12.
  { dir: 'tests/corpus/holdout19', actions: 1, falseRows: 0, fields: 1 },
  // The sixteenth blind batch (3 Dec 2026, ninth session), nine ordinary plans and three layouts new to the corpus (a
  // Microsoft Project export whose summary tasks roll up their workstream, a timescale split over 'Year' and 'Qtr'
  // columns, a priority area given only by a colour code keyed above the header), written blind while the reader learnt
  // from holdout18–19 and measured once, on arrival, on the session's final reader (fc69710): 100 % of actions (134/134),
  // 6 other rows read as actions (kestonbury's summary tasks), 90.0 % of fields (722/802), 6 of 12 plans complete; who
  // the plan is 23 of 24. Learnt from: a project plan's summary tasks (a task over tasks indented deeper, its dates
  // spanning theirs) are headings, their names the themes, the project's own the plan's title naming the trust, and
  // Project's resource units left off the lead (kestonbury: 0 other rows, 91.9 % of fields 737/802; who the plan is 24/24);
  // a timescale split over 'Year' and 'Qtr' (stowbridge) and a revised date beside the original (quarleigh), each read
  // together: 93.9 % of fields (753/802); a colour-only RAG cell beside an unfilled status word and a WDES 'M4c' read as
  // metric 4a (wyebourne read completely): 94.5 % (758/802); a priority area given only by a colour code keyed above the
  // header (grantleigh, 57.1 % → 100 %): 98.6 % (791/802), 11 of 12; who the plan is 24 of 24. Joined both layout
  // properties (100 runs, seeds 1–3).
  { dir: 'tests/corpus/holdout20', actions: 1, falseRows: 0, fields: 0.986 },
  // The seventeenth blind batch (3 Dec 2026, tenth session), nine ordinary plans and three layouts new to the corpus (a
  // summary line under each indicator's group counting its actions, a regional template filled in with its guidance row
  // and worked example left in, a roadmap with each action written in the column of the quarter it is delivered in),
  // written blind while the reader learnt from holdout20 and measured once, on arrival, on the session's final reader
  // (e3a14cd): 100 % of actions (138/138), 11 other rows read as actions (ravensworth's summary lines, netherfold's
  // guidance and example rows), 95.7 % of fields (794/830), 7 of 12 plans complete; who the plan is 24 of 24. Learnt from
  // (4 Dec): a metric's short title naming each part's subject is the whole metric (marlstone, 95.8 %); a summary line
  // under each group counting its actions (ravensworth: 0 of its 9 other rows); a template's guidance row and worked
  // example (netherfold: 0 other rows); a roadmap's actions in period columns (halberton, 65.2 % → 100 %): 98.7 % of
  // fields (819/830), 11 of 12 — brackleigh's per-row 'THEME' column is read as the theme against its gold, as every
  // gold written without the batch checker's rule reads such a column (docs/reader.md). Joined both layout properties
  // (100 runs, seeds 1–3).
  { dir: 'tests/corpus/holdout21', actions: 1, falseRows: 0, fields: 0.986 },
  // The eighteenth blind batch (4 Dec 2026, eleventh session), nine ordinary plans and three layouts new to the corpus
  // (two action tables with different column orders on one sheet, a plan kept as a risk register, a gap analysis against
  // the EDI Improvement Plan), written blind while the reader learnt from holdout21 and measured once, on arrival, on the
  // session's final reader (20626c8): 100 % of actions (134/134), 5 other rows read as actions (ashlow's compliant
  // requirements), 97.3 % of fields (802/824), 10 of 12 plans complete; who the plan is 24 of 24. Learnt from (4 Dec):
  // a heading that says whose actions follow ('Part 1 – Trust-wide actions') gives no theme (wexcombe, 84 % → 100 %); a
  // gap analysis's requirements rated met that need no action are no actions, and its rating column is context beside
  // the plan's status (ashlow: 0 other rows, 87.3 % → 100 %): 100 % of fields (824/824), 12 of 12. Joined both layout
  // properties (100 runs, seeds 1–3).
  { dir: 'tests/corpus/holdout22', actions: 1, falseRows: 0, fields: 1 },
  // The nineteenth blind batch (4 Dec 2026, twelfth session), nine ordinary plans and three layouts new to the corpus
  // (a roll-out matrix rating each action per division beside an 'Overall' status, a quality-improvement driver diagram,
  // a committee action log typing its rows Action / Decision), measured once on arrival (75bbc54): 90.1 % of actions
  // (109/121), 4 other rows (halvergate's Decision rows), 89.3 % of fields (668/748), 8 of 12; who the plan is 22 of 24.
  // Learnt from (4 Dec): a header found from the contents under short labels and a method's words (tallisford 0 → 12
  // of 12), a column typing each row of a log (halvergate 4 → 0 other rows), unit ratings beside an overall status
  // (pellbrook), a note reserving a code for every indicator (hensby), organisations not named 'Trust': 100 % (748/748),
  // 12 of 12, who 24 of 24. Joined both layout properties (100 runs, seeds 1–3).
  { dir: 'tests/corpus/holdout23', actions: 1, falseRows: 0, fields: 1 },
  // The twentieth blind batch (4 Dec 2026, twelfth session), twelve plans on the layouts of plans trusts have published
  // (SOURCES.md), measured once on arrival (8bbafbf): 100 % of actions (93/93), 0 other rows, 86.4 % of fields
  // (452/523), 4 of 12; who 23 of 24. Learnt from (4 Dec): a heading over lines describing its block (tolgarth, coldwell,
  // kestow: ~60 % → 100 %), several indicators in a numbered list or in harassment's sources, 'N/A' stating no lead or
  // timescale, a column naming another plan's priorities kept as context: 99.6 % (521/523), 11 of 12 (ravensby's
  // 'Recruitment and Selection' heading read as indicator 2 by the metric-title rule, against its gold: docs/reader.md).
  // Joined both layout properties (100 runs, seeds 1–3).
  { dir: 'tests/corpus/holdout24', actions: 1, falseRows: 0, fields: 0.996 },
  // The twenty-first blind batch (4 Dec 2026, twelfth session), ten plans on the layouts of published plans, sealed
  // until measured once on arrival on the reader that had learnt from holdout23 and holdout24 (eb1fc66): 84.1 % of
  // actions (69/82), 0 other rows, 73.1 % of fields (313/428), 3 of 10. Learnt from (4 Dec): a plan kept as a document
  // with no header row (ouseleigh's 'Key next steps', albion's 'Target 1:' paragraphs), lines describing a block under its
  // heading (a measure's wording, a 'Success metric' line, an area's goal) and a plan's own numbered areas (hallowfield,
  // donvale, thamesreach), a goal column as the action with the last milestone as its timescale (avonmead): 100 % of
  // actions (82/82), 99.5 % of fields (426/428), 9 of 10 (saltmarsh's survey objective read as metric 8, against its
  // gold: docs/reader.md). Joined both layout properties (100 runs, seeds 1–3) once a document's spaced bullets, page
  // numbers, notes and empty sections under its lists and an intro paragraph taken for a title were learnt.
  { dir: 'tests/corpus/holdout25', actions: 1, falseRows: 0, fields: 0.995 },
  // The twenty-second blind batch (4 Dec 2026, thirteenth session), nine plans on the layouts of published plans, sealed
  // until measured once on arrival (4455820): 86.8 % of actions (59/68), 0 other rows, 78.5 % of fields (278/354), 4 of 9;
  // who 17 of 18. Learnt from (4 Dec, late): a governing body's commitments in its own voice over numbered pledges
  // (kellingworth 0 → 9 actions), a list's subject from the heading above it (kennetbury), lines evidencing a block under
  // its heading (dearnefield's EDS outcomes), a 'Priority objective' column as objectives (loddonvale), 'All priority
  // areas' (ribblemoor), the year a report's actions are for (wyrebridge): every field as the gold (354/354), 9 of 9.
  // Joined both layout properties (100 runs, seeds 1–3) once a version history above or under the plan was passed over.
  { dir: 'tests/corpus/holdout26', actions: 1, falseRows: 0, fields: 1 },
  // The twenty-third to twenty-sixth blind batches (4 Dec 2026, thirteenth session): holdout27 (ten teams' own ways of
  // keeping a plan), holdout28 (published WDES and HIA-era layouts), holdout29 (plans after a year of use) and holdout30
  // (plans kept by people who use Excel lightly), sealed until one measure on 554f7ee: pooled 86.2 % of actions
  // (280/325), 9 other rows, 78.6 % of fields (1433/1823), 13 of 38. Learnt from (4–5 Dec): a board export's cards and its
  // archive and read-me rows, captions setting a block aside, rows typed above the header, columns named by a line,
  // labelled items with no header (heronsgate, larkwood), stacked small tables (fallowmere), moved dates, remarks between
  // actions, metric lines under headings, a checklist's date ticked, leads by font colour: every action, no other row,
  // fields 100 / 97.4 / 98.5 / 99.1 % (deeside's and penninevale's golds doubted: docs/reader.md). Joined both layout properties (100 runs, seeds 1–3)
  // once a caption over a moved column, a glossary under a spaced plan, a running head, an editor's instruction line and
  // an action's further update lines over a page break were learnt (docs/reader.md, 5 Dec).
  { dir: 'tests/corpus/holdout27', actions: 1, falseRows: 0, fields: 1 },
  { dir: 'tests/corpus/holdout28', actions: 1, falseRows: 0, fields: 0.973 },
  { dir: 'tests/corpus/holdout29', actions: 1, falseRows: 0, fields: 0.984 },
  { dir: 'tests/corpus/holdout30', actions: 1, falseRows: 0, fields: 0.99 },
  // The twenty-seventh and twenty-ninth blind batches (5 Dec 2026, fourteenth session): holdout31 (published layouts)
  // and holdout33 (published WDES and HIA-era layouts), sealed until one measure on 348efa1: 62.0 % and 71.9 % of
  // actions, 0 other rows, 56.7 % and 70.5 % of fields. Learnt from (5 Dec, session 15): plans written as documents —
  // objectives as a list, lead-ins to the actions, items numbered within their block, commitments on filled bands
  // (cressbrook, lindenholme, mersefield, kestervale, highburrow: 0 → every action) — and fields: metrics in brackets at
  // a block line's end, a lead column withheld ('Redacted'), who the plan is (docs/reader.md). elmstead's row 5 and row
  // 6's due are doubted golds (docs/reader.md). Joined both layout properties (100 runs, seeds 1–3) as learnt.
  { dir: 'tests/corpus/holdout31', actions: 0.985, falseRows: 0, fields: 0.979 },
  { dir: 'tests/corpus/holdout33', actions: 1, falseRows: 0, fields: 1 },
  // The twenty-eighth and thirtieth blind batches (same session, same measure): holdout32 ("who keeps the plan": 75.3 % of
  // actions, 9 other rows, 70.6 % of fields) and holdout34 ("the plan came from another tool": 100 %, 11, 96.3 %).
  // Learnt from (5 Dec, session 15): headers found by their columns' contents (stourholme), rows that are no actions by
  // what they are (an ask not agreed, a tally, a pasted Word table's paragraphs, a copy of the plan under it, a query's
  // row per indicator, a log's records under their caption, an empty record), an export's record owner, colour words
  // beside the status, a quarter's tracker, a forecast date: every action, no other row, every field. Joined both layout
  // properties (100 runs, seeds 1–3) once a copy of the plan over a page break or under a sign-off, and a version
  // history under a log's records, were learnt.
  { dir: 'tests/corpus/holdout32', actions: 1, falseRows: 0, fields: 1 },
  { dir: 'tests/corpus/holdout34', actions: 1, falseRows: 0, fields: 1 },
  // The thirty-first to thirty-fourth blind batches (5 Dec 2026, fifteenth session), sealed until one measure on c4a3152:
  // holdout35 (published layouts: 100 % of actions, 0 other rows, 96.8 % of fields), holdout36 (plans as their keepers
  // keep them: 89.0 %, 9, 89.6 %), holdout37 (the EDI Improvement Plan era: 100 %, 15, 95.1 %) and holdout38 (templates
  // someone else designed: 100 %, 4, 97.8 %). Learnt from in sessions 15–16: success-measure rows, contractions in headers,
  // a heading's labelled national deadline, a rolling plan's earlier years under year bands, rows of averages, metric rows
  // pointing elsewhere or planning nothing, declaration sections, template organisation fields, collaboratives, metric
  // codes heading blocks, protective markings, an area written once over its group, captions naming the table's
  // contents, 'Milestone / activity' columns, joint plans' W/M codes; '#' numbering columns, 'How measured' headers and
  // question headers under the layout properties: every action, no other row, every field. All 36 plans pass both layout
  // properties (100 runs, seeds 1–3).
  { dir: 'tests/corpus/holdout35', actions: 1, falseRows: 0, fields: 1 },
  { dir: 'tests/corpus/holdout36', actions: 1, falseRows: 0, fields: 1 },
  { dir: 'tests/corpus/holdout37', actions: 1, falseRows: 0, fields: 1 },
  { dir: 'tests/corpus/holdout38', actions: 1, falseRows: 0, fields: 1 },
  // The thirty-fifth to forty-second blind batches (measured on arrival, b350c72), learnt from in sessions 16–17. Three
  // joined in session 17, their plans passing both layout properties (100 runs, seeds 1–3) and read as who they are:
  // floors are what each reads now (fields rounded down). holdout41 and 43 pass both properties but each has one plan
  // whose period or trust is misread (the who-the-plans-are test admits none); holdout40, 42 and 46 still fail a property.
  { dir: 'tests/corpus/holdout39', actions: 1, falseRows: 0, fields: 0.98 },
  { dir: 'tests/corpus/holdout44', actions: 1, falseRows: 0, fields: 0.987 },
  { dir: 'tests/corpus/holdout45', actions: 1, falseRows: 0, fields: 0.985 },
  // The forty-fourth to fifty-first blind batches (measured on arrival, 54c4e2a), learnt from in sessions 17–18. Three
  // joined in session 18, their 30 plans passing both layout properties (100 runs, seeds 1–3) and read as who they are:
  // groups and systems (holdout50: midshires' per-trust letters beside its 'Overall' word still cost fields), ordinary
  // plans (holdout51) and cells holding structure (holdout53). Floors are what each reads now (fields rounded down).
  { dir: 'tests/corpus/holdout50', actions: 1, falseRows: 0, fields: 0.974 },
  { dir: 'tests/corpus/holdout51', actions: 1, falseRows: 0, fields: 1 },
  { dir: 'tests/corpus/holdout53', actions: 1, falseRows: 0, fields: 1 },
  // The fifty-second to fifty-ninth blind batches (measured on arrival, 8c4ff01), learnt from in sessions 18–19. Three
  // joined in session 19, their 30 plans passing both layout properties (100 runs, seeds 1–3) and read as who they are:
  // leads and timescales written every way (holdout59), WRES / WDES actions sharing one grid with other EDI work
  // (holdout61: kelbrook's and brindle's indicators, ingleby's themes still cost fields) and plans organised around the
  // six high impact actions (holdout62: ashbury's indicators, brackenholt's RAG). Floors are what each reads now (fields
  // rounded down).
  { dir: 'tests/corpus/holdout59', actions: 1, falseRows: 0, fields: 1 },
  { dir: 'tests/corpus/holdout61', actions: 1, falseRows: 0, fields: 0.958 },
  { dir: 'tests/corpus/holdout62', actions: 1, falseRows: 0, fields: 0.975 },
  // Published layouts of the EDI Improvement Plan era (holdout48) joined later in session 19, once the layout changes it did
  // not survive were learnt (docs/reader.md, "Layout changes the reader did not survive in holdout47–62"), its 10 plans
  // passing both layout properties (100 runs, seeds 1–3) and read as who they are: every field as the gold.
  { dir: 'tests/corpus/holdout48', actions: 1, falseRows: 0, fields: 1 },
  // holdout92 (plans naming every indicator in words, never by number), measured once at the end of session 22: 100 %
  // actions, 0 other rows, 85.4 % fields (458/536), 0/10 complete. After words23 (session 23: wording scored statement by
  // statement, shorthand in indicator cells, headings and columns naming the measure in words): 99.6 % (534/536), 9/10.
  { dir: 'tests/corpus/holdout92', actions: 1, falseRows: 0, fields: 0.996 },
  // holdout88 (plans that reached Excel from a PDF or a Word document), measured once on arrival (9d602a9): 100 % of
  // actions (105/105), 15 other rows, 89.9 % of fields (536/596), 3 of 10 complete. After learn88 (session 22: an action's
  // sentence and its lead wrapped onto the next row together, its last line after a page break, a Board paper's running
  // head printed again, a header's cell wrapped onto a second row, 'Start:' / 'End:' lines): 100 %, 2 other rows (ashgrave's
  // lines with no bullet), 97.1 % (579/596), 7 of 10; 98.5 % after yarcombe's 'Timescale' over 'Start | Complete' (session
  // 23). After rows23 (session 23: a line without a bullet under a bulleted, unfinished action carries it on): 0 other
  // rows, 99.2 % (591/596). Still in NOT_YET_LEARNT (not yet under the layout properties).
  { dir: 'tests/corpus/holdout88', actions: 1, falseRows: 0, fields: 0.991 },
  // holdout91 (plans found mid-year on a shared drive, unfinished), measured once on session 22's end reader (af5498a):
  // 100 % of actions (86/86), 11 other rows, 98.2 % of fields (486/495), 2 of 10 complete. After rows23 (session 23: a
  // place kept for an action not yet written, a dropped action, an action typed in twice, each set aside with why): 0
  // other rows, 98.2 %, 5 of 10. Still in NOT_YET_LEARNT.
  { dir: 'tests/corpus/holdout91', actions: 1, falseRows: 0, fields: 0.982 },
  // holdout87 (multi-year strategies kept in one grid), learnt in session 22 (learn87): on arrival 100 % actions, 7 other
  // rows, 92.9 % fields (419/451, 6/10 complete); now 0 other rows and every field as the gold (451/451, 10/10).
  { dir: 'tests/corpus/holdout87', actions: 1, falseRows: 0, fields: 1 },
  // holdout86 (published-style WDES plans), in session 22 (learn87: brenchmoor's key to initials): on arrival 100 %
  // actions, 5 other rows, 99.8 % fields (479/480, 8/10 complete); now 0 other rows and every field as the gold (480/480:
  // hollybourne's gold corrected to metric 4a, harassment from managers, as the reader had it).
  { dir: 'tests/corpus/holdout86', actions: 1, falseRows: 0, fields: 1 },
  // holdout85 (ordinary published-style WRES plans), measured once on session 22's start reader: 100 % actions, 0 other
  // rows, 97.3 % fields (472/485), 8/10 complete; its statuses (89.3 % then) read since fields22 and the origin column.
  { dir: 'tests/corpus/holdout85', actions: 1, falseRows: 0, fields: 0.973 },
  // holdout93 (ordinary plans for 2026-27), measured once on session 23's start reader: 100 % actions, 0 other rows,
  // every field as the gold (549/549), 10/10 complete; its statuses (tansley's bold word opening each update) not yet.
  { dir: 'tests/corpus/holdout93', actions: 1, falseRows: 0, fields: 1 },
  // holdout94 (plans typed in a hurry), measured once on session 23's start reader: 100 % actions, 0 other rows, 92.6 %
  // fields (474/512), 1/10 complete; after 'M 4', 'Metric 4 (a)', misspelt header words, 'WRES link' and '(Exec)' in a
  // lead header (session 23): 97.3 % (498/512).
  { dir: 'tests/corpus/holdout94', actions: 1, falseRows: 0, fields: 0.973 },
  // holdout96 (the whole WRES / WDES report on one sheet: figures tables, narratives, last year's review and the plan),
  // measured once on session 23's start reader: 84.1 % actions (69/82), 17 other rows, 80.4 % fields (373/464), 3/10
  // complete. After report23 (a plan split between the figures; last year's review grid above the plan; an indicator's
  // heading row carrying its figures; the figures' trend arrows and their key): 100 % (82/82), 0 other rows, 98.7 %
  // (458/464), 6/10. Still in NOT_YET_LEARNT (not yet under the layout properties).
  { dir: 'tests/corpus/holdout96', actions: 1, falseRows: 0, fields: 0.987 },
];

describe.each(FLOORS)('the plans in $dir', ({ dir, actions, falseRows, fields }) => {
  it(`find ≥ ${actions * 100}% of their actions, read ≤ ${falseRows} other rows as actions and ≥ ${fields * 100}% of fields as the gold says`, async () => {
    const plans = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => join(dir, f));
    const pooled = { gold: 0, found: 0, falseRows: 0, scored: 0, equal: 0 };
    const wrong: string[] = [];
    for (const path of plans) {
      const { score } = await readGoldPlan(path);
      pooled.gold += score.goldActions;
      pooled.found += score.found;
      pooled.falseRows += score.falseActions.length;
      pooled.scored += score.fieldsScored;
      pooled.equal += score.fieldsEqual;
      if (score.missed.length) wrong.push(`${path}: missed rows ${score.missed.join(', ')}`);
      if (score.falseActions.length) wrong.push(`${path}: rows read as actions ${score.falseActions.join(', ')}`);
      wrong.push(...score.wrong.map((w) => `${path}: ${w}`));
    }
    const report = `${dir}: ${pooled.found}/${pooled.gold} actions, ${pooled.falseRows} other rows read as actions, ${pooled.equal}/${pooled.scored} fields\n${wrong.slice(0, 40).join('\n')}`;
    expect(plans.length, report).toBeGreaterThan(0);
    expect(pooled.found / pooled.gold, report).toBeGreaterThanOrEqual(actions);
    expect(pooled.falseRows, report).toBeLessThanOrEqual(falseRows);
    expect(pooled.equal / pooled.scored, report).toBeGreaterThanOrEqual(fields);
  }, 60_000);
});

// Who each plan is (its period and trust), as the pane shows them for confirmation and sync files the plan under them:
// in every batch learnt from, as its gold says (a blind batch's first measure is in docs/reader.md).
describe.each(learntBatches())('who the plans in %s are', (dir) => {
  it('is read as the gold says: the period and the trust', async () => {
    const wrong: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json'))) {
      const { gold, report } = await readGoldPlan(join(dir, f));
      wrong.push(...scoreIdentity(gold, report).wrong.map((w) => `${f} ${w}`));
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});

/**
 * Each action's status as the plan states it (the words, mark or percentage the pane colours and judges overdue by), in
 * every batch learnt from: as the gold says, but where a batch's floor is lower (session 17, when the status was first
 * scored): marks explained by a progress key line (holdout27 fenmoor), per cents tracked per quarter (holdout38
 * maddersfield), a 'Done?' column of a third small table (holdout30 fallowmere). (Update text read as the status where
 * the gold keeps it as progress — dev oakhurst, holdout24 ravensby, holdout8 hallowmere, holdout36 kilnbrook, holdout72
 * garnford — is read as progress since session 22: those batches' floors are gone.)
 */
const STATUS_FLOORS = new Map<string, number>([
  ['tests/corpus/holdout27', 0.888],
  ['tests/corpus/holdout30', 0.962],
  ['tests/corpus/holdout38', 0.89],
  // Read once they graduate: status words under a header naming none (holdout41 wrenhurst's 'Where'), an answer column
  // read as the status beside the plan's own (holdout46 wrenfield's 'Accepted').
  ['tests/corpus/holdout41', 0.9],
  ['tests/corpus/holdout46', 0.912],
  // A collaborative's 'Overall' word beside each partner trust's R / A / G letters: the letters are read, not the word
  // (holdout50 midshires).
  ['tests/corpus/holdout50', 0.904],
  // Graduated in session 21 (props21) with statuses still misread: icon-set codes shown as lights only read as their
  // numbers (holdout77 sedgewater: the workbook reader does not carry a rule's 'show icon only').
  ['tests/corpus/holdout77', 0.905],
]);

describe.each(learntBatches())('the statuses in %s', (dir) => {
  const floor = STATUS_FLOORS.get(dir) ?? 1;
  it(`are read as the plan states them, ≥ ${floor * 100}% of actions`, async () => {
    const pooled = { scored: 0, equal: 0, wrong: [] as string[] };
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json'))) {
      const { gold, report } = await readGoldPlan(join(dir, f));
      const stated = scoreStatus(gold, report);
      pooled.scored += stated.scored;
      pooled.equal += stated.equal;
      pooled.wrong.push(...stated.wrong.map((w) => `${f} ${w}`));
    }
    expect(pooled.equal / Math.max(1, pooled.scored), pooled.wrong.slice(0, 30).join('\n')).toBeGreaterThanOrEqual(floor);
  }, 60_000);
});
