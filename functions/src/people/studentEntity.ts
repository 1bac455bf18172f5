import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { genderValues, studentStatusValues } from '../generated/enumValues';

export const studentStatuses = studentStatusValues;
export const genders = genderValues;

/**
 * A student (SPEC §2): minimal data only — no ID-card numbers, no addresses. `guardians` are the contacts the school
 * keeps (from its class list); a guardian account that links the child is added to them. Access patterns:
 * - byId: one student
 * - byClass: a class list sorted by name (gsi1)
 * - bySchool: a school's students by grade, class and name (gsi2)
 * - byRetention: students who left, by the day they left (gsi3, sparse: only LEFT students carry `retention`), for
 *   the daily job that deletes them after the district's retention period
 */
export const studentEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'student', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true },
        classId: { type: 'string', required: true },
        grade: { type: 'number', required: true },
        name: { type: 'string', required: true },
        gender: { type: genders },
        leftBehind: { type: 'boolean', required: true },
        hardship: { type: 'boolean', required: true },
        status: { type: studentStatuses, required: true },
        leftOn: { type: 'string' },
        // 'left' while status is LEFT, absent otherwise: makes byRetention sparse.
        retention: { type: 'string' },
        guardians: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              name: { type: 'string', required: true },
              relation: { type: 'string' },
              phone: { type: 'string' },
              guardianId: { type: 'string' },
            },
          },
        },
        // Applications and guardian links hanging off the student: a (mistake) delete conditions on 0.
        dependents: { type: 'number', default: 0 },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        byClass: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['classId'] }, sk: { field: 'gsi1sk', composite: ['name', 'id'] } },
        bySchool: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['schoolId'] }, sk: { field: 'gsi2sk', composite: ['grade', 'classId', 'name', 'id'] } },
        byRetention: { index: 'gsi3', pk: { field: 'gsi3pk', composite: ['retention'] }, sk: { field: 'gsi3sk', composite: ['leftOn'] } },
      },
    },
    entityConfig(db),
  );

export type StudentEntity = ReturnType<typeof studentEntity>;
export type StudentRecord = EntityItem<StudentEntity>;
export type StudentGuardianRecord = StudentRecord['guardians'][number];
export type StudentPage = Page<StudentRecord>;
export type StudentPageItem = PageItem<StudentRecord>;
