/** Card networks' own names, the same in every language. */
const CARD_BRANDS: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  american_express: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  cartes_bancaires: 'Cartes Bancaires',
  link: 'Link',
  paypal: 'PayPal',
};

/** A card brand as the provider sends it (`visa`) → its name (`Visa`); `card` (the locale's word) when none. */
export function cardBrandName(brand: string, card: string): string {
  return CARD_BRANDS[brand.toLowerCase()] ?? (brand ? brand.charAt(0).toUpperCase() + brand.slice(1) : card);
}
