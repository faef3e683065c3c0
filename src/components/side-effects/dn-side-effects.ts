import { html } from 'lit';
import { mildSideEffects, seriousSideEffects } from '../../content/side-effects.js';
import { sectionTitles } from '../../content/titles.js';
import { defineElement } from '../../internal/define.js';
import { DnElement } from '../../internal/dn-element.js';
import { msg, str } from '../../internal/localize.js';
import { boyce2020, brady2014, mintken2025 } from '../../content/sources.js';

/**
 * @tagname dn-side-effects
 * @summary Common, mild side effects and the rare serious complications, with how often they happened in large studies.
 *
 * @csspart list - The lists of common and rare side effects.
 */
export class DnSideEffects extends DnElement {
  static override sources = [brady2014, boyce2020, mintken2025];

  protected override renderTitle(): string {
    return sectionTitles['side-effects']();
  }

  protected override renderBody() {
    return html`
      ${this.renderSubheading(msg('Common and usually mild', { id: 'side-effects.common.heading' }))}
      <ul part="list">
        ${mildSideEffects().map((item) => html`<li>${item}</li>`)}
      </ul>
      ${this.detail(html`
        <p>
          ${msg(
            str`In one study of ${this.formatNumber(7629)} treatments, about 1 in 5 treatments led to a mild side effect. The most common were bruising, bleeding and pain. No serious side effects were found.`,
            { id: 'side-effects.study-mild' },
          )}
        </p>
      `)}
      ${this.renderSubheading(msg('Rare but serious', { id: 'side-effects.serious.heading' }))}
      <ul part="list">
        ${seriousSideEffects().map((item) => html`<li>${item}</li>`)}
      </ul>
      <p>
        ${msg(
          'These are rare when a well-trained professional does the treatment and uses sterile (germ-free) methods. But they can happen. That is why proper training and safety steps matter.',
          { id: 'side-effects.serious.rare' },
        )}
      </p>
      ${this.detail(html`
        <p>
          ${msg(
            str`In a larger study of about ${this.formatNumber(20000)} sessions, serious side effects happened in fewer than 1 in ${this.formatNumber(1000)} treatments.`,
            { id: 'side-effects.study-serious' },
          )}
        </p>
      `)}
    `;
  }
}

defineElement('dn-side-effects', DnSideEffects);

declare global {
  interface HTMLElementTagNameMap {
    'dn-side-effects': DnSideEffects;
  }
}
