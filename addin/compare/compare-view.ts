import type { CompareResponse } from '../../shared/sync';
import { ApiError, createServiceClient } from '../api';
import { currentSession, onSessionChange, type SyncSession } from '../sync/session';
import { button, enable, selectField, textField } from '../taskpane/controls';
import { el } from '../taskpane/dom';
import { registerView, type PaneServices } from '../taskpane/views';
import { COMPARE_SHEET, compareSheet } from './compare-sheet';
import { describeTrust } from './describe-trust';

/** A failure in words the regional lead can act on (never a stack trace). */
export class CompareError extends Error {}

const NOT_A_LEAD = 'Sign in as a regional lead to compare the region.';
const CAN_COMPARE = new Set(['regional-lead', 'admin']);

/**
 * Fetches the region comparison with the pane's sign-in, through the pane's one validated service client.
 *
 * @example
 * const data = await fetchComparison(currentSession()!, { region: 'Y60', standard: 'WRES', period: '2023-24' });
 */
export async function fetchComparison(session: SyncSession, q: { region: string; standard: string; period: string }, http: typeof fetch = (...a) => fetch(...a)): Promise<CompareResponse> {
  const api = createServiceClient({ serviceUrl: session.serviceUrl, tokens: session.tokens, fetch: http });
  try {
    return await api.compare(q.region, { standard: q.standard, period: q.period });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const issues = (error.details.issues ?? []).map((i) => `${i.path.replace(/^query\./, '')} ${i.message}`);
    const said = error.details.code ? [error.message, ...issues].join(' — ') : null;
    switch (error.kind) {
      case 'signed-out': throw new CompareError('Your sign-in has expired. Sign in again (Sync tab).');
      case 'no-permission': throw new CompareError(`Only the regional lead of ${q.region} (or an admin) can compare its trusts. ${NOT_A_LEAD}`);
      case 'offline': throw new CompareError(`Cannot reach the sync service at ${session.serviceUrl} (offline?).`);
      case 'unreadable': throw new CompareError('The sync service answered with something this version of the add-in cannot read.');
      case 'rejected': if (error.details.status === 400) throw new CompareError(`The service could not compare: ${said ?? 'check the region, standard and period.'}`);
      // falls through: any other refusal is said as the service said it
      default: throw new CompareError(error.kind === 'busy' || error.kind === 'failed' ? `The sync service could not compare now (${error.details.status}). Try again in a moment.` : error.message);
    }
  }
}

function render(container: HTMLElement, services: PaneServices) {
  const id = services.getIdentity();
  // The region comes from the sign-in; standard and period from the open plan, when there is one.
  const region = { field: textField('compare-region', 'Region code', '') };
  const standard = selectField('compare-standard', 'Standard', [['WRES', 'WRES (race)'], ['WDES', 'WDES (disability)']], id.standard.value ?? 'WRES');
  const period = { field: textField('compare-period', 'Period (like 2023-24)', id.period.value ?? '') };
  const build = button('compare-build', 'Build compare sheet', { appearance: 'primary', disabled: true });
  const status = el('p', { id: 'compare-status', role: 'status', class: 'muted' }, NOT_A_LEAD);
  const summary = el('ul', { id: 'compare-summary', class: 'plain-list', 'aria-label': 'Trusts compared' });
  container.append(el('h2', {}, 'Compare the region'), region.field, standard.row, period.field, el('div', { class: 'toolbar' }, build), status, summary);
  services.onReport(() => {
    const now = services.getIdentity();
    if (now.standard.value) standard.select.value = now.standard.value;
    if (now.period.value && !period.field.value) period.field.value = now.period.value;
  });

  let built = false;
  let running = false;
  /** The region the sign-in filled in, so a region typed by the user is never overwritten. */
  let autoRegion = '';
  const say = (text: string) => {
    status.textContent = text;
    services.announce(text);
  };
  const follow = (session: SyncSession | null) => {
    const allowed = Boolean(session && CAN_COMPARE.has(session.user.role));
    enable(build, allowed && !running);
    if (!session) return say(`Not signed in. ${NOT_A_LEAD}`);
    if (!allowed) return say(`Signed in as ${session.user.role || 'a user without a role'}. ${NOT_A_LEAD}`);
    const own = session.user.region ?? '';
    if (own && (!region.field.value || region.field.value === autoRegion)) region.field.value = autoRegion = own;
    say(`Ready to compare region ${region.field.value || '(enter a region code)'}.`);
  };
  follow(currentSession());
  onSessionChange(follow);

  build.addEventListener('click', async () => {
    const session = currentSession();
    if (!session || !CAN_COMPARE.has(session.user.role)) return say(NOT_A_LEAD);
    const code = region.field.value.trim().toUpperCase();
    const std = standard.select.value;
    const per = period.field.value.trim();
    if (!/^[A-Z0-9-]{1,40}$/.test(code)) return say('Enter a region code like Y60.');
    if (std !== 'WRES' && std !== 'WDES') return say('Enter the standard: WRES or WDES.');
    if (!/^\d{4}-\d{2}$/.test(per)) return say('Enter the period like 2023-24.');
    running = true;
    enable(build, false);
    try {
      say(`${built ? 'Refreshing' : 'Building'} the compare sheet for ${code}…`);
      const data = await fetchComparison(session, { region: code, standard: std, period: per });
      const layout = compareSheet(data);
      await services.adapter.writeReport(COMPARE_SHEET, layout).catch((e: unknown) => {
        throw new CompareError(`Excel could not write the "${COMPARE_SHEET}" sheet: ${(e as Error)?.message ?? 'unknown error'}.`);
      });
      summary.replaceChildren(...data.trusts.map((t) => el('li', { class: 'trust-line' },
        el('span', { class: 'where' }, t.trust),
        el('span', {}, describeTrust(data, t)))));
      built = true;
      build.textContent = 'Refresh compare sheet';
      const overdue = data.trusts.reduce((n, t) => n + t.overdue, 0);
      say(`Compared ${data.trusts.length} trust(s) of ${data.region} (${data.standard} ${data.period}) on sheet "${COMPARE_SHEET}": ${overdue} overdue action(s).`);
    } catch (error) {
      say(error instanceof CompareError ? error.message : `Could not compare: ${(error as Error)?.message ?? 'unknown error'}`);
    } finally {
      running = false;
      enable(build, CAN_COMPARE.has(currentSession()?.user.role ?? ''));
    }
  });
}

registerView({ id: 'compare', title: 'Compare region', tab: 'compare', render });
