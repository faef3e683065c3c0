// Functions that run inside the benchmark pages (Playwright sends their source,
// so each one is self-contained: no imports, no outer variables).

/**
 * Init script of every load, A and B alike (so both carry the same overhead),
 * run before the page's own scripts. Records the paint and layout-shift entries
 * and "text ready": the first moment, once the parser is done, that the shadow
 * roots hold `expected` ({ roots, chars }: how many there are and how much text
 * they hold at the end of the reference render; B has none, so for B it is the
 * end of parsing). The reference render itself passes null.
 *
 * Text is tracked per shadow root: each one is observed from its creation, and
 * only the roots a mutation touched are measured again, so the 100-element page
 * pays one small walk per render rather than a walk of every tree.
 */
export function instrument(expected) {
  let resolveReady;
  const bench = {
    textReady: null,
    ready: new Promise((resolve) => (resolveReady = resolve)),
    hosts: [],
    chars: 0,
    lcp: null,
    lcpElement: null,
    cls: 0,
    shifts: 0,
    firstShift: null,
    shifted: new Set(),
  };
  window.__bench = bench;

  // Text a reader can get to: not the CSS of <style> (server-rendered snippets have
  // some in their shadow roots, which hydration may remove) nor JSON-LD <script>.
  const textLength = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let length = 0;
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentNode.localName;
      if (parent !== 'style' && parent !== 'script') length += walker.currentNode.length;
    }
    return length;
  };
  const lengths = new Map();
  const measure = (root) => {
    const length = textLength(root);
    bench.chars += length - lengths.get(root);
    lengths.set(root, length);
  };
  // `since`: when the handler started, so the time spent measuring is not counted.
  const check = (since) => {
    if (bench.textReady !== null || !expected || document.readyState === 'loading') return;
    if (lengths.size === expected.roots && bench.chars === expected.chars) {
      bench.textReady = since;
      resolveReady();
    }
  };
  const observer = new MutationObserver((records) => {
    const since = performance.now();
    for (const root of new Set(records.map((record) => record.target.getRootNode()))) {
      if (lengths.has(root)) measure(root);
    }
    check(since);
  });
  const track = (host, root) => {
    bench.hosts.push(host);
    lengths.set(root, 0);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    track(this, root);
    return root;
  };
  // The parser is done (and deferred scripts have not run yet): pick up the
  // shadow roots it made from declarative shadow DOM, which attachShadow never saw.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const since = performance.now();
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        if (!lengths.has(el.shadowRoot)) {
          track(el, el.shadowRoot);
          measure(el.shadowRoot);
        }
        visit(el.shadowRoot);
      }
    };
    visit(document);
    check(since);
  });
  bench.rootCount = () => lengths.size;

  // An element as tag.class; Chromium gives no element for one in a shadow root.
  const describe = (node) =>
    node instanceof Element
      ? `${node.localName}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`
      : node
        ? node.nodeName
        : 'in a shadow root';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.lcp = entry.startTime;
      bench.lcpElement = `${describe(entry.element)} (${entry.size} px²)`;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // CLS leaves out shifts soon after input. These loads have none, so every
  // shift also counts in `shifts`, in case the browser flags one anyway.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) bench.cls += entry.value;
      bench.shifts += 1;
      bench.firstShift ??= entry.startTime;
      for (const source of entry.sources) bench.shifted.add(describe(source.node));
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * After `load`: waits for text ready, then lets the last frames paint and report
 * (two animation frames, then `settle` ms), and returns the load's metrics in ms
 * since navigation start.
 */
export async function collectMetrics({ settle, timeout }) {
  const bench = window.__bench;
  const late = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`text not ready after ${timeout} ms`)), timeout),
  );
  await Promise.race([bench.ready, late]);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, settle));
  const [fcp] = performance.getEntriesByName('first-contentful-paint');
  return {
    textReady: bench.textReady,
    fcp: fcp?.startTime ?? null,
    lcp: bench.lcp,
    lcpElement: bench.lcpElement,
    cls: bench.cls,
    shifts: bench.shifts,
    firstShift: bench.firstShift,
    shifted: [...bench.shifted],
    roots: bench.rootCount(),
    chars: bench.chars,
    bodyChars: document.body.textContent.length,
  };
}

