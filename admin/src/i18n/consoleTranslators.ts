import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { chineseMessages, loadEnglishMessages } from '.';

/** react-admin's translate: any interpolation values (each module's own `Translate` type is a narrower view of it). */
export type ConsoleTranslate = (key: string, options?: object) => string;

/**
 * The console's translate function for a catalogue, built as react-admin builds it (polyglot, missing keys shown as
 * keys): for tests that word the server's codes and values in each language and compare with the server's text.
 */
export const consoleTranslator = (messages: TranslationMessages, locale: string): ConsoleTranslate =>
  polyglotI18nProvider(() => messages, locale, [{ locale, name: locale }], { allowMissing: true }).translate as ConsoleTranslate;

export const zhConsole = consoleTranslator(chineseMessages, 'zh-CN');

/** English is loaded on demand in the app (its own chunk); tests await it once. */
export const englishConsole = async () => consoleTranslator(await loadEnglishMessages(), 'en');
