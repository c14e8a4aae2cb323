import { describeKeySource } from '../../shared/rag';
import { FIELD_NAMES } from '../../shared/rules/describe';
import type { PlanField, PlanReport, Rag, RagKey, Standard } from '../../shared/types';
import { RAG_PALETTE } from '../colour/palette';
import { columnLetter } from '../excel/a1';
import { paneColumnQuestions, pickOfOption } from './column-questions';
import { button, selectField, textField } from './controls';
import { el } from './dom';
import { registerView, type PaneServices } from './views';

/** A status the key names with no colour ('Not yet due (no rating)', 'Deferred'): its option's value. */
const NO_COLOUR = 'none';
const RAG_OPTIONS: [string, string][] = [...(['red', 'amber', 'green', 'blue'] as Rag[]).map((r): [string, string] => [r, RAG_PALETTE[r].label]), [NO_COLOUR, 'No colour']];
/** The colour an option of RAG_OPTIONS means: null for 'No colour'. */
const ragOfOption = (value: string): Rag | null => (value === NO_COLOUR ? null : (value as Rag));

/** "Which column holds the lead?" (on a stacked form, "Which label holds the lead?") for each field asked about, found or chosen. */
async function columnQuestions(r: PlanReport, services: PaneServices): Promise<HTMLElement> {
  const box = el('div', { id: 'columns' }, el('h2', {}, r.form ? 'Labels' : 'Columns'));
  const grid = await services.adapter.readGrid();
  const header = grid.values[(r.headerRows[0] ?? 1) - 1 - (grid.origin?.row ?? 0)] ?? [];
  const width = Math.max(header.length, ...grid.values.slice(0, 40).map((row) => row.length));
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i + (grid.origin?.column ?? 0)));
  const questions = paneColumnQuestions(r, services.getSettings().columns, { letters, header });
  if (!questions.length) {
    box.append(el('p', { class: 'muted' }, `Every ${r.form ? 'label' : 'column'} the checks need was found.`), evidence(r));
    return box;
  }
  for (const q of questions) {
    const name = FIELD_NAMES[q.field].toLowerCase();
    const { row, select } = selectField(`column-${q.field}`, q.question, q.options, q.value);
    select.addEventListener('change', async () => {
      const columns = { ...services.getSettings().columns };
      const pick = pickOfOption(select.value);
      if (pick === undefined) delete columns[q.field];
      else columns[q.field] = pick;
      await services.saveSettings({ columns });
      const next = await services.validate();
      const where = pick === undefined ? '' : typeof pick === 'string' ? (pick ? `in ${pick}` : `in no ${r.form ? 'label' : 'column'}`) : `in the rows labelled '${pick.label}'`;
      services.announce(pick === undefined ? `The checker chooses the ${name} ${r.form ? 'label' : 'column'} again.` : `Checked again with the ${name} ${where}: ${next.summary.errors} must fix.`);
    });
    box.append(el('div', { class: 'question', 'data-field': q.field }, el('p', { class: 'muted' }, q.reason), row));
  }
  box.append(evidence(r));
  return box;
}

/** Why each field has its column (on a form, its label), folded away. */
function evidence(r: PlanReport): HTMLElement {
  return el('details', { class: 'evidence' }, el('summary', {}, r.form ? 'How the labels were read' : 'How the columns were read'),
    el('ul', {}, ...(r.columnEvidence.length
      ? r.columnEvidence.map((e) => el('li', {}, `${FIELD_NAMES[e.field]}: ${e.label !== undefined ? `label '${e.label}'` : `column ${e.column}`} — ${e.reason}`))
      : Object.entries(r.columns).map(([f, c]) => el('li', {}, `${Object.hasOwn(FIELD_NAMES, f) ? FIELD_NAMES[f as PlanField] : f}: column ${c}`)))));
}

