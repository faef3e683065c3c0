import { msg } from '../internal/localize.js';
import {
  apta2012,
  asap2013,
  fsbpt2017,
  gattie2017,
  mcevoy2012,
  mintken2025,
  munoz2022,
  type CitedLine,
} from './sources.js';

/** Something to tell the clinician before treatment, and how the guidelines class it. */
export interface TellClinicianItem extends CitedLine {
  /** Also listed in `dn-safety-notice` (the points the seed text names); the rest are in `dn-checklist` only. */
  readonly key?: true;
  /** A reason not to needle that area at all (structured data's `contraindication`), not only a reason to take care. */
  readonly contraindication?: true;
}

/**
 * What to tell the clinician before treatment, in one place: `dn-checklist`
 * lists them all as boxes to tick, `dn-safety-notice` the key ones, and
 * `dn-guide`'s structured data names the true contraindications.
 * Each item is one that safe-practice guidelines ask clinicians to screen for.
 */
export const tellClinician = (): readonly TellClinicianItem[] => [
  {
    text: msg('have a bleeding problem, or take medicine that thins your blood', { id: 'checklist.tell.bleeding' }),
    sources: [munoz2022, mcevoy2012],
    key: true,
  },
  {
    text: msg('are pregnant, or might be', { id: 'checklist.tell.pregnancy' }),
    sources: [mcevoy2012],
    key: true,
  },
  {
    text: msg('have a pacemaker or another device inside your body that runs on electricity', {
      id: 'checklist.tell.implant',
    }),
    sources: [asap2013],
  },
  {
    text: msg('have lymphedema (long-lasting swelling of an arm or leg), or had lymph nodes removed', {
      id: 'checklist.tell.lymphedema',
    }),
    sources: [mcevoy2012, asap2013],
    contraindication: true,
  },
  {
    text: msg('have a lung disease', { id: 'checklist.tell.lung' }),
    sources: [mcevoy2012],
  },
  {
    text: msg('have an infection, a fever, or a skin problem where the needles will go', {
      id: 'checklist.tell.infection',
    }),
    sources: [mcevoy2012],
  },
  {
    text: msg('have diabetes or a weak immune system', { id: 'checklist.tell.healing' }),
    sources: [mcevoy2012],
  },
  {
    text: msg('are allergic to metal', { id: 'checklist.tell.metal' }),
    sources: [mcevoy2012],
  },
  {
    text: msg('have fainted before, or are very afraid of needles', { id: 'checklist.tell.fainting' }),
    sources: [mcevoy2012],
    key: true,
  },
];

/** Who may needle: in `dn-safety-notice` and the guide's key points. */
export const licensedOnly = () =>
  msg('Only let a licensed clinician with formal training in dry needling treat you.', {
    id: 'safety-notice.licensed',
  });

/** Questions a patient can ask the clinician before agreeing to treatment. */
export const questionsToAsk = (): readonly CitedLine[] => [
  {
    text: msg('Are you licensed and trained to do dry needling where I live?', { id: 'checklist.ask.licensed' }),
    sources: [fsbpt2017],
  },
  {
    text: msg('Will you put needles near my chest?', { id: 'checklist.ask.chest' }),
    sources: [mintken2025],
  },
  {
    text: msg('How many sessions will I need? How will we know if it is working?', { id: 'checklist.ask.sessions' }),
    sources: [gattie2017],
  },
  {
    text: msg('What other treatments could I try?', { id: 'checklist.ask.other' }),
    sources: [apta2012],
  },
];

/** That the patient stays in charge: consent can be withdrawn at any moment. */
export const stopAnyTime = (): CitedLine => ({
  text: msg('You can ask to stop the treatment at any time.', { id: 'checklist.stop' }),
  sources: [mcevoy2012],
});
