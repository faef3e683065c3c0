/** How many distinct warnings a page remembers; older ones are forgotten first. */
const REMEMBERED = 100;
const warned = new Set<string>();

/**
 * Logs a console warning once per distinct message, so a bad attribute on an
 * element that re-renders often does not flood the host page's console. The
 * memory of what was said is bounded: a server rendering many requests with
 * bad values keeps at most `REMEMBERED` short messages.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  if (warned.size >= REMEMBERED) warned.delete(warned.values().next().value!);
  warned.add(message);
  console.warn(`dry-needling-widgets: ${message}`);
}

// C0 and C1 control characters (terminal escapes included) and bidirectional overrides.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character replaced by U+FFFD, safe to print to a console or terminal. */
export const printable = (text: string): string => text.replace(UNPRINTABLE, '\ufffd');

/**
 * A value from the page (or a server's request) for a warning: at most 60
 * characters, control characters replaced, and a copy, so that a huge value
 * is neither printed nor kept alive (in V8, a `slice` can hold its whole
 * parent string in memory).
 */
export function clip(value: unknown): string {
  const text = String(value);
  // Joining the characters builds a new string: no reference to `text` survives.
  const copy = printable([...text.slice(0, 60)].join(''));
  return text.length > 60 ? `${copy}…` : copy;
}
