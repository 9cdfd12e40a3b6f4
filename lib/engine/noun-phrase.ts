import type { Language } from '../model';
import { allLanguages } from '../rules';
import type { PatternHit } from './patterns';

const STOP_WORDS = new Set(allLanguages((words) => words.stopWords));

/**
 * The match plus up to two following words of its English noun phrase: "unpublished" → "unpublished process
 * parameters". Dutch writes such phrases as one compound, so a Dutch match stands alone.
 */
export function nounPhrase(text: string, hit: PatternHit, language: Language): string {
  let end = hit.end;
  const follow = /^[ \t]+([\p{L}][\p{L}\p{N}-]*)/u;
  for (let words = 0; language === 'en' && words < 2; words++) {
    const match = follow.exec(text.slice(end, end + 40));
    // Adverbs and participles end the noun phrase ("recipes actually used").
    if (!match || STOP_WORDS.has(match[1]!.toLowerCase()) || /(?:ly|ed)$/i.test(match[1]!)) break;
    end += match[0].length;
  }
  return text.slice(hit.start, end).replace(/\s+/g, ' ');
}