/**
 * Once page A has fully rendered: serializes what a reader sees, crossing
 * shadow roots, into plain light-DOM HTML (headings, paragraphs, lists, tables
 * and links kept; other boxes become <div> or <span> with their classes, for
 * B's stylesheet), lists the visible words and reads each element's own
 * stylesheet (B's CSS). Also run on B, to check that its words are A's.
 * `scripts`: whether the page loads ours; a server-rendered page without them
 * shows its snippets as they are, never defined.
 */
export async function snapshot(scripts) {
  const bench = window.__bench;
  // Wait until every element, nested ones included, has rendered in its language.
  if (scripts) {
    await Promise.all(
      [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))]
        .filter((name) => name.includes('-'))
        .map((name) => customElements.whenDefined(name)),
    );
  }
  for (let count = -1; count !== bench.hosts.length;) {
    count = bench.hosts.length;
    await Promise.all(bench.hosts.map((host) => host.updateComplete));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  const KEEP = new Set(
    'header main footer nav section h1 h2 h3 h4 h5 h6 p ul ol li table caption thead tbody tfoot tr th td a strong em b i time br'.split(
      ' ',
    ),
  );
  const ATTRIBUTES = ['class', 'lang', 'dir', 'href', 'datetime', 'scope', 'colspan', 'rowspan'];
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let text = '';

  // Children as rendered: a host shows its shadow root, a slot its assigned nodes (or its own).
  const renderedChildren = (el) => {
    if (el.shadowRoot) return [...el.shadowRoot.childNodes];
    if (el.localName === 'slot') {
      const assigned = el.assignedNodes();
      if (assigned.length) return assigned;
    }
    return [...el.childNodes];
  };
  const serializeChildren = (el) => renderedChildren(el).map(serialize).join('');
  const serialize = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const collapsed = node.data.replace(/\s+/g, ' ');
      text += collapsed;
      return escape(collapsed);
    }
    // Skipped: comments (Lit's markers), scripts, styles.
    if (node.nodeType !== Node.ELEMENT_NODE || ['script', 'style', 'template'].includes(node.localName)) return '';
    if (node.localName === 'br') {
      text += ' ';
      return '<br>';
    }
    const { display } = getComputedStyle(node);
    // display: contents (slots) has no box of its own, so checkVisibility() would say false.
    if (display === 'contents') return serializeChildren(node);
    if (!node.checkVisibility({ visibilityProperty: true })) return '';
    const inline = display.startsWith('inline');
    const tag = KEEP.has(node.localName) ? node.localName : inline ? 'span' : 'div';
    const classes = [node.localName.includes('-') ? node.localName : '', node.getAttribute('class') ?? '']
      .join(' ')
      .trim();
    const attributes = ATTRIBUTES.map((name) => {
      const value = name === 'class' ? classes : node.getAttribute(name);
      return value ? ` ${name}="${escape(value).replace(/"/g, '&quot;')}"` : '';
    }).join('');
    // Block boundaries separate words even where the markup has no whitespace.
    if (!inline) text += ' ';
    const inner = serializeChildren(node);
    if (!inline) text += ' ';
    return `<${tag}${attributes}>${inner}</${tag}>`;
  };

  const html = serializeChildren(document.body);
  // Each element's own stylesheets, by tag (page B's CSS): a server-rendered snippet's <style>, else Lit's adopted sheets.
  const styles = {};
  for (const host of document.querySelectorAll('*')) {
    const root = host.shadowRoot;
    if (!root || styles[host.localName]) continue;
    styles[host.localName] = [...root.styleSheets, ...root.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
  }
  return {
    html,
    styles,
    words: text.split(/\s+/).filter(Boolean),
    roots: bench.rootCount(),
    chars: bench.chars,
    bodyChars: document.body.textContent.length,
  };
}
