import { AdminAddUserToGroupCommand, AdminUpdateUserAttributesCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createDb, dbConfigFromEnv } from '../db/client';
import { noDocumentStorage } from '../documents/storage';
import { onParentConfirmed, type ParentAccounts, type PostConfirmationEvent } from '../guardians/parentSignUp';
import { observed, traced } from '../observability/lambda';
import { logger } from '../observability/logger';
import { createServices } from '../server/services';

const db = createDb(dbConfigFromEnv());
traced(db.client);
const services = createServices(db, noDocumentStorage);
const cognito = traced(new CognitoIdentityProviderClient({}));

const accounts: ParentAccounts = {
  async setGuardian(userPoolId, userName, guardianId) {
    await cognito.send(
      new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: userName, UserAttributes: [{ Name: 'custom:guardianId', Value: guardianId }] }),
    );
  },
  async addToGroup(userPoolId, userName, group) {
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: userName, GroupName: group }));
  },
};

/** The parents' user pool's post-confirmation trigger (see guardians/parentSignUp.ts). */
export const handler = observed(async (event: PostConfirmationEvent): Promise<PostConfirmationEvent> => {
  const result = await onParentConfirmed(event, { ensureGuardian: (input) => services.guardians.ensureByPhone(input), accounts });
  logger.info('Parent sign-up confirmed', { triggerSource: event.triggerSource });
  return result;
});
