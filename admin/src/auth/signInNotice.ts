/**
 * Why the last sign-in did not end in the console, shown once by the sign-in page (the browser went to the
 * provider and back, so it cannot be passed in memory).
 */
export type SignInNotice = { kind: 'no_role' } | { kind: 'failed'; detail: string } | { kind: 'signed_out' };

const KEY = 'kehou.signInNotice';

export function writeSignInNotice(notice: SignInNotice): void {
  sessionStorage.setItem(KEY, JSON.stringify(notice));
}

/** The notice, removed as it is read. */
export function takeSignInNotice(): SignInNotice | null {
  const raw = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  try {
    return raw ? (JSON.parse(raw) as SignInNotice) : null;
  } catch {
    return null;
  }
}
