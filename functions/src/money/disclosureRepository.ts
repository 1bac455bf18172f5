import type { Db } from '../db/client';
import { queryPage, withRecord, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { disclosureEntity, type DisclosureRecord, type DisclosureView } from './disclosureEntity';

const parse = (record: DisclosureRecord): DisclosureView => ({ ...record, content: JSON.parse(record.content) });

/** Disclosures are written once (create) and never updated or deleted: there is no such method here. */
export function createDisclosureRepository(db: Db) {
  const disclosure = disclosureEntity(db);
  return {
    async get(id: string): Promise<DisclosureView | undefined> {
      const { data } = await disclosure.get({ id }).go();
      return data ? parse(data as DisclosureRecord) : undefined;
    },
    async getMany(ids: readonly string[]): Promise<(DisclosureView | undefined)[]> {
      return Promise.all(ids.map((id) => this.get(id)));
    },
    /** The disclosure behind a public access code (Query on gsi1). */
    async byAccessCode(accessCode: string): Promise<DisclosureView | undefined> {
      const { data } = await disclosure.query.byAccessCode({ accessCode }).go({ count: 1 });
      return data[0] ? parse(data[0] as DisclosureRecord) : undefined;
    },
    /** A school's disclosures, newest first (gsi2). */
    async list(args: PageArgs & { schoolId: string }): Promise<Page<DisclosureView>> {
      const page = await queryPage<DisclosureRecord>(db, disclosure.query.bySchool({ schoolId: args.schoolId }), {
        ...args,
        listId: `disclosures:${args.schoolId}`,
        order: 'desc',
      });
      return { ...page, items: page.items.map((item) => withRecord(item, parse(item.record))) };
    },
    async create(record: DisclosureRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [{ op: txItem(disclosure.create(record)) }, ...extra]);
      return parse(record);
    },
  };
}

export type DisclosureRepository = ReturnType<typeof createDisclosureRepository>;
