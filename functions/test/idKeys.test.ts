import { Entity } from 'electrodb';
import { describe, expect, it, vi } from 'vitest';
import { contractEntity } from '../src/contracts/contractEntity';
import type { AnyEntity } from '../src/db/batches';
import { createDb } from '../src/db/client';
import { keysOfIds } from '../src/db/idKeys';
import { documentEntity } from '../src/documents/documentEntity';
import { evaluationEntity } from '../src/evaluations/evaluationEntity';
import { newId, type NodeTypeName } from '../src/core/ids';
import { termEntity } from '../src/terms/termEntity';

/**
 * The kept lists' BatchGetItem keys (db/idKeys.ts) come from a template of ElectroDB's key instead of a query chain
 * per id: they must be ElectroDB's keys exactly, for every entity a kept list reads and for any id.
 */
const db = createDb({ tableName: 'keys-test', endpoint: 'http://127.0.0.1:9', region: 'cn-north-1' });
const electro = (entity: AnyEntity, id: string) => (entity.get({ id }).params() as { Key: Record<string, unknown> }).Key;

describe('keys of ids', () => {
  const entities: [string, AnyEntity, NodeTypeName][] = [
    ['term', termEntity(db), 'Term'],
    ['contract', contractEntity(db), 'Contract'],
    ['evaluation', evaluationEntity(db), 'Evaluation'],
    ['document', documentEntity(db), 'Document'],
  ];

  it.each(entities)('are ElectroDB’s keys of %s records, for our ids and for ids of any other shape', (_name, entity, type) => {
    const ids = [
      ...Array.from({ length: 5 }, () => newId(type)),
      'x',
      'Upper_Case_ID',
      'with space',
      'ünïcode_标识',
      'keytemplatemark0',
      `${newId(type)}${'a'.repeat(150)}`,
    ];
    expect(keysOfIds(entity, ids)).toEqual(ids.map((id) => electro(entity, id)));
  });

  it('build our ids’ keys without a query chain per id', () => {
    const entity = termEntity(db);
    const get = vi.spyOn(entity, 'get');
    const ids = Array.from({ length: 100 }, () => newId('Term'));
    const keys = keysOfIds(entity, ids);
    // The template is made (and checked against ElectroDB) once: a marker and two probes.
    expect(get).toHaveBeenCalledTimes(3);
    get.mockRestore();
    expect(keys).toEqual(ids.map((id) => electro(entity, id)));
  });

  it('fall back to ElectroDB for every id when the key is not a plain template of the id', () => {
    // Upper-case key casing: the marker id does not survive in the key, so no template is used.
    const upper = new Entity(
      {
        model: { entity: 'shout', version: '1', service: 'keys' },
        attributes: { id: { type: 'string', required: true } },
        indexes: { primary: { pk: { field: 'pk', composite: ['id'], casing: 'upper' }, sk: { field: 'sk', composite: [] } } },
      },
      { table: 'keys-test', client: db.doc },
    ) as unknown as AnyEntity;
    const ids = [newId('Term'), 'abc_0'];
    expect(keysOfIds(upper, ids)).toEqual(ids.map((id) => electro(upper, id)));
    expect(keysOfIds(upper, ids)[0].pk).toContain(ids[0].toUpperCase());
  });
});
