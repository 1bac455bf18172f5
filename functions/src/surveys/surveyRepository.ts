import { invalidTransition, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { whereEquals } from '../db/filters';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { statusStep } from '../db/versionedPatch';
import { surveyCodeEntity, surveyEntity, type SurveyRecord } from './surveyEntity';

export interface SurveyListArgs extends PageArgs {
  schoolKey?: string | null;
  status?: string | null;
  kind?: string | null;
  scope?: string | null;
  termId?: string | null;
  /** Leaves out surveys in this status (a school admin's list of district surveys leaves out the drafts). */
  excludeStatus?: string | null;
}

export function createSurveyRepository(db: Db) {
  const survey = surveyEntity(db);
  const surveyCode = surveyCodeEntity(db);

  const writable = (record: SurveyRecord) => {
    const { id: _id, ...values } = record;
    return values;
  };

  return {
    async get(id: string): Promise<SurveyRecord | undefined> {
      const { data } = await survey.get({ id }).go();
      return data ?? undefined;
    },

    /** The survey behind a public access code (two GetItems). */
    async byAccessCode(accessCode: string): Promise<SurveyRecord | undefined> {
      const { data } = await surveyCode.get({ accessCode }).go();
      return data ? this.get(data.surveyId) : undefined;
    },

    async list(args: SurveyListArgs): Promise<Page<SurveyRecord>> {
      const { schoolKey, status, kind, scope, termId, excludeStatus } = args;
      const base = schoolKey ? survey.query.bySchool({ schoolKey }) : survey.query.all({});
      const equals = whereEquals({ status, kind, scope, termId });
      const filtered = base.where((attr, op) =>
        [equals(attr, op), excludeStatus ? op.ne(attr.status, excludeStatus as SurveyRecord['status']) : ''].filter(Boolean).join(' AND '),
      );
      return queryPage<SurveyRecord>(db, filtered, {
        ...args,
        listId: `surveys:${JSON.stringify({ schoolKey, status, kind, scope, termId, excludeStatus })}`,
        order: 'desc',
      });
    },

    async create(record: SurveyRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [
        { op: txItem(survey.create(record)) },
        { op: txItem(surveyCode.create({ accessCode: record.accessCode, surveyId: record.id })) },
        ...extra,
      ]);
      return record;
    },

    /** A change written only while the survey is still in `fromStatus` (and at `expectedVersion` when given). */
    step(next: SurveyRecord, fromStatus: SurveyRecord['status'], expectedVersion?: number | null): GuardedWrite {
      return statusStep(survey, 'Survey', next.id, writable(next), fromStatus, expectedVersion);
    },

    async delete(record: SurveyRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [
        {
          op: txItem(survey.delete({ id: record.id }).where((attr, op) => op.eq(attr.status, 'DRAFT'))),
          onConditionFail: (existing) =>
            existing
              ? invalidTransition('Only a DRAFT survey can be deleted', { reason: 'WRONG_STATUS', status: existing.status, statusType: 'SurveyStatus' })
              : notFound('Survey', record.id),
        },
        { op: txItem(surveyCode.delete({ accessCode: record.accessCode })) },
        ...extra,
      ]);
    },

    run: (writes: GuardedWrite[]) => transactWrite(db, writes),
  };
}

export type SurveyRepository = ReturnType<typeof createSurveyRepository>;
