/** Small builders for the extension's own pages. Text always goes in as text, never as HTML. */

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = doc.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

export function button(doc: Document, text: string, onClick: (event: MouseEvent) => void, className?: string): HTMLButtonElement {
  const created = element(doc, 'button', className, text);
  created.type = 'button';
  created.addEventListener('click', onClick);
  return created;
}

/** A live region for the outcome of an action: read out by screen readers, `alert` for errors. */
export function statusLine(doc: Document, id: string): { element: HTMLElement; show(text: string, isError?: boolean): void } {
  const line = element(doc, 'p', 'status');
  line.id = id;
  line.setAttribute('role', 'status');
  return {
    element: line,
    show(text, isError = false) {
      line.setAttribute('role', isError ? 'alert' : 'status');
      line.classList.toggle('error', isError);
      line.textContent = text;
    },
  };
}

/** A form control with its label above it, in one row. */
export function labelledField<K extends 'input' | 'textarea'>(
  doc: Document,
  tag: K,
  id: string,
  text: string,
): { row: HTMLElement; control: HTMLElementTagNameMap[K] } {
  const control = element(doc, tag);
  control.id = id;
  const label = element(doc, 'label', undefined, text);
  label.htmlFor = id;
  const row = element(doc, 'p', 'field');
  row.append(label, control);
  return { row, control };
}

/** A checkbox followed by its label, in one row with `className`. */
export function checkboxField(
  doc: Document,
  id: string,
  text: string,
  className: string,
): { row: HTMLElement; input: HTMLInputElement } {
  const input = element(doc, 'input');
  input.type = 'checkbox';
  input.id = id;
  const label = element(doc, 'label', undefined, text);
  label.htmlFor = id;
  const row = element(doc, 'p', className);
  row.append(input, label);
  return { row, input };
}
