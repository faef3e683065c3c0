// Custom Elements Manifest (dist/custom-elements.json), generated from the JSDoc
// on each element class at build time, and the editor and framework data made
// from it by the custom-element-*-integration generators (docs/frameworks.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

// Generated files sit in dist/types/; each names its element's class declaration from there.
const componentTypePath = (_name, tag) => `../components/${tag.replace(/^dn-/, '')}/${tag}.class.js`;
const quiet = { hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    registeredByDefineElement(),
    nativeAttributeFields(),
    // Before the generators below, so the editor data shows the values too.
    constantDefaultsAsValues(),
    customElementVsCodePlugin({
      ...quiet,
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ ...quiet, outdir: 'dist', excludeCss: false }),
    customElementJsxPlugin({ ...quiet, outdir: 'dist/types', fileName: 'jsx-elements.d.ts', componentTypePath }),
    customElementSolidJsPlugin({ ...quiet, outdir: 'dist/types', fileName: 'solid-elements.d.ts', componentTypePath }),
    // Augments Vue's GlobalComponents itself.
    customElementVuejsPlugin({ ...quiet, outdir: 'dist/types', fileName: 'vue.d.ts', componentTypePath }),
    camelCaseVueProps('dist/types/vue.d.ts'),
    jsxAugmentations(),
  ],
};

/**
 * Elements register through `defineElement(tag, Class)` (a guarded
 * `customElements.define`), which the analyzer reads as one element named
 * "tag". Record each element's real definition from its `@tagname` instead.
 */
function registeredByDefineElement() {
  return {
    name: 'registered-by-define-element',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          module.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          });
        }
      }
    },
  };
}

/**
 * `lang` and `dir` are HTMLElement's own attributes, documented with `@attr`
 * because the elements react to them. Naming their properties lets the type
 * generators write `DnGuide["lang"]` instead of `DnGuide["undefined"]`.
 */
function nativeAttributeFields() {
  return {
    name: 'native-attribute-fields',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            if (!attribute.fieldName && (attribute.name === 'lang' || attribute.name === 'dir')) {
              attribute.fieldName = attribute.name;
            }
          }
        }
      }
    },
  };
}

/**
 * A field set from an imported constant (`headingLevel = DEFAULT_HEADING_LEVEL`)
 * gets the constant's name as its default, which tells a reader of the
 * Storybook tables or an editor's hover nothing. Replaces such a default with
 * the literal value of the exported constant it names (`2`, `'2026-11-26'`);
 * a name exported by two modules, or a constant that is not a plain literal,
 * stays as it is.
 */
function constantDefaultsAsValues() {
  const LITERAL = /^(?:-?\d+(?:\.\d+)?|'[^'\\]*'|"[^"\\]*"|true|false|null)$/;
  return {
    name: 'constant-defaults-as-values',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const values = new Map();
      const ambiguous = new Set();
      for (const module of modules) {
        const exported = new Set((module.exports ?? []).filter((entry) => entry.kind === 'js').map((e) => e.name));
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'variable' || !exported.has(declaration.name)) continue;
          if (!LITERAL.test(declaration.default ?? '')) continue;
          if (values.has(declaration.name)) ambiguous.add(declaration.name);
          values.set(declaration.name, declaration.default);
        }
      }
      for (const name of ambiguous) values.delete(name);
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (values.has(item.default)) item.default = values.get(item.default);
          }
        }
      }
    },
  };
}

/**
 * The JSX generators export a `CustomElements` map and leave the augmentation
 * to the user. These files do it, so one `import type {} from
 * 'dry-needling-widgets/types/react'` (or `preact`, `solid`) types every tag.
 */
function jsxAugmentations() {
  const augment = (module, from) =>
    `// Generated by custom-elements-manifest.config.mjs.\nimport type { CustomElements } from './${from}';\n\n` +
    `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`;
  return {
    name: 'jsx-augmentations',
    packageLinkPhase() {
      mkdirSync('dist/types', { recursive: true });
      writeFileSync('dist/types/react.d.ts', augment('react', 'jsx-elements.js'));
      writeFileSync('dist/types/preact.d.ts', augment('preact', 'jsx-elements.js'));
      writeFileSync('dist/types/solid.d.ts', augment('solid-js', 'solid-elements.js'));
    },
  };
}

/**
 * custom-element-vuejs-integration 1.4.0 keys Vue props by attribute name
 * (`"heading-level"`, `"ondn-toggle"`), but vue-tsc camelizes template
 * attributes and events before it checks them (`headingLevel`, `onDnToggle`),
 * so every kebab-case attribute and every event was reported unknown. Renames
 * the keys the way Vue does; the types and docs stay the generator's.
 */
function camelCaseVueProps(file) {
  const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  return {
    name: 'camel-case-vue-props',
    packageLinkPhase() {
      const types = readFileSync(file, 'utf8');
      const renamed = types
        .replace(/^(\s*)"on([a-z][\w-]*)"\?:/gm, (_, indent, event) => `${indent}${camelize(`on-${event}`)}?:`)
        .replace(/^(\s*)"([a-z][\w-]*)"\?:/gm, (_, indent, name) => `${indent}${camelize(name)}?:`);
      if (renamed === types) throw new Error(`${file}: no props to rename; the generator's output changed`);
      writeFileSync(file, renamed);
    },
  };
}
