// `npm start`: serves the configurator (demo/index.html) and the fresh build in dist/,
// and /demo/server-rendered.html: a page made of a prerendered snippet, as the
// README recommends (`?lang=es` for another language).
import { readFileSync } from 'node:fs';

const port = Number(process.env.PORT) || 8000;
const { allLocales } = await import('./dist/generated/locale-codes.js');

function serverRenderedPage(lang) {
  const { hydrateEntry } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
  const snippet = readFileSync(`dist/ssr/${lang}/dn-guide.html`, 'utf8');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Server-rendered guide (${lang})</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/demo/demo.css" />
    <script type="module" src="/dist/cdn/${hydrateEntry}"></script>
  </head>
  <body>
    <main>
      <p lang="en"><a href="/demo/">Configurator</a> · Prerendered from dist/ssr/${lang}/dn-guide.html: the text shows even with JavaScript turned off.</p>
      ${snippet}
    </main>
  </body>
</html>`;
}

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  watch: false,
  middleware: [
    function demoAtRoot(context, next) {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
    function serverRendered(context, next) {
      if (context.path !== '/demo/server-rendered.html') return next();
      const lang = allLocales.includes(context.query.lang) ? context.query.lang : 'en';
      context.type = 'html';
      context.body = serverRenderedPage(lang);
      return undefined;
    },
  ],
};
