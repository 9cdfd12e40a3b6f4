/**
 * Keeps the mail's own HTML inside its box while a banner is shown: with `contain: paint` the body element clips
 * its content and becomes the containing block of anything the mail positions as `fixed`, so a mail cannot lay a
 * cover or a fake notice over the banner or the rest of the page. The page's own values come back afterwards.
 */
const CONTAINMENT: Readonly<Record<string, string>> = { contain: 'paint', isolation: 'isolate' };

export function containMail(body: Element, signal: AbortSignal): void {
  if (!(body instanceof body.ownerDocument.defaultView!.HTMLElement)) return;
  const previous = Object.keys(CONTAINMENT).map(
    (property) => [property, body.style.getPropertyValue(property), body.style.getPropertyPriority(property)] as const,
  );
  for (const [property, value] of Object.entries(CONTAINMENT)) body.style.setProperty(property, value, 'important');
  signal.addEventListener(
    'abort',
    () => {
      for (const [property, value, priority] of previous) {
        if (value) body.style.setProperty(property, value, priority);
        else body.style.removeProperty(property);
      }
    },
    { once: true },
  );
}
