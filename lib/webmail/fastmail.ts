import { adapterFromLayout, type MessageLayout } from './read-messages';
import type { SelectorList } from './selectors';

// Fastmail's own component class names (v-MessageCard…) are readable and have been stable; names carry the year
// the notes in ../shared/reference/webmail-dom.md saw them. The message element has no id we know of, so ids
// are content hashes.
const READING_PANE: SelectorList = [
  { name: 'conversation_2024', selector: '#conversation' },
  { name: 'thread_2022', selector: '.v-Thread' },
];

const LAYOUT: MessageLayout = {
  messages: [
    { name: 'expanded_card_2024', selector: 'div.v-MessageCard.is-expanded' },
    { name: 'card_aria_expanded_2022', selector: '.v-MessageCard[aria-expanded="true"]' },
  ],
  body: [
    { name: 'card_body_2024', selector: '.v-MessageCard-body' },
    { name: 'message_body_2022', selector: '.v-Message-body' },
  ],
  sender: [
    { name: 'header_from_mailto_2024', selector: '.v-MessageCard-header .v-MessageCard-from a[href^="mailto:"]' },
    { name: 'header_title_2022', selector: '.v-MessageCard-header [title*="@"]' },
  ],
  replyTo: [{ name: 'header_reply_to_2024', selector: '.v-MessageCard-header .v-MessageCard-replyTo a[href^="mailto:"]' }],
  subject: [
    // The title also holds the thread's mailbox labels and message count: the heading is the subject alone.
    { name: 'thread_title_heading_2026', selector: '.v-Thread-title h1' },
    { name: 'thread_title_2024', selector: '.v-Thread-title' },
    { name: 'conversation_heading_2022', selector: 'h1' },
  ],
};

export const fastmailAdapter = adapterFromLayout({
  id: 'fastmail',
  name: 'Fastmail',
  hosts: ['app.fastmail.com'],
  readingPane: READING_PANE,
  layout: LAYOUT,
});

// Try by hand: https://app.fastmail.com/mail/Inbox/<thread id>, with a thread of several messages expanded.
