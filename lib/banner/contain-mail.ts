/**
 * Keeps the mail's own HTML inside its box while a banner is shown: with `contain: paint` the body element clips
 * its content and becomes the containing block of anything the mail positions as `fixed`, so a mail cannot lay a
 * cover or a fake notice over the banner or the rest of the page.
 */
const BODY_CONTAINMENT: Readonly<Record<string, string>> = { contain: 'paint', isolation: 'isolate' };

/**
 * The webmail's wrappers between the body and the banner's parent are within reach of mail CSS in a webmail that
 * does not scope it (`.ii.gt { z-index: …; margin-top: -260px }`, or a grid row that puts the mail first). Each is
 * made a stacking context of its own at level zero, below the banner host's, and kept in its place in the flow.
 */
const WRAPPER_CONTAINMENT: Readonly<Record<string, string>> = {
  isolation: 'isolate',
  'z-index': 'auto',
  order: '0',
  'grid-area': 'auto',
};

/** Sets `values` with !important on `element`, and puts the page's own values back when `signal` aborts. */
function pinWhileShown(element: HTMLElement, values: Readonly<Record<string, string>>, signal: AbortSignal): void {
  const previous = Object.keys(values).map(
    (property) => [property, element.style.getPropertyValue(property), element.style.getPropertyPriority(property)] as const,
  );
  for (const [property, value] of Object.entries(values)) element.style.setProperty(property, value, 'important');
  signal.addEventListener(
    'abort',
    () => {
      for (const [property, value, priority] of previous) {
        if (value) element.style.setProperty(property, value, priority);
        else element.style.removeProperty(property);
      }
    },
    { once: true },
  );
}

/** Contains `body`, and every wrapper around it up to the element that also holds the banner `host`. */
export function containMail(body: Element, host: Element, signal: AbortSignal): void {
  const HTMLElementOfPage = body.ownerDocument.defaultView!.HTMLElement;
  if (!(body instanceof HTMLElementOfPage)) return;
  pinWhileShown(body, BODY_CONTAINMENT, signal);
  // A body in a frame of its own (Proton): the frame's wrappers cannot reach the banner outside it.
  if (body.ownerDocument !== host.ownerDocument) return;
  for (let wrapper = body.parentElement; wrapper && !wrapper.contains(host); wrapper = wrapper.parentElement) {
    if (wrapper instanceof HTMLElementOfPage) pinWhileShown(wrapper, WRAPPER_CONTAINMENT, signal);
  }
}
