import { html } from 'lit';
import { apta2012 } from '../../content/sources.js';
import { msg } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';

// The body of the `explainer` section: a file of its own, loaded where the section is shown.

/** The papers its text quotes. */
export const sources = [apta2012];

export const render = (context: SectionContext) => html`
  <p>
    ${msg(
      'Dry needling is a treatment for muscle pain and stiffness. A trained health professional, called a clinician, puts very thin needles into tight or sore spots in your muscles. The aim is to ease pain and help you move better.',
      { id: 'explainer.intro' },
    )}
  </p>
  <p>
    ${msg(
      'These sore spots are called trigger points. A trigger point is a small, tender knot in a tight band of muscle.',
      { id: 'explainer.trigger-points' },
    )}
  </p>
  ${context.detail(html`
    ${context.subheading(msg('Why is it called “dry”?', { id: 'explainer.why-dry.heading' }))}
    <p>
      ${msg(
        'It is called “dry” because nothing is injected. No medicine goes through the needle. The needles are solid, fine and thin. They look like the needles used in acupuncture.',
        { id: 'explainer.why-dry' },
      )}
    </p>
  `)}
  ${context.subheading(msg('Who does it?', { id: 'explainer.who.heading' }))}
  <ul part="list">
    <li>
      ${msg('Physical therapists often do it. Other clinicians with special training in the method do it too.', {
        id: 'explainer.who.clinicians',
      })}
    </li>
    <li>
      ${msg(
        'It is usually one part of a wider rehab plan. Rehab is the exercise and care that help you recover. Dry needling is not a cure on its own.',
        { id: 'explainer.who.rehab-plan' },
      )}
    </li>
  </ul>
  ${context.detail(html`
    <p>
      ${msg(
        'The goal is to relax the trigger points, lower pain, and help the muscle work and move in a normal way again.',
        { id: 'explainer.goal' },
      )}
    </p>
  `)}
`;
