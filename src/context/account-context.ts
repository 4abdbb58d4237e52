import { createContext } from '@lit/context';
import type { AccountClient } from '../client/types.js';

/**
 * The context key through which `<so-account-provider>` gives its client to every element
 * inside it. `Symbol.for` so two copies of the library on one page still find each other.
 */
export const accountClientContext = createContext<AccountClient | undefined>(Symbol.for('so-account-client'));
