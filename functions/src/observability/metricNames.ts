/**
 * The custom CloudWatch metrics the functions emit (Embedded Metric Format) and the CDK app alarms on and graphs:
 * one definition, imported by both (`@kehou/functions/observability/metricNames`), so a renamed metric cannot
 * leave an alarm watching nothing.
 */
export const metricNamespace = (stage: string) => `Kehou/${stage}`;

/** The `service` dimension (POWERTOOLS_SERVICE_NAME) of each function. */
export const serviceNames = {
  graphql: 'graphql',
  qualificationExpiry: 'qualification-expiry',
  studentRetention: 'student-retention',
  parentSignUp: 'parent-sign-up',
  careAlerts: 'care-alerts',
} as const;

export const metricNames = {
  /** GraphQL operations handled (Count; dimension service). The operation's root fields go along as metadata. */
  operations: 'Operations',
  /** Errors in responses by code (Count; dimensions service, code): INTERNAL_SERVER_ERROR, BAD_USER_INPUT, … */
  errors: 'Errors',
  /** Time from receiving an operation to sending its response (Milliseconds; dimension service). */
  latency: 'Latency',
  /** Providers given an exit case by the qualification expiry job (Count; dimension service). */
  providersFlagged: 'ProvidersFlagged',
  /** Students deleted by the retention job, and those it could not finish (Count; dimension service). */
  studentsPurged: 'StudentsPurged',
  studentsPurgeFailed: 'StudentsPurgeFailed',
  /** Alerts raised by the care alert job, NOT_PICKED_UP and ROLL_CALL_MISSING together (Count; dimension service). */
  alertsRaised: 'AlertsRaised',
} as const;

/** The `code` dimension value of masked, unexpected failures. */
export const INTERNAL_ERROR_CODE = 'INTERNAL_SERVER_ERROR';
