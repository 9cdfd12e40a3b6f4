import { adapterFromLayout, idFromAttributes, type MessageLayout } from './read-messages';
import type { SelectorList } from './selectors';

// Selector names carry the year the notes in ../shared/reference/webmail-dom.md saw them (gmail.js, InboxSDK,
// PhishDetect); none was checked against a live page, which is why every field has fallbacks.
const READING_PANE: SelectorList = [
  { name: 'main_role_2024', selector: 'div[role="main"]' },
  { name: 'main_landmark_2020', selector: '[role="main"]' },
];

const LAYOUT: MessageLayout = {
  messages: [
    { name: 'adn_ads_expanded_2024', selector: 'div.adn.ads' },
    { name: 'adn_message_id_2022', selector: 'div.adn[data-message-id]' },
    { name: 'legacy_message_id_2019', selector: 'div[data-legacy-message-id]' },
  ],
  body: [
    { name: 'a3s_ail_2024', selector: 'div.a3s.aiL' },
    { name: 'a3s_2019', selector: 'div.a3s' },
    { name: 'ii_gt_2018', selector: 'div.ii.gt' },
  ],
  // The `email` attribute is filled from the From header; the visible name can say anything.
  sender: [
    { name: 'gD_email_2024', selector: 'span.gD[email]' },
    { name: 'gF_email_2020', selector: 'td.gF span[email]' },
    { name: 'gs_cf_email_2019', selector: '.gs .cf.ix span[email]' },
  ],
  subject: [
    { name: 'hP_2024', selector: 'h2.hP' },
    { name: 'ha_heading_2019', selector: '.ha h2' },
    { name: 'legacy_thread_id_2023', selector: 'h2[data-legacy-thread-id]' },
  ],
  // The wrapper Gmail puts around the mail HTML; the banner goes just above it, below the header.
  bannerBefore: [{ name: 'ii_gt_wrapper_2024', selector: 'div.ii.gt' }],
  ownId: idFromAttributes('data-message-id', 'data-legacy-message-id'),
};

export const gmailAdapter = adapterFromLayout({
  id: 'gmail',
  name: 'Gmail',
  hosts: ['mail.google.com'],
  readingPane: READING_PANE,
  layout: LAYOUT,
});

// Try by hand: https://mail.google.com/mail/u/0/#inbox/<thread id> with a thread of several messages expanded.