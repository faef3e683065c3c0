import { msg, str } from '../internal/localize.js';
import { boyce2020, brady2014, mintken2025, munoz2022, nhsCellulitis, patel2019, type CitedLine } from './sources.js';

/** What is normal after a session, and for how long. */
export const normalAfterwards = (): readonly CitedLine[] => [
  {
    text: msg('Your muscles may feel sore, like after a workout. This usually gets better within 24 to 48 hours.', {
      id: 'aftercare.normal.soreness',
    }),
    sources: [brady2014],
  },
  {
    text: msg('You may have small bruises or a little bleeding where the needles went in.', {
      id: 'aftercare.normal.bruises',
    }),
    sources: [brady2014, boyce2020],
  },
];

/** A group of warning signs and the one action they call for. */
export interface WarningSigns {
  /** What to do, as a sentence ending in a colon that introduces the signs. */
  readonly action: string;
  readonly signs: readonly CitedLine[];
  /** Why these signs matter, when the reader needs to know. */
  readonly note?: CitedLine;
}

/**
 * The "Get help now" advice, most urgent first. `emergencyNumber` is the
 * number the clinic set (`emergency-number`); without one the text says
 * "your local emergency number" and never guesses one.
 */
export const getHelpNow = (emergencyNumber: string | undefined): readonly WarningSigns[] => [
  {
    action: emergencyNumber
      ? msg(str`Call ${emergencyNumber} now if you have:`, { id: 'aftercare.help.call-number' })
      : msg('Call your local emergency number now if you have:', { id: 'aftercare.help.call-local' }),
    signs: [
      { text: msg('shortness of breath', { id: 'aftercare.help.breath' }), sources: [mintken2025, patel2019] },
      { text: msg('chest pain', { id: 'aftercare.help.chest' }), sources: [mintken2025, patel2019] },
      { text: msg('a new dry cough', { id: 'aftercare.help.cough' }), sources: [mintken2025, patel2019] },
    ],
    note: {
      text: msg(
        'These can be signs of a collapsed lung. They can start hours or up to 2 days after needling near your chest, upper back, neck or shoulders.',
        { id: 'aftercare.help.lung' },
      ),
      sources: [mintken2025, patel2019],
    },
  },
  {
    action: msg('Contact your clinic the same day if you have signs of infection where a needle went in:', {
      id: 'aftercare.help.same-day',
    }),
    signs: [
      {
        text: msg('redness that spreads, warmth, swelling or pus', { id: 'aftercare.help.infection' }),
        sources: [nhsCellulitis],
      },
      { text: msg('a fever', { id: 'aftercare.help.fever' }), sources: [nhsCellulitis] },
    ],
  },
  {
    action: msg('Contact your clinic if you have:', { id: 'aftercare.help.contact' }),
    signs: [
      {
        text: msg('numbness, tingling or weakness that does not go away', { id: 'aftercare.help.numbness' }),
        sources: [brady2014],
      },
      {
        text: msg('bleeding that does not stop when you press on it', { id: 'aftercare.help.bleeding' }),
        sources: [munoz2022],
      },
    ],
  },
];

/** Every line of the "Get help now" advice, with or without a number, for citing its sources. */
export const getHelpLines = (): readonly CitedLine[] =>
  getHelpNow(undefined).flatMap(({ signs, note }) => (note ? [...signs, note] : signs));
