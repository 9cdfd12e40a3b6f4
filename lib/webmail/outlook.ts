import { adapterFromLayout, type MessageLayout } from './read-messages';
import type { SelectorList } from './selectors';

// Outlook's hashed class names changed about once a year in the projects the notes in
// ../shared/reference/webmail-dom.md come from, so only attributes with meaning (data-app-section, roles,
// aria labels) are used here; names carry the year those notes saw them. Unverified against a live page.
const READING_PANE: SelectorList = [
  { name: 'conversation_section_2024', selector: '[data-app-section="ConversationContainer"]' },
  { name: 'read_compose_section_2024', selector: '[data-app-section="MailReadCompose"]' },
  { name: 'reading_pane_id_2021', selector: '#ReadingPaneContainerId' },
  { name: 'main_landmark_2020', selector: '[role="main"]' },
];

/** The label of the From persona in each interface language (Outlook translates aria labels). */
const FROM_LABELS = [
  { lang: 'en', text: 'From:' },
  { lang: 'nl', text: 'Van:' },
  { lang: 'de', text: 'Von:' },
  { lang: 'fr', text: 'De :' },
  { lang: 'fr_nbsp', text: 'De\u00a0:' },
  { lang: 'fr_tight', text: 'De:' },
] as const;

/** One selector a language for the From persona, e.g. `from_persona_text_de_2025`. */
function fromPersona(kind: string, selector: (label: string) => string): SelectorList {
  return FROM_LABELS.map(({ lang, text }) => ({ name: `from_persona_${kind}_${lang}_2025`, selector: selector(text) }));
}

/** The recipients' personas carry addresses the same way the sender's does. */
const NOT_RECIPIENT = ':not([data-testid="RecipientWell"] *)';

const LAYOUT: MessageLayout = {
  messages: [
    { name: 'expanded_list_item_2024', selector: '[role="listitem"][aria-expanded="true"]' },
    { name: 'item_part_2019', selector: '.item-part' },
    // Without the list role: any expanded block in the conversation (a message without a body is skipped).
    { name: 'expanded_block_2025', selector: 'div[aria-expanded="true"]' },
    // Reading pane with conversations turned off: the pane itself is the one message.
    { name: 'single_message_pane_2021', selector: '#ReadingPaneContainerId' },
  ],
  // The label is translated with the interface language.
  body: [
    { name: 'body_label_en_2024', selector: '[aria-label="Message body"]' },
    { name: 'body_label_nl_2024', selector: '[aria-label="Berichttekst"]' },
    { name: 'body_label_de_2024', selector: '[aria-label="Nachrichtentext"]' },
    { name: 'body_label_fr_2024', selector: '[aria-label="Corps du message"]' },
    { name: 'unique_body_2019', selector: '[id^="UniqueMessageBody"]' },
    { name: 'document_role_2022', selector: '[role="document"]' },
  ],
  // The From persona is labelled with the interface language's "From:". Its address is read from an attribute first
  // (its own aria-label or title, then the title of the hover target inside it), and only then from its text
  // "Name <a@b.c>" (trimmed builds): a display name holding an address never outranks the attributes. The
  // recipients' personas carry addresses in their titles too, so the unlabelled fallbacks come last and skip the
  // recipient well.
  sender: [
    ...fromPersona('attribute', (label) => `[aria-label^="${label}"][aria-label*="@"], [aria-label^="${label}"][title*="@"]`),
    ...fromPersona('hover_target', (label) => `[aria-label^="${label}"] [title*="@"]`),
    ...fromPersona('text', (label) => `[aria-label^="${label}"]`),
    { name: 'persona_title_2024', selector: `[title*="@"]${NOT_RECIPIENT}` },
    { name: 'persona_aria_label_2023', selector: `[aria-label*="@"]${NOT_RECIPIENT}` },
    { name: 'lpc_hover_target_2019', selector: `.lpc-hoverTarget${NOT_RECIPIENT}` },
    // The address only as text, "Name <a@b.c>": the first such span of the header is the From line.
    { name: 'address_in_text_2025', selector: `span${NOT_RECIPIENT}` },
  ],
  subject: [
    { name: 'subject_heading_2024', selector: '[role="heading"][aria-level="2"]' },
    { name: 'subject_heading_any_2022', selector: '[role="heading"]' },
    { name: 'item_subject_2019', selector: '.rpHighlightSubjectClass' },
  ],
};

export const outlookAdapter = adapterFromLayout({
  id: 'outlook',
  name: 'Outlook',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'],
  readingPane: READING_PANE,
  layout: LAYOUT,
});

// Try by hand: https://outlook.office.com/mail/inbox/id/<item id>, once with conversations on and once off.
