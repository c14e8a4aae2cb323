/**
 * Organisations named by a shortened or less usual ending: a foundation trust as 'NHS FT' ('Oxford Vale Health NHS FT –
 * WRES plan 2023/24'), as trusts' own teams write it in titles, and a commissioning support unit. Before, no trust was
 * read and the pane asked the user to type it. A sentence mentioning such a body names no plan's organisation.
 */
import { describe, expect, it } from 'vitest';
import { trustOfText } from '../../../shared/identity';

describe('shortened endings of an organisation', () => {
  it("reads 'NHS FT' as a foundation trust's ending, as written", () => {
    expect(trustOfText('Oxford Vale Health NHS FT – WRES plan 2023/24')).toBe('Oxford Vale Health NHS FT');
    expect(trustOfText('Calderbrook and Huddersmoor NHS FT')).toBe('Calderbrook and Huddersmoor NHS FT');
  });

  it('reads a commissioning support unit', () => {
    expect(trustOfText('NHS North, Central and West Commissioning Support Unit – WDES action plan')).toBe('NHS North, Central and West Commissioning Support Unit');
  });

  it('takes no name from a sentence mentioning such a body', () => {
    expect(trustOfText('Data from the NHS FT returns were late')).toBeNull();
    expect(trustOfText('Actions agreed with our Commissioning Support Unit')).toBeNull();
  });
});
