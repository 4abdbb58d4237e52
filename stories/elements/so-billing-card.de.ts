import type { Translation } from '../../src/internal/localize/en.js';

const STATUSES: Record<string, string> = { active: 'Aktiv', trialing: 'Testphase', past_due: 'Überfällig', canceled: 'Gekündigt' };
const CARD_BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', american_express: 'American Express' };
const INVOICE_STATUSES: Record<string, string> = { paid: 'Bezahlt', open: 'Offen', void: 'Storniert', uncollectible: 'Uneinbringlich' };

/**
 * German messages for `<so-billing-card>`, as a host would register them with
 * `registerTranslation('de', billingCardGerman)`; the story "German" uses them.
 */
export const billingCardGerman: Translation = {
  'state.loading': 'Wird geladen…',
  'state.retry': 'Erneut versuchen',
  'billingCard.planHeading': 'Tarif',
  'billingCard.paymentMethodHeading': 'Zahlungsmethode',
  'billingCard.invoicesHeading': 'Rechnungen',
  'billingCard.status': (_locale: string, status: string) => STATUSES[status] ?? status,
  'billingCard.price': (_locale: string, price: string, interval: string) => `${price} pro ${interval === 'year' ? 'Jahr' : 'Monat'}`,
  'billingCard.renewsOn': (_locale: string, date: string) => `Verlängert sich am ${date}`,
  'billingCard.trialEndsOn': (_locale: string, date: string) => `Kostenlose Testphase bis ${date}; danach beginnt die Abrechnung`,
  'billingCard.accessEndsOn': (_locale: string, date: string) => `Gekündigt; Zugriff bis ${date}`,
  'billingCard.endedOn': (_locale: string, date: string) => `Beendet am ${date}`,
  'billingCard.scheduledChange': (_locale: string, planName: string, date: string) =>
    `Wechselt am ${date} zu ${planName} — Tarifänderungen gelten ab der nächsten Verlängerung, Sie zahlen also nie doppelt.`,
  'billingCard.cardBrand': (_locale: string, brand: string) =>
    CARD_BRANDS[brand.toLowerCase()] ?? (brand ? brand.charAt(0).toUpperCase() + brand.slice(1) : 'Karte'),
  'billingCard.cardSummary': (_locale: string, brand: string, last4: string) => `${brand} mit Endziffern ${last4}`,
  'billingCard.cardExpires': (_locale: string, date: string) => `Gültig bis ${date}`,
  'billingCard.cardExpiringSoon': (_locale: string, month: string) =>
    `Läuft bald ab, Ende ${month}. Aktualisieren Sie sie, um eine Unterbrechung zu vermeiden.`,
  'billingCard.cardExpired': (_locale: string, month: string) => `Abgelaufen Ende ${month}.`,
  'billingCard.cardBadgeExpiring': 'Läuft bald ab',
  'billingCard.cardBadgeExpired': 'Abgelaufen',
  'billingCard.noPaymentMethod': 'Keine Zahlungsmethode hinterlegt.',
  'billingCard.noPaymentMethodTrial': (_locale: string, date: string) =>
    `Fügen Sie vor dem Ende Ihrer Testphase am ${date} eine Zahlungsmethode hinzu, um Ihren Tarif zu behalten.`,
  'billingCard.manageBilling': 'Abrechnung verwalten',
  'billingCard.changePaymentMethod': 'Zahlungsmethode ändern',
  'billingCard.addPaymentMethod': 'Zahlungsmethode hinzufügen',
  'billingCard.viewInvoices': 'Rechnungen ansehen',
  'billingCard.opening': 'Abrechnungsportal wird geöffnet…',
  'billingCard.portalFailed': (_locale: string, reason: string) => `Das Abrechnungsportal konnte nicht geöffnet werden. ${reason}`,
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
  'billingCard.noSubscriptionTitle': 'Kein aktives Abonnement',
  'billingCard.noSubscriptionBody': 'Wählen Sie einen Tarif, um loszulegen.',
  'billingCard.noSubscriptionReadOnly': 'Bitten Sie eine Person, die die Abrechnung Ihrer Organisation verwaltet, einen Tarif zu wählen.',
  'billingCard.choosePlan': 'Tarif wählen',
  'billingCard.invoicesEmpty': 'Noch keine Rechnungen.',
  'billingCard.invoiceDate': 'Datum',
  'billingCard.invoiceNumber': 'Rechnung',
  'billingCard.invoiceAmount': 'Betrag',
  'billingCard.invoiceStatusHeader': 'Status',
  'billingCard.invoiceStatus': (_locale: string, status: string) => INVOICE_STATUSES[status] ?? status,
  'billingCard.readOnly':
    'Sie können die Abrechnung ansehen, aber nur Personen, die die Abrechnung Ihrer Organisation verwalten dürfen, etwa ihre Inhaber, können Tarif oder Zahlungsmethode ändern.',
};
