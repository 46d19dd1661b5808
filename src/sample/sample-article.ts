import sampleText from '../../seeds/000_7500752fa51d260b.txt?raw';

/** The built-in sample: the founding case, one quote and one paragraph each printed twice. */
export const sampleArticle = {
  fileName: '000_7500752fa51d260b.txt',
  text: sampleText,
} as const;
