import { createRequire } from 'node:module';

/**
 * jsdom's own way of firing an event as the browser does for the user (`isTrusted` true), which a script's
 * `element.click()` or `dispatchEvent` never is. The banner acts only on such events.
 */
const require = createRequire(import.meta.url);
const { fireAnEvent } = require('jsdom/lib/jsdom/living/helpers/events.js') as {
  fireAnEvent(type: string, target: unknown, eventInterface: unknown, attributes: object): boolean;
};
const MouseEventInterface = require('jsdom/lib/generated/idl/MouseEvent.js') as unknown;
const { implForWrapper } = require('jsdom/lib/generated/idl/utils.js') as { implForWrapper(wrapper: object): unknown };

/** A click as the user makes it: trusted, with the element's activation behaviour (a checkbox flips). */
export function userClick(element: Element): void {
  fireAnEvent('click', implForWrapper(element), MouseEventInterface, { bubbles: true, cancelable: true, composed: true, button: 0, detail: 1 });
}

/** Shadow roots attached while a test runs, closed ones included, as the content script holds them. */
export function recordShadowRoots(): Map<Element, ShadowRoot> {
  const roots = new Map<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  return roots;
}
