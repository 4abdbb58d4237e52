import type { Translation } from '../../src/internal/localize/en.js';

const STATUSES: Record<string, string> = { active: 'Aktiv', trialing: 'Testphase', past_due: 'Überfällig', canceled: 'Gekündigt' };
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
  'billingCard.cardSummary': (_locale: string, brand: string, last4: string) => `${brand} mit Endziffern ${last4}`,
  'billingCard.cardExpires': (_locale: string, date: string) => `Gültig bis ${date}`,
  'billingCard.cardExpiringSoon': (_locale: string, month: string) =>
    `Läuft bald ab, Ende ${month}. Aktualisieren Sie sie, um eine Unterbrechung zu vermeiden.`,
  'billingCard.cardExpired': (_locale: string, month: string) => `Abgelaufen Ende ${month}.`,
  'billingCard.cardBadgeExpiring': 'Läuft bald ab',
  'billingCard.cardBadgeExpired': 'Abgelaufen',
  'billingCard.noPaymentMethod': 'Keine Zahlungsmethode hinterlegt.',
  'billingCard.manageBilling': 'Abrechnung verwalten',
  'billingCard.changePaymentMethod': 'Zahlungsmethode ändern',
  'billingCard.addPaymentMethod': 'Zahlungsmethode hinzufügen',
  'billingCard.viewInvoices': 'Rechnungen ansehen',
  'billingCard.opening': 'Abrechnungsportal wird geöffnet…',
  'billingCard.invoicesEmpty': 'Noch keine Rechnungen.',
  'billingCard.invoiceDate': 'Datum',
  'billingCard.invoiceNumber': 'Rechnung',
  'billingCard.invoiceAmount': 'Betrag',
  'billingCard.invoiceStatusHeader': 'Status',
  'billingCard.invoiceStatus': (_locale: string, status: string) => INVOICE_STATUSES[status] ?? status,
  'billingCard.readOnly':
    'Sie können die Abrechnung ansehen, aber nur Personen, die die Abrechnung Ihrer Organisation verwalten dürfen, etwa ihre Inhaber, können Tarif oder Zahlungsmethode ändern.',
};
