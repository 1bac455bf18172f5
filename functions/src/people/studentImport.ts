import { requireSchoolAccess } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AppError, badInput } from '../core/errors';
import { parseInput } from '../core/validation';
import { MAX_IMPORT_ROWS } from '../imports/importService';
import type { ClassRepository } from './classRepository';
import { createStudentSchema } from './peopleInput';
import type { StudentRepository } from './studentRepository';
import type { StudentService } from './studentService';

interface RowError {
  row: number;
  field: string | null;
  code: string;
  message: string;
}

export interface StudentImportRow {
  className: string;
  name: string;
  gender?: 'FEMALE' | 'MALE' | null;
  guardianName?: string | null;
  guardianRelation?: string | null;
  guardianPhone?: string | null;
  leftBehind?: boolean | null;
  hardship?: boolean | null;
}

const rowError = (row: number, error: unknown): RowError => {
  if (!(error instanceof AppError)) throw error;
  const field = error.extensions.field;
  return { row, field: typeof field === 'string' ? field : null, code: error.code, message: error.message };
};

/** The same child twice: same class, same name, same first guardian phone (two children may share a name). */
const keyOf = (classId: string, name: string, phone: string | undefined) => `${classId}\n${name.trim()}\n${phone ?? ''}`;

/**
 * Class lists (班级名单) as schools keep them — 班级, 姓名, 性别, 监护人, 电话, 留守, 困难 — with the same preview rules as
 * the school and provider imports: every row is checked first (input rules, the class exists at the school, the
 * child is not in the file twice nor already in the class); a file with errors writes nothing unless only the valid
 * rows are asked for. Each created student is its own transaction with its audit event, as when entered by hand.
 */
export function createStudentImport(deps: { classes: ClassRepository; students: StudentRepository; studentService: StudentService }) {
  return async function importStudents(
    viewer: Viewer | null,
    schoolId: string,
    rows: readonly StudentImportRow[],
    options: { dryRun?: boolean | null; onlyValid?: boolean | null; firstRow?: number | null },
  ) {
    const signedIn = requireSchoolAccess(viewer, schoolId);
    if (rows.length > MAX_IMPORT_ROWS) throw badInput('rows', `Import at most ${MAX_IMPORT_ROWS} rows a call; send the file in chunks`);
    const first = options.firstRow ?? 1;
    const classes = new Map((await deps.classes.allOfSchool(schoolId)).map((schoolClass) => [schoolClass.name, schoolClass]));
    const errors: RowError[] = [];
    const inputs = rows.map((row, i) => {
      try {
        const schoolClass = classes.get(row.className?.trim());
        if (!schoolClass) throw badInput('className', `No class named ${row.className} at this school: create the class first`);
        const guardians = row.guardianName?.trim() ? [{ name: row.guardianName, relation: row.guardianRelation, phone: row.guardianPhone }] : [];
        return parseInput(createStudentSchema, {
          classId: schoolClass.id,
          name: row.name,
          gender: row.gender,
          leftBehind: row.leftBehind,
          hardship: row.hardship,
          guardians,
        });
      } catch (error) {
        const problem = rowError(first + i, error);
        // Guardian fields come from the row's own columns.
        if (problem.field?.startsWith('guardians.0.'))
          problem.field = { name: 'guardianName', relation: 'guardianRelation', phone: 'guardianPhone' }[problem.field.slice(12)] ?? problem.field;
        errors.push(problem);
        return undefined;
      }
    });
    const existing = new Set<string>();
    for (const classId of new Set(inputs.flatMap((input) => (input ? [input.classId] : [])))) {
      for (const student of await deps.students.allOfClass(classId)) existing.add(keyOf(classId, student.name, student.guardians[0]?.phone));
    }
    const seen = new Map<string, number>();
    inputs.forEach((input, i) => {
      if (!input) return;
      const key = keyOf(input.classId, input.name, input.guardians[0]?.phone);
      if (seen.has(key)) errors.push({ row: first + i, field: 'name', code: 'CONFLICT', message: `${input.name} repeats row ${seen.get(key)}` });
      else if (existing.has(key)) errors.push({ row: first + i, field: 'name', code: 'CONFLICT', message: `${input.name} is already in this class` });
      if (!seen.has(key)) seen.set(key, first + i);
    });
    const badRows = new Set(errors.map((error) => error.row));
    const valid = rows.map((_, i) => i).filter((i) => !badRows.has(first + i));
    const result = {
      dryRun: Boolean(options.dryRun),
      valid: valid.length,
      created: 0,
      errors: errors.sort((a, b) => a.row - b.row),
      createdIds: [] as string[],
    };
    if (options.dryRun || (errors.length > 0 && !options.onlyValid)) return result;
    for (const i of valid) {
      try {
        result.createdIds.push((await deps.studentService.create(signedIn, inputs[i])).id);
        result.created++;
      } catch (error) {
        result.errors.push(rowError(first + i, error));
      }
    }
    return result;
  };
}
