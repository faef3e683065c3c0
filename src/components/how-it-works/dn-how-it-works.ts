import { html } from 'lit';
import { sectionTitles } from '../../content/titles.js';
import { defineElement } from '../../internal/define.js';
import { DnElement } from '../../internal/dn-element.js';
import { msg } from '../../internal/localize.js';
import { apta2012 } from '../../content/sources.js';

/**
 * @tagname dn-how-it-works
 * @summary How dry needling works, in simple terms: the twitch and release, the tiny controlled injury that starts healing, and the possible effects.
 *
 * @csspart list - The list of possible effects.
 */
export class DnHowItWorks extends DnElement {
  static override sources = [apta2012];

  protected override renderTitle(): string {
    return sectionTitles['how-it-works']();
  }

  protected override renderBody() {
    return html`
      <p>
        ${msg(
          'When the needle reaches a trigger point, the muscle may twitch. Then it may relax. This can ease tension and pain.',
          { id: 'how-it-works.twitch' },
        )}
      </p>
      ${this.detail(html`
        <p>
          ${msg(
            'The needle also makes a tiny, controlled injury in the tissue. This is called a microlesion. It tells your body to send blood and healing factors to the area. This helps the area recover.',
            { id: 'how-it-works.microlesion' },
          )}
        </p>
      `)}
      ${this.renderSubheading(msg('Possible effects', { id: 'how-it-works.effects.heading' }))}
      <ul part="list">
        <li>
          ${msg(
            'Less tight muscles and fewer spasms. A spasm is a sudden squeeze of a muscle that you cannot control.',
            {
              id: 'how-it-works.effects.tightness',
            },
          )}
        </li>
        <li>${msg('Better blood flow in the treated area.', { id: 'how-it-works.effects.blood-flow' })}</li>
        <li>
          ${msg(
            'Less pain in the area. Less referred pain, too. That is pain you feel in another part of the body, away from the trigger point.',
            { id: 'how-it-works.effects.pain' },
          )}
        </li>
        <li>
          ${msg('Better range of motion, which means how far you can move a joint. Daily tasks may get easier.', {
            id: 'how-it-works.effects.motion',
          })}
        </li>
      </ul>
      <p>
        ${msg('These effects are possible, not certain. Results differ from person to person.', {
          id: 'how-it-works.effects.vary',
        })}
      </p>
    `;
  }
}

defineElement('dn-how-it-works', DnHowItWorks);

declare global {
  interface HTMLElementTagNameMap {
    'dn-how-it-works': DnHowItWorks;
  }
}
