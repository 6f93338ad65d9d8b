/**
 * The one pipeline every string a client sends goes through before any service sees it (see
 * `text.schema.ts`): refuse what PostgreSQL cannot store or what is not text at all, and put the rest in one
 * canonical form so that equal-looking names are equal.
 *
 * 1. refuse NUL (PostgreSQL text cannot hold it) and lone UTF-16 surrogates (half a character);
 * 2. normalise to NFC (an "é" typed as e + accent equals the single "é");
 * 3. collapse every run of Unicode white space (tabs, non-breaking and other wide spaces) into one space, or into
 *    one line break when the run holds one, and trim both ends.
 */

const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WHITE_SPACE_RUN = /\p{White_Space}+/gu;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029\v\f]/;
/** A letter, digit, punctuation mark or symbol: something a reader sees (not a space, control or format mark). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** The outcome of {@link normaliseText}: the canonical text, or why the input is not text. */
export type TextResult = { ok: true; value: string } | { ok: false; reason: string };

/** Why a string is not acceptable as text at all, or null when it is. */
export function textProblem(value: string): string | null {
  if (value.includes(NUL)) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it holds half of a character)';
  return null;
}

/** Runs the pipeline over one string. Pure; idempotent on its own output. */
export function normaliseText(value: string): TextResult {
  const problem = textProblem(value);
  if (problem) return { ok: false, reason: problem };
  const collapsed = value
    .normalize('NFC')
    .replace(WHITE_SPACE_RUN, (run) => (LINE_BREAK.test(run) ? '\n' : ' '))
    .trim();
  return { ok: true, value: collapsed };
}

/** True when the text holds at least one character a reader sees: zero-width and format marks alone do not. */
export function hasVisibleCharacter(value: string): boolean {
  return VISIBLE.test(value);
}

/** True when the text is one line (names, codes, labels). */
export function isSingleLine(value: string): boolean {
  return !LINE_BREAK.test(value);
}

/**
 * The form names are compared in for uniqueness: the normalised text in lower case. The database enforces the
 * same with a unique index on `lower(name)`.
 */
export function nameKey(value: string): string {
  const result = normaliseText(value);
  return (result.ok ? result.value : value).toLowerCase();
}
