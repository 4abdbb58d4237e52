/** A block of catalogue entries: a string, or a function of the locale and its arguments. */
export type MessageSection = Record<string, string | ((locale: string, ...args: never[]) => string)>;
