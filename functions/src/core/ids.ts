import { randomBytes } from 'node:crypto';

/**
 * Global ids are `<prefix>_<20 random base32 chars>` (100 bits): unique across entity types, unguessable, lower
 * case (ElectroDB lower-cases key values), and the prefix tells `node(id:)` which type to load.
 */
export const idPrefixes = {
  DistrictPolicy: 'pol',
  School: 'sch',
  Term: 'trm',
  Activity: 'act',
  Provider: 'prv',
  Contract: 'con',
  Evaluation: 'evl',
  Document: 'doc',
  AuditEvent: 'aud',
  ProviderExit: 'pex',
  Survey: 'srv',
  StaffMember: 'stf',
  SchoolClass: 'cls',
  Student: 'stu',
  Guardian: 'gdn',
  EnrolmentApplication: 'enr',
  Inspection: 'isp',
  Bill: 'bil',
  StipendSheet: 'stp',
  ProviderStatement: 'pst',
  Disclosure: 'dsc',
  RollCall: 'rcl',
  LeaveRequest: 'lev',
  Handover: 'hnd',
  AuthorizedPickup: 'apk',
  Alert: 'alr',
  CareLog: 'clg',
  DutyRota: 'rot',
  Notification: 'ntf',
  // Correction lines of a confirmed sheet or statement: derived from the sheet's id and the line's own token.
  StipendAdjustment: 'sad',
  ProviderStatementAdjustment: 'psa',
} as const;

export type NodeTypeName = keyof typeof idPrefixes;

const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte & 31];
  return out;
}

export function newId(typeName: NodeTypeName): string {
  return `${idPrefixes[typeName]}_${randomToken(20)}`;
}

/** The entity type an id belongs to, or undefined for an id this API never issued. */
export function typeOfId(id: string): NodeTypeName | undefined {
  const prefix = id.split('_', 1)[0];
  return (Object.keys(idPrefixes) as NodeTypeName[]).find((name) => idPrefixes[name] === prefix);
}
