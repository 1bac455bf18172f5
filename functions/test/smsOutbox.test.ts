import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAlertService } from '../src/care/alertService';
import { createSnsSmsSender, e164, smsSenderFromEnv } from '../src/care/snsSmsSender';
import { createTestApi, type TestApi } from './support/api';
import { createSchool } from './support/domain';
import { createGuardian } from './support/people';

/**
 * The notifications outbox with the SNS sender, against DynamoDB Local; SNS itself is aws-sdk-client-mock (fault
 * injection: throttling, refusals). Each message is claimed before it is sent, so it is sent at most once and marked
 * SENT exactly once, whatever retries or second runs happen.
 */
let api: TestApi;
const sns = mockClient(SNSClient);
beforeAll(async () => {
  api = await createTestApi();
});
afterEach(() => sns.reset());

const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $retryable: { throttling: true } });

async function outbox(attempts = 3) {
  const care = await api.services.loadCareRepositories();
  const { repositories, access } = api.services;
  const sleeps: number[] = [];
  const service = createAlertService({
    ...repositories,
    ...care,
    access,
    sms: createSnsSmsSender({ client: new SNSClient({ region: 'cn-north-1' }), attempts, sleep: async (ms) => void sleeps.push(ms) }),
  } as never);
  return { service, alerts: care.alerts, sleeps };
}

/** Raises an alert for one guardian (its notification is PENDING for SMS) and returns the stored notification. */
async function raiseFor(service: Awaited<ReturnType<typeof outbox>>['service'], alerts: Awaited<ReturnType<typeof outbox>>['alerts']) {
  const school = await createSchool(api);
  const guardian = await createGuardian(api);
  const raised = await service.raise({
    kind: 'ROLL_CALL_MISSING',
    schoolId: school.id,
    date: '2026-11-02',
    activityId: `act_${guardian.id.slice(4)}`,
    message: '未点名',
    params: {},
    staffIds: [],
    guardianIds: [guardian.id],
  });
  expect(raised).toBe(true);
  const page = await alerts.notificationsOf(`guardian#${guardian.id}`, { first: 5 });
  expect(page.items).toHaveLength(1);
  return { notification: page.items[0].record, phone: guardian.phone as string };
}

describe('SMS through SNS (notifications outbox)', () => {
  it('sends once and marks the message SENT', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const { service, alerts } = await outbox();
    const { notification, phone } = await raiseFor(service, alerts);
    expect(notification.sms).toBe('SENT');
    const calls = sns.commandCalls(PublishCommand);
    expect(calls.map((call) => call.args[0].input)).toEqual([
      {
        PhoneNumber: e164(phone),
        Message: '未点名：未点名',
        MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
      },
    ]);
    // A second run over the same records (a retried request, the next job run) sends nothing.
    await service.sendSms([{ ...notification, sms: 'PENDING' }]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
  });

  it('retries a throttled publish and sends it exactly once', async () => {
    sns.on(PublishCommand).rejectsOnce(throttled()).rejectsOnce(throttled()).resolves({ MessageId: 'm-2' });
    const { service, alerts, sleeps } = await outbox();
    const { notification } = await raiseFor(service, alerts);
    expect(notification.sms).toBe('SENT');
    // Three attempts, two refused before SNS took the message: it went out once.
    expect(sns.commandCalls(PublishCommand)).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    await service.sendSms([{ ...notification, sms: 'PENDING' }]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(3);
  });

  it('gives up after the attempts when SNS keeps throttling: FAILED, never sent twice, the notification stays in the app', async () => {
    sns.on(PublishCommand).rejects(throttled());
    const { service, alerts } = await outbox(2);
    const { notification } = await raiseFor(service, alerts);
    expect(notification.sms).toBe('FAILED');
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
    await service.sendSms([{ ...notification, sms: 'PENDING' }]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
  });

  it('does not retry a refusal that is not throttling', async () => {
    sns.on(PublishCommand).rejects(Object.assign(new Error('opted out'), { name: 'InvalidParameterException' }));
    const { service, alerts } = await outbox();
    expect((await raiseFor(service, alerts)).notification.sms).toBe('FAILED');
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
  });

  it('two senders racing over one message: one claims and sends it, the other skips', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-3' });
    const { service, alerts } = await outbox();
    const { notification } = await raiseFor(service, alerts);
    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'm-4' });
    // Back to PENDING, as if the commit had just happened: two senders (a retried request, the job) start at once.
    expect(await alerts.moveSms(notification, 'SENT', 'PENDING')).toBe(true);
    const pending = { ...notification, sms: 'PENDING' as const };
    await Promise.all([service.sendSms([pending]), service.sendSms([pending])]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect((await alerts.notification(notification))?.sms).toBe('SENT');
  });

  it('is configured only by SMS_SENDER=sns (the CDK app’s smsSender); nothing else turns it on', () => {
    expect(smsSenderFromEnv({})).toBeUndefined();
    expect(smsSenderFromEnv({ SMS_SENDER: 'off' })).toBeUndefined();
    expect(smsSenderFromEnv({ SMS_SENDER: 'sns' })).toBeDefined();
    expect([e164('13800000001'), e164('+8613800000001'), e164('138 0000 0001')]).toEqual(['+8613800000001', '+8613800000001', '+8613800000001']);
  });
});
