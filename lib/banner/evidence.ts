import type { Analysis, CategoryId, EvidenceField } from '../model';
import { mailTextForDisplay } from '../ui-text/mail-text';
import { categoryLabel, fieldNote } from '../ui-text/labels';

/** Enough phrases to show why a category fired without turning the banner into a wall of quotes. */
const MAX_PHRASES_PER_CATEGORY = 6;
const MAX_PHRASE_LENGTH = 160;

export interface EvidencePhrase {
  text: string;
  field: EvidenceField;
}

export interface CategoryEvidence {
  category: CategoryId;
  phrases: EvidencePhrase[];
}

/** Collapses runs of whitespace so the same phrase written twice counts once. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function shorten(text: string): string {
  return text.length > MAX_PHRASE_LENGTH ? `${text.slice(0, MAX_PHRASE_LENGTH - 1)}…` : text;
}

/** The evidence of each signal, strongest category first, with repeated phrases shown once. */
export function evidenceByCategory(analysis: Analysis): CategoryEvidence[] {
  return [...analysis.signals]
    .sort((a, b) => b.weight - a.weight)
    .map((signal) => {
      const seen = new Set<string>();
      const phrases: EvidencePhrase[] = [];
      for (const evidence of signal.evidence) {
        const text = mailTextForDisplay(evidence.text);
        const key = `${evidence.field}:${text.toLowerCase()}`;
        if (!text || seen.has(key)) continue;
        seen.add(key);
        phrases.push({ text: shorten(text), field: evidence.field });
        if (phrases.length === MAX_PHRASES_PER_CATEGORY) break;
      }
      return { category: signal.category, phrases };
    });
}

/** The phrases found in the body, which are the ones that can be highlighted there. */
export function bodyPhrases(analysis: Analysis): string[] {
  const phrases = new Set<string>();
  for (const signal of analysis.signals) {
    for (const evidence of signal.evidence) {
      if (evidence.field === 'text') phrases.add(collapseWhitespace(evidence.text));
    }
  }
  return [...phrases].filter(Boolean);
}

/** A list of categories with their phrases; every piece of mail text goes in as text. */
export function renderEvidenceList(doc: Document, groups: CategoryEvidence[]): HTMLUListElement {
  const list = doc.createElement('ul');
  list.className = 'evidence';
  for (const group of groups) {
    const item = doc.createElement('li');
    const name = doc.createElement('span');
    name.className = 'category';
    name.textContent = categoryLabel(group.category);
    item.append(name);
    if (group.phrases.length > 0) {
      const phrases = doc.createElement('span');
      phrases.className = 'phrases';
      for (const phrase of group.phrases) {
        const quote = doc.createElement('q');
        quote.textContent = phrase.text;
        phrases.append(quote);
        const note = fieldNote(phrase.field);
        if (note) {
          const where = doc.createElement('span');
          where.className = 'where';
          where.textContent = ` (${note})`;
          phrases.append(where);
        }
      }
      item.append(phrases);
    }
    list.append(item);
  }
  return list;
}
