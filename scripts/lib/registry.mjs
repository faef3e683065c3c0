// The section registry (src/components/sections.ts) for Node scripts that run
// before the TypeScript build: bundled on the fly by esbuild, in English.
import { build } from 'esbuild';

let loaded;

/**
 * The sections in reading order, each as plain data:
 * `{ name, tag, className, folder, title, sources }` (title in English); with a
 * manifest, each also gets its element's `summary` (its class's JSDoc).
 */
export async function loadSections(manifest) {
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
    return SECTIONS.map(({ name, tag, title, sources }) => ({
      name,
      tag,
      // The naming rule every section follows (see SectionDescriptor.tag).
      className: `Dn${name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())}`,
      folder: name,
      title: title(),
      sources,
    }));
  })();
  const sections = await loaded;
  if (!manifest) return sections;
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  return sections.map((section) => ({
    ...section,
    summary: declarations.find((declaration) => declaration.tagName === section.tag)?.summary,
  }));
}
