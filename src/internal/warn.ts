const warned = new Set<string>();

/**
 * Logs a console warning once per distinct message, so a bad attribute on an
 * element that re-renders often does not flood the host page's console.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`dry-needling-widgets: ${message}`);
}

/** A value from the page for a warning: cut to 60 characters, so a huge attribute cannot flood the console. */
export function clip(value: unknown): string {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
