// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { containMail } from '../../../lib/banner/contain-mail';

describe('containMail', () => {
  it('clips the mail body while the banner shows and gives the page its own styles back afterwards', () => {
    const body = document.createElement('div');
    body.style.setProperty('isolation', 'auto');
    const host = document.createElement('waakzaam-banner');
    document.body.append(host, body);
    const controller = new AbortController();

    containMail(body, host, controller.signal);
    expect(body.style.getPropertyValue('contain')).toBe('paint');
    expect(body.style.getPropertyPriority('contain')).toBe('important');
    expect(body.style.getPropertyValue('isolation')).toBe('isolate');

    controller.abort();
    expect(body.style.getPropertyValue('contain')).toBe('');
    expect(body.style.getPropertyValue('isolation')).toBe('auto');
  });

  it('puts the wrappers between the body and the banner below the banner and back in their place in the flow', () => {
    const parent = document.createElement('div');
    const host = document.createElement('waakzaam-banner');
    const wrapper = document.createElement('div');
    wrapper.style.setProperty('z-index', '2147483647');
    const body = document.createElement('div');
    wrapper.append(body);
    parent.append(host, wrapper);
    document.body.append(parent);
    const controller = new AbortController();

    containMail(body, host, controller.signal);
    expect(wrapper.style.getPropertyValue('z-index')).toBe('auto');
    expect(wrapper.style.getPropertyPriority('z-index')).toBe('important');
    expect(wrapper.style.getPropertyValue('order')).toBe('0');
    expect(wrapper.style.getPropertyValue('isolation')).toBe('isolate');
    // The banner's parent holds the banner: it is the webmail's, not the mail's, and stays as it was.
    expect(parent.getAttribute('style')).toBeNull();

    controller.abort();
    expect(wrapper.style.getPropertyValue('z-index')).toBe('2147483647');
    expect(wrapper.style.getPropertyValue('order')).toBe('');
  });
});
