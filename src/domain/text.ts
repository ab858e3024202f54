import { z } from 'zod';

/**
 * Text every store and reader can take (issue 11): no lone UTF-16 surrogate (a half of a pair: invalid Unicode,
 * which PostgreSQL's jsonb and UTF-8 encoders refuse or mangle) and no NUL character (PostgreSQL text cannot hold
 * one). Shared by the server's request schemas and the web forms.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The message key of a string with invalid Unicode (localised by the server and the web). */
export const INVALID_TEXT_KEY = 'input.invalidUnicode';

/** Whether `s` is well-formed Unicode text without NUL characters. */
export function isValidText(s: string): boolean {
  return !LONE_SURROGATE.test(s) && !s.includes('\u0000');
}

/** `s` with each lone surrogate replaced by U+FFFD (well-formed Unicode, as `String.prototype.toWellFormed`). */
export function wellFormed(s: string): string {
  return s.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}

/** A string schema that refuses invalid Unicode (400 `input.invalidUnicode`); chain `.trim()`, `.max()` … as usual. */
export const str = () => z.string().refine(isValidText, { message: INVALID_TEXT_KEY, abort: true });

/** Required text: trimmed, 1…max characters, valid Unicode. */
export const requiredText = (max: number) => str().trim().min(1).max(max);

/** Optional text: trimmed, at most max characters, valid Unicode; null or absent allowed. */
export const optionalText = (max: number) => str().trim().max(max).nullish();
