/**
 * Log redaction: every string of every log line passes through here (the Logger's JSON replacer), so a token or a
 * parent's phone number inside an SDK message, a stack trace or an extra key is masked wherever it hides. Logs are
 * kept six months (网络安全法 art. 21) and read by operators, who need neither.
 */

/** Keys whose values are never logged, whatever they hold (compared without case, '-' or '_'). */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  'token',
  'password',
  'secret',
  'accesscode',
  'phone',
  'mobile',
  'email',
  'contactname',
  'staffname',
  'principal',
  'idnumber',
  'idcard',
];

export const REDACTED = '[REDACTED]';

/** Patterns of personal data and credentials in free text, in the order they are applied (longest first). */
const PATTERNS: [RegExp, string][] = [
  // An Authorization header value, or any bearer credential quoted in a message.
  [/\bBearer\s+[A-Za-z0-9\-._~+/]+=*/gi, `Bearer ${REDACTED}`],
  // A JWT (ID/access tokens) even without the Bearer prefix: three base64url parts, the first a JSON header.
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]*)?/g, `${REDACTED}:jwt`],
  // 居民身份证号码: 17 digits and a check digit (or X).
  [/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, `${REDACTED}:id`],
  // Mainland mobile numbers, with or without +86 / 86 and separators.
  [/(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g, `${REDACTED}:phone`],
  // Landlines with an area code (010-12345678, 0755 1234 5678).
  [/(?<!\d)0\d{2,3}[\s-]\d{3,4}[\s-]?\d{4}(?!\d)/g, `${REDACTED}:phone`],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, `${REDACTED}:email`],
  // `"contactName":"李教练"` or `phone=…` inside a message (an SDK or library error quoting a record): the value goes,
  // whatever it looks like. `name` only on its own, so `tableName`/`fileName` stay readable.
  [
    /(?<![A-Za-z0-9_])(["']?)((?:[A-Za-z_]*(?:authorization|token|password|secret|accesscode|phone|mobile|email|idnumber|idcard)[A-Za-z_]*)|contactname|staffname|principal|name)\1(\s*[:=]\s*)(?:"(?:[^"\\]|\\.)*"|'[^']*'|\{[^}]*\}|[^\s,;}\]]+)/gi,
    `$1$2$1$3${REDACTED}`,
  ],
];

/**
 * Records quoted in a message (`… invalid: [{"Put":{"Item":{…}}}]`, an audit diff) are elided whole: they hold
 * names and notes no pattern can recognise. A bracketed part counts as a record when it holds a quote or a colon;
 * `[as send]` in a stack frame stays.
 */
export function elideRecords(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text[i];
    if (open !== '{' && open !== '[') {
      out += open;
      i++;
      continue;
    }
    let depth = 0;
    let end = i;
    for (; end < text.length; end++) {
      if (text[end] === '{' || text[end] === '[') depth++;
      else if ((text[end] === '}' || text[end] === ']') && --depth === 0) break;
    }
    const part = text.slice(i, end + 1);
    out += /["':]/.test(part) ? (open === '{' ? '{…}' : '[…]') : part;
    i = end + 1;
  }
  return out;
}

export function redactText(text: string): string {
  return PATTERNS.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), elideRecords(text));
}

const isSecretKey = (key: string) => {
  const normalised = key.toLowerCase().replace(/[-_]/g, '');
  return SECRET_KEYS.some((secret) => normalised.includes(secret));
};

/**
 * A JSON.stringify replacer: secret keys lose their value, strings are scrubbed. Objects and errors pass through
 * unchanged so that their own keys and strings come through here in turn.
 */
export function redactingReplacer(key: string, value: unknown): unknown {
  if (key !== '' && isSecretKey(key) && value !== undefined && value !== null) return REDACTED;
  return typeof value === 'string' ? redactText(value) : value;
}

/** A deep copy with the same redaction applied: for anything written outside the Logger (e.g. metrics metadata). */
export function redact<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, redactingReplacer) ?? 'null') as T;
}
