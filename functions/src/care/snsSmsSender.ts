import type { SmsSender } from './alertService';

/** The part of the SNS client the sender uses (tests pass a mocked client). */
export interface SnsClientLike {
  send(command: object): Promise<unknown>;
}

export interface SnsSmsOptions {
  /** A client to use (tests); by default one is built on the first message. */
  client?: SnsClientLike;
  /** Attempts per message when SNS throttles (default 3): a throttled message waits and is tried again. */
  attempts?: number;
  /** Waits between attempts (injectable so tests do not sleep). */
  sleep?: (ms: number) => Promise<void>;
}

/** Errors SNS answers when it is busy (the request did not go through, so trying again cannot send twice). */
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'ThrottledException', 'TooManyRequestsException', 'KMSThrottlingException']);
export const isThrottled = (error: unknown) =>
  error instanceof Error && (THROTTLED.has(error.name) || (error as { $retryable?: { throttling?: boolean } }).$retryable?.throttling === true);

/** A mainland mobile number as SNS wants it (E.164): `13800000001` → `+8613800000001`. */
export function e164(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  if (digits.startsWith('+')) return digits;
  if (/^1[3-9]\d{9}$/.test(digits)) return `+86${digits}`;
  return `+${digits}`;
}

/**
 * Text messages through Amazon SNS (direct publish to a phone number, transactional). The SDK is imported on the first
 * message, never at start: the GraphQL Lambda's cold start does not carry it (infra/test/bundleSize.test.ts), and a
 * deployment without an SMS sender never loads it. Throttling is retried here, a few times with growing waits; any
 * other failure is the caller's to record. No phone number is ever put into an error or log line by this module.
 */
export function createSnsSmsSender(options: SnsSmsOptions = {}): SmsSender {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let sdk: Promise<typeof import('@aws-sdk/client-sns')> | undefined;
  let client: SnsClientLike | undefined = options.client;
  const load = () => (sdk ??= import('@aws-sdk/client-sns'));

  return {
    async send(phone: string, text: string) {
      const { SNSClient, PublishCommand } = await load();
      client ??= new SNSClient({});
      const command = new PublishCommand({
        PhoneNumber: e164(phone),
        Message: text,
        MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
      });
      for (let attempt = 1; ; attempt++) {
        try {
          await client.send(command);
          return;
        } catch (error) {
          if (!isThrottled(error) || attempt >= attempts) throw error;
          // Full jitter on a doubling base: concurrent senders do not retry in step.
          await sleep(Math.random() * 200 * 2 ** attempt);
        }
      }
    },
  };
}

/**
 * The deployment's SMS sender: SNS when the CDK app set `SMS_SENDER=sns` (config `smsSender`), else none — the outbox
 * works without one (notifications are shown in the apps).
 */
export function smsSenderFromEnv(env: NodeJS.ProcessEnv = process.env): SmsSender | undefined {
  return env.SMS_SENDER === 'sns' ? createSnsSmsSender() : undefined;
}
