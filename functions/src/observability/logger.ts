import { Logger } from '@aws-lambda-powertools/logger';
import { redactingReplacer } from './redact';

/**
 * The one logger of the API, the jobs and the local server: JSON lines (Powertools for AWS Lambda) with the level,
 * the service, and in Lambda the request id, cold start flag, X-Ray trace id and the caller's correlation id
 * (set per invocation in observability/lambda.ts). Every line is redacted on the way out (redact.ts).
 * Light enough for the local server (no AWS SDK, no X-Ray); metrics and tracing are Lambda-only.
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME || 'kehou',
  jsonReplacerFn: redactingReplacer,
});
