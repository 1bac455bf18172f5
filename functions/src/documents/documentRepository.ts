import { invalidTransition, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { MAX_MEMBERS, memberItems, memberPage, parseWith, type MemberSource } from '../db/memberLists';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { documentEntity, type DocumentRecord } from './documentEntity';

export function createDocumentRepository(db: Db) {
  const document = documentEntity(db);
  const parseDocument = parseWith<DocumentRecord>(document);

  return {
    async get(id: string): Promise<DocumentRecord | undefined> {
      const { data } = await document.get({ id }).go();
      return data ?? undefined;
    },

    /** A provider's or contract's documents, oldest first (Query on gsi1; owners have a handful). */
    async listByOwner(ownerId: string, members?: MemberSource): Promise<DocumentRecord[]> {
      // From the items of the owner's kept document ids (at most MAX_MEMBERS), in the Query's gsi1 order.
      const items = members && (await members());
      if (items && items.length <= MAX_MEMBERS) {
        const belongs = (d: DocumentRecord) => d.ownerId === ownerId;
        const page = memberPage(items, { first: MAX_MEMBERS, listId: `documents:${ownerId}`, sortKey: 'gsi1sk', order: 'asc', parse: parseDocument, belongs });
        return page.items.map((item) => item.record);
      }
      const { data } = await document.query.byOwner({ ownerId }).go({ pages: 'all' });
      return data;
    },

    /** Stored items of these documents, for the kept lists of a response's providers (one BatchGetItem per 100). */
    memberItems: (ids: readonly string[]) => memberItems(db, document, ids, 'gsi1'),

    async create(record: DocumentRecord, extra: GuardedWrite[] = []) {
      await transactWrite(db, [{ op: txItem(document.create(record)) }, ...extra]);
      return record;
    },

    async markUploaded(id: string, updatedAt: string) {
      await transactWrite(db, [
        {
          op: txItem(document.patch({ id }).set({ status: 'UPLOADED', updatedAt })),
          onConditionFail: () => notFound('Document', id),
        },
      ]);
    },

    /** Deletes the metadata only if the document is still not archived (a review may archive it meanwhile). */
    async delete(record: DocumentRecord, extra: GuardedWrite[] = []) {
      await transactWrite(db, [
        {
          op: txItem(document.delete({ id: record.id }).where((attr, op) => op.eq(attr.archived, false))),
          onConditionFail: (existing) =>
            existing ? invalidTransition('The document is archived (留档备案) and cannot be deleted', { reason: 'ARCHIVED' }) : notFound('Document', record.id),
        },
        ...extra,
      ]);
    },

    /** Transaction steps that archive documents (留档备案) as part of a review or a signature. */
    archiveSteps(records: DocumentRecord[], updatedAt: string): GuardedWrite[] {
      return records
        .filter((record) => !record.archived)
        .map((record) => ({ op: txItem(document.patch({ id: record.id }).set({ archived: true, updatedAt })) }));
    },
  };
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
