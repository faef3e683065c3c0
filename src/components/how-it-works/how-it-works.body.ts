import { html } from 'lit';
import { apta2012 } from '../../content/sources.js';
import { msg } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';

// The body of the `how-it-works` section: a file of its own, loaded where the section is shown.

/** The papers its text quotes. */
export const sources = [apta2012];

export const render = (context: SectionContext) => html`
  <p>
    ${msg(
      'When the needle reaches a trigger point, the muscle may twitch. Then it may relax. This can ease tension and pain.',
      { id: 'how-it-works.twitch' },
    )}
  </p>
  ${context.detail(html`
    <p>
      ${msg(
        'The needle also makes a tiny, controlled injury in the muscle. This is called a microlesion. Experts think it may bring more blood to the area, and that this may help it heal.',
        { id: 'how-it-works.microlesion' },
      )}
    </p>
  `)}
  ${context.subheading(msg('Possible effects', { id: 'how-it-works.effects.heading' }))}
  <ul part="list">
    <li>
      ${msg('Less tight muscles and fewer spasms. A spasm is a sudden squeeze of a muscle that you cannot control.', {
        id: 'how-it-works.effects.tightness',
      })}
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
