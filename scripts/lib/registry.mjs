// The section registry (src/components/sections.ts) for Node scripts that run
// before the TypeScript build: bundled on the fly by esbuild, in English.
import { build } from 'esbuild';

let loaded;

/**
 * The sections in reading order, each as plain data:
 * `{ name, tag, className, folder, title, summary, sources }` (title in English).
 */
export function loadSections() {
  loaded ??= (async () => {
    const { outputFiles } = await build({
      entryPoints: [new URL('../../src/components/sections.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
    const { SECTIONS } = await import(url);
    return SECTIONS.map(({ name, tag, className, title, summary, sources }) => ({
      name,
      tag,
      className,
      folder: name,
      title: title(),
      summary,
      sources,
    }));
  })();
  return loaded;
}
