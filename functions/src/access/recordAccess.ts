import type { Viewer } from '../auth/viewer';
import { forbidden, unauthenticated } from '../core/errors';
import { typeOfId } from '../core/ids';
import { withRecord, type Page } from '../db/paging';
import {
  activityPolicy,
  billPolicy,
  disclosurePolicy,
  auditEventPolicy,
  contractPolicy,
  enrolmentApplicationPolicy,
  evaluationPolicy,
  guardianPolicy,
  inspectionPolicy,
  rollCallPolicy,
  leaveRequestPolicy,
  handoverPolicy,
  authorizedPickupPolicy,
  alertPolicy,
  careLogPolicy,
  dutyRotaPolicy,
  providerStatementPolicy,
  schoolClassPolicy,
  staffMemberPolicy,
  stipendSheetPolicy,
  studentPolicy,
  providerExitPolicy,
  providerPolicy,
  schoolPolicy,
  surveyPolicy,
  termPolicy,
  type ReadLevel,
  type RecordPolicy,
} from './policies';
import type { AccessDeps, AccessRecords, AccessType } from './accessRecords';

export type { AccessDeps, AccessRecords, AccessType } from './accessRecords';

/**
 * Record-level access (SPEC §4), one policy per record type, consulted wherever records are loaded: services'
 * `get` and lists, the per-request loaders behind every nested field, `node`, audit trails and dashboards. A record
 * the viewer may not read is never returned, whatever path reaches it.
 */
