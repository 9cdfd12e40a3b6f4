/**
 * The banner host's own inline styles. The shadow root's `:host` rules already win over page CSS; these
 * keep the banner visible even if those styles failed to load, and are put back if the page rewrites them.
 */
export const PINNED_HOST_STYLE: Readonly<Record<string, string>> = {
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  position: 'relative',
  'z-index': '2147483000',
  isolation: 'isolate',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'pointer-events': 'auto',
};

function setPinnedStyle(host: HTMLElement): void {
  for (const [property, value] of Object.entries(PINNED_HOST_STYLE)) host.style.setProperty(property, value, 'important');
}

/** Sets the pinned styles and re-asserts them whenever the host's style attribute changes, until `signal` aborts. */
export function pinHostStyle(host: HTMLElement, signal: AbortSignal): void {
  setPinnedStyle(host);
  // Compare with the values as the browser serialises them, so re-asserting never triggers itself again.
  const pinned = Object.keys(PINNED_HOST_STYLE).map((property) => [property, host.style.getPropertyValue(property)] as const);
  const reassert = () => {
    const changed = pinned.some(
      ([property, value]) =>
        host.style.getPropertyValue(property) !== value || host.style.getPropertyPriority(property) !== 'important',
    );
    if (changed) setPinnedStyle(host);
  };
  const observer = new MutationObserver(reassert);
  observer.observe(host, { attributes: true, attributeFilter: ['style'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
