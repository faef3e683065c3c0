import { clip, warnOnce } from './warn.js';

/** Digits only, as dialled: 911, 112, 999, 000, 1669. (`npm run handout` and the iframe embed check their values with it too.) */
export const DIALLED = /^[0-9]{2,8}$/;

/**
 * A clinic's `emergency-number` as shown: the digits if valid; otherwise
 * nothing (the text then says "your local emergency number"), with one
 * warning naming `tag`. A number is never guessed from the language.
 */
export function checkEmergencyNumber(value: unknown, tag: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const digits = String(value).trim();
  if (DIALLED.test(digits)) return digits;
  warnOnce(
    `<${tag}> emergency-number="${clip(value)}" is not a phone number of 2 to 8 digits (such as 911, 112 or 999); saying "your local emergency number" instead.`,
  );
  return undefined;
}
