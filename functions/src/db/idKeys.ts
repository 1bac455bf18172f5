import type { AnyEntity } from './batches';

type Key = Record<string, unknown>;

/** Ids the key template answers for: our ids (`trm_…`) are lower-case base32, which no key casing changes. */
const PLAIN_ID = /^[a-z0-9_]{1,200}$/;
const MARK = 'keytemplatemark0';

/** The stored key of an entity's record `{ id }`, as ElectroDB's `get({ id }).params().Key` builds it. */
function electroKey(entity: AnyEntity, id: string): Key {
  return (entity.get({ id }).params() as { Key: Key }).Key;
}

/**
 * A template of the entity's primary key with the id as its only variable: ElectroDB's key for a marker id, split
 * around the marker. Undefined when the key is not such a template (the marker missing or changed, e.g. an
 * upper-case key casing) or when a probe id does not come out of it exactly as from ElectroDB.
 */
function templateOf(entity: AnyEntity): ((id: string) => Key) | undefined {
  const marked = electroKey(entity, MARK);
  const parts: [string, string, string][] = [];
  for (const [name, value] of Object.entries(marked)) {
    if (typeof value !== 'string') return undefined;
    const at = value.indexOf(MARK);
    if (at < 0)
      parts.push([name, value, '\u0000']); // a constant (the sort key of a single-record entity)
    else if (value.indexOf(MARK, at + 1) >= 0) return undefined;
    else parts.push([name, value.slice(0, at), value.slice(at + MARK.length)]);
  }
  const make = (id: string): Key => Object.fromEntries(parts.map(([name, before, after]) => [name, after === '\u0000' ? before : before + id + after]));
  for (const probe of ['abc_0', 'trm_2zx7a9']) {
    if (JSON.stringify(make(probe)) !== JSON.stringify(electroKey(entity, probe))) return undefined;
  }
  return make;
}

const templates = new WeakMap<AnyEntity, ((id: string) => Key) | null>();

/**
 * The primary keys of an entity's records by id, without ElectroDB's query chain per id (≈ 60 µs each on this
 * machine, a few ms for the 60 children of a response's nested lists). The template is ElectroDB's own key, checked
 * against it when made; an id outside the plain shape takes ElectroDB's path, so the result is always ElectroDB's.
 */
export function keysOfIds(entity: AnyEntity, ids: readonly string[]): Key[] {
  let template = templates.get(entity);
  if (template === undefined) {
    template = templateOf(entity) ?? null;
    templates.set(entity, template);
  }
  return ids.map((id) => (template && PLAIN_ID.test(id) ? template(id) : electroKey(entity, id)));
}
