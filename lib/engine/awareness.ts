import type { CompiledTerms } from './compile';
import { WordIndex } from './word-index';
import { POSTSCRIPT, type Block } from './zones';

/** Paragraphs looked at: an awareness mail says what it is about long before this. */
const MAX_PARAGRAPHS = 60;

/** Hits of one list counted in each part: the most any part of the mail can add. */
const CUES_PER_PART = 50;

/**
 * The cues of `lists` found in each part of a text made of parts joined by blank lines (`partStarts`: where each
 * starts), each as its wording: words that a core and a support list both name ("research security") are one cue, not
 * two. No cue runs over a blank line, so reading the joined text once finds what reading each
 * part on its own would.
 */
function cuesByPart(lists: readonly CompiledTerms[], words: WordIndex, partStarts: readonly number[]): Array<Set<string>> {
  const found = partStarts.map(() => new Set<string>());
  for (const { patterns } of lists) {
    const counted = partStarts.map(() => 0);
    let part = 0;
    for (const hit of patterns.hits(words.text, Infinity, words)) {
      while (part + 1 < partStarts.length && hit.start >= partStarts[part + 1]!) part++;
      if (counted[part]! >= CUES_PER_PART) continue;
      counted[part]!++;
      found[part]!.add(hit.text.toLowerCase().replace(/\s+/g, ' '));
    }
  }
  return found;
}

/** A hyphen between two letters: the joint of a compound written joined. */
const COMPOUND_HYPHEN = /(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu;

/**
 * A text's word index as the cues read it. A mail names its subject joined or open alike ("SECURITY-BULLETIN",
 * "security bulletin"): the hyphen of a compound reads as a space, offsets unchanged.
 */
const indexOf = (text: string): WordIndex => new WordIndex(text.replace(COMPOUND_HYPHEN, ' '));

/** Between the parts of the mail read together: a blank line, which no cue runs over. */
const PART_SEPARATOR = '\n\n';

/** A greeting line ("Dear colleagues,") is not where a mail says what it is about. */
const GREETING_CHARS = 60;

/**
 * Whether a mail is a warning about approaches rather than one. It names them (a core cue) and describes them
 * (three distinct cues in all), and it is about them: from its start (the subject or the first paragraph after the
 * greeting) or in more than one paragraph. Its text is the new text and what the sender quotes from their own side (a
 * colleague forwarding the security team's travel briefing). A postscript does not count, so one planted sentence — a P.S. naming
 * export control or "the red flags your security team warns about" — cannot make an approach read as a warning.
 */
export function readsAsAwareness(
  cues: { core: readonly CompiledTerms[]; support: readonly CompiledTerms[] },
  subject: string,
  text: string,
  blocks: readonly Block[],
): boolean {
  const paragraphs = blocks
    .filter((block) => block.zone === 'main' || block.zone === 'signature' || block.sendersOwn)
    .slice(0, MAX_PARAGRAPHS)
    .map((block) => text.slice(block.start, block.end))
    // A postscript is an afterthought: it never makes the mail above it a warning.
    .filter((paragraph) => !POSTSCRIPT.test(paragraph));
  const parts = [subject, ...paragraphs];
  const partStarts: number[] = [];
  let at = 0;
  for (const part of parts) {
    partStarts.push(at);
    at += part.length + PART_SEPARATOR.length;
  }
  const words = indexOf(parts.join(PART_SEPARATOR));
  const core = cuesByPart(cues.core, words, partStarts);
  if (!core.some((found) => found.size > 0)) return false;
  const support = cuesByPart(cues.support, words, partStarts);
  const all = new Set<string>();
  let places = 0;
  parts.forEach((_, index) => {
    const found = new Set([...core[index]!, ...support[index]!]);
    if (index > 0 && found.size > 0) places++;
    found.forEach((cue) => all.add(cue));
  });
  const firstSubstantial = paragraphs.findIndex((paragraph) => paragraph.trim().length > GREETING_CHARS);
  const openingParts = firstSubstantial === -1 ? parts.length : firstSubstantial + 2;
  const aboutItFromTheStart = core.slice(0, openingParts).some((found) => found.size > 0);
  return all.size >= 3 && (aboutItFromTheStart || places >= 2);
}
