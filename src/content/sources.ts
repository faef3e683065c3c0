/**
 * References a patient (or a clinic checking our text) can follow. Every
 * figure quoted in an element comes from the paper listed beside it here;
 * CONTRIBUTING.md says how to add one. One export per paper, so a bundle
 * holds only the papers of the elements it includes.
 * Citations stay in their original language: they name published papers.
 */
export interface Source {
  readonly citation: string;
  /** Omitted where the paper has no stable public address. */
  readonly url?: string;
}

/** One line of patient advice (a checklist item, a warning sign) and the papers that support it. */
export interface CitedLine {
  /** The line, in the active language. */
  readonly text: string;
  readonly sources: readonly Source[];
}

/** The papers behind `lines`, each once, in the order they are first cited. */
export const citedBy = (lines: readonly CitedLine[]): readonly Source[] => [
  ...new Set(lines.flatMap((line) => line.sources)),
];

export const apta2012: Source = {
  citation:
    'American Physical Therapy Association. Physical Therapists & the Performance of Dry Needling: An Educational Resource Paper. 2012.',
};

export const fsbpt2017: Source = {
  citation: 'Federation of State Boards of Physical Therapy. Dry Needling Resource Paper, 7th edition. 2017.',
};

export const brady2014: Source = {
  citation:
    'Brady S, McEvoy J, Dommerholt J, Doody C. Adverse events following trigger point dry needling: a prospective survey of chartered physiotherapists. J Man Manip Ther. 2014;22(3):134–140.',
  url: 'https://doi.org/10.1179/2042618613Y.0000000044',
};

export const boyce2020: Source = {
  citation:
    'Boyce D, Wempe H, Campbell C, et al. Adverse events associated with therapeutic dry needling. Int J Sports Phys Ther. 2020;15(1):103–113.',
  url: 'https://doi.org/10.26603/ijspt20200103',
};

export const mintken2025: Source = {
  citation:
    'Mintken PE, Denman B, Dommerholt J. Pneumothorax after dry needling of intrascapular muscles using a rib bracketing technique: insights from the clinician, patient, and clinical expert. Phys Ther. 2025;105(8):pzaf078.',
  url: 'https://doi.org/10.1093/ptj/pzaf078',
};

export const patel2019: Source = {
  citation:
    'Patel N, Patel M, Poustinchian B. Dry needling-induced pneumothorax. J Am Osteopath Assoc. 2019;119(1):59–62.',
  url: 'https://doi.org/10.7556/jaoa.2019.009',
};

export const kearns2019: Source = {
  citation:
    'Kearns G, Fernández-de-las-Peñas C, Brismée JM, Gan J, Doidge J. New perspectives on dry needling following a medical model: are we screening our patients sufficiently? J Man Manip Ther. 2019;27(3):172–179.',
  url: 'https://doi.org/10.1080/10669817.2019.1567011',
};

export const munoz2022: Source = {
  citation:
    'Muñoz M, Dommerholt J, Pérez-Palomares S, Herrero P, Calvo S. Dry needling and antithrombotic drugs. Pain Res Manag. 2022;2022:1363477.',
  url: 'https://doi.org/10.1155/2022/1363477',
};

export const mcevoy2012: Source = {
  citation:
    'McEvoy J, et al. Guidelines for Safe Dry Needling Practice for Chartered Physiotherapists. Irish Society of Chartered Physiotherapists. 2012.',
};

export const asap2013: Source = {
  citation:
    'Australian Society of Acupuncture Physiotherapists. Guidelines for Safe Acupuncture and Dry Needling Practice. Revised edition, 2013.',
};

export const nhsCellulitis: Source = {
  citation: 'NHS. Cellulitis. NHS website (nhs.uk).',
  url: 'https://www.nhs.uk/conditions/cellulitis/',
};

export const gattie2017: Source = {
  citation:
    'Gattie E, Cleland JA, Snodgrass S. The effectiveness of trigger point dry needling for musculoskeletal conditions by physical therapists: a systematic review and meta-analysis. J Orthop Sports Phys Ther. 2017;47(3):133–149.',
  url: 'https://doi.org/10.2519/jospt.2017.7096',
};

export const zhou2015: Source = {
  citation:
    'Zhou K, Ma Y, Brogan MS. Dry needling versus acupuncture: the ongoing debate. Acupunct Med. 2015;33:485–490.',
  url: 'https://aim.bmj.com/content/33/6/485',
};
