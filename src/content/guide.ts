import { msg, str } from '../internal/localize.js';
import { licensedOnly } from './safety.js';
import {
  apta2012,
  boyce2020,
  brady2014,
  fsbpt2017,
  gattie2017,
  kearns2019,
  mcevoy2012,
  mintken2025,
  patel2019,
  type CitedLine,
} from './sources.js';

/** The guide's title and introduction: shown by `dn-guide`, and its structured data's name and description. */
export const guideTitle = () => msg('Dry needling: a guide for patients', { id: 'guide.heading' });

export const guideIntro = () =>
  msg(
    'This guide explains dry needling in plain words. It covers what it is, how it works, what it is used for, what a session is like, and how to stay safe.',
    { id: 'guide.intro' },
  );

/** The therapy's name on its own, for structured data. */
export const therapyName = () => msg('Dry needling', { id: 'common.dry-needling' });

export const keyPointsTitle = () => msg('Key points', { id: 'guide.key-points.heading' });

/**
 * The guide's summary at the top, main message first. `number` writes a
 * number the way the language does.
 */
export const keyPoints = (number: (value: number) => string): readonly CitedLine[] => [
  {
    text: msg(
      'Dry needling uses very thin needles to ease muscle pain and help you move. For some problems, it can help for a few weeks.',
      { id: 'guide.key-points.what' },
    ),
    sources: [apta2012, gattie2017],
  },
  {
    text: licensedOnly(),
    sources: [fsbpt2017],
  },
  {
    text: msg(
      str`Soreness and small bruises are common. Serious problems are rare: about 1 in ${number(1000)} treatments.`,
      { id: 'guide.key-points.risks' },
    ),
    sources: [brady2014, boyce2020],
  },
  {
    text: msg('Before you start, tell your clinician about your health, such as bleeding problems or pregnancy.', {
      id: 'guide.key-points.tell',
    }),
    sources: [kearns2019, mcevoy2012],
  },
  {
    text: msg('After a session, chest pain or trouble breathing needs emergency help at once.', {
      id: 'guide.key-points.help',
    }),
    sources: [mintken2025, patel2019],
  },
];
