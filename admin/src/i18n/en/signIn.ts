import type { signInZh } from '../zh-CN/signIn';

export const signInEn: typeof signInZh = {
  intro: 'Sign in with the account the district education office set up for you. The button takes you to the sign-in page.',
  sign_in: 'Continue to sign-in',
  redirecting: 'Taking you to the sign-in page…',
  completing: 'Completing sign-in…',
  signed_out: 'You have signed out.',
  no_role: 'This account has no role on the platform (district admin, school admin or provider) and cannot sign in. Ask the district office to set it up.',
  failed: 'Sign-in did not complete (%{detail}). Please try again.',
  unreachable: 'The sign-in service cannot be reached; check the network and try again.',
};
