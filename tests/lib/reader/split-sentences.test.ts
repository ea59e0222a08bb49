import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/reader/split-sentences';

describe('splitSentences()', () => {
  it('keeps "etc." inside a sentence and ends a sentence at "etc." before a capital', () => {
    expect(
      splitSentences(
        'Launches and nuclear development, etc. are a serious threat. The Strategy (NSS), etc. Secretary Austin welcomed it.',
      ),
    ).toEqual([
      'Launches and nuclear development, etc. are a serious threat.',
      'The Strategy (NSS), etc.',
      'Secretary Austin welcomed it.',
    ]);
  });

  it('does not split names with initials, dates, numbers or titles', () => {
    const text =
      'Secretary of Defense Lloyd J. Austin III met Mr. Smith on Jan. 12 about item No. 1 and a 3.5 percent rise.';
    expect(splitSentences(text)).toEqual([text]);
  });

  it('ends a sentence at "U.S." only when a sentence starts after it', () => {
    expect(
      splitSentences('They met in the U.S. The talks went well. U.S. Forces Japan stayed.'),
    ).toEqual(['They met in the U.S.', 'The talks went well.', 'U.S. Forces Japan stayed.']);
    expect(splitSentences('The U.S. Department of Defense hosted it.')).toHaveLength(1);
  });

  it('keeps closing quotes and parentheses with their sentence', () => {
    expect(splitSentences('He called it “ironclad.” (Both sides agreed.) The end.')).toEqual([
      'He called it “ironclad.”',
      '(Both sides agreed.)',
      'The end.',
    ]);
  });

  it('does not split after e.g. or i.e.', () => {
    expect(
      splitSentences('Partners, e.g. Australia, and one aim, i.e. Deterrence, matter.'),
    ).toHaveLength(1);
  });

  it('gives nothing for a blank paragraph', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});
