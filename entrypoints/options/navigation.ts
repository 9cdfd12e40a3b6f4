import { i18n } from '#i18n';
import { element } from '../../lib/ui/dom';

/**
 * A side list of the page's sections. Each is a link to the section's fragment, so the address bar names the section
 * and a link (the popup's, a colleague's) opens the page there; the current one is marked for screen readers too.
 */
export function sectionNavigation(doc: Document, sections: readonly HTMLElement[]) {
  const nav = element(doc, 'nav', 'sections');
  nav.setAttribute('aria-label', i18n.t('options.sectionsLabel'));
  const list = element(doc, 'ul');
  const links = sections.map((section) => {
    const link = element(doc, 'a', undefined, section.querySelector('h2')?.textContent ?? section.id);
    link.href = `#${section.id}`;
    list.append(element(doc, 'li'));
    list.lastElementChild!.append(link);
    return link;
  });
  nav.append(list);

  /** Marks the section the fragment names, and moves focus into it when asked (a link followed, not a page load). */
  const follow = (focus: boolean) => {
    const id = doc.location.hash.slice(1);
    for (const link of links) {
      if (link.hash === `#${id}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    const target = sections.find((section) => section.id === id);
    if (!target) return;
    target.scrollIntoView();
    if (focus) target.querySelector<HTMLElement>('input, select, textarea, button, pre')?.focus();
  };
  return { element: nav, follow };
}
