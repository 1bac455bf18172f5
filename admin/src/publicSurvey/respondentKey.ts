const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const RESPONDENT_KEY_LENGTH = 32;

const storageKey = (accessCode: string) => `kehou.survey.${accessCode}`;

/** A random key of 32 letters and digits (crypto-random: keys must not collide across a district). */
export function newRespondentKey(fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = new Uint8Array(RESPONDENT_KEY_LENGTH);
  fill(bytes);
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/**
 * This device's key for one survey, kept in localStorage: answering again replaces the earlier answer
 * instead of counting twice. Without storage (private mode) every visit answers afresh.
 */
export function respondentKeyFor(accessCode: string, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): string {
  try {
    const kept = storage?.getItem(storageKey(accessCode));
    if (kept && kept.length === RESPONDENT_KEY_LENGTH) return kept;
    const key = newRespondentKey();
    storage?.setItem(storageKey(accessCode), key);
    return key;
  } catch {
    return newRespondentKey();
  }
}
