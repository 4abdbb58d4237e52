import type { Translation } from '../../src/internal/localize/en.js';

/**
 * German messages for `<so-profile-form>`, as a host would register them with
 * `registerTranslation('de', profileFormGerman)`; the story "German" uses them.
 */
export const profileFormGerman: Translation = {
  'state.loading': 'Wird geladen…',
  'state.retry': 'Erneut versuchen',
  'state.dismiss': 'Schließen',
  'profile.label': 'Profil',
  'profile.description': 'Ihr Name, Ihre E-Mail-Adresse, Ihr Bild, Ihre Zeitzone und Ihre Sprache.',
  'profile.displayName': 'Anzeigename',
  'profile.email': 'E-Mail',
  'profile.emailChangeHint': 'Wir senden einen Bestätigungslink an die neue Adresse. Die Änderung gilt, sobald Sie sie bestätigen.',
  'profile.pendingEmail': (_locale: string, email: string) => `Prüfen Sie ${email}, um die Änderung zu bestätigen.`,
  'profile.avatar': 'Profilbild',
  'profile.avatarAlt': (_locale: string, name: string) => (name ? `Profilbild von ${name}` : 'Ihr Profilbild'),
  'profile.avatarUrl': 'Bild-URL',
  'profile.avatarUrlHint': 'Eine https://-Adresse oder ein Pfad auf dieser Website. Leer lassen, um Ihre Initialen zu zeigen.',
  'profile.upload': 'Bild hochladen',
  'profile.uploading': 'Das Bild wird hochgeladen…',
  'profile.uploaded': 'Bild hochgeladen. Speichern Sie, um es zu behalten.',
  'profile.uploadFailed': (_locale: string, reason: string) => `Das Bild konnte nicht hochgeladen werden. ${reason}`,
  'profile.timezone': 'Zeitzone',
  'profile.timezoneHint': 'Geben Sie eine Stadt oder einen Versatz wie GMT+1 ein und wählen Sie aus der Liste.',
  'profile.timezoneNow': (_locale: string, offset: string) => `Derzeit ${offset}.`,
  'profile.timezoneOption': (_locale: string, zone: string, offset: string) => `${zone} (${offset})`,
  'profile.timezoneNoMatch': 'Keine Zeitzone passt.',
  'profile.language': 'Sprache',
  'profile.error.displayNameRequired': 'Geben Sie Ihren Namen ein.',
  'profile.error.displayNameTooLong': (_locale: string, max: number) => `Höchstens ${max} Zeichen.`,
  'profile.error.email': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'profile.error.avatarUrl': 'Verwenden Sie eine https://-Adresse oder einen Pfad auf dieser Website.',
  'profile.error.timezone': 'Wählen Sie eine Zeitzone aus der Liste.',
  'profile.error.locale': 'Wählen Sie eine Sprache aus der Liste.',
  'profile.save': 'Speichern',
  'profile.saving': 'Wird gespeichert…',
  'profile.discard': 'Änderungen verwerfen',
  'profile.unsaved': 'Sie haben ungespeicherte Änderungen.',
  'profile.saved': 'Profil gespeichert.',
  'profile.savedPendingEmail': (_locale: string, email: string) => `Profil gespeichert. Prüfen Sie ${email}, um die neue Adresse zu bestätigen.`,
  'profile.saveFailed': (_locale: string, reason: string) => `Ihr Profil konnte nicht gespeichert werden; Ihre Änderungen bleiben erhalten. ${reason}`,
};
