import type { Db } from '../db/client';
import { lockedSheets } from './lockedSheets';
import { providerStatementEntity, type ProviderStatementRecord } from './providerStatementEntity';

/** Confirmed provider statements: get by id, confirm (conditional create), adjust (lines under the version read). */
export function createProviderStatementRepository(db: Db) {
  return lockedSheets<ProviderStatementRecord>(db, providerStatementEntity(db), 'ProviderStatement', 'provider statement');
}

export type ProviderStatementRepository = ReturnType<typeof createProviderStatementRepository>;
