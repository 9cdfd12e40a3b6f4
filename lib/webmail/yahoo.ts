import { adapterFromLayout, type MessageLayout } from './read-messages';
import type { SelectorList } from './selectors';

// Yahoo marks its parts with data-test-id attributes, which outlived several redesigns. Names carry the year the
// notes in ../shared/reference/webmail-dom.md saw them; the reading-pane container is a guess next to [role=main].
const READING_PANE: SelectorList = [
  { name: 'message_group_view_2024', selector: '[data-test-id="message-group-view"]' },
  { name: 'main_landmark_2022', selector: '[role="main"]' },
];

const LAYOUT: MessageLayout = {
  messages: [
    { name: 'expanded_message_view_2024', selector: '[data-test-id="message-view"][data-test-expanded="true"]' },
    { name: 'message_view_2022', selector: '[data-test-id="message-view"]' },
  ],
  body: [
    { name: 'body_content_2024', selector: '[data-test-id="message-view-body-content"]' },
    { name: 'msg_body_2019', selector: '.msg-body' },
  ],
  sender: [
    { name: 'from_email_pill_2024', selector: '[data-test-id="message-from"] [data-test-id="email-pill"]' },
    { name: 'email_pill_2023', selector: '[data-test-id="message-header"] [data-test-id="email-pill"]' },
    { name: 'message_from_2022', selector: '[data-test-id="message-from"]' },
  ],
  subject: [
    { name: 'group_subject_2024', selector: '[data-test-id="message-group-subject-text"]' },
    { name: 'message_subject_2022', selector: '[data-test-id="message-subject"]' },
  ],
};

export const yahooAdapter = adapterFromLayout({
  id: 'yahoo',
  name: 'Yahoo Mail',
  hosts: ['mail.yahoo.com'],
  readingPane: READING_PANE,
  layout: LAYOUT,
});

// Try by hand: https://mail.yahoo.com/d/folders/1/messages/<id>, and a thread with several messages expanded.
