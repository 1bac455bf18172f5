import type { FeeModel, Weekday } from '../generated/graphql';

/** The district policy fields a preset sets; the others keep their current values. */
export interface PolicyPreset {
  serviceDays?: Weekday[];
  feeModel?: FeeModel;
  monthlyFee?: number;
  hardshipDiscountPercent?: number;
  outsideProvidersAllowed?: boolean;
  teacherRatePerHour?: number;
  operatingFundPerStudentYear?: number;
  serviceEndsBy?: string | null;
  summerServiceEndsBy?: string | null;
  summerFrom?: string | null;
  summerTo?: string | null;
}

const MON_FRI: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

/**
 * The seed districts as presets of the policy form (SPEC §3.8 point 7, issue 14). Each fills only what its plan says:
 * - 篇二: "5+2" on every school day, free for families (区财政专项), outside resources allowed; 85 yuan a class hour,
 *   at least 100 yuan per student a year; no service end time.
 * - 篇三: "校外培训机构一律不得进入校园" — no outside providers (everything else unchanged).
 * - 篇五: Monday to Thursday (Friday afternoons are the teachers'), 80 yuan a month with half off for hardship,
 *   ending by 17:00, 17:30 in summer. The plan says only "夏季"; 05-01 to 09-30 is the usual 夏令作息 and can be edited.
 */
export const policyPresets = {
  partTwo: {
    serviceDays: MON_FRI,
    feeModel: 'FREE',
    outsideProvidersAllowed: true,
    teacherRatePerHour: 85,
    operatingFundPerStudentYear: 100,
    serviceEndsBy: null,
    summerServiceEndsBy: null,
    summerFrom: null,
    summerTo: null,
  },
  partThree: { outsideProvidersAllowed: false },
  partFive: {
    serviceDays: MON_FRI.slice(0, 4),
    feeModel: 'MONTHLY',
    monthlyFee: 80,
    hardshipDiscountPercent: 50,
    serviceEndsBy: '17:00',
    summerServiceEndsBy: '17:30',
    summerFrom: '05-01',
    summerTo: '09-30',
  },
} satisfies Record<string, PolicyPreset>;

export type PolicyPresetName = keyof typeof policyPresets;
export const policyPresetNames = Object.keys(policyPresets) as PolicyPresetName[];
