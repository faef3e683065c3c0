import { html } from 'lit';
import { commonExperiences, seriousSideEffects } from '../../content/side-effects.js';
import { boyce2020, brady2014, mintken2025, patel2019 } from '../../content/sources.js';
import { msg, str } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';

// The body of the `side-effects` section: a file of its own, loaded where the section is shown.

/** The papers its text quotes. */
export const sources = [brady2014, boyce2020, mintken2025, patel2019];

export const render = (context: SectionContext) => html`
  ${context.subheading(msg('Common and usually mild', { id: 'side-effects.common.heading' }))}
  <ul part="list">
    ${commonExperiences().map(({ text }) => html`<li>${text}</li>`)}
  </ul>
  ${context.detail(html`
    <p>
      ${msg(
        str`One study looked at ${context.number(7629)} treatments. About 1 in 5 of them led to a mild side effect, most often a bruise, bleeding or pain.`,
        { id: 'side-effects.study-mild' },
      )}
    </p>
  `)}
  <p>
    ${msg(
      str`A larger study looked at ${context.number(20494)} treatments. It found mild side effects in about 1 in 3 of them. Bleeding was the most common. Studies count side effects in different ways, so their numbers differ.`,
      { id: 'side-effects.study-mild-larger' },
    )}
  </p>
  ${context.subheading(msg('Rare but serious', { id: 'side-effects.serious.heading' }))}
  <ul part="list">
    ${seriousSideEffects().map(({ text }) => html`<li>${text}</li>`)}
  </ul>
  <p>
    ${msg(
      str`In the larger study, ${context.number(20)} of the ${context.number(20494)} treatments led to a serious side effect. That is about 1 in ${context.number(1000)} treatments.`,
      { id: 'side-effects.study-serious' },
    )}
  </p>
  <p>
    ${msg(
      'These problems are less likely when a well-trained clinician uses sterile (germ-free) methods. If you have chest pain or trouble breathing after a treatment, get emergency help at once.',
      { id: 'side-effects.serious.rare' },
    )}
  </p>
`;
