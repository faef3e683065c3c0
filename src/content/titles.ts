import { msg } from '../internal/localize.js';

/**
 * Each section's title, in one place: the element shows it as its heading and
 * `dn-guide` lists it in its table of contents.
 */
export const sectionTitles = {
  explainer: () => msg('What is dry needling?', { id: 'explainer.heading' }),
  'how-it-works': () => msg('How does it work?', { id: 'how-it-works.heading' }),
  conditions: () => msg('What is it used for?', { id: 'conditions.heading' }),
  session: () => msg('What happens during a session?', { id: 'session.heading' }),
  'side-effects': () => msg('Side effects and risks', { id: 'side-effects.heading' }),
  'vs-acupuncture': () => msg('How is it different from acupuncture?', { id: 'vs-acupuncture.heading' }),
  'safety-notice': () => msg('Is it safe for me?', { id: 'safety-notice.heading' }),
} as const;

export type SectionName = keyof typeof sectionTitles;
