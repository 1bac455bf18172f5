import { applicationEntity, applicationSlotEntity } from '../../enrolment/applicationEntity';
import { guardianEntity, guardianLinkEntity, guardianPhoneEntity } from '../../guardians/guardianEntity';
import { classEntity, classNameEntity } from '../../people/classEntity';
import { staffDutyEntity, staffEntity } from '../../people/staffEntity';
import { studentEntity } from '../../people/studentEntity';
import { rosterEntity } from '../../rosters/rosterEntity';
import type { Services } from '../../server/services';

// The entities the people seed writes as items (bulkWrite.ts), shaped exactly as the services write them.

/** Adds one record as its item (the entity's own key and attribute mapping). */
export type Put = (entity: { put(record: never): { params(): unknown } }, record: object) => void;

export function entitiesOf(services: Services, raw: (item: Record<string, unknown>) => void) {
  const db = services.db;
  return {
    staff: staffEntity(db),
    staffDuty: staffDutyEntity(db),
    schoolClass: classEntity(db),
    className: classNameEntity(db),
    student: studentEntity(db),
    guardian: guardianEntity(db),
    guardianPhone: guardianPhoneEntity(db),
    link: guardianLinkEntity(db),
    application: applicationEntity(db),
    slot: applicationSlotEntity(db),
    roster: rosterEntity(db),
    raw,
  };
}

export type PeopleEntities = ReturnType<typeof entitiesOf>;
