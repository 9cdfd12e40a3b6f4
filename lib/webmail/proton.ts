import { adapterFromLayout, idFromAttributes, type MessageLayout } from './read-messages';
import type { SelectorList } from './selectors';

// Proton's own test ids (WebClients) are the stable hooks; names carry the year the notes in
// ../shared/reference/webmail-dom.md saw them. The body is rendered into a same-origin about:blank iframe,
// which the content script of the parent page reads through contentDocument.
const READING_PANE: SelectorList = [
  { name: 'detail_column_2024', selector: '.view-column-detail' },
  { name: 'main_landmark_2022', selector: 'main' },
];

const LAYOUT: MessageLayout = {
  messages: [
    // A collapsed message has no expanded header and no body frame; it is not open, so it is not read.
    {
      name: 'expanded_message_container_2024',
      selector: '[data-shortcut-target="message-container"]:has([data-testid^="message-header-expanded"])',
    },
    { name: 'message_view_2023', selector: 'article[data-testid^="message-view-"]:has(iframe)' },
  ],
  bodyFrame: [
    { name: 'content_iframe_2024', selector: 'iframe[data-testid="content-iframe"]' },
    { name: 'any_iframe_2022', selector: 'iframe' },
  ],
  body: [
    { name: 'proton_root_2024', selector: '#proton-root' },
    { name: 'frame_body_2022', selector: 'body' },
  ],
  sender: [
    { name: 'recipients_sender_2024', selector: '[data-testid="recipients:sender"]' },
    { name: 'sender_item_title_2022', selector: '[data-testid^="message-header-expanded"] [title*="@"]' },
  ],
  subject: [
    { name: 'conversation_subject_2024', selector: '[data-testid="conversation-header:subject"]' },
    { name: 'conversation_subject_dash_2025', selector: '[data-testid="conversation-header-subject"]' },
    { name: 'message_subject_2022', selector: '[data-testid="message:subject"]' },
  ],
  ownId: idFromAttributes('data-message-id'),
};

export const protonAdapter = adapterFromLayout({
  id: 'proton',
  name: 'Proton Mail',
  hosts: ['mail.proton.me'],
  readingPane: READING_PANE,
  layout: LAYOUT,
});

// Try by hand: https://mail.proton.me/u/0/inbox/<conversation id>, with remote content blocked and allowed.
