import { beforeAll, describe, expect, it } from 'vitest';
import { onParentConfirmed, type ParentAccounts, type PostConfirmationEvent } from '../src/guardians/parentSignUp';
import { createTestApi, type TestApi } from './support/api';
import { mobileNumber } from './support/people';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

function fakeAccounts() {
  const calls: string[] = [];
  const accounts: ParentAccounts = {
    setGuardian: async (pool, user, guardianId) => void calls.push(`attr ${pool} ${user} custom:guardianId=${guardianId}`),
    addToGroup: async (pool, user, group) => void calls.push(`group ${pool} ${user} ${group}`),
  };
  return { calls, accounts };
}

const confirmed = (phone: string, extra: Record<string, string> = {}): PostConfirmationEvent => ({
  triggerSource: 'PostConfirmation_ConfirmSignUp',
  userPoolId: 'pool-1',
  userName: 'user-1',
  request: { userAttributes: { phone_number: `+86${phone}`, phone_number_verified: 'true', name: '赵家长', ...extra } },
});

describe('parent self sign-up (Cognito post-confirmation trigger)', () => {
  it('gives a confirmed phone its guardian and the PARENT group — and nothing else', async () => {
    const phone = mobileNumber();
    const { calls, accounts } = fakeAccounts();
    // Whatever the sign-up carried (here a forged group wish), the trigger adds PARENT only.
    await onParentConfirmed(confirmed(phone, { 'custom:role': 'DISTRICT_ADMIN' }), {
      ensureGuardian: (input) => api.services.guardians.ensureByPhone(input),
      accounts,
    });
    const guardian = await api.services.repositories.guardians.byPhone(phone);
    expect(guardian).toMatchObject({ phone, name: '赵家长' });
    expect(calls).toEqual([`attr pool-1 user-1 custom:guardianId=${guardian!.id}`, 'group pool-1 user-1 PARENT']);
  });

  it('finds the same guardian when the phone signs up again (a new account after a lost password)', async () => {
    const phone = mobileNumber();
    const deps = { ensureGuardian: (input: { phone: string; name?: string | null }) => api.services.guardians.ensureByPhone(input) };
    const first = fakeAccounts();
    const second = fakeAccounts();
    await onParentConfirmed(confirmed(phone), { ...deps, accounts: first.accounts });
    await onParentConfirmed({ ...confirmed(phone), userName: 'user-2' }, { ...deps, accounts: second.accounts });
    expect(first.calls[0].split('=')[1]).toBe(second.calls[0].split('=')[1]);
  });

  it('changes nothing for other trigger sources and refuses an unverified phone', async () => {
    const { calls, accounts } = fakeAccounts();
    const deps = { ensureGuardian: (input: { phone: string }) => api.services.guardians.ensureByPhone(input), accounts };
    await onParentConfirmed({ ...confirmed(mobileNumber()), triggerSource: 'PostConfirmation_ConfirmForgotPassword' }, deps);
    expect(calls).toEqual([]);
    await expect(onParentConfirmed(confirmed(mobileNumber(), { phone_number_verified: 'false' }), deps)).rejects.toThrow(/verified/);
    expect(calls).toEqual([]);
  });
});
