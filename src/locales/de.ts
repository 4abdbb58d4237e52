import type { Messages } from '../internal/localize/en.js';
import { formatNumber, plural } from '../internal/format.js';
import { cardBrandName } from '../internal/localize/card-brand.js';

const n = (locale: string, value: number) => formatNumber(locale, value);

const BILLING_STATUSES: Record<string, string> = { active: 'Aktiv', trialing: 'Testphase', past_due: 'Überfällig', canceled: 'Gekündigt' };
const INVOICE_STATUSES: Record<string, string> = { paid: 'Bezahlt', open: 'Offen', void: 'Storniert', uncollectible: 'Uneinbringlich' };
const SUBSCRIPTION_KINDS: Record<string, string> = { job_plan: 'Job-Tarif', workspace_capacity: 'Workspace-Kapazität' };
const SUBSCRIPTION_STATUSES: Record<string, string> = { active: 'Aktiv', trialing: 'Testphase', past_due: 'Überfällig', canceled: 'Beendet' };

/** German messages for every element. Register with `registerTranslation('de', de)`. */
export const de: Messages = {
  // states
  'state.loading': 'Wird geladen…',
  'state.empty': 'Hier ist noch nichts.',
  'state.retry': 'Erneut versuchen',
  'state.dismiss': 'Schließen',

  // errors
  'error.unauthorized': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  'error.forbidden': 'Sie haben keine Berechtigung dafür.',
  'error.reauth_required': 'Bestätigen Sie zu Ihrer Sicherheit erneut Ihre Identität, um fortzufahren.',
  'error.not_found': 'Dieser Eintrag existiert nicht mehr. Möglicherweise wurde er entfernt.',
  'error.conflict': 'Diese Änderung passt nicht zum aktuellen Stand. Laden Sie neu und versuchen Sie es erneut.',
  'error.validation': 'Einige Angaben sind ungültig. Prüfen Sie die markierten Felder.',
  'error.rate_limited': (locale, seconds) =>
    seconds
      ? plural(locale, seconds, {
          one: `Zu viele Anfragen. Versuchen Sie es in ${seconds} Sekunde erneut.`,
          other: `Zu viele Anfragen. Versuchen Sie es in ${seconds} Sekunden erneut.`,
        })
      : 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
  'error.unavailable': 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Server hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
  'error.aborted': 'Die Anfrage wurde abgebrochen.',
  'error.unknown': 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  'error.noClient': 'Kein Account-Client konfiguriert.',
  'error.noClientHint':
    'Setzen Sie die Eigenschaft client des Elements, umschließen Sie es mit <so-account-provider> oder rufen Sie setDefaultAccountClient() auf.',

  // confirm dialog
  'dialog.heading': 'Sind Sie sicher?',
  'dialog.confirm': 'Bestätigen',
  'dialog.cancel': 'Abbrechen',
  'dialog.typeToConfirm': (_locale, phrase) => `Geben Sie zur Bestätigung ${phrase} ein`,
  'dialog.typeMismatch': 'Der Text stimmt noch nicht überein.',
  'dialog.busy': 'Wird ausgeführt…',

  // secret field
  'secret.label': 'Secret',
  'secret.masked': (_locale, prefix, last4) => `${prefix}…${last4}, verborgen`,
  'secret.reveal': 'Anzeigen',
  'secret.hide': 'Ausblenden',
  'secret.copy': 'Kopieren',
  'secret.revealLabel': 'Secret anzeigen',
  'secret.hideLabel': 'Secret ausblenden',
  'secret.copyLabel': 'Secret kopieren',
  'secret.revealFailed': 'Das Secret konnte nicht angezeigt werden. Versuchen Sie es erneut.',
  'secret.copyFailedHidden': 'Kopieren in die Zwischenablage fehlgeschlagen. Versuchen Sie es erneut.',
  'secret.copied': 'In die Zwischenablage kopiert.',
  'secret.copyFailed': 'Automatisches Kopieren war nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
  'secret.revealed': 'Secret wird angezeigt.',
  'secret.hidden': 'Secret ausgeblendet.',
  'secret.autoHide': (locale, seconds) =>
    plural(locale, seconds, {
      one: `Wird nach ${seconds} Sekunde wieder ausgeblendet.`,
      other: `Wird nach ${seconds} Sekunden wieder ausgeblendet.`,
    }),

  // once-only secret panel
  'secretOnce.heading': (locale, count) => plural(locale, count, { one: 'Speichern Sie Ihr neues Secret', other: 'Speichern Sie Ihre neuen Secrets' }),
  'secretOnce.warning': (locale, count) =>
    plural(locale, count, {
      one: 'Dieses Secret wird nicht noch einmal angezeigt. Kopieren Sie es jetzt und bewahren Sie es sicher auf. Wenn Sie es verlieren, brauchen Sie ein neues.',
      other: 'Diese Secrets werden nicht noch einmal angezeigt. Kopieren Sie sie jetzt und bewahren Sie sie sicher auf. Wenn Sie eines verlieren, brauchen Sie ein neues.',
    }),
  'secretOnce.dismiss': 'Ich habe es gespeichert',
  'secretOnce.dismissMany': 'Ich habe sie gespeichert',

  // API keys
  'apiKeyPanel.heading': 'API-Schlüssel',
  'apiKeyPanel.description':
    'Schlüssel authentifizieren Anfragen an die API. Behandeln Sie sie wie Passwörter: Geben Sie sie nie weiter und verwenden Sie sie nicht in clientseitigem Code.',
  'apiKeyPanel.appHeading': 'App-Zugangsdaten',
  'apiKeyPanel.appDescription':
    'Ihre App identifiziert sich mit der App-ID und weist sich mit dem App-Secret aus. Bewahren Sie das Secret auf Ihrem Server auf.',
  'apiKeyPanel.readOnly':
    'Sie können diese Schlüssel ansehen, aber nicht erstellen, rotieren oder widerrufen: Dafür brauchen Sie die Berechtigung, API-Schlüssel zu verwalten. Wenden Sie sich an einen Inhaber oder Administrator der Organisation.',
  'apiKeyPanel.listLabel': 'API-Schlüssel',
  'apiKeyPanel.empty': 'Es gibt noch keine API-Schlüssel.',
  'apiKeyPanel.emptyCreate': 'Erstellen Sie einen Schlüssel, um die API aufzurufen.',
  'apiKeyPanel.emptyApp': 'Diese App hat noch kein Secret.',
  'apiKeyPanel.status.expiring': 'Läuft bald ab',
  'apiKeyPanel.status.expired': 'Abgelaufen',
  'apiKeyPanel.status.revoked': 'Widerrufen',
  'apiKeyPanel.created': 'Erstellt',
  'apiKeyPanel.lastUsed': 'Zuletzt verwendet',
  'apiKeyPanel.neverUsed': 'Nie',
  'apiKeyPanel.expires': 'Läuft ab',
  'apiKeyPanel.expired': 'Abgelaufen',
  'apiKeyPanel.stopsWorking': 'Ungültig ab',
  'apiKeyPanel.scopes': 'Berechtigungen',
  'apiKeyPanel.separator': ' · ',
  'apiKeyPanel.appId': 'App-ID',
  'apiKeyPanel.copyAppId': 'Kopieren',
  'apiKeyPanel.copyAppIdLabel': 'App-ID kopieren',
  'apiKeyPanel.appIdCopied': 'App-ID in die Zwischenablage kopiert.',
  'apiKeyPanel.appIdCopyFailed': 'Automatisches Kopieren war nicht möglich. Die App-ID ist markiert: Kopieren Sie sie selbst.',
  'apiKeyPanel.create': 'Schlüssel erstellen',
  'apiKeyPanel.rotate': 'Rotieren',
  'apiKeyPanel.rotateLabel': (_locale, name) => `${name} rotieren`,
  'apiKeyPanel.revoke': 'Widerrufen',
  'apiKeyPanel.revokeLabel': (_locale, name) => `${name} widerrufen`,
  'apiKeyPanel.revoked': (_locale, name) => `${name} wurde widerrufen.`,
  'apiKeyPanel.guidanceSummary': 'So rotieren Sie einen Schlüssel sicher',
  'apiKeyPanel.stepGenerate': 'Erzeugen Sie zuerst den neuen Schlüssel und kopieren Sie ihn, wenn er angezeigt wird: Er wird nur einmal angezeigt.',
  'apiKeyPanel.stepDeploy': (_locale, variable) =>
    `Hinterlegen Sie ihn in jeder Umgebung, die den alten Schlüssel verwendet, als ${variable} oder Ihr Gegenstück dazu.`,
  'apiKeyPanel.stepConfirm':
    'Prüfen Sie, dass der alte Schlüssel nicht mehr verwendet wird: Seine letzte Verwendung ändert sich nicht mehr. Lassen Sie ihn dann ablaufen oder widerrufen Sie ihn.',
  'apiKeyPanel.rotateHeading': (_locale, name) => `„${name}“ rotieren?`,
  'apiKeyPanel.rotateConfirm': 'Schlüssel rotieren',
  'apiKeyPanel.rotateNow': 'Der aktuelle Schlüssel funktioniert sofort nicht mehr. Aktualisieren Sie jede Integration, die ihn verwendet.',
  'apiKeyPanel.rotateLater': (_locale, duration) =>
    `Der aktuelle Schlüssel funktioniert noch ${duration} lang und dann nicht mehr. Aktualisieren Sie bis dahin jede Integration, die ihn verwendet.`,
  'apiKeyPanel.rotateSteps': 'So rotieren Sie ohne Ausfallzeit:',
  'apiKeyPanel.graceLegend': 'Wann soll der aktuelle Schlüssel nicht mehr funktionieren?',
  'apiKeyPanel.graceNow': 'Sofort',
  'apiKeyPanel.graceAfter': (_locale, duration) => `Nach ${duration}`,
  'apiKeyPanel.revokeHeading': (_locale, name) => `„${name}“ widerrufen?`,
  'apiKeyPanel.revokeConfirm': 'Schlüssel widerrufen',
  'apiKeyPanel.revokeBody': 'Anfragen mit diesem Schlüssel funktionieren sofort nicht mehr. Das kann nicht rückgängig gemacht werden.',
  'apiKeyPanel.createHeading': 'API-Schlüssel erstellen',
  'apiKeyPanel.createConfirm': 'Schlüssel erstellen',
  'apiKeyPanel.nameLabel': 'Name',
  'apiKeyPanel.nameHint': (_locale, max) => `Geben Sie an, wo der Schlüssel verwendet wird, z. B. „Produktionsserver“. Bis zu ${max} Zeichen.`,
  'apiKeyPanel.nameRequired': 'Geben Sie einen Namen für den Schlüssel ein.',
  'apiKeyPanel.nameTooLong': (locale, max) =>
    plural(locale, max, { one: 'Verwenden Sie höchstens ein Zeichen.', other: `Verwenden Sie höchstens ${max} Zeichen.` }),
  'apiKeyPanel.nameTaken': 'Es gibt bereits einen Schlüssel mit diesem Namen. Wählen Sie einen anderen Namen.',
  'apiKeyPanel.nameRejected': 'Der Server hat diesen Namen nicht akzeptiert. Versuchen Sie einen anderen.',
  'apiKeyPanel.expiryLegend': 'Läuft ab',
  'apiKeyPanel.expiryNever': 'Nie',
  'apiKeyPanel.expiryDays': (locale, days, date) =>
    plural(locale, days, { one: `In ${days} Tag (${date})`, other: `In ${days} Tagen (${date})` }),
  'apiKeyPanel.expiryDate': 'An einem Datum',
  'apiKeyPanel.expiryDateLabel': 'Ablaufdatum',
  'apiKeyPanel.expiryDateRequired': 'Wählen Sie das Datum, an dem der Schlüssel abläuft.',
  'apiKeyPanel.expiryDatePast': 'Wählen Sie ein Datum nach heute.',
  'apiKeyPanel.expiryRejected': 'Der Server hat dieses Datum nicht akzeptiert. Wählen Sie ein anderes.',
  'apiKeyPanel.scopesLegend': 'Berechtigungen (optional)',
  'apiKeyPanel.scopesHint': 'Schränken Sie ein, was der Schlüssel darf. Lassen Sie alle leer, um den Standardzugriff zu erhalten.',
  'apiKeyPanel.scopesRejected': 'Der Server hat diese Berechtigungen nicht akzeptiert.',
  'apiKeyPanel.deployHint': (_locale, variable) =>
    `Hinterlegen Sie ihn als ${variable} (oder Ihr Gegenstück dazu) in jeder Umgebung, die ihn braucht.`,

  // usage meter
  'usageMeter.listLabel': 'Tarifnutzung',
  'usageMeter.defaultLabel': 'Nutzung',
  'usageMeter.empty': 'Es gibt noch keine Nutzung anzuzeigen.',
  'usageMeter.metric.requests': 'Anfragen',
  'usageMeter.metric.tokens': 'Tokens',
  'usageMeter.metric.storage': 'Speicher',
  'usageMeter.usedOfLimit': (_locale, used, limit) => `${used} von ${limit}`,
  'usageMeter.used': (_locale, used) => `${used} verbraucht`,
  'usageMeter.unlimited': 'Unbegrenzt',
  'usageMeter.notIncluded': 'Nicht in Ihrem Tarif enthalten',
  'usageMeter.limitUnavailable': 'Limit nicht verfügbar',
  'usageMeter.unavailable': 'Nutzungsdaten nicht verfügbar',
  'usageMeter.overBy': (_locale, overage) => `${overage} über dem Limit`,
  'usageMeter.status.warning': 'Limit bald erreicht',
  'usageMeter.status.danger': 'Limit fast erreicht',
  'usageMeter.status.reached': 'Limit erreicht',
  'usageMeter.status.over': 'Limit überschritten',
  // German keeps the noun's capital inside a sentence.
  'usageMeter.valueText': (locale, used, limit, label, percent, overLimit) =>
    `${used} von ${limit} ${label}, ${formatNumber(locale, percent)} Prozent${overLimit ? ', Limit überschritten' : ''}`,
  'usageMeter.renews': (_locale, date) => `Verlängert sich am ${date}`,
  'usageMeter.peak': (_locale, value) => `Spitze ${value}`,
  'usageMeter.peakOn': (_locale, value, date) => `Spitze ${value} am ${date}`,
  'usageMeter.analyticsLink': 'Nutzungsanalyse ansehen',

  // billing card
  'billingCard.planHeading': 'Tarif',
  'billingCard.paymentMethodHeading': 'Zahlungsmethode',
  'billingCard.invoicesHeading': 'Rechnungen',
  'billingCard.status': (_locale, status) => BILLING_STATUSES[status] ?? status,
  'billingCard.price': (_locale, price, interval) => `${price} pro ${interval === 'year' ? 'Jahr' : 'Monat'}`,
  'billingCard.renewsOn': (_locale, date) => `Verlängert sich am ${date}`,
  'billingCard.trialEndsOn': (_locale, date) => `Kostenlose Testphase bis ${date}; danach beginnt die Abrechnung`,
  'billingCard.accessEndsOn': (_locale, date) => `Gekündigt; Zugriff bis ${date}`,
  'billingCard.endedOn': (_locale, date) => `Beendet am ${date}`,
  'billingCard.scheduledChange': (_locale, planName, date) =>
    `Wechselt am ${date} zu ${planName} — Tarifänderungen gelten ab der nächsten Verlängerung, Sie zahlen also nie doppelt.`,
  'billingCard.cardBrand': (_locale, brand) =>
    cardBrandName(brand, 'Karte'),
  'billingCard.cardSummary': (_locale, brand, last4) => `${brand} mit Endziffern ${last4}`,
  'billingCard.cardExpires': (_locale, date) => `Gültig bis ${date}`,
  'billingCard.cardExpiringSoon': (_locale, month) =>
    `Läuft bald ab, Ende ${month}. Aktualisieren Sie die Zahlungsmethode, um eine Unterbrechung zu vermeiden.`,
  'billingCard.cardExpired': (_locale, month) => `Abgelaufen Ende ${month}.`,
  'billingCard.cardBadgeExpiring': 'Läuft bald ab',
  'billingCard.cardBadgeExpired': 'Abgelaufen',
  'billingCard.noPaymentMethod': 'Keine Zahlungsmethode hinterlegt.',
  'billingCard.noPaymentMethodTrial': (_locale, date) =>
    `Fügen Sie vor dem Ende Ihrer Testphase am ${date} eine Zahlungsmethode hinzu, um Ihren Tarif zu behalten.`,
  'billingCard.manageBilling': 'Abrechnung verwalten',
  'billingCard.changePaymentMethod': 'Zahlungsmethode ändern',
  'billingCard.addPaymentMethod': 'Zahlungsmethode hinzufügen',
  'billingCard.viewInvoices': 'Rechnungen ansehen',
  'billingCard.opening': 'Abrechnungsportal wird geöffnet…',
  'billingCard.portalFailed': (_locale, reason) => `Das Abrechnungsportal konnte nicht geöffnet werden. ${reason}`,
  'billingCard.portalUnsafeUrl':
    'Das Abrechnungsportal hat einen Link zurückgegeben, der keine sichere https:-Adresse ist, daher wurde er nicht geöffnet. Versuchen Sie es erneut, oder wenden Sie sich an den Support, wenn das wieder passiert.',
  'billingCard.portalBlocked': 'Ihr Browser hat den neuen Tab blockiert.',
  'billingCard.portalOpenLink': 'Abrechnungsportal öffnen',
  'billingCard.opensInNewTab': '(öffnet in einem neuen Tab)',
  'billingCard.invoicesInPortal': 'Rechnungen und Belege finden Sie im Abrechnungsportal.',
  'billingCard.problem.card_expired.title': 'Ihre Karte ist abgelaufen',
  'billingCard.problem.card_expired.body':
    'Prüfen Sie Ihre Zahlungseinstellungen: Aktualisieren Sie Ihre Zahlungsmethode, damit Ihr Tarif ohne Unterbrechung weiterläuft.',
  'billingCard.problem.card_declined.title': 'Ihre letzte Zahlung wurde abgelehnt',
  'billingCard.problem.card_declined.body':
    'Ihre Bank hat die Abbuchung abgelehnt. Aktualisieren Sie Ihre Zahlungsmethode, um eine Unterbrechung des Dienstes zu vermeiden.',
  'billingCard.problem.requires_action.title': 'Ihre Bank bittet Sie, eine Zahlung zu bestätigen',
  'billingCard.problem.requires_action.body': 'Bestätigen Sie die Zahlung bei Ihrer Bank, damit Ihr Tarif aktiv bleibt.',
  'billingCard.problem.past_due.title': 'Ihre Zahlung ist überfällig',
  'billingCard.problem.past_due.body':
    'Wir konnten die letzte Zahlung nicht einziehen. Aktualisieren Sie Ihre Zahlungsmethode, damit Sie den Zugriff nicht verlieren.',
  'billingCard.problem.other.title': 'Es gibt ein Problem mit Ihrer Zahlung',
  'billingCard.problem.other.body': 'Aktualisieren Sie Ihre Zahlungsmethode, um eine Unterbrechung des Dienstes zu vermeiden.',
  'billingCard.problemActionPaymentMethod': 'Zahlungsmethode aktualisieren',
  'billingCard.problemActionConfirm': 'Zahlung bestätigen',
  'billingCard.problemReadOnly': 'Bitten Sie eine Person, die die Abrechnung Ihrer Organisation verwaltet, das zu beheben.',
  'billingCard.readOnly':
    'Sie können die Abrechnung ansehen, aber nur Personen, die die Abrechnung Ihrer Organisation verwalten dürfen, etwa ihre Inhaber, können Tarif oder Zahlungsmethode ändern.',
  'billingCard.noSubscriptionTitle': 'Kein aktives Abonnement',
  'billingCard.noSubscriptionBody': 'Wählen Sie einen Tarif, um loszulegen.',
  'billingCard.noSubscriptionReadOnly': 'Bitten Sie eine Person, die die Abrechnung Ihrer Organisation verwaltet, einen Tarif zu wählen.',
  'billingCard.choosePlan': 'Tarif wählen',
  'billingCard.invoicesEmpty': 'Noch keine Rechnungen.',
  'billingCard.invoiceDate': 'Datum',
  'billingCard.invoiceNumber': 'Rechnung',
  'billingCard.invoiceAmount': 'Betrag',
  'billingCard.invoiceStatusHeader': 'Status',
  'billingCard.invoiceStatus': (_locale, status) => INVOICE_STATUSES[status] ?? status,

  // organization members
  'orgMembers.heading': 'Mitglieder',
  'orgMembers.count': (locale, total) => plural(locale, total, { one: `${n(locale, total)} Mitglied`, other: `${n(locale, total)} Mitglieder` }),
  'orgMembers.searchLabel': 'Mitglieder durchsuchen',
  'orgMembers.searchPlaceholder': 'Nach Name oder E-Mail suchen',
  'orgMembers.searching': 'Wird gesucht…',
  'orgMembers.searchResults': (locale, total, query) =>
    total === 0
      ? `Keine Mitglieder passen zu „${query}“.`
      : plural(locale, total, {
          one: `${n(locale, total)} Mitglied passt zu „${query}“.`,
          other: `${n(locale, total)} Mitglieder passen zu „${query}“.`,
        }),
  'orgMembers.noMatch': (_locale, query) => `Keine Mitglieder passen zu „${query}“.`,
  'orgMembers.noMatchHint': 'Prüfen Sie die Schreibweise, oder suchen Sie stattdessen nach der E-Mail-Adresse.',
  'orgMembers.clearSearch': 'Suche löschen',
  'orgMembers.listHint':
    'Mit den Pfeiltasten nach oben und unten wechseln Sie zwischen Mitgliedern, mit Pos1 und Ende springen Sie zum ersten und letzten, und mit Tab erreichen Sie die Bedienelemente eines Mitglieds.',
  'orgMembers.showing': (locale, shown, total) =>
    plural(locale, total, {
      one: `${n(locale, shown)} von ${n(locale, total)} Mitglied angezeigt`,
      other: `${n(locale, shown)} von ${n(locale, total)} Mitgliedern angezeigt`,
    }),
  'orgMembers.loadMore': 'Weitere Mitglieder laden',
  'orgMembers.loadingMore': 'Weitere Mitglieder werden geladen…',
  'orgMembers.loadMoreFailed': 'Weitere Mitglieder konnten nicht geladen werden.',
  'orgMembers.retry': 'Erneut versuchen',
  'orgMembers.you': 'Sie',
  'orgMembers.rowLabel': (_locale, name, role, isYou) => (isYou ? `${name} (Sie), ${role}` : `${name}, ${role}`),
  'orgMembers.roleFor': (_locale, name) => `Rolle von ${name}`,
  'orgMembers.unknownRole': 'Unbekannte Rolle',
  'orgMembers.joined': (_locale, date) => `Beigetreten am ${date}`,
  'orgMembers.lastActive': (_locale, relative) => `Aktiv ${relative}`,
  'orgMembers.neverActive': 'Noch nicht aktiv',
  'orgMembers.remove': 'Entfernen',
  'orgMembers.removeLabel': (_locale, name) => `${name} entfernen`,
  'orgMembers.selfNote':
    'Das sind Sie. Sie können sich hier nicht selbst entfernen; um die Organisation zu verlassen, verwenden Sie den Gefahrenbereich.',
  'orgMembers.lastOwnerNote':
    'Der letzte Inhaber kann nicht herabgestuft oder entfernt werden. Machen Sie zuerst ein anderes Mitglied zum Inhaber.',
  'orgMembers.rolesHeading': 'Über Rollen',
  'orgMembers.readOnly':
    'Sie sehen, wer zu dieser Organisation gehört, haben aber keine Berechtigung, Mitglieder zu verwalten: Nur Personen, die Mitglieder verwalten dürfen, können einladen, Rollen ändern oder Mitglieder entfernen.',
  'orgMembers.emptyTitle': 'Bisher sind nur Sie hier',
  'orgMembers.emptyBody': 'Laden Sie Ihre Teammitglieder ein, um in dieser Organisation zusammenzuarbeiten.',
  'orgMembers.emptyBodyReadOnly': 'Bisher ist niemand sonst dieser Organisation beigetreten.',
  'orgMembers.upgradeTitle': 'Für Mitglieder brauchen Sie einen Tarif mit Organisationen',
  'orgMembers.upgradeBody': (_locale, planName) =>
    planName
      ? `Ihr Tarif ${planName} enthält keine Organisationen. Wechseln Sie zu einem höheren Tarif, um Teammitglieder einzuladen, ihnen Rollen zu geben und zu steuern, wer Zugriff hat.`
      : 'Ihr Tarif enthält keine Organisationen. Wechseln Sie zu einem höheren Tarif, um Teammitglieder einzuladen, ihnen Rollen zu geben und zu steuern, wer Zugriff hat.',
  'orgMembers.upgrade': 'Tarif upgraden',
  'orgMembers.dismiss': 'Schließen',
  'orgMembers.roleChanged': (_locale, name, role) => `${name} ist jetzt ${role}.`,
  'orgMembers.roleChangeFailed': (_locale, name, reason) => `Die Rolle von ${name} konnte nicht geändert werden. ${reason}`,
  'orgMembers.roleChangeBusy': (_locale, name) => `Die Rolle von ${name} wird noch geändert. Versuchen Sie es gleich noch einmal.`,
  'orgMembers.removed': (_locale, name) => `${name} wurde aus der Organisation entfernt.`,
  'orgMembers.removeFailed': (_locale, name, reason) => `${name} konnte nicht entfernt werden. ${reason}`,
  'orgMembers.invitedCount': (locale, invited) =>
    invited === 0
      ? 'Es wurden keine Einladungen gesendet.'
      : plural(locale, invited, { one: `${n(locale, invited)} Einladung gesendet.`, other: `${n(locale, invited)} Einladungen gesendet.` }),
  'orgMembers.removeHeading': (_locale, name) => `${name} entfernen?`,
  'orgMembers.removeBody': (_locale, name, email) =>
    `${name} (${email}) verliert sofort den Zugriff auf diese Organisation. Sie können die Person später erneut einladen.`,
  'orgMembers.removeConfirm': 'Mitglied entfernen',
  'orgMembers.invitationsHeading': 'Offene Einladungen',
  'orgMembers.invitationsEmpty': 'Keine offenen Einladungen.',
  'orgMembers.invitedAt': (_locale, date) => `Eingeladen am ${date}`,
  'orgMembers.invitedAtBy': (_locale, date, name) => `Eingeladen am ${date} von ${name}`,
  'orgMembers.expires': (_locale, relative) => `Läuft ${relative} ab`,
  'orgMembers.expired': (_locale, relative) => `Abgelaufen ${relative}`,
  'orgMembers.resend': 'Erneut senden',
  'orgMembers.resendLabel': (_locale, email) => `Einladung an ${email} erneut senden`,
  'orgMembers.resent': (_locale, email) => `Einladung erneut an ${email} gesendet.`,
  'orgMembers.resendFailed': (_locale, email, reason) => `Die Einladung an ${email} konnte nicht erneut gesendet werden. ${reason}`,
  'orgMembers.revoke': 'Widerrufen',
  'orgMembers.revokeLabel': (_locale, email) => `Einladung an ${email} widerrufen`,
  'orgMembers.revokeHeading': (_locale, email) => `Einladung an ${email} widerrufen?`,
  'orgMembers.revokeBody': 'Der Einladungslink funktioniert sofort nicht mehr. Sie können diese Adresse später erneut einladen.',
  'orgMembers.revokeConfirm': 'Einladung widerrufen',
  'orgMembers.revoked': (_locale, email) => `Die Einladung an ${email} wurde widerrufen.`,
  'orgMembers.revokeFailed': (_locale, email, reason) => `Die Einladung an ${email} konnte nicht widerrufen werden. ${reason}`,
  'orgMembers.invite': 'Mitglieder einladen',
  'orgMembers.inviteHeading': 'Mitglieder einladen',
  'orgMembers.inviteEmailsLabel': 'E-Mail-Adressen',
  'orgMembers.inviteEmailsHint':
    'Trennen Sie Adressen durch Kommas, Leerzeichen oder Zeilenumbrüche, oder fügen Sie CSV-Zeilen im Format email,role ein.',
  'orgMembers.inviteLimitHint': (locale, max) =>
    plural(locale, max, {
      one: `Sie können ${n(locale, max)} Person auf einmal einladen.`,
      other: `Sie können bis zu ${n(locale, max)} Personen auf einmal einladen.`,
    }),
  'orgMembers.inviteRoleLabel': 'Rolle',
  'orgMembers.inviteRoleHint': 'Gilt für jede Adresse, deren CSV-Zeile keine Rolle nennt.',
  'orgMembers.previewCaption': 'Vorschau',
  'orgMembers.columnEmail': 'E-Mail',
  'orgMembers.columnRole': 'Rolle',
  'orgMembers.columnStatus': 'Status',
  'orgMembers.previewReady': 'Bereit zum Senden',
  'orgMembers.problem.invalid_email': 'Keine gültige E-Mail-Adresse',
  'orgMembers.problem.duplicate': 'Mehrfach aufgeführt',
  'orgMembers.problem.already_member': 'Bereits Mitglied',
  'orgMembers.problem.already_invited': 'Bereits eingeladen',
  'orgMembers.problem.unknown_role': (_locale, role) => `Keine Rolle namens „${role}“`,
  'orgMembers.previewSummary': (locale, ready, skipped) => {
    const readyText = plural(locale, ready, {
      one: `${n(locale, ready)} Adresse bereit zum Senden`,
      other: `${n(locale, ready)} Adressen bereit zum Senden`,
    });
    if (skipped === 0) return `${readyText}.`;
    return `${readyText}; ${plural(locale, skipped, {
      one: `${n(locale, skipped)} mit einem Problem wird übersprungen.`,
      other: `${n(locale, skipped)} mit Problemen werden übersprungen.`,
    })}`;
  },
  'orgMembers.previewMore': (locale, hidden) =>
    plural(locale, hidden, {
      one: `${n(locale, hidden)} weitere Zeile nicht angezeigt.`,
      other: `${n(locale, hidden)} weitere Zeilen nicht angezeigt.`,
    }),
  'orgMembers.overLimit': (locale, ready, max) =>
    `Sie können bis zu ${n(locale, max)} Personen auf einmal einladen, und ${n(locale, ready)} Adressen sind bereit zum Senden. Entfernen Sie ${n(locale, ready - max)} und senden Sie den Rest in einer weiteren Einladung.`,
  'orgMembers.nothingToSend': 'Fügen Sie mindestens eine gültige E-Mail-Adresse hinzu, um eine Einladung zu senden.',
  'orgMembers.send': (locale, ready) =>
    plural(locale, ready, { one: `${n(locale, ready)} Einladung senden`, other: `${n(locale, ready)} Einladungen senden` }),
  'orgMembers.sendEmpty': 'Einladungen senden',
  'orgMembers.sending': 'Einladungen werden gesendet…',
  'orgMembers.resultsCaption': 'Ergebnisse',
  'orgMembers.columnResult': 'Ergebnis',
  'orgMembers.result.invited': 'Eingeladen',
  'orgMembers.result.already_member': 'Bereits Mitglied',
  'orgMembers.result.already_invited': 'Bereits eingeladen',
  'orgMembers.result.invalid': 'Keine gültige E-Mail-Adresse',
  'orgMembers.notSent': (_locale, reason) => `Nicht gesendet: ${reason}`,
  'orgMembers.resultsSummary': (locale, invited, notInvited) => {
    const invitedText = plural(locale, invited, {
      one: `${n(locale, invited)} Person eingeladen`,
      other: `${n(locale, invited)} Personen eingeladen`,
    });
    if (notInvited === 0) return `${invitedText}.`;
    return `${invitedText}; ${plural(locale, notInvited, {
      one: `${n(locale, notInvited)} Adresse nicht eingeladen.`,
      other: `${n(locale, notInvited)} Adressen nicht eingeladen.`,
    })}`;
  },
  'orgMembers.inviteMore': 'Weitere Personen einladen',
  'orgMembers.done': 'Fertig',
  'orgMembers.inviteFailed': (_locale, reason) => `Die Einladungen wurden nicht gesendet. ${reason}`,
  'orgMembers.invitePlan': (_locale, planName) =>
    planName
      ? `Ihr Tarif ${planName} enthält keine Organisationen, daher können keine Einladungen gesendet werden. Wechseln Sie zu einem höheren Tarif, um Teammitglieder einzuladen.`
      : 'Ihr Tarif enthält keine Organisationen, daher können keine Einladungen gesendet werden. Wechseln Sie zu einem höheren Tarif, um Teammitglieder einzuladen.',

  // organization profile
  'orgProfile.label': 'Organisation',
  'orgProfile.description': 'Name, Webadresse und Branding Ihrer Organisation.',
  'orgProfile.noOrganization': 'Sie gehören keiner Organisation an.',
  'orgProfile.name': 'Name der Organisation',
  'orgProfile.slug': 'Kurzname',
  'orgProfile.slugHint': 'Wird in Webadressen verwendet: 3 bis 40 Kleinbuchstaben, Ziffern und Bindestriche.',
  'orgProfile.logo': 'Logo',
  'orgProfile.logoUrl': 'Logo-URL',
  'orgProfile.logoHint': 'Eine https://-Adresse oder ein Pfad auf dieser Website. Leer lassen, um Initialen anzuzeigen.',
  'orgProfile.logoAlt': (_locale, name) => `Logo von ${name}`,
  'orgProfile.initialsLabel': (_locale, name) => `${name}: kein Logo, Initialen werden angezeigt`,
  'orgProfile.uploadLogo': 'Logo hochladen',
  'orgProfile.uploading': 'Wird hochgeladen…',
  'orgProfile.removeLogo': 'Logo entfernen',
  'orgProfile.brandColor': 'Markenfarbe',
  'orgProfile.colorPicker': 'Markenfarbe auswählen',
  'orgProfile.colorHex': 'Hex-Wert',
  'orgProfile.colorHint': 'Eine Hex-Farbe wie #3f5efb. Leer lassen, um die Standardfarbe zu verwenden.',
  'orgProfile.noColor': 'Keine Markenfarbe festgelegt: Die Standardfarbe wird verwendet.',
  'orgProfile.sample': 'Beispiel-Button',
  'orgProfile.contrastWhite': (_locale, ratio) => `Weißer Text: ${ratio}:1`,
  'orgProfile.contrastBlack': (_locale, ratio) => `Schwarzer Text: ${ratio}:1`,
  'orgProfile.sampleUsesWhite': 'Das Beispiel verwendet weißen Text, der auf dieser Farbe besser lesbar ist.',
  'orgProfile.sampleUsesBlack': 'Das Beispiel verwendet schwarzen Text, der auf dieser Farbe besser lesbar ist.',
  'orgProfile.lowWhiteContrast': (_locale, ratio) =>
    `Weißer Text auf dieser Farbe hat nur einen Kontrast von ${ratio}:1, weniger als die 4,5:1, die lesbarer Text braucht. Buttons in dieser Farbe brauchen dunklen Text, oder wählen Sie eine dunklere Farbe.`,
  'orgProfile.admin': 'Administratorkonto',
  'orgProfile.adminReason': 'Das Administratorkonto kann hier nicht geändert werden; wenden Sie sich an den Support, um es zu übertragen.',
  'orgProfile.nameRequired': 'Geben Sie den Namen der Organisation ein.',
  'orgProfile.nameTooLong': 'Verwenden Sie höchstens 100 Zeichen.',
  'orgProfile.slugRequired': 'Geben Sie einen Kurznamen ein.',
  'orgProfile.slugCharacters': 'Verwenden Sie nur Kleinbuchstaben, Ziffern und Bindestriche, ohne Leerzeichen.',
  'orgProfile.slugLength': 'Verwenden Sie 3 bis 40 Zeichen.',
  'orgProfile.slugEdges': 'Beginnen und enden Sie mit einem Buchstaben oder einer Ziffer.',
  'orgProfile.slugTaken': 'Dieser Kurzname ist bereits vergeben. Versuchen Sie einen anderen.',
  'orgProfile.slugRejected': 'Dieser Kurzname kann nicht verwendet werden. Möglicherweise ist er bereits vergeben; versuchen Sie einen anderen.',
  'orgProfile.nameRejected': 'Dieser Name kann nicht verwendet werden. Versuchen Sie einen anderen.',
  'orgProfile.logoUnsafe': 'Verwenden Sie eine https://-Adresse oder einen Pfad auf dieser Website.',
  'orgProfile.logoRejected': 'Diese Logo-Adresse kann nicht verwendet werden. Versuchen Sie eine andere.',
  'orgProfile.uploadFailed': 'Das Logo konnte nicht hochgeladen werden. Versuchen Sie es erneut.',
  'orgProfile.uploadUnsafe': 'Das hochgeladene Logo kam mit einer Adresse zurück, die nicht sicher angezeigt werden kann.',
  'orgProfile.colorInvalid': 'Verwenden Sie eine Hex-Farbe wie #3f5efb.',
  'orgProfile.colorRejected': 'Diese Farbe kann nicht verwendet werden. Versuchen Sie eine andere.',
  'orgProfile.save': 'Speichern',
  'orgProfile.saving': 'Wird gespeichert…',
  'orgProfile.discard': 'Änderungen verwerfen',
  'orgProfile.unsaved': 'Sie haben ungespeicherte Änderungen.',
  'orgProfile.saved': 'Einstellungen der Organisation gespeichert.',
  'orgProfile.saveFailed': (_locale, reason) =>
    `Die Einstellungen der Organisation konnten nicht gespeichert werden; Ihre Änderungen bleiben erhalten. ${reason}`,
  'orgProfile.fixFields': 'Einige Felder müssen korrigiert werden.',
  'orgProfile.uploaded': 'Logo hochgeladen. Speichern Sie, um es zu verwenden.',
  'orgProfile.readOnly': 'Sie können diese Einstellungen ansehen, haben aber keine Berechtigung, sie zu ändern.',
  'orgProfile.cannotUpdate': 'Diese Einstellungen können hier nicht geändert werden.',
  'orgProfile.upgradeTitle': 'Für Organisationseinstellungen brauchen Sie einen Tarif mit Organisationen',
  'orgProfile.upgradeBody': (_locale, planName) =>
    planName
      ? `Ihr Tarif ${planName} enthält keine Organisationen. Wechseln Sie zu einem höheren Tarif, um Name, Webadresse und Branding Ihrer Organisation festzulegen.`
      : 'Ihr Tarif enthält keine Organisationen. Wechseln Sie zu einem höheren Tarif, um Name, Webadresse und Branding Ihrer Organisation festzulegen.',
  'orgProfile.upgrade': 'Tarif upgraden',

  // danger zone
  'dangerZone.label': 'Gefahrenbereich',
  'dangerZone.empty': 'Hier gibt es keine Aktionen, die Sie ausführen können.',
  'dangerZone.emptyNoPermission':
    'Für diese Aktionen brauchen Sie Berechtigungen, die Sie nicht haben. Wenden Sie sich an einen Inhaber der Organisation.',
  'dangerZone.unavailablePermission': 'Sie haben keine Berechtigung dafür.',
  'dangerZone.unavailableNoOrganization': 'Sie gehören keiner Organisation an.',
  'dangerZone.revokeSessions.title': 'Von allen Sitzungen abmelden',
  'dangerZone.revokeSessions.description':
    'Meldet Sie auf allen Geräten und in allen Browsern gleichzeitig ab. Nutzen Sie das, wenn Sie glauben, dass jemand anderes Zugriff auf Ihr Konto hat.',
  'dangerZone.revokeSessions.breaks': 'Sie müssen sich auf jedem Ihrer Geräte erneut anmelden.',
  'dangerZone.revokeSessions.button': 'Überall abmelden',
  'dangerZone.revokeSessions.heading': 'Von allen Sitzungen abmelden?',
  'dangerZone.revokeSessions.body':
    'Alle Geräte und Browser, die bei Ihrem Konto angemeldet sind, werden gleichzeitig abgemeldet. Wer Ihr Konto anderswo nutzt, verliert den Zugriff.',
  'dangerZone.revokeSessions.done': 'Alle Sitzungen wurden abgemeldet.',
  'dangerZone.regenerateSecrets.title': 'API-Secrets neu erzeugen',
  'dangerZone.regenerateSecrets.description':
    'Ersetzt jeden aktiven API-Schlüssel durch einen neuen. Nutzen Sie das, wenn ein Secret möglicherweise offengelegt wurde.',
  'dangerZone.regenerateSecrets.breaks': 'Jede Integration, die noch die alten Zugangsdaten verwendet, funktioniert sofort nicht mehr.',
  'dangerZone.regenerateSecrets.button': 'Secrets neu erzeugen',
  'dangerZone.regenerateSecrets.heading': 'Alle API-Secrets neu erzeugen?',
  'dangerZone.regenerateSecrets.body':
    'Jeder aktive API-Schlüssel wird durch einen neuen ersetzt, und die alten Schlüssel funktionieren sofort nicht mehr. Jede Integration mit den alten Zugangsdaten funktioniert erst wieder, wenn Sie ihr das neue Secret geben.',
  'dangerZone.regenerateSecrets.shownOnce': 'Die neuen Secrets werden nur einmal angezeigt. Halten Sie einen sicheren Ort zum Aufbewahren bereit.',
  'dangerZone.regenerateSecrets.savedHint': 'Aktualisieren Sie jede Integration mit ihrem neuen Secret.',
  'dangerZone.regenerateSecrets.none': 'Es gab keine aktiven API-Schlüssel, daher wurden keine neuen Secrets erzeugt.',
  'dangerZone.leaveOrganization.title': 'Organisation verlassen',
  'dangerZone.leaveOrganization.description': (_locale, name) =>
    `Entfernt Sie aus ${name}. Sie verlieren den Zugriff auf Mitglieder, API-Schlüssel, Nutzung und Abrechnung.`,
  'dangerZone.leaveOrganization.breaks': 'Um zurückzukommen, muss ein Inhaber Sie erneut einladen.',
  'dangerZone.leaveOrganization.button': 'Organisation verlassen',
  'dangerZone.leaveOrganization.heading': (_locale, name) => `${name} verlassen?`,
  'dangerZone.leaveOrganization.body': (_locale, name) =>
    `Sie verlieren sofort den Zugriff auf ${name}: Mitglieder, API-Schlüssel, Nutzung und Abrechnung. Um zurückzukommen, muss ein Inhaber Sie erneut einladen.`,
  'dangerZone.leaveOrganization.lastOwner': (_locale, name) =>
    `Sie sind der einzige Inhaber von ${name}. Machen Sie ein anderes Mitglied zum Inhaber, bevor Sie gehen.`,
  'dangerZone.leaveOrganization.done': (_locale, name) => `Sie haben ${name} verlassen.`,
  'dangerZone.deleteOrganization.title': 'Organisation löschen',
  'dangerZone.deleteOrganization.description': (_locale, name) =>
    `Löscht ${name} endgültig: Team, Abonnements, Projekte und Datensätze, Karteninformationen sowie Nutzungs- und Abrechnungsdaten.`,
  'dangerZone.deleteOrganization.breaks': 'Das kann nicht rückgängig gemacht werden.',
  'dangerZone.deleteOrganization.button': 'Organisation löschen',
  'dangerZone.deleteOrganization.heading': (_locale, name) => `${name} löschen?`,
  'dangerZone.deleteOrganization.lossIntro': 'Beim Löschen der Organisation wird endgültig entfernt:',
  'dangerZone.deleteOrganization.lossMembers': 'alle Benutzer des Teams',
  'dangerZone.deleteOrganization.lossSubscriptions': 'alle Abonnementdaten',
  'dangerZone.deleteOrganization.lossProjects': 'alle Projekte und ihre Datensätze',
  'dangerZone.deleteOrganization.lossCard': 'Karteninformationen',
  'dangerZone.deleteOrganization.lossUsage': 'Nutzungs- und Abrechnungsdaten',
  'dangerZone.deleteOrganization.irreversible': 'Das kann nicht rückgängig gemacht werden.',
  'dangerZone.deleteOrganization.blocked': (locale, count) =>
    plural(locale, count, {
      one: 'Sie können die Organisation nicht löschen, solange ein Abonnement aktiv ist. Kündigen Sie es zuerst und löschen Sie dann:',
      other: `Sie können die Organisation nicht löschen, solange ${count} Abonnements aktiv sind. Kündigen Sie zuerst jedes davon und löschen Sie dann:`,
    }),
  'dangerZone.deleteOrganization.blockedShort': (locale, count) =>
    plural(locale, count, {
      one: 'Ein aktives Abonnement muss zuerst gekündigt werden.',
      other: `${count} aktive Abonnements müssen zuerst gekündigt werden.`,
    }),
  'dangerZone.deleteOrganization.stillBlocked': 'Die Organisation kann noch nicht gelöscht werden: Ein Abonnement ist noch aktiv.',
  'dangerZone.deleteOrganization.nameChanged':
    'Der Name der Organisation stimmt nicht mehr überein. Geben Sie zur Bestätigung ihren aktuellen Namen ein.',
  'dangerZone.deleteOrganization.done': (_locale, name) => `${name} wurde gelöscht.`,

  // sessions
  'sessions.label': 'Aktive Sitzungen',
  'sessions.description': 'Geräte und Browser, auf denen Sie angemeldet sind. Melden Sie sich von allen ab, die Sie nicht kennen.',
  'sessions.empty': 'Sie haben keine aktiven Sitzungen.',
  'sessions.thisDevice': 'Dieses Gerät',
  'sessions.lastActive': 'Zuletzt aktiv',
  'sessions.location': 'Standort',
  'sessions.activeNow': 'Jetzt aktiv',
  'sessions.revoke': 'Abmelden',
  'sessions.revokeLabel': (_locale, device) => `Von ${device} abmelden`,
  'sessions.revoking': 'Wird abgemeldet…',
  'sessions.revoked': (_locale, device) => `Von ${device} abgemeldet.`,
  'sessions.revokeFailed': (_locale, device, reason) => `Abmelden von ${device} fehlgeschlagen. ${reason}`,
  'sessions.revokeOthers': 'Von allen anderen Sitzungen abmelden',
  'sessions.revokeOthersHeading': 'Von allen anderen Sitzungen abmelden?',
  'sessions.revokeOthersBody': (locale, count) =>
    plural(locale, count, {
      one: `Sie werden auf ${count} anderen Gerät abgemeldet. Dieses Gerät bleibt angemeldet.`,
      other: `Sie werden auf ${count} anderen Geräten abgemeldet. Dieses Gerät bleibt angemeldet.`,
    }),
  'sessions.revokeOthersConfirm': 'Abmelden',
  'sessions.revokedOthers': (locale, count) =>
    plural(locale, count, { one: `Von ${count} anderen Sitzung abgemeldet.`, other: `Von ${count} anderen Sitzungen abgemeldet.` }),
  'sessions.revokeOthersFailed': (_locale, reason) => `Abmelden von allen anderen Sitzungen fehlgeschlagen. ${reason}`,

  // subscriptions
  'subscriptions.label': 'Abonnements',
  'subscriptions.description':
    'Tarife und Add-ons, die Ihre Organisation bezahlt. Eine Organisation kann nicht gelöscht werden, solange eines davon aktiv ist.',
  'subscriptions.empty': 'Ihre Organisation hat keine Abonnements.',
  'subscriptions.unavailable': 'Abonnements können hier nicht angezeigt werden: Dieser Dienst listet sie nicht auf.',
  'subscriptions.readOnly':
    'Sie sehen die Abonnements der Organisation, aber nur Personen, die die Organisation verwalten, etwa ihre Inhaber, können sie kündigen.',
  'subscriptions.kindLabel': 'Art',
  'subscriptions.kind': (_locale, kind) => SUBSCRIPTION_KINDS[kind] ?? kind,
  'subscriptions.status': (_locale, status) => SUBSCRIPTION_STATUSES[status] ?? status,
  'subscriptions.renewsOn': (_locale, date) => `Verlängert sich am ${date}`,
  'subscriptions.endsOn': (_locale, date) => `Endet am ${date}`,
  'subscriptions.endedOn': (_locale, date) => `Beendet am ${date}`,
  'subscriptions.unsubscribe': 'Kündigen',
  'subscriptions.unsubscribeLabel': (_locale, name) => `${name} kündigen`,
  'subscriptions.unsubscribing': 'Wird gekündigt…',
  'subscriptions.dialogHeading': (_locale, name) => `${name} kündigen?`,
  'subscriptions.dialogConfirm': 'Kündigen',
  'subscriptions.dialogKeep': 'Abonnement behalten',
  'subscriptions.whenLegend': 'Wann soll es enden?',
  'subscriptions.atPeriodEnd': 'Am Ende des Abrechnungszeitraums',
  'subscriptions.atPeriodEndHint': (_locale, date) => `Es läuft bis ${date} weiter und verlängert sich nicht.`,
  'subscriptions.now': 'Sofort',
  'subscriptions.nowHint': 'Es endet sofort. Der Rest des aktuellen Zeitraums verfällt.',
  'subscriptions.periodEndOnly': (_locale, name, date) =>
    `${name} läuft bis zum Ende des Abrechnungszeitraums am ${date} weiter und verlängert sich nicht.`,
  'subscriptions.endsAnnounced': (_locale, name, date) => `${name} endet am ${date}.`,
  'subscriptions.endedAnnounced': (_locale, name) => `${name} wurde beendet.`,
  'subscriptions.cancelFailed': (_locale, name, reason) => `${name} konnte nicht gekündigt werden. ${reason}`,

  // notifications; German keeps the channel's capital ("per E-Mail")
  'notifications.label': 'Benachrichtigungen',
  'notifications.description': 'Legen Sie fest, worüber wir Sie informieren und auf welchem Weg.',
  'notifications.empty': 'Es gibt keine Benachrichtigungen einzurichten.',
  'notifications.categoryHeader': 'Benachrichtigung',
  'notifications.category.usage_thresholds': 'Nutzungsschwellen',
  'notifications.category.plan_renewal': 'Tarifverlängerung',
  'notifications.category.agent_errors': 'Agent-Fehler',
  'notifications.category.weekly_digest': 'Wöchentliche Zusammenfassung',
  'notifications.channel.email': 'E-Mail',
  'notifications.channel.push': 'Push',
  'notifications.switchLabel': (_locale, category, channel) => `${category} per ${channel}`,
  'notifications.turnedOn': (_locale, category, channel) => `${category} per ${channel}: an.`,
  'notifications.turnedOff': (_locale, category, channel) => `${category} per ${channel}: aus.`,
  'notifications.toggleFailed': (_locale, category, channel, reason) =>
    `${category} per ${channel} konnte nicht geändert werden; die Einstellung ist wieder wie vorher. ${reason}`,
  'notifications.save': 'Speichern',
  'notifications.saving': 'Wird gespeichert…',
  'notifications.discard': 'Änderungen verwerfen',
  'notifications.saved': 'Benachrichtigungseinstellungen gespeichert.',
  'notifications.saveFailed': (_locale, reason) =>
    `Ihre Benachrichtigungseinstellungen konnten nicht gespeichert werden; Ihre Änderungen bleiben erhalten. ${reason}`,
  'notifications.unsaved': 'Sie haben ungespeicherte Änderungen.',

  // passkeys
  'passkeys.label': 'Passkeys',
  'passkeys.description': 'Melden Sie sich mit Fingerabdruck, Gesichtserkennung oder Geräte-PIN statt mit einem Passwort an.',
  'passkeys.empty': 'Sie haben noch keine Passkeys.',
  'passkeys.added': 'Hinzugefügt',
  'passkeys.lastUsed': 'Zuletzt verwendet',
  'passkeys.neverUsed': 'Nie',
  'passkeys.nameLabel': 'Name des Passkeys',
  'passkeys.namePlaceholder': 'z. B. Arbeitslaptop',
  'passkeys.nameRequired': 'Geben Sie einen Namen für den Passkey ein.',
  'passkeys.nameTooLong': 'Verwenden Sie höchstens 64 Zeichen.',
  'passkeys.add': 'Passkey hinzufügen',
  'passkeys.adding': 'Warten auf Ihr Gerät…',
  'passkeys.addedDone': (_locale, name) => `Passkey „${name}“ hinzugefügt.`,
  'passkeys.cancelled': 'Die Einrichtung des Passkeys wurde abgebrochen oder ist abgelaufen. Es wurde nichts hinzugefügt.',
  'passkeys.ceremonyFailed': 'Ihr Gerät konnte keinen Passkey erstellen. Versuchen Sie es erneut oder verwenden Sie ein anderes Gerät.',
  'passkeys.unsupported':
    'Dieser Browser kann keine Passkeys erstellen. Verwenden Sie einen aktuellen Browser auf einem Gerät mit Fingerabdrucksensor, Gesichtserkennung oder Displaysperre.',
  'passkeys.addFailed': (_locale, reason) => `Der Passkey konnte nicht hinzugefügt werden. ${reason}`,
  'passkeys.rename': 'Umbenennen',
  'passkeys.renameLabel': (_locale, name) => `${name} umbenennen`,
  'passkeys.save': 'Speichern',
  'passkeys.cancel': 'Abbrechen',
  'passkeys.renamed': (_locale, name) => `Umbenannt in „${name}“.`,
  'passkeys.renameFailed': (_locale, reason) => `Der Passkey konnte nicht umbenannt werden. ${reason}`,
  'passkeys.delete': 'Löschen',
  'passkeys.deleteLabel': (_locale, name) => `${name} löschen`,
  'passkeys.deleteHeading': (_locale, name) => `„${name}“ löschen?`,
  'passkeys.deleteBody': 'Sie können sich dann nicht mehr mit diesem Passkey anmelden. Ihre anderen Anmeldemethoden funktionieren weiter.',
  'passkeys.deleteConfirm': 'Passkey löschen',
  'passkeys.deleted': (_locale, name) => `Passkey „${name}“ gelöscht.`,
  'passkeys.deleteFailed': (_locale, reason) => `Der Passkey konnte nicht gelöscht werden. ${reason}`,

  // profile
  'profile.label': 'Profil',
  'profile.description': 'Ihr Name, Ihre E-Mail-Adresse, Ihr Bild, Ihre Zeitzone und Ihre Sprache.',
  'profile.displayName': 'Anzeigename',
  'profile.email': 'E-Mail',
  'profile.emailChangeHint': 'Wir senden einen Bestätigungslink an die neue Adresse. Die Änderung gilt, sobald Sie sie bestätigen.',
  'profile.pendingEmail': (_locale, email) => `Prüfen Sie ${email}, um die Änderung zu bestätigen.`,
  'profile.avatar': 'Profilbild',
  'profile.avatarAlt': (_locale, name) => (name ? `Profilbild von ${name}` : 'Ihr Profilbild'),
  'profile.avatarUrl': 'Bild-URL',
  'profile.avatarUrlHint': 'Eine https://-Adresse oder ein Pfad auf dieser Website. Leer lassen, um Ihre Initialen anzuzeigen.',
  'profile.upload': 'Bild hochladen',
  'profile.uploading': 'Das Bild wird hochgeladen…',
  'profile.uploaded': 'Bild hochgeladen. Speichern Sie, um es zu behalten.',
  'profile.uploadFailed': (_locale, reason) => `Das Bild konnte nicht hochgeladen werden. ${reason}`,
  'profile.timezone': 'Zeitzone',
  'profile.timezoneHint': 'Geben Sie eine Stadt oder einen Versatz wie GMT+1 ein und wählen Sie dann aus der Liste.',
  'profile.timezoneNow': (_locale, offset) => `Derzeit ${offset}.`,
  'profile.timezoneOption': (_locale, zone, offset) => `${zone} (${offset})`,
  'profile.timezoneNoMatch': 'Keine Zeitzone passt.',
  'profile.language': 'Sprache',
  'profile.error.displayNameRequired': 'Geben Sie Ihren Namen ein.',
  'profile.error.displayNameTooLong': (_locale, max) => `Verwenden Sie höchstens ${max} Zeichen.`,
  'profile.error.email': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'profile.error.avatarUrl': 'Verwenden Sie eine https://-Adresse oder einen Pfad auf dieser Website.',
  'profile.error.timezone': 'Wählen Sie eine Zeitzone aus der Liste.',
  'profile.error.locale': 'Wählen Sie eine Sprache aus der Liste.',
  'profile.save': 'Speichern',
  'profile.saving': 'Wird gespeichert…',
  'profile.discard': 'Änderungen verwerfen',
  'profile.unsaved': 'Sie haben ungespeicherte Änderungen.',
  'profile.saved': 'Profil gespeichert.',
  'profile.savedPendingEmail': (_locale, email) => `Profil gespeichert. Prüfen Sie ${email}, um die neue E-Mail-Adresse zu bestätigen.`,
  'profile.saveFailed': (_locale, reason) => `Ihr Profil konnte nicht gespeichert werden; Ihre Änderungen bleiben erhalten. ${reason}`,

  // account settings
  'settings.label': 'Einstellungen',
  'settings.tab.general': 'Allgemein',
  'settings.tab.api-keys': 'API-Schlüssel',
  'settings.tab.usage': 'Nutzung',
  'settings.tab.billing': 'Abrechnung',
  'settings.tab.notifications': 'Benachrichtigungen',
  'settings.tab.organization': 'Organisation',
  'settings.empty': 'Für dieses Konto gibt es keine Einstellungen anzuzeigen.',
  'settings.membershipFailed': 'Ihre Organisation konnte nicht geprüft werden, daher ist ihr Tab ausgeblendet.',
};

export default de;
