import { msg } from '../internal/localize.js';
import { boyce2020, brady2014, mintken2025, patel2019, type CitedLine } from './sources.js';

/** A common experience of treatment; `intended` marks the ones that are part of how it works, not side effects. */
export interface Experience extends CitedLine {
  readonly intended?: true;
}

/**
 * What commonly happens, in one place: `dn-side-effects` lists it and
 * `dn-guide`'s structured data names the side effects (not the intended
 * twitch) as the therapy's adverse outcomes.
 */
export const commonExperiences = (): readonly Experience[] => [
  {
    text: msg('A short, sharp or aching feeling when the needle reaches a trigger point', {
      id: 'side-effects.sensation',
    }),
    sources: [brady2014],
  },
  {
    text: msg('A muscle twitch that you cannot control', { id: 'side-effects.twitch' }),
    sources: [],
    intended: true,
  },
  {
    text: msg('Soreness, like after a workout, for 24 to 48 hours', { id: 'side-effects.soreness' }),
    sources: [brady2014],
  },
  {
    text: msg('Small bruises where the needle went in', { id: 'side-effects.bruises' }),
    sources: [brady2014, boyce2020],
  },
  {
    text: msg('A little bleeding where the needle went in', { id: 'side-effects.bleeding' }),
    sources: [brady2014, boyce2020],
  },
];

export const seriousSideEffects = (): readonly CitedLine[] => [
  // Infection and nerve injury are named by the seed text; no paper here counts them.
  { text: msg('Infection', { id: 'side-effects.infection' }), sources: [] },
  { text: msg('Nerve injury', { id: 'side-effects.nerve' }), sources: [] },
  {
    text: msg('Pneumothorax, which means a collapsed lung', { id: 'side-effects.pneumothorax' }),
    sources: [mintken2025, patel2019],
  },
];
