/** The paper describing itself ('This report sets out what we will do', 'The paper describes …', 'This section sets out …'). */
const SELF = /^(?:this|the)\s+(?:paper|report|plan|section|document|appendix)\s+(?:sets\s+out|describes|summarises|explains|gives|shows|outlines)\b/i;

/**
 * Whether a line is the paper's or section's words about itself — what it sets out, describes or summarises — rather
 * than a promise of work or a finding of its own: no action, nor a list's item.
 *
 * @example
 * describesItself("This section sets out the Trust's actions for the year under each WRES indicator."); // true
 * describesItself('We will set out our actions in a separate plan.'); // false
 */
export function describesItself(text: string): boolean {
  return SELF.test(text.replace(/\s+/g, ' ').trim());
}
