import { html } from 'lit';
import { disclaimer } from '../../content/disclaimer.js';
import { discussFirst } from '../../content/safety.js';
import { fsbpt2017, kearns2019 } from '../../content/sources.js';
import { msg } from '../../internal/localize.js';
import { defineSection } from '../../internal/section.js';
import { dnSafetyNoticeStyles } from './dn-safety-notice.styles.js';

/** The `safety-notice` section: shown by `<dn-safety-notice>` and in `<dn-guide>`. */
export const safetyNotice = defineSection({
  name: 'safety-notice',
  tag: 'dn-safety-notice',
  title: () => msg('Is it safe for me?', { id: 'safety-notice.heading' }),
  sources: [fsbpt2017, kearns2019],
  styles: dnSafetyNoticeStyles,
  render: (context) => html`
    <div part="notice" class="notice">
      <p>
        ${msg('Dry needling should only be done by a licensed clinician with formal training in the method.', {
          id: 'safety-notice.licensed',
        })}
      </p>
      ${context.detail(html`
        <p>
          ${msg(
            'The rules differ from place to place. In some regions, dry needling may not be part of what a type of clinician is allowed to do. This is called their scope of practice.',
            { id: 'safety-notice.scope' },
          )}
        </p>
      `)}
    </div>
    ${context.subheading(msg('Before you start', { id: 'safety-notice.before.heading' }))}
    <p>
      ${msg('Talk with your provider about your health history first. Tell them if you:', {
        id: 'safety-notice.tell-provider',
      })}
    </p>
    <ul part="list">
      ${discussFirst().map((item) => html`<li>${item}</li>`)}
    </ul>
    <p>${msg('Together you can decide if dry needling is right for you.', { id: 'safety-notice.decide' })}</p>
    <div part="contact" class="contact"><slot name="contact"></slot></div>
    <p part="disclaimer" class="disclaimer">${disclaimer()}</p>
  `,
});
