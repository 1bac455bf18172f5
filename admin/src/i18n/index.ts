import polyglotI18nProvider from 'ra-i18n-polyglot';
import raEnglishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { appChineseMessages } from './app.zh-CN';
import { raChineseMessages } from './ra.zh-CN';

export const DEFAULT_LOCALE = 'zh-CN';

export const chineseMessages: TranslationMessages = mergeTranslations(raChineseMessages, appChineseMessages);

/**
 * Our English messages load on demand: most users never switch. (react-admin's English strings are
 * in the first bundle anyway: `<Admin>` imports them for its default i18n provider.)
 */
export async function loadEnglishMessages(): Promise<TranslationMessages> {
  const { appEnglishMessages } = await import('./app.en');
  return mergeTranslations(raEnglishMessages, appEnglishMessages);
}

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? loadEnglishMessages() : chineseMessages),
  DEFAULT_LOCALE,
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  // A missing key shows the key's fallback (`_`) instead of crashing a page during development.
  { allowMissing: true },
);
