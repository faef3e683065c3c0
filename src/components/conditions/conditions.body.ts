import { html } from 'lit';
import { gattie2017 } from '../../content/sources.js';
import { msg } from '../../internal/localize.js';
import type { SectionContext } from '../../internal/section.js';

// The body of the `conditions` section: a file of its own, loaded where the section is shown.

/** The papers its text quotes. */
export const sources = [gattie2017];

export const render = (context: SectionContext) => html`
  ${context.detail(html`
    <p>
      ${msg(
        'Dry needling is mostly used for pain in muscles and joints, and for problems with movement. Doctors call these musculoskeletal problems. It is used when trigger points are part of the problem.',
        { id: 'conditions.intro' },
      )}
    </p>
  `)}
  <p>${msg('Examples include:', { id: 'conditions.examples' })}</p>
  <ul part="list">
    <li>${msg('Neck pain and low back pain', { id: 'conditions.neck-back' })}</li>
    <li>
      ${msg(
        'Shoulder pain, such as pain in the rotator cuff. This is the group of muscles and tendons that holds the shoulder joint in place.',
        { id: 'conditions.shoulder' },
      )}
    </li>
    <li>
      ${msg('Tennis elbow and other tendon pain. Tendons are the tough cords that join muscle to bone.', {
        id: 'conditions.tendons',
      })}
    </li>
    <li>
      ${msg(
        'Muscle pain around the hip, the knee or the IT band. The IT band is a long band of tissue on the outside of the thigh.',
        { id: 'conditions.hip-knee' },
      )}
    </li>
    <li>
      ${msg('Headaches, and some jaw pain from the TMJ. The TMJ is the joint that links your jaw to your skull.', {
        id: 'conditions.head-jaw',
      })}
    </li>
    <li>${msg('Muscle strains, or tight muscles from overuse, in athletes', { id: 'conditions.athletes' })}</li>
  </ul>
  ${context.subheading(msg('What the research says', { id: 'conditions.evidence.heading' }))}
  <p>
    ${msg(
      'Studies suggest dry needling can ease pain and help you move for a few weeks, for some problems. We do not know if it still helps after several months. Results differ from person to person.',
      { id: 'conditions.evidence.summary' },
    )}
  </p>
  ${context.detail(html`
    <p>
      ${msg(
        'One review looked at 13 studies. Dry needling by physical therapists eased pain more than no treatment or a fake (sham) treatment, for up to 12 weeks. But many of the studies were small or had flaws, so we cannot be sure. After 6 to 12 months, no clear effect was found.',
        { id: 'conditions.evidence.review' },
      )}
    </p>
  `)}
`;
