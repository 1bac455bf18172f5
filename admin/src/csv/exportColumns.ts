import { catalogueSpecs } from './catalogueColumns';
import type { ExportSpec } from './exportBuilders';
import { providerSpecs } from './providerColumns';
import { schoolRecordSpecs } from './schoolRecordColumns';

export type { Cell, ExportColumn, ExportContext, ExportReference, ExportSpec, Translate } from './exportBuilders';

/**
 * What each list exports: columns in the order of the list, references shown by name, enums translated. The specs
 * are written per domain group (the school's records, the district's catalogue, provider oversight); this is the
 * one table the export button and the tests look resources up in.
 */
export const exportSpecs: Record<string, ExportSpec> = {
  ...schoolRecordSpecs,
  ...catalogueSpecs,
  ...providerSpecs,
};
