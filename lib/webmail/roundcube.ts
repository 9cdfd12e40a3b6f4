import { adapterFromLayout, type MessageLayout, type OwnId } from './read-messages';
import type { SelectorList } from './selectors';

// Self-hosted, so it runs only on hosts the user adds. The open message lives in the reading-pane frame
// (iframe#messagecontframe); the content script runs in every frame and this adapter answers only in the one
// that holds #messagebody. Elastic skin names from the notes in ../shared/reference/webmail-dom.md.
const MESSAGE_BODY: SelectorList = [
  { name: 'messagebody_2024', selector: '#messagebody' },
  { name: 'message_part_2019', selector: '.message-part' },
];

// In the frame, the whole content area is the one message.
const READING_PANE: SelectorList = [
  { name: 'layout_content_elastic_2024', selector: '#layout-content' },
  { name: 'message_content_larry_2019', selector: '#messagecontent' },
  { name: 'frame_body_2019', selector: 'body' },
];

/** Roundcube has no message id in the page; the frame's URL names the message by folder and IMAP uid. */
function idFromUrl(root: Element): OwnId | null {
  try {
    const params = new URL(root.ownerDocument.URL).searchParams;
    const uid = params.get('_uid');
    if (!uid) return null;
    return { value: `${params.get('_mbox') ?? ''}/${uid}`, source: 'url_uid_mbox' };
  } catch {
    return null;
  }
}

const LAYOUT: MessageLayout = {
  messages: READING_PANE,
  body: MESSAGE_BODY,
  // The link's href is built from the header address; its text is the display name.
  sender: [
    { name: 'header_from_contact_2024', selector: '#message-header .from .rcmContactAddress[href^="mailto:"]' },
    { name: 'first_contact_address_2020', selector: '.rcmContactAddress[href^="mailto:"]' },
    { name: 'contact_title_2019', selector: '.rcmContactAddress[title*="@"]' },
  ],
  replyTo: [{ name: 'header_reply_to_2024', selector: '#message-header .replyto .rcmContactAddress' }],
  subject: [
    { name: 'header_subject_2024', selector: '#message-header h2.subject' },
    { name: 'subject_heading_2019', selector: 'h2.subject' },
    // Larry, the skin before Elastic, heads the preview with an h3.
    { name: 'preview_header_subject_larry_2019', selector: '#messageheader .subject' },
  ],
  ownId: idFromUrl,
};

export const roundcubeAdapter = adapterFromLayout({
  id: 'roundcube',
  name: 'Roundcube',
  hosts: [],
  readingPane: READING_PANE,
  layout: LAYOUT,
  requires: MESSAGE_BODY,
});

// Try by hand: https://<your roundcube>/?_task=mail&_mbox=INBOX, open a message in the preview pane.
