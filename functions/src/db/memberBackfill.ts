import { contractEntity } from '../contracts/contractEntity';
import { documentEntity } from '../documents/documentEntity';
import { evaluationEntity } from '../evaluations/evaluationEntity';
import { providerEntity } from '../providers/providerEntity';
import { schoolEntity } from '../schools/schoolEntity';
import { termEntity } from '../terms/termEntity';
import type { AnyEntity } from './batches';
import type { Db } from './client';
import { MAX_MEMBERS, type MemberList } from './memberLists';

type IdQuery = { go(options: object): Promise<{ data: { id: string }[] }> };

/**
 * Gives parents stored before the member lists existed their lists (db/memberLists.ts): for each list a parent does not
 * keep yet, its children's ids by Query, then one UpdateItem that ADDs them to the set and marks the list kept.
 * Safe while the API runs: children created meanwhile ADD their own id (a union, nothing is lost); a child deleted
 * between the Query and the update may leave its id behind, which readers skip (its item is gone and it is never
 * shown or counted). A list longer than MAX_MEMBERS is marked retired instead (read by Query). Idempotent: a kept or
 * retired list is left alone, so a second run changes nothing.
 */
export async function backfillMemberLists(db: Db, log: (line: string) => void = () => {}) {
  const [school, provider, term, contract, evaluation, document] = [
    schoolEntity(db),
    providerEntity(db),
    termEntity(db),
    contractEntity(db),
    evaluationEntity(db),
    documentEntity(db),
  ];
  const lists: { parent: AnyEntity; parents: () => Promise<Record<string, unknown>[]>; list: MemberList; children: (id: string) => IdQuery }[] = [
    {
      parent: school,
      parents: async () => (await school.query.byCode({}).go({ pages: 'all' })).data,
      list: 'termIds',
      children: (id) => term.query.bySchool({ schoolId: id }),
    },
    ...(['contractIds', 'evaluationIds', 'documentIds'] as const).map((list) => ({
      parent: provider as AnyEntity,
      parents: async () => (await provider.query.byName({}).go({ pages: 'all' })).data,
      list,
      children: (id: string): IdQuery =>
        list === 'contractIds'
          ? contract.query.byProvider({ providerId: id })
          : list === 'evaluationIds'
            ? evaluation.query.byProvider({ providerId: id })
            : document.query.byOwner({ ownerId: id }),
    })),
  ];
  const done: Record<string, number> = {};
  for (const { parent, parents, list, children } of lists) {
    done[list] = 0;
    for (const record of await parents()) {
      // Kept, or retired (false: too long to keep).
      if (record[`${list}Kept`] !== undefined) continue;
      const id = String(record.id);
      const ids = (await children(id).go({ pages: 'all', attributes: ['id'] })).data.map((child) => child.id);
      // Patches: conditioned on the parent still existing (a deleted parent is not brought back as a stub).
      const kept = parent.patch({ id }).set({ [`${list}Kept`]: ids.length <= MAX_MEMBERS });
      if (ids.length > MAX_MEMBERS) await kept.remove([list]).go();
      else await (ids.length > 0 ? kept.add({ [list]: ids }) : kept).go();
      done[list]++;
    }
    log(`${list}: ${done[list]} parent(s) backfilled`);
  }
  return done;
}
