import { html } from 'lit';
import { disclaimer } from '../../content/disclaimer.js';
import { licensedOnly, tellClinician } from '../../content/safety.js';
import { citedBy, fsbpt2017, kearns2019 } from '../../content/sources.js';
import { renderCallout } from '../../internal/callout.js';
import { msg } from '../../internal/localize.js';
import { defineSection } from '../../internal/section.js';
import { dnSafetyNoticeStyles } from './dn-safety-notice.styles.js';

/** The points the seed text names; `dn-checklist` has the whole list. */
const keyPoints = () => tellClinician().filter((item) => item.key);

/**
 * The `safety-notice` section: shown by `<dn-safety-notice>` and in `<dn-guide>`.
 * Who may needle is safety content: the compact variant keeps all of it.
 */
export const safetyNotice = defineSection({
  name: 'safety-notice',
  tag: 'dn-safety-notice',
  title: () => msg('Is it safe for me?', { id: 'safety-notice.heading' }),
  sources: [fsbpt2017, kearns2019, ...citedBy(keyPoints())],
  styles: dnSafetyNoticeStyles,
  render: (context) => html`
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
  `,
});
