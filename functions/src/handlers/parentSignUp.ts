import { AdminAddUserToGroupCommand, AdminUpdateUserAttributesCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createDb, dbConfigFromEnv } from '../db/client';
import { onParentConfirmed, type ParentAccounts, type PostConfirmationEvent } from '../guardians/parentSignUp';
import { createServices } from '../server/services';

const services = createServices(createDb(dbConfigFromEnv()));
const cognito = new CognitoIdentityProviderClient({});

const accounts: ParentAccounts = {
  async setGuardian(userPoolId, userName, guardianId) {
    await cognito.send(new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: userName, UserAttributes: [{ Name: 'custom:guardianId', Value: guardianId }] }));
  },
  async addToGroup(userPoolId, userName, group) {
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: userName, GroupName: group }));
  },
};

/** The parents' user pool's post-confirmation trigger (see guardians/parentSignUp.ts). */
export async function handler(event: PostConfirmationEvent): Promise<PostConfirmationEvent> {
  const result = await onParentConfirmed(event, { ensureGuardian: (input) => services.guardians.ensureByPhone(input), accounts });
  console.log(JSON.stringify({ level: 'info', message: 'Parent sign-up confirmed', triggerSource: event.triggerSource }));
  return result;
}
