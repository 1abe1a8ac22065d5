import { describe, expect, it } from 'vitest';
import { mentionsClaim, mentionsPromise } from '../../src/extract/index.js';
import { CLAIM, LINK, PROMISE, scanKeywords } from '../../src/extract/keywords.js';

describe('promises: code to be released later', () => {
  it.each([
    'Our code will be available at https://github.com/wyxscir/CFSP.',
    'The source code will be made available at: https://github.com/AVC2-UESTC/CRAFT-SR.git.',
    'Codes will be available soon.',
    'The code and data will be released soon.',
    'Code and pre-trained models will be open-sourced.',
    'Our code and pretrained models will be made publicly available.',
    'The source code will be provided in https://github.com/huai-chang/RDEIC.',
    'We will release our code and models.',
    'We plan to open-source the implementation.',
    'Code coming soon!',
    'Code is to be released.',
    'The code will be released upon acceptance.',
    'Our code is available soon.',
    'OUR CODE WILL BE RELEASED.',
  ])('%s', (text) => {
    expect(mentionsPromise(text)).toBe(true);
  });

  it.each([
    'Our paradigm will be to encode; process the representation via a discrete bottleneck; and decode.',
    'Many fine-tuned models will be deployed in resource-constrained environments.',
    'A large amount of information will be lost.',
    'The prompt decides which layers will be skipped during decoding.',
    'Code is available at https://github.com/o/r.',
    'We release generated text from all models used in this study. It will be useful.',
  ])('not a promise: %s', (text) => {
    expect(mentionsPromise(text)).toBe(false);
  });
});

describe('claims: code said to be available', () => {
  it.each([
    'The code is available at Github.',
    'We have compiled the studies along with their open-source implementations on our GitHub repository.',
    'We open-sourced DKernel and made it compatible with Megatron.',
    'We publish the code repository for reproducibility of the results.',
    'Our implementation is publicly available.',
  ])('%s', (text) => {
    expect(mentionsClaim(text)).toBe(true);
  });

  it.each([
    'In an aggregate learning framework, the dataset is grouped into bags, where each bag is available only with an aggregate response.',
    'Useful features are solely linearly accessible.',
    'The training data is aggregated before being shared with the learner.',
  ])('not a claim: %s', (text) => {
    expect(mentionsClaim(text)).toBe(false);
  });
});

describe('scanKeywords: which scanners a text needs', () => {
  it('finds link, promise and claim markers case-insensitively in one pass', () => {
    expect(scanKeywords('plain words only') & (LINK | PROMISE | CLAIM)).toBe(0);
    expect(scanKeywords('see HTTPS://example.org') & LINK).toBe(LINK);
    expect(scanKeywords('see GitHub.com/o/r') & LINK).toBe(LINK);
    expect(scanKeywords('Code WILL be released') & PROMISE).not.toBe(0);
    expect(scanKeywords('Code WILL be released') & CLAIM).not.toBe(0);
    expect(scanKeywords('naïve café — will\n  be') & PROMISE).not.toBe(0);
  });
});
