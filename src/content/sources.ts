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
  citation: 'Mintken, Denman, Dommerholt. Phys Ther. 2025;105(8). A reported case of pneumothorax after dry needling.',
  url: 'https://doi.org/10.1093/ptj/pzaf078',
};

export const kearns2019: Source = {
  citation:
    'Kearns G, et al. New perspectives on dry needling following a medical model: are we screening our patients sufficiently? J Man Manip Ther. 2019;27(3):172–179.',
  url: 'https://doi.org/10.1080/10669817.2019.1567011',
};

export const gattie2017: Source = {
  citation:
    'Gattie E, Cleland JA, Snodgrass S. The effectiveness of trigger point dry needling for musculoskeletal conditions by physical therapists: a systematic review and meta-analysis. J Orthop Sports Phys Ther. 2017;47(3):133–149.',
  url: 'https://doi.org/10.2519/jospt.2017.7096',
};

export const liu2018: Source = {
  citation:
    'Liu L, et al. Effectiveness of dry needling for myofascial trigger points associated with low back pain: a systematic review and meta-analysis. Arch Phys Med Rehabil. 2018;99(1):144–152.',
  url: 'https://doi.org/10.1016/j.apmr.2017.06.008',
};

export const zhou2015: Source = {
  citation:
    'Zhou K, Ma Y, Brogan MS. Dry needling versus acupuncture: the ongoing debate. Acupunct Med. 2015;33:485–490.',
  url: 'https://aim.bmj.com/content/33/6/485',
};
