// Modules that the builds put in chunks of their own, loaded only in some
// cases: the CDN build's chunking (rollup.config.mjs) and the size counts
// (scripts/size-budget.mjs, scripts/pack-smoke.mjs) read them from here.

/** A generated language module (src/generated/locales/<lang>.<group>.ts, built): loaded for its language only. */
export const isLanguageModule = (id) => /[\\/]generated[\\/]locales[\\/][\w.-]+\.js$/.test(id);

/** The snippet takeover (src/internal/takeover.ts, built): loaded only when a server-rendered snippet is replaced. */
export const isTakeoverModule = (id) => /[\\/]internal[\\/]takeover\.js$/.test(id);

/** Whether an element rendering in English on the client loads the chunk of `facadeModuleId`. */
export const loadsForEnglishRender = (facadeModuleId) =>
  !isLanguageModule(facadeModuleId ?? '') && !isTakeoverModule(facadeModuleId ?? '');
