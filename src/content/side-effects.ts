import { msg } from '../internal/localize.js';

/**
 * The side effects, in one place: `dn-side-effects` lists them and `dn-guide`'s
 * structured data names them as the therapy's adverse outcomes.
 */
export const mildSideEffects = () => [
  msg('A short, sharp or aching feeling when the needle reaches a trigger point', { id: 'side-effects.sensation' }),
  msg('A muscle twitch that you cannot control', { id: 'side-effects.twitch' }),
  msg('Soreness, like after a workout, for 24 to 48 hours', { id: 'side-effects.soreness' }),
  msg('Small bruises where the needle went in', { id: 'side-effects.bruises' }),
];

export const seriousSideEffects = () => [
  msg('Infection', { id: 'side-effects.infection' }),
  msg('Nerve injury', { id: 'side-effects.nerve' }),
  msg('Pneumothorax, which means a collapsed lung', { id: 'side-effects.pneumothorax' }),
];
