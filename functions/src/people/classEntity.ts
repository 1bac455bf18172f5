import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';

/**
 * A class (班级) of a school. Access patterns:
 * - byId: one class
 * - bySchool: a school's classes by grade and name (gsi1)
 * - byTeacher: the classes a staff member is class teacher of (gsi2) — the TEACHER's review queue and students
 */
export const classEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'schoolClass', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true },
        grade: { type: 'number', required: true },
        name: { type: 'string', required: true },
        classTeacherId: { type: 'string' },
        // ACTIVE students, moved in the transaction that adds, moves or lets a student leave.
        studentCount: { type: 'number', default: 0 },
        // Every student record of the class (left ones too, until purged): a delete conditions on 0.
        dependents: { type: 'number', default: 0 },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['grade', 'name', 'id'] } },
        byTeacher: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['classTeacherId'] }, sk: { field: 'gsi2sk', composite: ['id'] } },
      },
    },
    entityConfig(db),
  );

/** Uniqueness item: one class per school and name (三年级2班), claimed in the class's transactions. */
export const classNameEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'className', version: '1', service: SERVICE_NAME },
      attributes: {
        schoolId: { type: 'string', required: true },
        name: { type: 'string', required: true },
        classId: { type: 'string', required: true },
      },
      indexes: {
        byName: { pk: { field: 'pk', composite: ['schoolId', 'name'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type ClassEntity = ReturnType<typeof classEntity>;
export type SchoolClassRecord = EntityItem<ClassEntity>;
export type SchoolClassPage = Page<SchoolClassRecord>;
export type SchoolClassPageItem = PageItem<SchoolClassRecord>;
