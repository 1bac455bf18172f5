import type { EntityConfiguration } from 'electrodb';
import type { Db } from './client';

/** Every entity belongs to this ElectroDB service, so its items carry the same key prefix. */
export const SERVICE_NAME = 'kehou';

/**
 * Entities are built per Db (not module singletons) because ElectroDB binds a client to an entity: a test can
 * then run the real engine and a fault-injecting client side by side in one process.
 */
export const entityConfig = (db: Db): EntityConfiguration => ({ table: db.config.tableName, client: db.doc });
