/// <reference path="./opencc-js.d.ts" />
import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
// Only the Traditional → Simplified dictionaries (≈ 40 KB of the Lambda bundle minified, ≈ 25 KB gzip), not the 1.2 MB full preset.
import toSimplified from 'opencc-js/to/cn';

/**
 * Text as the coercive-wording rules see it, with a map back to the author's text so a refusal can quote what they
 * actually wrote. Normalising defeats the usual ways around a word list:
 * - NFKC folds full-width and compatibility forms (ｆｕｌｌ-width letters, CJK compatibility ideographs),
 * - invisible format characters (zero-width space/joiner, BOM, soft hyphen, variation selectors) and all whitespace
 *   (incl. the full-width space U+3000) are dropped — Chinese needs no spaces, so 必须　参加 reads as 必须参加,
 * - Traditional characters become Simplified (強制 → 强制) with OpenCC's dictionaries.
 */
export interface NormalizedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original of the character it came from. */
  origin: number[];
  /** The original text. */
  source: string;
}

// \p{Cf}: format characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, U+00AD, …); U+FE00–FE0F and U+E0100–E01EF: variation
// selectors; U+034F: combining grapheme joiner; U+115F/U+1160/U+3164/U+FFA0: Hangul fillers that render as blanks.
const invisible = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]|\s/u;

let converter: ConverterFunction | undefined;
/** Built on first use: the trie costs a few milliseconds, paid by the first publication, not by every cold start. */
const simplify = (text: string) => (converter ??= ConverterFactory(toSimplified))(text);

export function normalizeForWording(source: string): NormalizedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of source) {
    for (const unit of char.normalize('NFKC')) {
      // NFKC may itself produce a space (e.g. U+3000), so the check follows it.
      if (invisible.test(unit)) continue;
      folded += unit;
      for (let k = 0; k < unit.length; k++) origin.push(index);
    }
    index += char.length;
  }
  const simplified = simplify(folded);
  // OpenCC's phrase table can change a phrase's length (rare); then convert character by character, which keeps the map.
  const text =
    simplified.length === folded.length
      ? simplified
      : [...folded]
          .map((char) => {
            const converted = simplify(char);
            return converted.length === char.length ? converted : char;
          })
          .join('');
  return { text, origin, source };
}

/** The author's original text behind `normalized.text.slice(start, end)`. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): string {
  const from = normalized.origin[start];
  const lastOrigin = normalized.origin[end - 1];
  const lastChar = String.fromCodePoint(normalized.source.codePointAt(lastOrigin) ?? 0);
  return normalized.source.slice(from, lastOrigin + lastChar.length);
}
