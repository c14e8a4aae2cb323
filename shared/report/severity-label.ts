import type { Severity } from '../types';

/**
 * The words the pane, the CLI and the sheets use for each severity, so an HR lead reads the same label everywhere.
 *
 * @example
 * SEVERITY_LABEL.error // 'Must fix'
 */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Must fix', warning: 'Should check', info: 'For information' };
