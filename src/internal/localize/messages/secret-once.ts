import { plural } from '../../format.js';
import type { MessageSection } from './section.js';

/** Messages of the shared once-only secret panel `<so-secret-once>`. Keys start with `secretOnce.`. */
export const secretOnceMessages = {
  'secretOnce.heading': (locale: string, count: number) =>
    plural(locale, count, { one: 'Save your new secret', other: 'Save your new secrets' }),
  'secretOnce.warning': (locale: string, count: number) =>
    plural(locale, count, {
      one: 'This secret will not be shown again. Copy it now and store it somewhere safe. If you lose it, you will need a new one.',
      other: 'These secrets will not be shown again. Copy them now and store them somewhere safe. If you lose one, you will need a new one.',
    }),
  'secretOnce.dismiss': 'I have saved it',
  'secretOnce.dismissMany': 'I have saved them',
} satisfies MessageSection;
