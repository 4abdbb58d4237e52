import type { MessageSection } from './section.js';

/** Messages of `<so-org-profile>`. Keys start with `orgProfile.`. */
export const orgProfileMessages = {
  'orgProfile.label': 'Organization',
  'orgProfile.description': 'Your organization’s name, web address and branding.',
  'orgProfile.noOrganization': 'You don’t belong to an organization.',

  // fields
  'orgProfile.name': 'Organization name',
  'orgProfile.slug': 'Slug',
  'orgProfile.slugHint': 'Used in web addresses: 3 to 40 lowercase letters, digits and hyphens.',
  'orgProfile.logo': 'Logo',
  'orgProfile.logoUrl': 'Logo URL',
  'orgProfile.logoHint': 'An https:// address or a path on this site. Leave it empty to show initials.',
  'orgProfile.logoAlt': (_locale: string, name: string) => `${name} logo`,
  'orgProfile.initialsLabel': (_locale: string, name: string) => `${name}: no logo, initials shown`,
  'orgProfile.uploadLogo': 'Upload logo',
  'orgProfile.uploading': 'Uploading…',
  'orgProfile.removeLogo': 'Remove logo',
  'orgProfile.brandColor': 'Brand colour',
  'orgProfile.colorPicker': 'Pick the brand colour',
  'orgProfile.colorHex': 'Hex value',
  'orgProfile.colorHint': 'A hex colour such as #3f5efb. Leave it empty to use the default.',
  'orgProfile.noColor': 'No brand colour set: the default colour is used.',
  'orgProfile.sample': 'Sample button',
  'orgProfile.contrastWhite': (_locale: string, ratio: string) => `White text: ${ratio}:1`,
  'orgProfile.contrastBlack': (_locale: string, ratio: string) => `Black text: ${ratio}:1`,
  'orgProfile.sampleUsesWhite': 'The sample uses white text, which reads better on this colour.',
  'orgProfile.sampleUsesBlack': 'The sample uses black text, which reads better on this colour.',
  'orgProfile.lowWhiteContrast': (_locale: string, ratio: string) =>
    `White text on this colour has a contrast of only ${ratio}:1, under the 4.5:1 that readable text needs. Buttons in this colour need dark text, or choose a darker colour.`,
  'orgProfile.admin': 'Admin account',
  'orgProfile.adminReason': 'The admin account can’t be changed here; contact support to transfer it.',

  // field problems
  'orgProfile.nameRequired': 'Enter the organization’s name.',
  'orgProfile.nameTooLong': 'Use at most 100 characters.',
  'orgProfile.slugRequired': 'Enter a slug.',
  'orgProfile.slugCharacters': 'Use only lowercase letters, digits and hyphens, without spaces.',
  'orgProfile.slugLength': 'Use 3 to 40 characters.',
  'orgProfile.slugEdges': 'Start and end with a letter or digit.',
  'orgProfile.slugTaken': 'This slug is already taken. Try another.',
  'orgProfile.slugRejected': 'This slug can’t be used. It may already be taken; try another.',
  'orgProfile.nameRejected': 'This name can’t be used. Try another.',
  'orgProfile.logoUnsafe': 'Use an https:// address or a path on this site.',
  'orgProfile.logoRejected': 'This logo address can’t be used. Try another.',
  'orgProfile.uploadFailed': 'Couldn’t upload the logo. Try again.',
  'orgProfile.uploadUnsafe': 'The uploaded logo came back with an address that can’t be shown safely.',
  'orgProfile.colorInvalid': 'Use a hex colour such as #3f5efb.',
  'orgProfile.colorRejected': 'This colour can’t be used. Try another.',

  // saving
  'orgProfile.save': 'Save',
  'orgProfile.saving': 'Saving…',
  'orgProfile.discard': 'Discard changes',
  'orgProfile.unsaved': 'You have unsaved changes.',
  'orgProfile.saved': 'Organization settings saved.',
  'orgProfile.saveFailed': (_locale: string, reason: string) => `Couldn’t save the organization settings; your changes are kept. ${reason}`,
  'orgProfile.fixFields': 'Some fields need attention.',
  'orgProfile.uploaded': 'Logo uploaded. Save to use it.',

  // read-only and plan
  'orgProfile.readOnly': 'You can view these settings, but you don’t have permission to change them.',
  'orgProfile.cannotUpdate': 'These settings can’t be changed from here.',
  'orgProfile.upgradeTitle': 'Organization settings need a plan with organizations',
  'orgProfile.upgradeBody': (_locale: string, planName: string) =>
    planName
      ? `Your ${planName} plan doesn’t include organizations. Upgrade to set your organization’s name, web address and branding.`
      : 'Your plan doesn’t include organizations. Upgrade to set your organization’s name, web address and branding.',
  'orgProfile.upgrade': 'Upgrade plan',
} satisfies MessageSection;
