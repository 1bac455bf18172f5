import type { AppDataProvider } from '../dataProvider';
import { operation } from '../dataProvider/operation';
import {
  ImportProvidersDocument,
  ImportSchoolsDocument,
  ImportStudentsDocument,
  type CreateProviderInput,
  type CreateSchoolInput,
  type StudentImportRow,
} from '../generated/graphql';
import type { ImportResource } from './importColumns';
import type { ImportCall } from './importRun';

/** `importSchools` / `importProviders` through the data provider; a real import drops the list's cursors. */
export function importCall(
  dataProvider: AppDataProvider,
  resource: ImportResource,
  schoolId?: string,
): ImportCall<CreateSchoolInput | CreateProviderInput | StudentImportRow> {
  return async (rows, options) => {
    // A class list goes into one school (the school admin's own, or the school a district admin has chosen).
    const op =
      resource === 'students'
        ? operation(ImportStudentsDocument, { schoolId: schoolId ?? '', rows: rows as StudentImportRow[], ...options }, (d) => d.importStudents)
        : resource === 'schools'
          ? operation(ImportSchoolsDocument, { rows: rows as CreateSchoolInput[], ...options }, (d) => d.importSchools)
          : operation(ImportProvidersDocument, { rows: rows as CreateProviderInput[], ...options }, (d) => d.importProviders);
    const { data } = await dataProvider.execute(op, { forget: options.dryRun ? [] : [resource] });
    return data;
  };
}
