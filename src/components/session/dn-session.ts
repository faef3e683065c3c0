import { html } from 'lit';
import { sectionTitles } from '../../content/titles.js';
import { defineElement } from '../../internal/define.js';
import { DnElement } from '../../internal/dn-element.js';
import { msg } from '../../internal/localize.js';

/**
 * @tagname dn-session
 * @summary What happens during a session, step by step, and what it may feel like.
 *
 * @csspart list - The numbered steps.
 */
export class DnSession extends DnElement {
  protected override renderTitle(): string {
    return sectionTitles.session();
  }

  protected override renderBody() {
    return html`
      <ol part="list">
        <li>${msg('Your clinician cleans your skin.', { id: 'session.clean' })}</li>
        <li>${msg('They tap the needle through the top layer of your skin.', { id: 'session.tap' })}</li>
        <li>${msg('They place the needle in the muscle, or move it gently there.', { id: 'session.position' })}</li>
      </ol>
      <p>
        ${msg(
          'The needle may stay in for a few seconds, or for up to about 20 minutes. It depends on the method your clinician uses.',
          { id: 'session.duration' },
        )}
      </p>
      ${this.detail(html`
        <p>
          ${msg(
            'Some clinicians also send a mild electric current through the needles. This is called electrical stimulation. It aims to help the muscle tighten and then relax.',
            { id: 'session.stimulation' },
          )}
        </p>
        ${this.renderSubheading(msg('What you may feel', { id: 'session.feel.heading' }))}
        <p>
          ${msg(
            'You may feel a short, sharp or aching feeling when the needle reaches a trigger point. The muscle may also twitch on its own.',
            { id: 'session.feel' },
          )}
        </p>
      `)}
    `;
  }
}

defineElement('dn-session', DnSession);

declare global {
  interface HTMLElementTagNameMap {
    'dn-session': DnSession;
  }
}
