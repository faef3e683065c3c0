import { html } from 'lit';
import { msg } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';

// The body of the `session` section: a file of its own, loaded where the section is shown.

/** The papers its text quotes. */
export const sources = [];

export const render = (context: SectionContext) => html`
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
  ${context.detail(html`
    <p>
      ${msg(
        'Some clinicians also send a mild electric current through the needles. This is called electrical stimulation. It aims to help the muscle tighten and then relax.',
        { id: 'session.stimulation' },
      )}
    </p>
    ${context.subheading(msg('What you may feel', { id: 'session.feel.heading' }))}
    <p>
      ${msg(
        'You may feel a short, sharp or aching feeling when the needle reaches a trigger point. The muscle may also twitch on its own.',
        { id: 'session.feel' },
      )}
    </p>
  `)}
`;