export function createRecordAccess(deps: AccessDeps) {
  // Called through (not taken off) the repositories: they are built on first use, and most requests need none of these.
  const getters: Record<string, (id: string) => Promise<object | undefined>> = {
    School: (id) => deps.schools.get(id),
    Term: (id) => deps.terms.get(id),
    Activity: (id) => deps.activities.get(id),
    Provider: (id) => deps.providers.get(id),
    Contract: (id) => deps.contracts.get(id),
    Evaluation: (id) => deps.evaluations.get(id),
    ProviderExit: (id) => deps.exits.get(id),
    Survey: (id) => deps.surveys.get(id),
    Inspection: (id) => deps.inspections.get(id),
    StaffMember: (id) => deps.staff.get(id),
    SchoolClass: (id) => deps.classes.get(id),
    Student: (id) => deps.students.get(id),
    Guardian: (id) => deps.guardians.get(id),
    EnrolmentApplication: (id) => deps.applications.get(id),
    Bill: (id) => deps.bills.get(id),
    Disclosure: (id) => deps.disclosures.get(id),
    RollCall: (id) => deps.rollCalls.get(id),
    LeaveRequest: (id) => deps.leaves.get(id),
    Handover: (id) => deps.pickups.getHandover(id),
    AuthorizedPickup: (id) => deps.pickups.getPickup(id),
    Alert: (id) => deps.alerts.get(id),
    CareLog: (id) => deps.careLogs.get(id),
    DutyRota: (id) => deps.dutyRotas.get(id),
    // Money sheets have derived ids (school or provider + month) and exist as drafts before anything is stored: their
    // access follows from the id alone, so the getters read nothing (the key fields are all the policies look at).
    StipendSheet: async (id) => {
      const key = (await import('../money/stipendEntity')).parseStipendSheetId(id);
      return key && { id, ...key };
    },
    ProviderStatement: async (id) => {
      const key = (await import('../money/providerStatementEntity')).parseProviderStatementId(id);
      return key && { id, ...key };
    },
  };

  // Per request (the viewer object lives as long as the request): an audit page asks about the same record often.
  const levelsByViewer = new WeakMap<Viewer, Map<string, Promise<ReadLevel | undefined>>>();

  /** How much of the record behind an id the viewer may read (documents follow their owner). */
  function levelById(viewer: Viewer, id: string): Promise<ReadLevel | undefined> {
    let levels = levelsByViewer.get(viewer);
    if (!levels) levelsByViewer.set(viewer, (levels = new Map()));
    let known = levels.get(id);
    if (!known) levels.set(id, (known = loadLevel(viewer, id)));
    return known;
  }

  async function loadLevel(viewer: Viewer, id: string): Promise<ReadLevel | undefined> {
    const type = typeOfId(id);
    if (type === 'Document') {
      const document = await deps.documents.get(id);
      return document ? levelById(viewer, document.ownerId) : gone(viewer);
    }
    const get = type ? getters[type] : undefined;
    if (!get) return undefined;
    const record = await get(id);
    return record ? level(viewer, type as AccessType, record as never) : gone(viewer);
  }

  // A deleted record's trail stays readable to the district office (管理台账), to nobody else.
  const gone = (viewer: Viewer): ReadLevel | undefined => (viewer.role === 'DISTRICT_ADMIN' ? 'FULL' : undefined);

  const policies: { [K in AccessType]: RecordPolicy<AccessRecords[K]> } = {
    School: schoolPolicy,
    Term: termPolicy,
    Activity: activityPolicy,
    Provider: providerPolicy,
    Contract: contractPolicy,
    Evaluation: evaluationPolicy,
    ProviderExit: providerExitPolicy,
    Survey: surveyPolicy,
    AuditEvent: auditEventPolicy,
    StaffMember: staffMemberPolicy,
    SchoolClass: schoolClassPolicy,
    Student: studentPolicy,
    Guardian: guardianPolicy,
    EnrolmentApplication: enrolmentApplicationPolicy,
    Inspection: inspectionPolicy,
    Bill: billPolicy,
    Disclosure: disclosurePolicy,
    RollCall: rollCallPolicy,
    LeaveRequest: leaveRequestPolicy,
    Handover: handoverPolicy,
    AuthorizedPickup: authorizedPickupPolicy,
    Alert: alertPolicy,
    CareLog: careLogPolicy,
    DutyRota: dutyRotaPolicy,
    StipendSheet: stipendSheetPolicy,
    ProviderStatement: providerStatementPolicy,
  };

  const linkedSchoolsOf = async (guardianId: string) => new Set((await deps.guardians.linksOfGuardian(guardianId)).map((link) => link.schoolId));
  const contextOf = (viewer: Viewer) => ({ viewer, relations: deps.relations.of(viewer), levelOf: (id: string) => levelById(viewer, id), linkedSchoolsOf });

  function level<K extends AccessType>(viewer: Viewer, type: K, record: AccessRecords[K], context = contextOf(viewer)) {
    return policies[type].level(context, record);
  }

  /** The record as this viewer may see it, or undefined when they may not read it at all. */
  async function view<K extends AccessType>(
    viewer: Viewer | null,
    type: K,
    record: AccessRecords[K],
    // A list passes one context for all its records.
    context = viewer ? contextOf(viewer) : undefined,
  ): Promise<AccessRecords[K] | undefined> {
    if (!viewer || !context) return undefined;
    const granted = await level(viewer, type, record, context);
    if (granted === 'FULL') return record;
    const limit = policies[type].limited;
    return granted === 'LIMITED' && limit ? limit(context, record) : undefined;
  }

  return {
    view,
    levelById,
    /** The viewer's relations (which schools a provider serves, …), loaded once per request. */
    relationsOf: (viewer: Viewer) => deps.relations.of(viewer),

    /** The record as the viewer may see it; UNAUTHENTICATED without a viewer, FORBIDDEN when it is not theirs. */
    async require<K extends AccessType>(viewer: Viewer | null, type: K, record: AccessRecords[K]): Promise<AccessRecords[K]> {
      if (!viewer) throw unauthenticated();
      const visible = await view(viewer, type, record);
      if (!visible) throw forbidden(`You may not read this ${type}`);
      return visible;
    },

    /** Whether the viewer may read all of the record (e.g. to read its audit trail). */
    async readsFully<K extends AccessType>(viewer: Viewer | null, type: K, record: AccessRecords[K]): Promise<boolean> {
      return Boolean(viewer) && (await level(viewer!, type, record)) === 'FULL';
    },

    /** The records the viewer may read, each as they may see it. */
    async filter<K extends AccessType>(viewer: Viewer | null, type: K, records: AccessRecords[K][]): Promise<AccessRecords[K][]> {
      const context = viewer ? contextOf(viewer) : undefined;
      const views: (AccessRecords[K] | undefined)[] = await Promise.all(records.map((record) => view(viewer, type, record, context)));
      return views.filter((record) => record !== undefined) as AccessRecords[K][];
    },

    /**
     * A page with only the records the viewer may read. Lists already query within the viewer's scope; this is the
     * second, record-level line that keeps a wider query or a future filter from showing what it should not.
     */
    async page<K extends AccessType>(viewer: Viewer | null, type: K, page: Page<AccessRecords[K]>): Promise<Page<AccessRecords[K]>> {
      const context = viewer ? contextOf(viewer) : undefined;
      const views = await Promise.all(page.items.map((item) => view(viewer, type, item.record, context)));
      // withRecord keeps each item's cursor unmade until a client asks for it.
      const items = page.items.flatMap((item, index) => (views[index] === undefined ? [] : [withRecord(item, views[index]!)]));
      // A page holding the whole list (e.g. `filter.ids`) counts what the viewer reads: another school's id must not
      // show up as one more in `totalCount` either.
      return page.complete ? { ...page, items, totalCount: async () => items.length } : { ...page, items };
    },
  };
}

export type RecordAccess = ReturnType<typeof createRecordAccess>;
