import type { ProviderRecord, ProviderStatus, Qualification } from './providerEntity';

/** The admission workflow (SPEC §3.1) as data: which status each step starts from and leads to. */
export const providerTransitions = {
  SUBMIT_FOR_REVIEW: { from: ['APPLIED'], to: 'UNDER_REVIEW' },
  APPROVE: { from: ['UNDER_REVIEW'], to: 'APPROVED' },
  REJECT: { from: ['UNDER_REVIEW'], to: 'REJECTED' },
  SUSPEND: { from: ['APPROVED'], to: 'SUSPENDED' },
  REINSTATE: { from: ['SUSPENDED'], to: 'APPROVED' },
} as const satisfies Record<string, { from: readonly ProviderStatus[]; to: ProviderStatus }>;

export type ProviderAction = keyof typeof providerTransitions;

/** Whether a qualification is valid on every day from `from` to `to` (inclusive). */
export const coversPeriod = (qualification: Qualification, from: string, to: string) => qualification.validFrom <= from && qualification.validTo >= to;

/** A qualification valid for the whole period, if any. */
export const qualificationCovering = (provider: ProviderRecord, from: string, to: string) =>
  provider.qualifications.find((qualification) => coversPeriod(qualification, from, to));

/** Statuses in which a provider may take new contracts or activities. */
export const activeProviderStatuses: readonly ProviderStatus[] = ['APPROVED'];
/** Statuses in which a contract may still be drafted (not while leaving or gone). */
export const draftableProviderStatuses: readonly ProviderStatus[] = ['APPLIED', 'UNDER_REVIEW', 'APPROVED', 'SUSPENDED'];
