/**
 * Watches a mounted banner for changes it did not make itself: its host taken out of the page, an attribute put on
 * the host (`inert`, `hidden`, `popover`, …) or anything changed inside its shadow root. Changes the banner makes
 * itself are taken off the record with `acceptOwnChanges()` right after it makes them.
 */
export interface BannerGuard {
  acceptOwnChanges(): void;
  disconnect(): void;
}

/** Kept up by `pinHostStyle`, which puts the pinned values back itself. */
const SELF_PINNED = 'style';

export function guardBanner(host: HTMLElement, shadow: ShadowRoot, onTampered: () => void): BannerGuard {
  const parent = host.parentNode;
  const isTampering = (record: MutationRecord): boolean => {
    if (record.target === parent) return [...record.removedNodes].includes(host);
    if (record.target === host) return record.type === 'attributes' && record.attributeName !== SELF_PINNED;
    return true;
  };
  const observer = new MutationObserver((records) => {
    if (records.some(isTampering)) onTampered();
  });
  if (parent) observer.observe(parent, { childList: true });
  observer.observe(host, { attributes: true });
  observer.observe(shadow, { childList: true, subtree: true, attributes: true, characterData: true });
  return {
    acceptOwnChanges: () => void observer.takeRecords(),
    disconnect: () => observer.disconnect(),
  };
}
