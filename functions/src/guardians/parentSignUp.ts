import type { GuardianRecord } from './guardianEntity';

/** The only group a self-signed-up user ever joins: never a staff group, whatever the sign-up carries. */
export const PARENT_GROUP = 'PARENT';

/** The part of Cognito's post-confirmation event the trigger reads. */
export interface PostConfirmationEvent {
  triggerSource: string;
  userPoolId: string;
  userName: string;
  request: { userAttributes: Record<string, string | undefined> };
}

/** What the trigger asks of Cognito (a port, so tests pass a fake and the handler the SDK). */
export interface ParentAccounts {
  setGuardian(userPoolId: string, userName: string, guardianId: string): Promise<void>;
  addToGroup(userPoolId: string, userName: string, group: typeof PARENT_GROUP): Promise<void>;
}

/** `+8613800138000` → `13800138000` (guardians are keyed by the national number). */
export const nationalNumber = (phone: string) => phone.replace(/^\+86/, '');

/**
 * Cognito post-confirmation trigger of the parents' user pool: a user who signed up with a phone number and
 * confirmed it with the SMS code gets their guardian record (found or created by phone) in `custom:guardianId`
 * and joins PARENT — only PARENT. Other trigger sources (a confirmed password reset) change nothing.
 */
export async function onParentConfirmed<E extends PostConfirmationEvent>(
  event: E,
  deps: { ensureGuardian(input: { phone: string; name?: string | null }): Promise<GuardianRecord>; accounts: ParentAccounts },
): Promise<E> {
  if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp') return event;
  const phone = event.request.userAttributes.phone_number;
  if (!phone || event.request.userAttributes.phone_number_verified !== 'true') throw new Error('A parent account needs a verified phone number');
  const guardian = await deps.ensureGuardian({ phone: nationalNumber(phone), name: event.request.userAttributes.name });
  await deps.accounts.setGuardian(event.userPoolId, event.userName, guardian.id);
  await deps.accounts.addToGroup(event.userPoolId, event.userName, PARENT_GROUP);
  return event;
}
