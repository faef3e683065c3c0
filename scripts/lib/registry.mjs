// The section registry (src/components/sections.ts) and the guide's title, for
// Node scripts that run before the TypeScript build: bundled on the fly by esbuild, in English.
import { build } from 'esbuild';

let loaded;

/** `side-effects` → `SideEffects`: element classes (`Dn` + it) and event props (`on` + it) are named so. */
export const pascalCase = (name) => name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());

/** The registry and the guide's title, bundled once. */
function loadModules() {
  loaded ??= (async () => {
    const root = new URL('../../', import.meta.url).pathname;
    const { outputFiles } = await build({
      stdin: {
        contents:
          "export { SECTIONS } from './src/components/sections.ts'; export { guideTitle } from './src/content/guide.ts'; export { GUIDE_TEXT_GROUP, TEXT_GROUPS } from './src/internal/section.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  })();
  return loaded;
}

/** The groups of sections whose text comes in one file, and the group of the guide's own text. */
export async function loadTextGroups() {
  const { TEXT_GROUPS, GUIDE_TEXT_GROUP } = await loadModules();
  return { groups: TEXT_GROUPS, guide: GUIDE_TEXT_GROUP };
}

/** The guide's English title. */
export async function loadGuideTitle() {
  return (await loadModules()).guideTitle();
}

/**
 * The sections in reading order, each as plain data:
 * `{ name, tag, group, className, folder, title, sources }` (title in English); with a
 * manifest, each also gets its element's `summary` (its class's JSDoc).
 */
export async function loadSections(manifest) {
  const sections = await Promise.all(
    (await loadModules()).SECTIONS.map(async ({ name, tag, title, group, body }) => ({
      name,
      tag,
      group,
      // The naming rule every section follows (see SectionDescriptor.tag).
      className: `Dn${pascalCase(name)}`,
      folder: name,
      title: title(),
      sources: (await body.load()).sources,
    })),
  );
  if (!manifest) return sections;
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  return sections.map((section) => ({
    ...section,
    summary: declarations.find((declaration) => declaration.tagName === section.tag)?.summary,
  }));
}
