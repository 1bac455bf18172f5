import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client';
import { createLoaders } from '../src/server/loaders';
import { createServices } from '../src/server/services';

/** No engine is reached: building loaders sends nothing. */
const services = createServices(createDb({ tableName: 'kehou-loaders', region: 'cn-north-1', endpoint: 'http://127.0.0.1:9' }));

describe('per-request loaders', () => {
  it('builds a loader when a field first reaches it, keeps it for the request, and builds none of the others', () => {
    const loaders = createLoaders(services, null);
    expect(Object.keys(loaders)).toEqual([]);
    const school = loaders.school;
    expect(loaders.school).toBe(school);
    expect(loaders.connections).toBe(loaders.connections);
    expect(Object.keys(loaders)).toEqual(['school', 'connections']);
  });

  it('shares nothing between requests (each has its own batches and cache)', () => {
    const [first, second] = [createLoaders(services, null), createLoaders(services, { sub: 'admin', role: 'DISTRICT_ADMIN' })];
    expect(first.school).not.toBe(second.school);
    expect(first.student).not.toBe(second.student);
  });
});
