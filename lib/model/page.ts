/** What a page reader reports and where a warning goes in a page: shared by the webmail readers, the banner and the diagnostics. */

/** Where the banner goes: next to `element`, outside the mail body. */
export interface BannerAnchor {
  element: Element;
  position: 'before' | 'after' | 'prepend';
}

/** Which selector of an ordered list matched for one field, for the diagnostics view. */
export interface FieldReport {
  field: string;
  /** Name of the selector that matched (e.g. `body_2024_05`), or null when none did. */
  matched: string | null;
  tried: number;
  /** Fields a webmail often does not show (reply-to): not finding them is no sign of breakage. */
  optional?: boolean;
}

export interface AdapterReport {
  adapter: string;
  at: number;
  fields: FieldReport[];
  /** Which reader gave the messages: the webmail's adapter, or the heuristic reader when the adapter found none. */
  reader?: 'adapter' | 'heuristic';
}
