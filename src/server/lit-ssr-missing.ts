/**
 * The error for a missing `@lit-labs/ssr`, or `error` itself when the import
 * failed for another reason (which must not be hidden behind install advice).
 */
export function litSsrMissing(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (code !== 'ERR_MODULE_NOT_FOUND' || !message.includes('@lit-labs/ssr')) return error;
  return new Error(
    "dry-needling-widgets/server needs Lit's server renderer, an optional peer dependency: run `npm install @lit-labs/ssr` (version 4) in your project.",
    { cause: error },
  );
}
