import { html } from 'lit';
import { disclaimer } from '../../content/disclaimer.js';
import { licensedOnly, tellClinician } from '../../content/safety.js';
import { citedBy, fsbpt2017, kearns2019 } from '../../content/sources.js';
import { renderCallout } from '../../internal/callout.js';
import { msg } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';

// The body of the `safety-notice` section: a file of its own, loaded where the section is shown.

/** The points the seed text names; `dn-checklist` has the whole list. */
const keyPoints = () => tellClinician().filter((item) => item.key);

/** The papers its text quotes. */
export const sources = [fsbpt2017, kearns2019, ...citedBy(keyPoints())];

export const render = (context: SectionContext) => html`
  <div part="notice" class="notice">
    <p>${licensedOnly()}</p>
    <p>
      ${msg(
        'The rules differ between states and countries. In some places, some kinds of clinicians may not do dry needling. You can ask: “Are you allowed and trained to do dry needling here?”',
        { id: 'safety-notice.scope' },
      )}
    </p>
  </div>
  ${renderCallout(
    'info',
    context.subheading(msg('Before you start', { id: 'safety-notice.before.heading' })),
    html`
      <p>
        ${msg('Talk with your clinician about your health first. Tell them if you:', {
          id: 'safety-notice.tell-provider',
        })}
      </p>
      <ul part="list">
        ${keyPoints().map(({ text }) => html`<li>${text}</li>`)}
      </ul>
      <p>${msg('Together you can decide if dry needling is right for you.', { id: 'safety-notice.decide' })}</p>
      ${context.contact('section')}
    `,
    'before-you-start',
  )}
  <p part="disclaimer" class="disclaimer">${disclaimer()}</p>
`;
