import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeGroupLabel } from '../../../../functions/src/surveys/answerService';
import { chineseMessages, loadEnglishMessages } from '../../i18n';
import { groupName } from './resultsModel';

type Translate = (key: string, options?: object) => string;
const translatorOf = (messages: TranslationMessages, locale: string): Translate =>
  polyglotI18nProvider(() => messages, locale, [{ locale, name: locale }], { allowMissing: true }).translate as Translate;

const zh = translatorOf(chineseMessages, 'zh-CN');
let en: Translate;
beforeAll(async () => {
  en = translatorOf(await loadEnglishMessages(), 'en');
});

const chinese = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

describe('a survey result group’s name in the console’s language', () => {
  it('words a grade from its number: in Chinese as the server labels it, in English without Chinese', () => {
    for (let grade = 1; grade <= 9; grade++) {
      const group = { key: String(grade), label: gradeGroupLabel(grade), grade };
      expect(groupName(zh, group)).toBe(group.label);
      expect(groupName(en, group)).toBe(`Grade ${grade}`);
      expect(chinese.test(groupName(en, group))).toBe(false);
    }
  });

  it('keeps a school’s, provider’s or activity’s name as given', () => {
    for (const t of [zh, en]) expect(groupName(t, { label: '城关第一实验小学', grade: null })).toBe('城关第一实验小学');
  });
});
