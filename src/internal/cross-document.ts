import { LitElement, adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/**
 * Gives `root` its element's styles in the document it is in now. Lit's
 * stylesheets were constructed by this window, and a constructed stylesheet can
 * only be adopted in its own window's document: in another one each style is
 * rebuilt with that window's CSSStyleSheet (still a constructed sheet, which a
 * strict `style-src` allows; a fresh copy per move, as moves are rare). A
 * document without a window (a template's) shows nothing; moving back restores them.
 */
export function restyle(root: ShadowRoot, el: LitElement): ShadowRoot {
  const doc = root.ownerDocument;
  const view = doc.defaultView as typeof globalThis | null;
  // Ours are all `css` tagged templates.
  const styles = (el.constructor as typeof LitElement).elementStyles as CSSResult[];
  if (doc === document) {
    adoptStyles(root, styles);
  } else if (view && supportsAdoptingStyleSheets) {
    root.adoptedStyleSheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(style.cssText);
      return sheet;
    });
  }
  return root;
}

/**
 * A LitElement that keeps its styles when the host page moves it into another
 * document, such as a same-origin iframe's, and back.
 */
export class CrossDocumentElement extends LitElement {
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // First connected in another document, where adopting Lit's stylesheets would throw.
    return this.shadowRoot || this.ownerDocument === document
      ? super.createRenderRoot()
      : restyle(this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions), this);
  }

  /** Chromium empties a shadow root's adopted stylesheets when its element moves to another document. */
  adoptedCallback(): void {
    if (this.shadowRoot) restyle(this.shadowRoot, this);
  }
}