/** The RAG key the check used, editable; words can be added. */
function ragKeyEditor(r: PlanReport, services: PaneServices): HTMLElement {
  const key: RagKey = services.getSettings().ragKey ?? r.ragKey;
  const save = async (entries: RagKey['entries']) => {
    await services.saveSettings({ ragKey: { entries, source: 'settings' } });
    await services.validate();
  };
  const rows = key.entries.map((entry, i) => {
    const { row, select } = selectField(`rag-key-${i}`, `“${entry.label}” means`, RAG_OPTIONS, entry.rag ?? NO_COLOUR);
    row.classList.add('inline');
    select.addEventListener('change', () => void save(key.entries.map((e, j) => (j === i ? { ...e, rag: ragOfOption(select.value) } : e))));
    return row;
  });
  const word = textField('rag-word', 'A status word this plan uses', '', { placeholder: 'e.g. Slipping' });
  const colour = selectField('rag-word-colour', 'means', RAG_OPTIONS, 'amber');
  const add = button('rag-add', 'Add to the key');
  add.addEventListener('click', async () => {
    const label = word.value.trim();
    if (!label) return;
    const rag = ragOfOption(colour.select.value);
    await save([...key.entries.filter((e) => e.label.toLowerCase() !== label.toLowerCase()), { label, rag }]);
    services.announce(`"${label}" added to the RAG key ${rag ? `as ${RAG_PALETTE[rag].label}` : 'with no colour'}.`);
  });
  const source = key.source === 'default'
    ? el('fluent-message-bar', { intent: 'warning', layout: 'multiline', id: 'rag-key-source' }, 'No RAG key found in the plan: the check assumed the usual NHS words below. Add the words your plan uses.')
    : el('p', { class: 'muted', id: 'rag-key-source' }, key.source === 'settings' ? 'Your key (kept with the workbook).' : `Key read from ${describeKeySource(key)}.`);
  return el('div', { id: 'rag-key' }, el('h2', {}, 'RAG key'), source, ...rows, el('div', { class: 'add-word' }, word, colour.row, add));
}

/** Standard, period and trust: shown from the plan; changed only here, on purpose. */
function identityEditor(services: PaneServices): HTMLElement {
  const id = services.getIdentity();
  const s = services.getSettings();
  const standard = selectField('set-standard', 'Standard', [['', `As the plan says${id.standard.value && !s.standard ? ` (${id.standard.value})` : ''}`], ['WRES', 'WRES (race)'], ['WDES', 'WDES (disability)']], s.standard ?? '');
  const period = textField('set-period', 'Period (like 2023-24)', s.period, { placeholder: id.period.value ?? '2023-24' });
  const trust = textField('set-trust', 'Trust ODS code', s.trust, { placeholder: id.trust.value ?? 'e.g. RXT' });
  const save = button('set-identity', 'Save');
  save.addEventListener('click', async () => {
    const p = period.value.trim();
    if (p && !/^\d{4}-\d{2}$/.test(p)) return services.announce('Write the period like 2023-24.');
    await services.saveSettings({ standard: (standard.select.value || null) as Standard | null, period: p, trust: trust.value.trim().toUpperCase() });
    if (services.getReport()) await services.validate();
    services.announce('Saved: the plan\'s standard, period and trust.');
  });
  const shown = (label: string, clue: { value: string | null; source: string | null }) => el('li', {}, `${label}: ${clue.value ?? 'not known'}${clue.source ? ` — from ${clue.source}` : ''}`);
  return el('div', { id: 'identity' }, el('h2', {}, 'This plan'),
    el('ul', { class: 'plain' }, shown('Standard', id.standard), shown('Period', id.period), shown('Trust', id.trust)),
    el('details', { id: 'identity-edit' }, el('summary', {}, 'Change standard, period or trust'),
      el('p', { class: 'muted' }, 'Only if the plan says them wrongly: sync files the plan under these.'), standard.row, period, trust, save));
}

function render(container: HTMLElement, services: PaneServices) {
  const s = services.getSettings();
  const mode = selectField('colour-mode', 'What to colour', [['status', 'Colour status cells'], ['row', 'Colour whole rows']], s.colourMode);
  mode.select.addEventListener('change', async () => {
    await services.saveSettings({ colourMode: mode.select.value as 'status' | 'row' });
    if (services.getReport()) await services.validate();
  });
  const asAt = el('input', { id: 'as-at', type: 'date', value: s.asAt || new Date().toISOString().slice(0, 10), class: 'fluent-select' });
  asAt.addEventListener('change', () => void services.saveSettings({ asAt: asAt.value }));
  const service = textField('service-url', 'Sync service address', s.serviceUrl, { placeholder: services.serviceUrl() });
  service.addEventListener('change', () => void services.saveSettings({ serviceUrl: service.value.trim() }));
  const planParts = el('div', { id: 'settings-plan' }, el('p', { class: 'muted' }, 'Validate the plan to see its RAG key and columns here.'));
  const identity = el('div', {}, identityEditor(services));
  container.append(identity, mode.row, el('label', { class: 'select-field', for: 'as-at' }, el('span', {}, 'Judge "overdue" as at'), asAt), planParts, el('h2', {}, 'Sync'), service);
  services.onReport((r) => {
    identity.replaceChildren(identityEditor(services));
    void columnQuestions(r, services).then((columns) => planParts.replaceChildren(columns, ragKeyEditor(r, services)));
  });
}

registerView({ id: 'settings', title: 'Settings', tab: 'settings', render });
