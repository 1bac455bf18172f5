/**
 * Free-text answers are anonymous (SPEC §2: no names of minors or parents are stored), yet parents sometimes write
 * "有问题请打 13812345678". Before an answer is stored, numbers that identify a person are replaced by a note of what
 * was there: mobile and landline numbers, 居民身份证号码 (18 digits with a check digit, or the old 15), and any other
 * run of 11 or more digits (bank cards, other ids). Shorter numbers — a grade, a time, "2 个孩子" — stay.
 */
const MASKS: [RegExp, string][] = [
  // 居民身份证号码: 17 digits and a check digit (or X), possibly grouped 6-8-4; the old 15-digit form.
  [/(?<![0-9A-Za-z])\d{6}[\s-]?\d{8}[\s-]?\d{3}[\dXx](?![0-9A-Za-z])/g, '[身份证号已隐去]'],
  [/(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g, '[身份证号已隐去]'],
  // Mainland mobiles, with or without +86 / 86 and separators (138 1234 5678, 138-1234-5678).
  [/(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g, '[手机号已隐去]'],
  // Bank cards and other numbers longer than any phone number, grouped or not.
  [/(?<!\d)\d(?:[\s-]?\d){12,}(?!\d)/g, '[号码已隐去]'],
  // Landlines with an area code (010-12345678, 0755 1234 5678, 075512345678).
  [/(?<!\d)0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4}(?!\d)/g, '[电话号码已隐去]'],
  // Any other long number, written with or without separators between its groups.
  [/(?<!\d)\d(?:[\s-]?\d){10,}(?!\d)/g, '[号码已隐去]'],
];

/** Full-width digits (１３８…) read as digits, so they are caught like any other. */
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/** The text with every personal number replaced by a note of what it was. */
export function maskPersonalNumbers(text: string): string {
  let masked = asciiDigits(text);
  for (const [pattern, note] of MASKS) masked = masked.replace(pattern, note);
  return masked;
}
