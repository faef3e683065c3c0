// Copies the configurator (demo/) into dist/configurator/, beside dist/cdn/, so
// it can be hosted with the library's files: only the path to those files changes.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const OUT = 'dist/configurator';
const FILES_META = '<meta name="dn-files" content="../dist/cdn/" />';

mkdirSync(OUT, { recursive: true });
const page = readFileSync('demo/index.html', 'utf8');
if (!page.includes(FILES_META)) throw new Error(`demo/index.html has no ${FILES_META}; update build-configurator.mjs.`);
writeFileSync(`${OUT}/index.html`, page.replace(FILES_META, FILES_META.replace('../dist/cdn/', '../cdn/')));
for (const file of ['configurator.js', 'snippets.js', 'demo.css']) copyFileSync(`demo/${file}`, `${OUT}/${file}`);
console.log(`Configurator: ${OUT}/index.html`);
