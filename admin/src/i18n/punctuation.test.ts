import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appEnglishMessages } from './app.en';
import { appChineseMessages } from './app.zh-CN';
import { phoneEn } from './en/phone';
import { phoneZh } from './zh-CN/phone';

/**
 * In English mode the console and the phone pages showed `Application：Submitted`, `沈一懿（一年级1班）`: full-width
 * punctuation written into the components. Punctuation between UI words comes from the catalogues (`app.format.colon`,
 * `app.format.note`; the phone pages' `colon`, `note`), so each language gets its own.
 */
const src = join(__dirname, '..');
const FULL_WIDTH = /[：（）]/;
/** Files whose full-width text is data or Chinese on purpose, each for a reason. */
const allowed = new Set([
  'App.tsx', // react-admin's default title before the catalogue loads; every page sets its own
  'main.tsx', // the bilingual start-up failure page (no catalogue loaded)
  'money/xlsxFile.ts', // the workbook's creator metadata
  'publicDisclosure/PublicDisclosurePage.tsx', // matches the snapshot's stored wording
  'compliance/overviewTable.ts', // the rule's seed plan (篇二) after its name in the export headers
  'dataProvider/errors.ts', // a coercive phrase is quoted in the language it was written in
  'surveys/WordingErrors.tsx', // the same, on the survey form
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['generated', 'i18n', 'csv', 'testing'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The code without comments (a comment may name the Chinese term). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('punctuation comes from the catalogues', () => {
  it('no component writes full-width colons or parentheses itself', () => {
    const found = sourceFiles(src)
      .map((path) => relative(src, path))
      .filter((path) => !allowed.has(path))
      .flatMap((path) =>
        code(readFileSync(join(src, path), 'utf8'))
          .split('\n')
          .filter((line) => FULL_WIDTH.test(line))
          .map((line) => `${path}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('gives each language its own colon and note form', () => {
    expect(appChineseMessages.app.format).toEqual({ colon: '：', note: '%{text}（%{note}）' });
    expect(appEnglishMessages.app.format).toEqual({ colon: ': ', note: '%{text} (%{note})' });
    expect([phoneZh.colon, phoneZh.note, phoneEn.colon, phoneEn.note]).toEqual(['：', '%{text}（%{note}）', ': ', '%{text} (%{note})']);
  });

  it('keeps full-width punctuation out of the English catalogues', () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
    expect([...texts(appEnglishMessages), ...texts(phoneEn)].filter((text) => /[：（）；，。、]/.test(text))).toEqual([]);
  });
});
