/**
 * Version of the encoded rule data. Bump the date part when the reference snapshot changes and the
 * counter when the encoding changes on the same day. Every eligibility answer carries it.
 */
export const RULE_SET_VERSION = '2026-11-28.1';

/** The reference file the rules are encoded from. */
export const REFERENCE_DOCUMENT = 'reference/visa-rules.md (mid-2026 snapshot)';
