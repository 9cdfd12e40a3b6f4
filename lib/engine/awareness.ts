import type { CompiledTerms } from './compile';
import { WordIndex } from './word-index';
import { POSTSCRIPT, type Block } from './zones';

/** Paragraphs looked at: an awareness mail says what it is about long before this. */
const MAX_PARAGRAPHS = 60;

function cuesIn(lists: readonly CompiledTerms[], words: WordIndex, seen = new Set<string>()): Set<string> {
  for (const { list, patterns } of lists) {
    for (const hit of patterns.hits(words.text, 50, words)) seen.add(`${list.id}:${hit.text.toLowerCase().replace(/\s+/g, ' ')}`);
  }
  return seen;
}

/** A hyphen between two letters: the joint of a compound written joined. */
const COMPOUND_HYPHEN = /(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu;

/**
 * A text's word index as the cues read it. A mail names its subject joined or open alike ("SECURITY-BULLETIN",
 * "security bulletin"): the hyphen of a compound reads as a space, offsets unchanged.
 */
const indexOf = (text: string): WordIndex => new WordIndex(text.replace(COMPOUND_HYPHEN, ' '));

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
  // Most mail names no approach: one look at the parts together spares reading them one by one.
  if (cuesIn(cues.core, indexOf([subject, ...paragraphs].join('\n\n'))).size === 0) return false;
  // Each part's word index is built once and read by both lists.
  const parts = [subject, ...paragraphs].map(indexOf);
  const core = parts.map((words) => cuesIn(cues.core, words));
  if (!core.some((found) => found.size > 0)) return false;
  const all = new Set<string>();
  let places = 0;
  parts.forEach((words, index) => {
    const found = cuesIn(cues.support, words, new Set(core[index]));
    if (index > 0 && found.size > 0) places++;
    found.forEach((cue) => all.add(cue));
  });
  const firstSubstantial = paragraphs.findIndex((paragraph) => paragraph.trim().length > GREETING_CHARS);
  const openingParts = firstSubstantial === -1 ? parts.length : firstSubstantial + 2;
  const aboutItFromTheStart = core.slice(0, openingParts).some((found) => found.size > 0);
  return all.size >= 3 && (aboutItFromTheStart || places >= 2);
}
