/**
 * Generated people of the demo district (Chinese demo data): names, phones and family circumstances from a
 * deterministic generator, so every machine gets the same demo children.
 */

/** Phones of the demo guardian accounts (local sign-in lists them; `npm start` prints a token for the first). */
export const DEMO_GUARDIAN_PHONES = ['13800000001', '13800000002'];

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤';
const girls = '欣怡梓涵诗雨佳琪子萱可馨语桐雨彤思琪梦瑶一诺紫涵婉清晓雪若曦安琪心悦静雯';
const boys = '浩宇子轩宇航俊杰皓轩博文明哲天佑梓豪一鸣泽宇睿泽嘉懿宇轩昊然俊熙子墨文博';

/** mulberry32: small, fast and the same everywhere. */
export function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return {
    next,
    pick: <T>(list: readonly T[] | string): T => list[Math.floor(next() * list.length)] as T,
    /** An id in the API's format (`<prefix>_<20 base32 chars>`), from this seed. */
    id: (prefix: string) => `${prefix}_${Array.from({ length: 20 }, () => alphabet[Math.floor(next() * 32)]).join('')}`,
  };
}

export type Generator = ReturnType<typeof generator>;

/** A child's name: a common surname and a two-character given name (two pools, by gender). */
export function childName(random: Generator, gender: 'FEMALE' | 'MALE'): string {
  const pool = gender === 'FEMALE' ? girls : boys;
  const pair = Math.floor(random.next() * (pool.length / 2)) * 2;
  return `${random.pick(surnames)}${pool.slice(pair, pair + 2)}`;
}

/** A staff member's name: surname and one or two characters. */
export function adultName(random: Generator): string {
  const pool = random.next() < 0.5 ? girls : boys;
  return `${random.pick(surnames)}${random.pick(pool)}${random.next() < 0.6 ? random.pick(pool) : ''}`;
}

/** A mainland mobile number. */
export const mobileOf = (random: Generator) =>
  `1${random.pick(['35', '36', '37', '38', '39', '50', '58', '86', '88'])}${String(Math.floor(random.next() * 1e8)).padStart(8, '0')}`;

const gradeNames = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 三年级2班 */
export const className = (grade: number, index: number) => `${gradeNames[grade]}年级${index}班`;

/** A guardian contact the school keeps for a child. */
export function guardianOf(random: Generator, child: string): { name: string; relation: string; phone: string } {
  const surname = child[0];
  const roll = random.next();
  if (roll < 0.45) return { name: `${surname}${random.pick(boys)}${random.pick(boys)}`, relation: '父亲', phone: mobileOf(random) };
  if (roll < 0.9) return { name: `${random.pick(surnames)}${random.pick(girls)}${random.pick(girls)}`, relation: '母亲', phone: mobileOf(random) };
  // Left-behind children mostly live with grandparents (留守儿童由祖辈监护).
  return { name: `${surname}${random.pick(boys)}`, relation: '祖父', phone: mobileOf(random) };
}

/** Where each demo application stands: every status of the workflow appears. */
export function applicationFate(random: Generator): 'NONE' | 'SUBMITTED' | 'CLASS_APPROVED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN' {
  const roll = random.next();
  if (roll < 0.1) return 'NONE';
  if (roll < 0.2) return 'SUBMITTED';
  if (roll < 0.33) return 'CLASS_APPROVED';
  if (roll < 0.88) return 'APPROVED';
  if (roll < 0.93) return 'REJECTED';
  return 'WITHDRAWN';
}
