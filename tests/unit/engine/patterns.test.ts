import { describe, expect, it } from 'vitest';
import { PatternSet } from '../../../lib/engine/compile';
import { lowerCaseInPlace, WORD_CHAR } from '../../../lib/engine/patterns';
import { affixId, WordIndex } from '../../../lib/engine/word-index';

const hitTexts = (patterns: string[], text: string, literals: string[] = []) =>
  new PatternSet(patterns, literals).hits(text, 10).map((hit) => hit.text);

describe('lower-casing in place', () => {
  it('keeps every character of every plane where it was', () => {
    const moved: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (lowerCaseInPlace(`a${character}b`).length !== character.length + 2) moved.push(code.toString(16));
    }
    expect(moved).toEqual([]);
  });

  it('lower-cases, "İ" as a plain "i"', () => {
    expect(lowerCaseInPlace('İSTANBUL Ambassade ÉTÉ')).toBe('istanbul ambassade été');
  });
});

describe('the letter-and-digit class', () => {
  it('is exactly \\p{L}\\p{N} for the Latin, Greek and Cyrillic alphabets', () => {
    const ours = new RegExp(`^${WORD_CHAR}$`, 'u');
    const unicode = /^[\p{L}\p{N}]$/u;
    const differ: string[] = [];
    for (const [from, to] of [
      [0x0000, 0x052f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let code = from; code <= to; code += 1) {
        const character = String.fromCodePoint(code);
        if (ours.test(character) !== unicode.test(character)) differ.push(code.toString(16));
      }
    }
    expect(differ).toEqual([]);
  });

  it('takes other scripts as letters too, so a keyword inside their words is no word', () => {
    expect(hitTexts(['signal'], 'ваш signalкод')).toEqual([]);
    expect(hitTexts(['signal'], '微信signal')).toEqual([]);
    expect(hitTexts(['signal'], '(Signal)')).toEqual(['Signal']);
  });
});

describe('phrase patterns', () => {
  it('match whatever the case, and give the evidence as written', () => {
    expect(hitTexts(['second|first secretary'], 'The SECOND Secretary wrote.')).toEqual(['SECOND Secretary']);
  });

  it('take a word with an ending wildcard as a prefix in the first slot too', () => {
    expect(hitTexts(['continu*|mov* on signal'], 'Let us continue on Signal.')).toEqual(['continue on Signal']);
    expect(hitTexts(['involv* ~ employer'], 'There is no need to involve your employer.')).toEqual([
      'involve your employer',
    ]);
  });

  it('need every word they cannot do without, in order', () => {
    expect(hitTexts(['send ~ recipes'], 'Please send the recipes.')).toEqual(['send the recipes']);
    expect(hitTexts(['send ~ recipes'], 'Please send the slides; the recipes stay here.')).toEqual([]);
    expect(hitTexts(['send [the] recipes'], 'Please send recipes.')).toEqual(['send recipes']);
    expect(hitTexts(['send ~ recipes'], 'Recipes? Please send them.')).toEqual([]);
  });

  it('run over a line break inside a paragraph, never into the next paragraph', () => {
    expect(hitTexts(['pay you ~ fee'], 'We will pay you\na generous fee.')).toEqual(['pay you\na generous fee']);
    expect(hitTexts(['fee {amount}'], 'Fee\n\nEUR 450 for the call, paid by invoice.')).toEqual([]);
    expect(hitTexts(['pay you ~ fee'], 'We will pay you\n \n a fee.')).toEqual([]);
  });

  it('find compound endings and amounts', () => {
    expect(hitTexts(['*recepten'], 'de implantatierecepten graag')).toEqual(['implantatierecepten']);
    expect(hitTexts(['{amount}'], 'a fee of € 2.500 for it')).toEqual(['€ 2.500']);
  });

  it("take a user's term literally, signs and pattern syntax included", () => {
    expect(hitTexts([], 'use a|b or [x] ~ here', ['a|b', '[x] ~'])).toEqual(['a|b', '[x] ~']);
  });

  it('scanned for, find the same whatever their first characters: signs, amounts in words, apostrophes, any mix', () => {
    const text = "Pay EUR 500 for the #falcon notes, 'specs' or ’specs’; usd 20 per page, 3k USD in total.";
    expect(hitTexts(['{amount} for ~ notes', '{amount} per page'], text)).toEqual(['EUR 500 for the #falcon notes', 'usd 20 per page']);
    expect(hitTexts([], text, ['#falcon', "'specs'"])).toEqual(['#falcon', "'specs'", '’specs’']);
    expect(hitTexts(['total|{amount}'], text)).toEqual(['EUR 500', 'usd 20', '3k USD', 'total']);
  });
});

describe('the word index', () => {
  const text = 'Implantatierecepten, involvement and INVOLVED parties; not involving';
  const index = new WordIndex(text);

  it('finds words by prefix and by suffix', () => {
    expect(index.hasAffix(affixId('prefix', 'involv'))).toBe(true);
    expect(index.hasAffix(affixId('prefix', 'invoice'))).toBe(false);
    expect(index.hasAffix(affixId('suffix', 'recepten'))).toBe(true);
    // Asked again once the table exists, and for a suffix the table was made without.
    expect(index.hasAffix(affixId('prefix', 'involv'))).toBe(true);
    expect(index.hasAffix(affixId('suffix', 'ties'))).toBe(true);
    expect(index.hasAffix(affixId('suffix', 'tiez'))).toBe(false);
    expect(index.startsOf({ kind: 'prefix', text: 'involv' })).toEqual(
      ['involvement', 'INVOLVED', 'involving'].map((word) => text.indexOf(word)),
    );
  });
});

describe('a pattern set made after a text was indexed', () => {
  it('still finds its first words in that text', () => {
    const text = 'The quarterly zyxwvut numbers, please.';
    const index = new WordIndex(text);
    expect(new PatternSet(['quarterly']).hits(text, 5, index).map((hit) => hit.text)).toEqual(['quarterly']);
    // A word no pattern set started with when the index first looked up its words.
    expect(new PatternSet(['zyxwvut numbers']).hits(text, 5, index).map((hit) => hit.text)).toEqual(['zyxwvut numbers']);
  });

  it('finds prefixes and suffixes no set had asked for when the index first looked its affixes up', () => {
    const text = 'The quarterly zyxwvutnumbers, please.';
    const index = new WordIndex(text);
    expect(new PatternSet(['quarter*']).hits(text, 5, index).map((hit) => hit.text)).toEqual(['quarterly']);
    expect(new PatternSet(['zyxwv*']).hits(text, 5, index).map((hit) => hit.text)).toEqual(['zyxwvutnumbers']);
    expect(new PatternSet(['*vutnumbers']).hits(text, 5, index).map((hit) => hit.text)).toEqual(['zyxwvutnumbers']);
    expect(new PatternSet(['zyxwq*']).hits(text, 5, index)).toEqual([]);
  });
});
