/**
 * Bidirectional controls (embeddings, overrides, isolates and marks). In a subject, a display name or a phrase
 * from a message they can make what is shown read differently from what was sent (`‮fdp.exe`), and spill over into
 * the text around it; mail text never needs them to be shown plainly.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a message as Waakzaam shows it (banner, popup, report): on one line, without bidi controls. */
export function mailTextForDisplay(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}
