import { Aws } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { KehouFunction } from '../api/kehouFunction';

/** The SMS senders the functions know (functions/src/care/snsSmsSender.ts reads `SMS_SENDER`). */
export const smsSenders = ['sns'] as const;
export type SmsSenderKind = (typeof smsSenders)[number];

/**
 * `sns:Publish` to phone numbers only: SMS publishes have no resource ARN (IAM sees `*`), and `NotResource` on every
 * SNS ARN keeps the functions from publishing to any topic or platform endpoint.
 */
export const smsPublishStatement = () => new PolicyStatement({ actions: ['sns:Publish'], notResources: [`arn:${Aws.PARTITION}:sns:*:*:*`] });

/**
 * Turns text messages on for the functions that write notifications (the API and the care-alerts job): the
 * environment names the sender, and their roles may publish SMS. Without `smsSender` in the config none of this
 * exists: notifications are shown in the apps only.
 */
export function enableSms(kind: SmsSenderKind, functions: KehouFunction[]) {
  for (const fn of functions) {
    fn.handler.addEnvironment('SMS_SENDER', kind);
    fn.grantPrincipal.addToPrincipalPolicy(smsPublishStatement());
  }
}
