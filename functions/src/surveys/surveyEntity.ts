import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { questionKindValues, surveyKindValues, surveyScopeValues, surveyStatusValues } from '../generated/enumValues';

export const surveyKinds = surveyKindValues;
export const surveyScopes = surveyScopeValues;
export const surveyStatuses = surveyStatusValues;
export const questionKinds = questionKindValues;

/**
 * Survey access patterns:
 * - byId: one survey
 * - bySchool: a school's surveys, newest first (gsi1); district-wide ones live under the school id `district`
 * - all: every survey, newest first (gsi4)
 */
export const surveyEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'survey', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        title: { type: 'string', required: true },
        intro: { type: 'string' },
        kind: { type: surveyKinds, required: true },
        scope: { type: surveyScopes, required: true },
        scopeId: { type: 'string' },
        termId: { type: 'string' },
        schoolKey: { type: 'string', required: true },
        providerId: { type: 'string' },
        status: { type: surveyStatuses, required: true },
        accessCode: { type: 'string', required: true },
        questions: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              id: { type: 'string', required: true },
              kind: { type: questionKinds, required: true },
              text: { type: 'string', required: true },
              options: { type: 'list', items: { type: 'string' }, required: true },
              required: { type: 'boolean', required: true },
            },
          },
        },
        previousSurveyId: { type: 'string' },
        openedAt: { type: 'string' },
        closedAt: { type: 'string' },
        createdAt: { type: 'string', required: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolKey'] }, sk: { field: 'gsi1sk', composite: ['createdAt', 'id'] } },
        all: { index: 'gsi4', pk: { field: 'gsi4pk', composite: [] }, sk: { field: 'gsi4sk', composite: ['createdAt', 'id'] } },
      },
    },
    entityConfig(db),
  );

/** Access code → survey, written with the survey (attribute_not_exists), so codes are unique and found by GetItem. */
export const surveyCodeEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'surveyCode', version: '1', service: SERVICE_NAME },
      attributes: { accessCode: { type: 'string', required: true }, surveyId: { type: 'string', required: true } },
      indexes: { byCode: { pk: { field: 'pk', composite: ['accessCode'] }, sk: { field: 'sk', composite: [] } } },
    },
    entityConfig(db),
  );

/** The school key of district-wide (and provider-wide) surveys. */
export const DISTRICT_KEY = 'district';

export type SurveyRecord = EntityItem<ReturnType<typeof surveyEntity>>;
export type SurveyQuestionRecord = SurveyRecord['questions'][number];
export type SurveyPage = Page<SurveyRecord>;
export type SurveyPageItem = PageItem<SurveyRecord>;
/** The public page's view: the survey plus the schools a parent may pick. */
export type PublicSurveyView = SurveyRecord & { asksForSchool: boolean; schoolOptions: { id: string; name: string }[] };
