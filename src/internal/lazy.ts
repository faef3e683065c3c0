/**
 * A module imported when first needed, once per page: each section's text and
 * each language's messages live in files of their own, so a page downloads
 * only what it shows. A failed import is forgotten, so a later render may try again.
 */
export interface Lazy<T> {
  /** Imports the module (once); rejects if it cannot be loaded. */
  load(): Promise<T>;
  /** The module once loaded, else undefined (synchronous, for rendering). */
  readonly value: T | undefined;
}

/** Wraps a dynamic import, written out where it is used (so every bundler gives the module a file of its own). */
export function lazy<T>(importModule: () => Promise<T>): Lazy<T> {
  let request: Promise<T> | undefined;
  const module: { value: T | undefined; load(): Promise<T> } = {
    value: undefined,
    load: () =>
      (request ??= importModule().then(
        (loaded) => (module.value = loaded),
        (error: unknown) => {
          request = undefined;
          throw error;
        },
      )),
  };
  return module;
}
