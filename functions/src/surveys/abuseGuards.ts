import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';

/**
 * What keeps the anonymous survey route honest without identifying anyone (README "Security" → "Public survey
 * abuse"): respondent keys only the server can mint, and counters per client network in one-minute/one-hour windows.
 * Nothing here stores an address or a key: counters are keyed by a keyed hash and expire with DynamoDB's TTL.
 */

/** Limits, each changeable by an environment variable of the function (and of the local server). */
export const surveyLimits = {
  /** Accepted submissions per access code and minute: a burst guard for the survey's counters. */
  perCodePerMinute: () => Number(process.env.SURVEY_RATE_LIMIT_PER_MINUTE || 600),
  /** Accepted submissions per client network and minute (a school's shared NAT counts as one client). */
  perClientPerMinute: () => Number(process.env.SURVEY_CLIENT_RATE_LIMIT_PER_MINUTE || 120),
  /** Respondent keys issued per client network and hour: bounds how many respondents one network can add. */
  keysPerClientPerHour: () => Number(process.env.SURVEY_KEYS_PER_CLIENT_PER_HOUR || 600),
};

const KEY_VERSION = 'rk1';
const mac = (secret: Uint8Array, text: string, bytes = 16) => createHmac('sha256', secret).update(text).digest().subarray(0, bytes);

/**
 * A client's network for rate limiting: an IPv4 address as is, an IPv6 address by its /64 prefix (one subscriber
 * gets a whole /64 and could otherwise rotate through addresses), an IPv4-mapped IPv6 address as IPv4.
 */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** A respondent key for a survey, signed with `secret`: `rk1.<random>.<signature>` (see `issueKey`). */
export function mintRespondentKey(secret: Uint8Array, surveyId: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${KEY_VERSION}.${nonce}.${mac(secret, `${KEY_VERSION}\n${surveyId}\n${nonce}`).toString('base64url')}`;
}

export function createSurveyGuards(db: Db) {
  let secret: Promise<Uint8Array> | undefined;

  /**
   * The signing secret: `SURVEY_KEY_SECRET` (base64, ≥ 32 bytes) when set, else 32 random bytes kept in the table,
   * made by whichever instance asks first (a conditional put; the others read the winner's).
   */
  async function loadSecret(): Promise<Uint8Array> {
    const configured = process.env.SURVEY_KEY_SECRET;
    if (configured) {
      const bytes = Buffer.from(configured, 'base64');
      if (bytes.length < 32) throw new Error('SURVEY_KEY_SECRET must be at least 32 bytes, base64-encoded');
      return new Uint8Array(bytes);
    }
    const Key = { pk: '$kehou#secret#respondentKeys', sk: '-' };
    const read = async () =>
      (await db.doc.send(new GetCommand({ TableName: db.config.tableName, Key, ConsistentRead: true }))).Item?.value as string | undefined;
    let value = await read();
    if (!value) {
      const fresh = randomBytes(32).toString('base64');
      try {
        await db.doc.send(
          new PutCommand({
            TableName: db.config.tableName,
            Item: { ...Key, value: fresh, createdAt: new Date().toISOString() },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        value = fresh;
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
        value = await read();
      }
    }
    return new Uint8Array(Buffer.from(value!, 'base64'));
  }

  const getSecret = () =>
    (secret ??= loadSecret().catch((error: unknown) => {
      secret = undefined;
      throw error;
    }));

  return {
    /**
     * A new respondent key for one survey: `rk1.<random>.<signature>`. The signature binds the key to the survey, so
     * keys are worth nothing elsewhere and cannot be made up; the server keeps no list of them.
     */
    async issueKey(surveyId: string): Promise<string> {
      return mintRespondentKey(await getSecret(), surveyId);
    },

    /** Whether the key was issued by this server for this survey. */
    async isValidKey(surveyId: string, key: string): Promise<boolean> {
      const [version, nonce, signature, ...rest] = key.split('.');
      if (version !== KEY_VERSION || !nonce || !signature || rest.length > 0) return false;
      const expected = mac(await getSecret(), `${KEY_VERSION}\n${surveyId}\n${nonce}`);
      const given = Buffer.from(signature, 'base64url');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },

    /** An opaque id for a client's network (keyed hash: the stored counter names reveal no address). */
    async clientId(address: string): Promise<string> {
      return mac(await getSecret(), `client\n${clientNetwork(address)}`).toString('hex');
    },

    /** Counts one event for `subject` in the current window of `seconds`; returns the count so far (TTL cleans up). */
    async hit(subject: string, seconds: number, now = Date.now()): Promise<number> {
      const window = Math.floor(now / 1000 / seconds);
      const out = await db.doc.send(
        new UpdateCommand({
          TableName: db.config.tableName,
          Key: { pk: `$kehou#ratelimit#${subject}#${seconds}s#${window}`, sk: '-' },
          UpdateExpression: 'ADD hits :one SET expiresAt = :expires',
          ExpressionAttributeValues: { ':one': 1, ':expires': (window + 2) * seconds },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(out.Attributes?.hits ?? 0);
    },
  };
}

export type SurveyGuards = ReturnType<typeof createSurveyGuards>;
