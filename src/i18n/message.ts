// The shape of the message catalogue: every text in Swedish and English, a plain string or a
// function of the message's parameters. One catalogue serves the web app, the command line,
// the API's error messages and the documents (Swedish first: the UI defaults to sv).
import type { MessageParams } from '../core/errors.ts';

export type Language = 'sv' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'en'];

/** A text, or a function that writes it from the message's parameters. */
export type Text<P> = string | ((params: P) => string);

/** One message in both languages; P is the parameters it is rendered from. */
export type Message<P = MessageParams> = { readonly sv: Text<P>; readonly en: Text<P> };

/**
 * Declares a message. Both languages take the same parameters, so a text that needs a
 * parameter the other lacks is a type error.
 */
export function m<P extends object = MessageParams>(sv: Text<P>, en: Text<P>): Message<P> {
  return { sv, en };
}

/** A feature's messages, keyed by code ("followUp.forecast.commentRequired"). */
// The parameters differ per message; the catalogue is read through render(), which checks them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Messages = Readonly<Record<string, Message<any>>>;
