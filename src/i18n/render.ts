// Renders a coded message in a language. An unknown code renders as the code itself (a
// message is never worth a crash); the catalogue test keeps that from happening.
import type { CodedMessage, MessageParams } from '../core/errors.ts';
import { catalogue } from './catalogue.ts';
import type { Language, Message } from './message.ts';

const messages: Readonly<Record<string, Message<MessageParams>>> = catalogue as unknown as Readonly<
  Record<string, Message<MessageParams>>
>;

export function hasMessage(code: string): boolean {
  return Object.hasOwn(messages, code);
}

export function render(language: Language, code: string, params: MessageParams = {}): string {
  const message = Object.hasOwn(messages, code) ? messages[code] : undefined;
  if (!message) return code;
  const text = message[language];
  return typeof text === 'function' ? text(params) : text;
}

export function renderMessage(language: Language, message: CodedMessage): string {
  return render(language, message.code, message.params);
}

/** The language a caller asks for: "sv" when an Accept-Language or LANG value prefers it. */
export function languageOf(preference: string | null | undefined, fallback: Language): Language {
  if (!preference) return fallback;
  const first = preference.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('sv')) return 'sv';
  if (first.startsWith('en')) return 'en';
  return fallback;
}
