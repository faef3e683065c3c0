import { html } from 'lit';
import { disclaimer } from '../../content/disclaimer.js';
import { discussFirst } from '../../content/safety.js';
import { sectionTitles } from '../../content/titles.js';
import { defineElement } from '../../internal/define.js';
import { DnElement } from '../../internal/dn-element.js';
import { msg } from '../../internal/localize.js';
import { dnSafetyNoticeStyles } from './dn-safety-notice.styles.js';
import { fsbpt2017, kearns2019 } from '../../content/sources.js';

/**
 * @tagname dn-safety-notice
 * @summary Who may do dry needling, what to tell your provider first, and the educational-use disclaimer.
 *
 * @slot contact - The clinic's contact details or booking link, shown before the disclaimer.
 *
 * @csspart contact - The wrapper around the contact slot.
 * @csspart notice - The highlighted box about who may do dry needling.
 * @csspart list - The list of things to tell your provider.
 * @csspart disclaimer - The "education only, not medical advice" line.
 */
export class DnSafetyNotice extends DnElement {
  static override styles = [...DnElement.styles, dnSafetyNoticeStyles];
  static override sources = [fsbpt2017, kearns2019];

  protected override renderTitle(): string {
    return sectionTitles['safety-notice']();
  }

  protected override renderBody() {
    return html`
      <div part="notice" class="notice">
        <p>
          ${msg('Dry needling should only be done by a licensed clinician with formal training in the method.', {
            id: 'safety-notice.licensed',
          })}
        </p>
        ${this.detail(html`
          <p>
            ${msg(
              'The rules differ from place to place. In some regions, dry needling may not be part of what a type of clinician is allowed to do. This is called their scope of practice.',
              { id: 'safety-notice.scope' },
            )}
          </p>
        `)}
      </div>
      ${this.renderSubheading(msg('Before you start', { id: 'safety-notice.before.heading' }))}
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
    `;
  }
}

defineElement('dn-safety-notice', DnSafetyNotice);

declare global {
  interface HTMLElementTagNameMap {
    'dn-safety-notice': DnSafetyNotice;
  }
}
