import { describe, expect, it } from 'vitest';
import { messageLanguage } from '../../../lib/engine/language';

describe('the language of a message', () => {
  it('reads a Dutch one-liner without the most frequent Dutch words as Dutch', () => {
    expect(messageLanguage('donderdag', 'Zullen we volgende keer ergens rustiger afspreken?')).toBe('nl');
    expect(messageLanguage('', 'Misschien morgen weer, alvast bedankt. Groet, Ruud')).toBe('nl');
  });

  it('reads an English one-liner as English, and a message with no telling word as English', () => {
    expect(messageLanguage('thursday', 'Could you bring the numbers when we meet?')).toBe('en');
    expect(messageLanguage('', 'Thanks! Ruud')).toBe('en');
  });

  it('goes by the majority when both languages appear', () => {
    expect(messageLanguage('', 'Hi Ruud, could you send the report to the team? Groeten uit Delft.')).toBe('en');
  });
});
