import { webLightTheme } from '@fluentui/tokens';
import { setTheme } from '@fluentui/web-components/theme/set-theme.js';
import '@fluentui/web-components/accordion.js';
import '@fluentui/web-components/accordion-item.js';
import '@fluentui/web-components/badge.js';
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/dialog.js';
import '@fluentui/web-components/dialog-body.js';
import '@fluentui/web-components/divider.js';
import '@fluentui/web-components/message-bar.js';
import '@fluentui/web-components/progress-bar.js';
import '@fluentui/web-components/spinner.js';
import '@fluentui/web-components/tab.js';
import '@fluentui/web-components/tablist.js';
import '@fluentui/web-components/text-input.js';

let themed = false;

/**
 * Registers the Fluent UI web components the pane uses (Fluent 2, the look of Office add-ins) and applies the
 * light theme's design tokens once. Only the components listed above are bundled.
 *
 * @example
 * useFluent(); // then el('fluent-button', { appearance: 'primary' }, 'Validate & colour')
 */
export function useFluent(): void {
  if (themed) return;
  themed = true;
  setTheme(webLightTheme);
}
