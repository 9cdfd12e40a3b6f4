import { i18n } from '#i18n';
import type { CategoryId, EvidenceField, Level } from '../model';

/** Plain-word names for levels, categories and evidence fields, shared by the banner and the popup. */

export function levelLabel(level: Level): string {
  switch (level) {
    case 'high':
      return i18n.t('level.high');
    case 'medium':
      return i18n.t('level.medium');
    case 'low':
      return i18n.t('level.low');
    case 'none':
      return i18n.t('level.none');
  }
}

export function categoryLabel(category: CategoryId): string {
  switch (category) {
    case 'diplomatic-sender':
      return i18n.t('category.diplomaticSender');
    case 'sensitive-request':
      return i18n.t('category.sensitiveRequest');
    case 'payment-offer':
      return i18n.t('category.paymentOffer');
    case 'secrecy':
      return i18n.t('category.secrecy');
    case 'private-channel':
      return i18n.t('category.privateChannel');
    case 'hospitality':
      return i18n.t('category.hospitality');
    case 'network-mapping':
      return i18n.t('category.networkMapping');
    case 'unverifiable-organisation':
      return i18n.t('category.unverifiableOrganisation');
    case 'identity-mismatch':
      return i18n.t('category.identityMismatch');
  }
}

/** Where a phrase was found, when that is not the body; the body needs no note. */
export function fieldNote(field: EvidenceField): string | null {
  switch (field) {
    case 'from':
      return i18n.t('field.from');
    case 'replyTo':
      return i18n.t('field.replyTo');
    case 'subject':
      return i18n.t('field.subject');
    case 'text':
      return null;
  }
}

/**
 * The language of the text Waakzaam shows, for `lang` attributes: taken from the message files themselves, because
 * the browser's UI locale can differ from the language the extension's messages were picked in.
 */
export function uiLanguage(): string {
  return i18n.t('language') || 'en';
}
