import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import englishRaMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { chineseMessages, i18nProvider, loadEnglishMessages } from './index';

/** Every leaf of a message tree as `path → text`. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else if (value && typeof value === 'object') for (const [p, v] of leaves(value, path)) result.set(p, v);
  }
  return result;
}

const placeholders = (text: string) => new Set(text.match(/%\{\w+\}/g) ?? []);

describe('message trees', () => {
  it('zh-CN and en have exactly the same keys', async () => {
    const chinese = [...leaves(chineseMessages).keys()].sort();
    const english = [...leaves(await loadEnglishMessages()).keys()].sort();
    expect(chinese).toEqual(english);
  });

  it('zh-CN translates every key of ra-language-english', () => {
    const chinese = leaves(chineseMessages);
    const missing = [...leaves(englishRaMessages).keys()].filter((key) => !chinese.has(key));
    expect(missing).toEqual([]);
  });

  it('zh-CN uses no placeholder the English text does not offer', async () => {
    const english = leaves(await loadEnglishMessages());
    const invented: string[] = [];
    for (const [key, text] of leaves(chineseMessages)) {
      const offered = placeholders(english.get(key) ?? '');
      for (const p of placeholders(text)) if (!offered.has(p)) invented.push(`${key}: ${p}`);
    }
    expect(invented).toEqual([]);
  });

  it('zh-CN has no English plural forms (Chinese has one form)', () => {
    const plural = [...leaves(chineseMessages)].filter(([, text]) => text.includes('||||')).map(([key]) => key);
    expect(plural).toEqual([]);
  });

  it('has every message key the source names literally (a typo would show the raw key)', () => {
    const chinese = leaves(chineseMessages);
    const source = join(__dirname, '..');
    const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !file.includes('generated') && !file.startsWith('i18n') && !/\.test\.tsx?$/.test(file),
    );
    const missing = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(source, file), 'utf8');
      for (const [, key] of text.matchAll(/['"`]((?:resources|app)\.[a-zA-Z_]+(?:\.[a-zA-Z0-9_]+)+)['"`]/g)) {
        if (!chinese.has(key)) missing.add(`${file}: ${key}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('defaults to Chinese and switches to English on demand', async () => {
    expect(i18nProvider.getLocale()).toBe('zh-CN');
    expect(i18nProvider.translate('ra.action.save')).toBe('保存');
    expect(i18nProvider.translate('app.enums.schoolType.NINE_YEAR')).toBe('九年一贯制');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('ra.action.save')).toBe('Save');
    expect(i18nProvider.translate('resources.schools.name', { smart_count: 2 })).toBe('Schools');
    await i18nProvider.changeLocale('zh-CN');
  });

  it('counts findings and schools in the singular and the plural in English, with one form in Chinese', async () => {
    await i18nProvider.changeLocale('en');
    const failed = (n: number) => i18nProvider.translate('app.complianceRules.failed', { smart_count: n });
    expect([failed(1), failed(2), failed(0)]).toEqual(['1 finding', '2 findings', '0 findings']);
    expect(i18nProvider.translate('app.overview.summary', { smart_count: 1, problems: 1, recomputed: 0 })).toBe(
      '1 school, 1 with findings (0 recomputed for this view).',
    );
    expect(i18nProvider.translate('app.overview.summary', { smart_count: 3, problems: 1, recomputed: 2 })).toBe(
      '3 schools, 1 with findings (2 recomputed for this view).',
    );
    await i18nProvider.changeLocale('zh-CN');
    expect([failed(1), failed(2)]).toEqual(['1 个问题', '2 个问题']);
  });
});
