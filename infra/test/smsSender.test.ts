import { describe, expect, it } from 'vitest';
import { readConfig } from '../lib/config';
import { buildStack, withEverything } from './synth';

/** The parts of a synthesized resource's properties these tests read (CloudFormation JSON). */
type Properties = {
  PolicyDocument: { Statement: unknown[] };
  Roles: unknown;
  Environment?: { Variables?: Record<string, string> };
  [name: string]: unknown;
};
type Resource = { Type: string; Properties: Properties };
type Statement = { Effect: string; Action: string | string[]; Resource?: unknown; NotResource?: unknown };

const resourcesOf = (context: Record<string, unknown>) => buildStack(context).template.toJSON().Resources as Record<string, Resource>;

/** Role logical id → its statements that allow sns:Publish. */
function publishers(resources: Record<string, Resource>) {
  const found = new Map<string, Statement[]>();
  for (const resource of Object.values(resources)) {
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    const statements = (resource.Properties.PolicyDocument.Statement as Statement[]).filter((s) => [s.Action].flat().includes('sns:Publish'));
    for (const role of resource.Properties.Roles as { Ref: string }[]) if (statements.length) found.set(role.Ref, statements);
  }
  return found;
}

const functionsWithSms = (resources: Record<string, Resource>) =>
  Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties.Environment?.Variables?.SMS_SENDER)
    .map(([id, r]) => [id, r.Properties.Environment?.Variables?.SMS_SENDER as string]);

describe('SMS sender (smsSender)', () => {
  it('is off by default: no function names a sender and no role may publish to SNS', () => {
    const resources = resourcesOf({});
    expect(functionsWithSms(resources)).toEqual([]);
    expect([...publishers(resources).keys()]).toEqual([]);
  });

  it('with smsSender=sns: the API and the care-alerts job get SMS_SENDER=sns and sns:Publish to phone numbers only', () => {
    const resources = resourcesOf(withEverything);
    const senders = functionsWithSms(resources);
    expect(senders.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual(['ApiGraphqlFunction', 'JobsCareAlertsFunction']);
    expect(senders.every(([, kind]) => kind === 'sns')).toBe(true);
    const roles = publishers(resources);
    expect([...roles.keys()].map((id) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual(['ApiGraphqlFunctionRole', 'JobsCareAlertsRole']);
    for (const statements of roles.values()) {
      // Exactly one statement: Publish alone, never on a topic or endpoint (NotResource: every SNS ARN), no Resource.
      expect(statements).toEqual([
        { Effect: 'Allow', Action: 'sns:Publish', NotResource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sns:*:*:*']] } },
      ]);
    }
  });

  it('reads sns or off from context or the environment, and refuses anything else before synthesis', () => {
    const scope = (value?: string) => ({ node: { tryGetContext: (key: string) => (key === 'smsSender' ? value : undefined) } });
    expect(readConfig(scope('sns'), {}).smsSender).toBe('sns');
    expect(readConfig(scope(), { SMS_SENDER: 'SNS' }).smsSender).toBe('sns');
    expect(readConfig(scope('off'), {}).smsSender).toBeUndefined();
    expect(readConfig(scope(), {}).smsSender).toBeUndefined();
    expect(() => readConfig(scope('twilio'), {})).toThrow(/smsSender must be sns or off/);
  });
});
