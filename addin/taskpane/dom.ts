/**
 * Builds DOM elements, Fluent UI web components included. Text is only ever set through textContent:
 * cell text never becomes HTML.
 *
 * @example
 * el('fluent-button', { type: 'button', appearance: 'primary' }, 'Validate & colour');
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K];
export function el(tag: `fluent-${string}`, attrs?: Attrs, ...children: Child[]): HTMLElement;
export function el(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;
