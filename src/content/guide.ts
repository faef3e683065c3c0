import { msg } from '../internal/localize.js';

/** The guide's title and introduction: shown by `dn-guide`, and its structured data's name and description. */
export const guideTitle = () => msg('Dry needling: a guide for patients', { id: 'guide.heading' });

export const guideIntro = () =>
  msg(
    'This guide explains dry needling in plain words. It covers what it is, how it works, what it is used for, what a session is like, and how to stay safe.',
    { id: 'guide.intro' },
  );

/** The therapy's name on its own, for structured data. */
export const therapyName = () => msg('Dry needling', { id: 'common.dry-needling' });
