import { html } from 'lit';
import { mildSideEffects, seriousSideEffects } from '../../content/side-effects.js';
import { boyce2020, brady2014, mintken2025 } from '../../content/sources.js';
import { msg, str } from '../../internal/localize.js';
import { defineSection } from '../../internal/section.js';

/** The `side-effects` section: shown by `<dn-side-effects>` and in `<dn-guide>`. */
export const sideEffects = defineSection({
  name: 'side-effects',
  tag: 'dn-side-effects',
  title: () => msg('Side effects and risks', { id: 'side-effects.heading' }),
  sources: [brady2014, boyce2020, mintken2025],
  render: (context) => html`
    ${context.subheading(msg('Common and usually mild', { id: 'side-effects.common.heading' }))}
    <ul part="list">
      ${mildSideEffects().map((item) => html`<li>${item}</li>`)}
    </ul>
    ${context.detail(html`
      <p>
        ${msg(
          str`In one study of ${context.number(7629)} treatments, about 1 in 5 treatments led to a mild side effect. The most common were bruising, bleeding and pain. No serious side effects were found.`,
          { id: 'side-effects.study-mild' },
        )}
      </p>
    `)}
    ${context.subheading(msg('Rare but serious', { id: 'side-effects.serious.heading' }))}
    <ul part="list">
      ${seriousSideEffects().map((item) => html`<li>${item}</li>`)}
    </ul>
    <p>
      ${msg(
        'These are rare when a well-trained professional does the treatment and uses sterile (germ-free) methods. But they can happen. That is why proper training and safety steps matter.',
        { id: 'side-effects.serious.rare' },
      )}
    </p>
    ${context.detail(html`
      <p>
        ${msg(
          str`In a larger study of about ${context.number(20000)} sessions, serious side effects happened in fewer than 1 in ${context.number(1000)} treatments.`,
          { id: 'side-effects.study-serious' },
        )}
      </p>
    `)}
  `,
});
