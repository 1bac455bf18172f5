import { csvDate } from './csvFormat';
import { asImport, col, field, importText, joined, refTo, schoolRef, termLabel, type ExportSpec } from './exportBuilders';

// The district's catalogue: schools, their terms and the timetable's activities.

export const catalogueSpecs: Record<string, ExportSpec> = {
  schools: {
    columns: [
      importText('schools', 'name'),
      importText('schools', 'code'),
      asImport('schools', col.enum('schools', 'type', 'schoolType'), 'type'),
      asImport('schools', col.enum('schools', 'ownership', 'ownership'), 'ownership'),
      asImport('schools', col.grades('schools'), 'grades'),
      importText('schools', 'studentCount'),
      importText('schools', 'address'),
      importText('schools', 'principal'),
      col.date('schools', 'createdAt'),
    ],
  },
  terms: {
    columns: [
      col.ref('terms', 'schoolId', 'schools'),
      col.text('terms', 'schoolYear'),
      col.enum('terms', 'semester', 'semester'),
      col.date('terms', 'startDate'),
      col.date('terms', 'endDate'),
      col.label(field('terms', 'excludedDates'), (row, { translate }) => joined(translate, ((row.excludedDates as string[] | undefined) ?? []).map(csvDate))),
    ],
    references: [schoolRef()],
  },
  activities: {
    columns: [
      col.ref('activities', 'schoolId', 'schools'),
      col.ref('activities', 'termId', 'terms'),
      col.enum('activities', 'weekday', 'weekday'),
      col.text('activities', 'startTime'),
      col.text('activities', 'endTime'),
      col.text('activities', 'title'),
      col.enum('activities', 'category', 'activityCategory'),
      col.text('activities', 'venue'),
      col.enum('activities', 'segment', 'serviceSegment'),
      col.text('activities', 'staffName'),
      col.text('activities', 'providerId', 'provider.name'),
      col.grades('activities'),
      col.text('activities', 'capacity'),
      col.text('activities', 'enrolledCount'),
      col.enum('activities', 'status', 'activityStatus'),
    ],
    references: [schoolRef(), refTo('terms', 'termId', termLabel)],
  },
};
