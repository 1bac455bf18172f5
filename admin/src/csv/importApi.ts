import type { AppDataProvider } from '../dataProvider';
import { operation } from '../dataProvider/operation';
import { ImportProvidersDocument, ImportSchoolsDocument, type CreateProviderInput, type CreateSchoolInput } from '../generated/graphql';
import type { ImportResource } from './importColumns';
import type { ImportCall } from './importRun';

/** `importSchools` / `importProviders` through the data provider; a real import drops the list's cursors. */
export function importCall(dataProvider: AppDataProvider, resource: ImportResource): ImportCall<CreateSchoolInput | CreateProviderInput> {
  return async (rows, options) => {
    const op =
      resource === 'schools'
        ? operation(ImportSchoolsDocument, { rows: rows as CreateSchoolInput[], ...options }, (d) => d.importSchools)
        : operation(ImportProvidersDocument, { rows: rows as CreateProviderInput[], ...options }, (d) => d.importProviders);
    const { data } = await dataProvider.execute(op, { forget: options.dryRun ? [] : [resource] });
    return data;
  };
}
