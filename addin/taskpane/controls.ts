import { el } from './dom';

/** A Fluent button. `appearance`: 'primary' for the one main action of a view, else the default. */
export function button(id: string | undefined, label: string, options: { appearance?: 'primary' | 'subtle' | 'outline'; class?: string; disabled?: boolean; label?: string } = {}): HTMLElement {
  return el('fluent-button', { id, type: 'button', appearance: options.appearance, class: options.class, disabled: options.disabled, 'aria-disabled': options.disabled ? 'true' : undefined, 'aria-label': options.label }, label);
}

/** Turns a button (Fluent or native) on or off. */
export function enable(control: HTMLElement, on: boolean): void {
  control.toggleAttribute('disabled', !on);
  // Said in the DOM too, for assistive tech and checkers that do not read a custom element's internals.
  if (on) control.removeAttribute('aria-disabled');
  else control.setAttribute('aria-disabled', 'true');
}

/** A Fluent text input with its visible label (the label names the input for screen readers). */
export function textField(id: string, label: string, value = '', options: { placeholder?: string; type?: string } = {}): HTMLElement & { value: string } {
  return el('fluent-text-input', { id, value, placeholder: options.placeholder, type: options.type, class: 'field' }, label) as HTMLElement & { value: string };
}

/**
 * A labelled list to pick from. A native select, styled with Fluent's tokens: it keeps the platform's keyboard
 * behaviour and screen-reader support inside Office's task pane webviews.
 */
export function selectField(id: string, label: string, options: [string, string][], value = ''): { row: HTMLElement; select: HTMLSelectElement } {
  const select = el('select', { id, class: 'fluent-select' }, ...options.map(([v, text]) => el('option', { value: v }, text)));
  select.value = value;
  return { select, row: el('label', { class: 'select-field', for: id }, el('span', {}, label), select) };
}

/** A Fluent message bar: 'success', 'warning', 'error' or 'info', with its words. */
export function messageBar(intent: 'success' | 'warning' | 'error' | 'info', ...content: (Node | string)[]): HTMLElement {
  return el('fluent-message-bar', { intent, layout: 'multiline' }, ...content);
}

/**
 * Asks the user to confirm in a Fluent modal dialog; resolves true only on the confirm button.
 *
 * @example
 * if (await confirmDialog({ title: 'Mark as board-approved?', body: [text], confirm: 'Mark as approved' })) …
 */
export function confirmDialog(options: { title: string; body: (Node | string)[]; confirm: string; cancel?: string; id?: string }): Promise<boolean> {
  const ok = button(`${options.id ?? 'dialog'}-confirm`, options.confirm, { appearance: 'primary' });
  const no = button(`${options.id ?? 'dialog'}-cancel`, options.cancel ?? 'Cancel');
  ok.setAttribute('slot', 'action');
  no.setAttribute('slot', 'action');
  const titleId = `${options.id ?? 'dialog'}-title`;
  const dialog = el('fluent-dialog', { id: options.id, type: 'modal', 'aria-labelledby': titleId },
    el('fluent-dialog-body', {}, el('h2', { slot: 'title', id: titleId }, options.title), el('div', { class: 'dialog-content', tabindex: '0', role: 'region', 'aria-label': options.title }, ...options.body), no, ok)) as HTMLElement & { show(): void; hide(): void };
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answered = false;
    const answer = (yes: boolean) => {
      if (answered) return;
      answered = true;
      dialog.hide();
      dialog.remove();
      resolve(yes);
    };
    ok.addEventListener('click', () => answer(true));
    no.addEventListener('click', () => answer(false));
    dialog.addEventListener('toggle', (e) => (e as unknown as CustomEvent<{ newState?: string }>).detail?.newState === 'closed' && answer(false));
    requestAnimationFrame(() => dialog.show());
  });
}
