// Custom Elements Manifest (dist/custom-elements.json), generated from the JSDoc
// on each element class at build time.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [registeredByDefineElement()],
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

