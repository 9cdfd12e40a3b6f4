// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { containMail } from '../../../lib/banner/contain-mail';

describe('containMail', () => {
  it('clips the mail body while the banner shows and gives the page its own styles back afterwards', () => {
    const body = document.createElement('div');
    body.style.setProperty('isolation', 'auto');
    document.body.append(body);
    const controller = new AbortController();

    containMail(body, controller.signal);
    expect(body.style.getPropertyValue('contain')).toBe('paint');
    expect(body.style.getPropertyPriority('contain')).toBe('important');
    expect(body.style.getPropertyValue('isolation')).toBe('isolate');

    controller.abort();
    expect(body.style.getPropertyValue('contain')).toBe('');
    expect(body.style.getPropertyValue('isolation')).toBe('auto');
  });
});
