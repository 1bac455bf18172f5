import { roles } from '@kehou/functions/auth/viewer';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildStack, withEverything } from './synth';

const { template } = buildStack();
const [pool] = Object.values(template.findResources('AWS::Cognito::UserPool'));
const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));

describe('user pool', () => {
  it('has exactly the three role groups the API checks', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (group) => group.Properties.GroupName,
    );
    expect(groups.sort()).toEqual(['DISTRICT_ADMIN', 'PROVIDER', 'SCHOOL_ADMIN']);
    expect(groups).toEqual([...roles].sort());
  });

  it('admits only accounts created by administrators, signing in by e-mail', () => {
    expect(pool.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
  });

  it('enforces a strong password policy and offers TOTP MFA', () => {
    expect(pool.Properties.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      PasswordHistorySize: 5,
    });
    expect(pool.Properties.MfaConfiguration).toBe('OPTIONAL');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  it('declares the custom:schoolId and custom:providerId attributes', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'schoolId', AttributeDataType: 'String', Mutable: true }),
        Match.objectLike({ Name: 'providerId', AttributeDataType: 'String', Mutable: true }),
      ]),
    });
  });

  it('survives a stack deletion', () => {
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
  });
});

describe('console client', () => {
  it('is a public client without secret or OAuth', () => {
    expect(client.Properties.GenerateSecret).toBe(false);
    expect(client.Properties.AllowedOAuthFlowsUserPoolClient).not.toBe(true);
  });

  it('lets users read their scope attributes but never write them', () => {
    expect(client.Properties.ReadAttributes).toEqual(
      expect.arrayContaining(['custom:schoolId', 'custom:providerId', 'email']),
    );
    expect(client.Properties.WriteAttributes).toEqual(['name']);
  });
});

describe('first district administrator (adminEmail)', () => {
  const { template: withAdmin } = buildStack(withEverything);
  const [[userId, user]] = Object.entries(withAdmin.findResources('AWS::Cognito::UserPoolUser'));
  const [membership] = Object.values(withAdmin.findResources('AWS::Cognito::UserPoolUserToGroupAttachment'));

  it('is not created without adminEmail', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolUser', 0);
    template.resourceCountIs('AWS::Cognito::UserPoolUserToGroupAttachment', 0);
  });

  it('is a native Cognito user with a verified e-mail and an e-mailed temporary password', () => {
    expect(user.Properties).toMatchObject({
      Username: 'it@example.edu.cn',
      DesiredDeliveryMediums: ['EMAIL'],
      UserAttributes: [
        { Name: 'email', Value: 'it@example.edu.cn' },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
  });

  it('joins DISTRICT_ADMIN, the group and the user being created first', () => {
    const [groupId] = Object.entries(withAdmin.findResources('AWS::Cognito::UserPoolGroup')).find(
      ([, group]) => group.Properties.GroupName === 'DISTRICT_ADMIN',
    )!;
    expect(membership.Properties).toMatchObject({ GroupName: { Ref: groupId }, Username: { Ref: userId } });
  });

  it('survives removing or changing adminEmail in a later deploy', () => {
    expect(user.DeletionPolicy).toBe('Retain');
    expect(user.UpdateReplacePolicy).toBe('Retain');
    expect(membership.DeletionPolicy).toBe('Retain');
  });

  it('needs no custom resource: no function or role may create users', () => {
    expect(JSON.stringify(withAdmin.toJSON())).not.toContain('cognito-idp:Admin');
  });
});

describe('invitation e-mail', () => {
  it('tells invited users where the console is, with their username and temporary password', () => {
    const message = pool.Properties.AdminCreateUserConfig.InviteMessageTemplate.EmailMessage;
    const text = JSON.stringify(message);
    expect(text).toContain('{username}');
    expect(text).toContain('{####}');
    expect(text).toMatch(/ConsoleDistribution\w+","DomainName"/);
  });
});
