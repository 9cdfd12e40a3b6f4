import type { Analysis, CategoryId, Evidence, Level, Signal } from '../../../lib/model';
import type { OpenMessage } from '../../../lib/webmail/types';

const HOSTILE = '<img src=x onerror=alert(1)></style><b>bold</b>';

/** `HOSTILE` tagged with the field it is put in, so a test can find each field's copy in the rendered text. */
export function hostileIn(field: string): string {
  return `${field}: ${HOSTILE}`;
}

/** How many elements of each tag `root` holds: text rendered as text leaves these counts as they were. */
export function elementCounts(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of root.querySelectorAll('*')) counts[element.localName] = (counts[element.localName] ?? 0) + 1;
  return counts;
}

export function evidence(text: string, field: Evidence['field'] = 'text'): Evidence {
  return { text, start: 0, end: text.length, field };
}

export function signal(category: CategoryId, texts: Evidence[], weight = 20): Signal {
  return { category, weight, rules: [`${category}.test`], evidence: texts };
}

/** An analysis with these signals; its explanation names them, and `requestedObject` as the words a request used. */
export function analysis(level: Level, signals: Signal[], requestedObject = 'unpublished process data'): Analysis {
  return {
    level,
    score: level === 'high' ? 80 : level === 'medium' ? 50 : 10,
    language: 'en',
    signals,
    explanation: { categories: signals.map((signal) => signal.category), requestedObject, awareness: false },
    combinations: [],
    capped: false,
    awareness: false,
  };
}

/** A webmail-like page: a header row to anchor the banner to and a body with the mail in it. */
export function openMessage(bodyHtml: string, subject = 'Invitation to a reception'): OpenMessage {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  root.className = 'message';
  const header = document.createElement('div');
  header.className = 'header';
  header.textContent = subject;
  const body = document.createElement('div');
  body.className = 'mail-body';
  // The fixture's own markup, written by the test; mail content in the extension is never parsed like this.
  body.innerHTML = bodyHtml;
  root.append(header, body);
  document.body.append(root);
  return {
    id: 'message-1',
    root,
    body,
    anchor: { element: header, position: 'after' },
    capped: false,
  missing: [],
    message: {
      from: { name: 'Third Secretary Ivanov', address: 'ivanov@example.org' },
      subject,
      text: body.textContent ?? '',
    },
  };
}
