import type { AdapterReport } from '../model';

/**
 * One guess at where a field lives in a webmail page. The name says when the selector was seen (InboxSDK style),
 * so the next breakage is a new line at the top of a list, and diagnostics can say which guess held.
 */
export interface NamedSelector {
  readonly name: string;
  readonly selector: string;
}

/** Guesses for one field, newest first. */
export type SelectorList = readonly NamedSelector[];

export interface Found<T> {
  element: Element;
  value: T;
  selector: string;
}

export interface LookupOptions {
  /** Matches inside this element are ignored: header fields are never read from the mail's own HTML. */
  outside?: Element | null;
  optional?: boolean;
}

export function createReport(adapter: string, at: number = Date.now()): AdapterReport {
  return { adapter, at, fields: [] };
}

/**
 * Records one lookup. The same outcome for the same field is kept once, so a thread of twenty messages gives a
 * short report, while a message whose field was missing still shows up next to the ones that matched.
 */
export function recordField(
  report: AdapterReport,
  field: string,
  matched: string | null,
  tried: number,
  optional = false,
): void {
  if (report.fields.some((entry) => entry.field === field && entry.matched === matched)) return;
  report.fields.push(optional ? { field, matched, tried, optional } : { field, matched, tried });
}

/** `querySelectorAll` that treats a selector the engine cannot parse as matching nothing. */
export function queryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function matchesSelf(scope: ParentNode, selector: string): boolean {
  try {
    return (scope as Partial<Element>).matches?.call(scope, selector) === true;
  } catch {
    return false;
  }
}

/** The scope itself when it matches, then its matching descendants, in document order. */
function candidates(scope: ParentNode, selector: string): Element[] {
  const found = queryAll(scope, selector);
  return matchesSelf(scope, selector) ? [scope as Element, ...found] : found;
}

function isOutside(element: Element, options: LookupOptions): boolean {
  return !options.outside || !options.outside.contains(element);
}

/** First element of the list that matches, without recording anything (for cheap checks such as the reading pane). */
export function firstMatch(scope: ParentNode, list: SelectorList): Element | null {
  for (const { selector } of list) {
    const [element] = candidates(scope, selector);
    if (element) return element;
  }
  return null;
}

/**
 * Tries each selector in order, in each scope in order, and returns the first element that `read` turns into a
 * value. Records under `field` which selector gave it, or that none did.
 */
export function findField<T>(
  scopes: readonly ParentNode[],
  field: string,
  list: SelectorList,
  report: AdapterReport,
  read: (element: Element) => T | null,
  options: LookupOptions = {},
): Found<T> | null {
  for (const [index, { name, selector }] of list.entries()) {
    for (const scope of scopes) {
      for (const element of candidates(scope, selector)) {
        if (!isOutside(element, options)) continue;
        const value = read(element);
        if (value !== null) {
          recordField(report, field, name, index + 1, options.optional);
          return { element, value, selector: name };
        }
      }
    }
  }
  recordField(report, field, null, list.length, options.optional);
  return null;
}

/**
 * Every element matched by the first selector of the list that matches any (every expanded message of a thread,
 * every reply-to address). Elements nested in another match are dropped: a mail quoting webmail markup must not
 * turn into a second message.
 */
export function findAll(
  scope: ParentNode,
  field: string,
  list: SelectorList,
  report: AdapterReport,
  options: LookupOptions = {},
): Element[] {
  for (const [index, { name, selector }] of list.entries()) {
    const matches = candidates(scope, selector).filter((element) => isOutside(element, options));
    if (matches.length > 0) {
      recordField(report, field, name, index + 1, options.optional);
      return outermost(matches);
    }
  }
  recordField(report, field, null, list.length, options.optional);
  return [];
}

/** Keeps only elements not contained in an earlier one; input is in document order, so ancestors come first. */
function outermost(elements: readonly Element[]): Element[] {
  const kept: Element[] = [];
  for (const element of elements) {
    if (!kept.some((ancestor) => ancestor.contains(element))) kept.push(element);
  }
  return kept;
}
