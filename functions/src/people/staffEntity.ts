import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { staffDutyValues } from '../generated/enumValues';

/** What a staff member does in after-school service (SPEC §2 StaffMember.duties). */
export const staffDuties = staffDutyValues;
export type StaffDuty = (typeof staffDuties)[number];

/**
 * School staff (教职工). Access patterns:
 * - byId: one staff member
 * - bySchool: a school's staff sorted by name (gsi1, partition per school: a school has tens to a few hundred)
 * Staff by duty has its own items (staffDutyEntity), because one member holds several duties.
 */
export const staffEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'staffMember', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true },
        name: { type: 'string', required: true },
        phone: { type: 'string' },
        duties: { type: 'list', items: { type: 'string' }, required: true },
        active: { type: 'boolean', required: true },
        // Classes this member teaches and activities they are in charge of: a delete conditions on 0.
        dependents: { type: 'number', default: 0 },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['name', 'id'] } },
      },
    },
    entityConfig(db),
  );

/**
 * One item per staff member and duty (staff by school and duty: the duty leaders of a school, its class teachers),
 * written and removed in the staff member's own transactions. Carries `active` so a list can skip former staff.
 */
export const staffDutyEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'staffDuty', version: '1', service: SERVICE_NAME },
      attributes: {
        schoolId: { type: 'string', required: true },
        duty: { type: 'string', required: true },
        staffId: { type: 'string', required: true },
        name: { type: 'string', required: true },
        active: { type: 'boolean', required: true },
      },
      indexes: {
        byDuty: { pk: { field: 'pk', composite: ['schoolId', 'duty'] }, sk: { field: 'sk', composite: ['name', 'staffId'] } },
      },
    },
    entityConfig(db),
  );

/**
 * The activities a staff member is in charge of (`Activity.staffId`), one item per activity, written in the
 * activity's transaction: the TEACHER's "activities they run", by term, without a fifth index on activities.
 */
export const staffActivityEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'staffActivity', version: '1', service: SERVICE_NAME },
      attributes: {
        staffId: { type: 'string', required: true },
        termId: { type: 'string', required: true },
        activityId: { type: 'string', required: true },
        schoolId: { type: 'string', required: true },
      },
      indexes: {
        byStaff: { pk: { field: 'pk', composite: ['staffId'] }, sk: { field: 'sk', composite: ['termId', 'activityId'] } },
      },
    },
    entityConfig(db),
  );

export type StaffEntity = ReturnType<typeof staffEntity>;
export type StaffMemberRecord = Omit<EntityItem<StaffEntity>, 'duties'> & { duties: StaffDuty[] };
export type StaffMemberPage = Page<StaffMemberRecord>;
export type StaffMemberPageItem = PageItem<StaffMemberRecord>;
