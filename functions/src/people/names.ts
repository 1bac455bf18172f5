/**
 * How children's names and guardians' phones are shown to those who may not see them in full (SPEC §3.11): a
 * provider sees a child's given name only, a notice board shows 张*明, and a phone is 138****8000.
 */

/** Chinese two-character surnames (复姓) that a given name must not start inside. */
const compoundSurnames = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '申屠',
  '太史',
  '澹台',
  '公冶',
  '濮阳',
  '淳于',
  '单于',
  '钟离',
  '赫连',
];

const isChinese = (name: string) => /^[\u3400-\u9fff\u00b7]+$/u.test(name);

/** The surname of a Chinese name (one character, or a known two-character one); '' when there is none to tell. */
export function surnameOf(name: string): string {
  const trimmed = name.trim();
  if (!isChinese(trimmed) || [...trimmed].length < 2) return '';
  const compound = compoundSurnames.find((surname) => trimmed.startsWith(surname) && [...trimmed].length > 2);
  return compound ?? [...trimmed][0];
}

/** The given name (名) without the surname: what a provider sees of a child on its roster (张小明 → 小明). */
export function givenNameOf(name: string): string {
  const trimmed = name.trim();
  const surname = surnameOf(trimmed);
  if (surname) return trimmed.slice(surname.length);
  // Not a Chinese name: keep the first word only (the given name comes first in most other scripts).
  return trimmed.split(/\s+/)[0] ?? '';
}

/** A name for public posting (公示): surname and last character kept, the rest starred (张小明 → 张*明, 张明 → 张*). */
export function maskName(name: string): string {
  const trimmed = name.trim();
  const surname = surnameOf(trimmed);
  const chars = [...trimmed.slice(surname.length)];
  if (!surname) return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 2))}${chars.length > 2 ? chars.at(-1) : ''}`;
  if (chars.length <= 1) return `${surname}*`;
  return `${surname}${'*'.repeat(chars.length - 1)}${chars.at(-1)}`;
}

/** A phone as everyone but the class teacher and the school admin sees it: 13800138000 → 138****8000. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
