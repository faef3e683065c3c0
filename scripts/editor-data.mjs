// Writes dist/vscode.html-custom-data.json from the Custom Elements Manifest, so
// editors autocomplete the dn-* tags and their attributes in HTML. Add it to
// VS Code's "html.customData" setting.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const tags = [];
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    tags.push({
      name: declaration.tagName,
      description: declaration.summary ?? declaration.description ?? '',
      attributes: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    });
  }
}
tags.sort((a, b) => a.name.localeCompare(b.name));
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`Editor data: ${tags.length} elements → dist/vscode.html-custom-data.json`);
