import type { RecordAccess } from '../access/recordAccess';
import { requireRole, requireViewer } from '../auth/access';
import { zhOf } from '../core/labels';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { localDate, nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound, versionConflict } from '../core/errors';
import { newId, randomToken } from '../core/ids';
import { definedOnly, parseInput } from '../core/validation';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, staticPage, type Page, type PageArgs } from '../db/paging';
import type { DocumentRepository } from '../documents/documentRepository';
import type { PolicyService } from '../policy/policyService';
import type { ProviderRecord, ProviderStatus, Qualification } from './providerEntity';
import { academicCategories, createProviderSchema, providerEditableBySelf, updateProviderSchema } from './providerInput';
import type { ProviderRepository } from './providerRepository';
import { providerTransitions, qualificationCovering, type ProviderAction } from './providerRules';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import type { ContractRepository } from '../contracts/contractRepository';
import { allRecords } from '../db/allRecords';

export interface ProviderListInput extends PageArgs {
  filter?: {
    ids?: readonly string[] | null;
    status?: ProviderStatus | null;
    kind?: ProviderRecord['kind'] | null;
    q?: string | null;
    serviceCategory?: string | null;
  } | null;
}

type QualificationInput = Omit<Qualification, 'id' | 'reviewed' | 'documentId'> & { id?: string | null; documentId?: string | null };

export function createProviderService(deps: {
  providers: ProviderRepository;
  documents: DocumentRepository;
  audit: AuditRepository;
  policy: PolicyService;
  access: RecordAccess;
  contracts: ContractRepository;
  complianceMarks: ComplianceMarks;
}) {
  const { providers, documents, audit, policy, access, contracts, complianceMarks } = deps;

  async function load(id: string): Promise<ProviderRecord> {
    const provider = await providers.get(id);
    if (!provider) throw notFound('Provider', id);
    return provider;
  }

  function assertCategories(kind: ProviderRecord['kind'], categories: string[]) {
    if (kind === 'TRAINING_INSTITUTION' && categories.some((category) => academicCategories.includes(category))) {
      throw badInput('serviceCategories', 'Training institutions may offer non-academic services only (no HOMEWORK)');
    }
  }

  async function assertProvidersAllowed() {
    if (!(await policy.current()).outsideProvidersAllowed) {
      throw invalidTransition('The district policy does not allow outside providers (outsideProvidersAllowed is false)');
    }
  }

  /** Merges submitted qualifications with stored ones: reviewed (archived) ones must stay exactly as they are. */
  async function mergeQualifications(provider: ProviderRecord | undefined, providerId: string, submitted: QualificationInput[]): Promise<Qualification[]> {
    const stored = new Map((provider?.qualifications ?? []).map((q) => [q.id, q]));
    const merged = submitted.map((q, index): Qualification => {
      const previous = q.id ? stored.get(q.id) : undefined;
      if (q.id && !previous) throw badInput(`qualifications.${index}.id`, `Unknown qualification ${q.id}`);
      return { ...q, id: previous?.id ?? `q_${randomToken(10)}`, documentId: q.documentId ?? undefined, reviewed: previous?.reviewed };
    });
    for (const previous of stored.values()) {
      if (!previous.reviewed) continue;
      const kept = merged.find((q) => q.id === previous.id);
      const same = kept && (['certificateType', 'number', 'issuer', 'validFrom', 'validTo', 'documentId'] as const).every((key) => kept[key] === previous[key]);
      if (!same) throw invalidTransition(`Qualification ${previous.number} was reviewed and is archived (留档备案): it cannot be changed or removed`);
    }
    for (const [index, q] of merged.entries()) {
      if (!q.documentId) continue;
      const document = await documents.get(q.documentId);
      if (!document || document.ownerId !== providerId)
        throw badInput(`qualifications.${index}.documentId`, 'documentId must be a document uploaded for this provider');
    }
    return merged;
  }

  async function transition(viewer: Viewer, id: string, action: ProviderAction, change: Partial<ProviderRecord>, expectedVersion?: number | null) {
    const previous = await load(id);
    const rule = providerTransitions[action];
    if (!(rule.from as readonly string[]).includes(previous.status)) {
      throw invalidTransition(`Cannot ${action.toLowerCase().replaceAll('_', ' ')} a provider that is ${previous.status} (needs ${rule.from.join(' or ')})`, {
        status: previous.status,
      });
    }
    const now = nowIso();
    const next: ProviderRecord = { ...previous, ...change, status: rule.to, version: previous.version + 1, updatedAt: now };
    const extra = [
      audit.entry({
        viewer,
        action,
        entityType: 'Provider',
        entityId: id,
        summary: `${previous.name}：${zhOf(previous.status)} → ${zhOf(rule.to)}`,
        before: previous,
        after: next,
      }),
    ];
    if (action === 'APPROVE' || action === 'REJECT') {
      // The review archives what was reviewed (留档备案): the qualifications and the provider's documents.
      next.qualifications = next.qualifications.map((q) => ({ ...q, reviewed: true }));
      extra.push(...documents.archiveSteps(await documents.listByOwner(id), now));
    }
    return providers.transition(previous, next, expectedVersion, extra);
  }

  return {
    /** One provider (SPEC §4: district admins all; school admins approved ones and those serving their school; provider users their own). */
    async get(viewer: Viewer | null, id: string): Promise<ProviderRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'Provider', await load(id));
    },

    async list(viewer: Viewer | null, input: ProviderListInput): Promise<Page<ProviderRecord>> {
      const signedIn = requireViewer(viewer);
      pageSize(input.first);
      const { ids, ...filter } = input.filter ?? {};
      if (ids)
        return access.page(
          signedIn,
          'Provider',
          await idsPage(ids, providers.getMany, (provider) => matchesFilters(provider, { status: filter.status, kind: filter.kind })),
        );
      if (signedIn.role === 'PROVIDER') {
        const own = signedIn.providerId ? await providers.get(signedIn.providerId) : undefined;
        return staticPage(own ? [own] : []);
      }
      if (signedIn.role === 'SCHOOL_ADMIN' && filter.status && filter.status !== 'APPROVED') throw forbidden('School admins see approved providers only');
      const status = signedIn.role === 'SCHOOL_ADMIN' ? 'APPROVED' : filter.status;
      return access.page(signedIn, 'Provider', await providers.list({ first: input.first, after: input.after, ...filter, status }));
    },

    /** Registers a provider in status APPLIED (district admins). */
    async create(viewer: Viewer | null, input: unknown): Promise<ProviderRecord> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const values = parseInput(createProviderSchema, input);
      assertCategories(values.kind, values.serviceCategories);
      await assertProvidersAllowed();
      const id = newId('Provider');
      const now = nowIso();
      const record: ProviderRecord = {
        ...values,
        address: values.address ?? undefined,
        id,
        version: 1,
        status: 'APPLIED',
        qualifications: await mergeQualifications(undefined, id, values.qualifications),
        createdAt: now,
        updatedAt: now,
      };
      return providers.create(record, [
        audit.entry({ viewer: signedIn, action: 'CREATE', entityType: 'Provider', entityId: id, summary: `登记校外机构 ${record.name}`, after: record }),
      ]);
    },

    async update(viewer: Viewer | null, id: string, input: unknown, expectedVersion: number): Promise<ProviderRecord> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'PROVIDER');
      if (signedIn.role === 'PROVIDER' && signedIn.providerId !== id) throw forbidden('Provider users may change only their own provider');
      const changes = definedOnly(parseInput(updateProviderSchema, input));
      if (signedIn.role === 'PROVIDER') {
        const forbiddenField = Object.keys(changes).find((field) => !providerEditableBySelf.has(field));
        if (forbiddenField) throw forbidden(`Only the district office may change ${forbiddenField}`);
      }
      const previous = await load(id);
      const next = { ...previous, ...changes, version: expectedVersion + 1, updatedAt: nowIso() } as ProviderRecord;
      if (changes.qualifications) next.qualifications = await mergeQualifications(previous, id, changes.qualifications);
      assertCategories(next.kind, next.serviceCategories);
      // Kind and staff certificates are compliance inputs: mark the school terms the provider contracted — in the
      // transaction, or (a provider at very many schools) before and after it.
      const served = changes.kind || changes.staff ? await allRecords((after) => contracts.list({ providerId: id, first: 100, after })) : [];
      const inTransaction = served.length <= 50;
      // Marks outside the transaction go out only for a write that can succeed: a stale version writes nothing.
      if (!inTransaction && previous.version !== expectedVersion) throw versionConflict('Provider', id, expectedVersion, previous.version);
      if (!inTransaction) await complianceMarks.now(served);
      const updated = await providers.update(previous, next, expectedVersion, [
        audit.entry({
          viewer: signedIn,
          action: 'UPDATE',
          entityType: 'Provider',
          entityId: id,
          summary: `修改校外机构 ${next.name}`,
          before: previous,
          after: next,
        }),
        ...(inTransaction ? complianceMarks.steps(served) : []),
      ]);
      if (!inTransaction) await complianceMarks.now(served);
      return updated;
    },

    /** Deletes a provider that was never reviewed and that nothing refers to (district admins). */
    async delete(viewer: Viewer | null, id: string): Promise<string> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const previous = await load(id);
      if (previous.status !== 'APPLIED') throw invalidTransition(`A ${previous.status} provider stays on record; only APPLIED providers can be deleted`);
      if ((await documents.listByOwner(id)).length > 0) throw invalidTransition('Delete the provider’s documents first');
      await providers.delete(previous, [
        audit.entry({ viewer: signedIn, action: 'DELETE', entityType: 'Provider', entityId: id, summary: `删除校外机构 ${previous.name}`, before: previous }),
      ]);
      return id;
    },

    async submitForReview(viewer: Viewer | null, id: string, expectedVersion?: number | null) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'PROVIDER');
      if (signedIn.role === 'PROVIDER' && signedIn.providerId !== id) throw forbidden('Provider users may submit only their own provider');
      return transition(signedIn, id, 'SUBMIT_FOR_REVIEW', {}, expectedVersion);
    },

    /** The admission review: approval needs a qualification valid today and outside providers allowed. */
    async review(viewer: Viewer | null, id: string, decision: 'APPROVE' | 'REJECT', comment: string | null | undefined, expectedVersion?: number | null) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      if (decision === 'APPROVE') {
        const provider = await load(id);
        const today = localDate();
        if (provider.status === 'UNDER_REVIEW' && !qualificationCovering(provider, today, today)) {
          throw invalidTransition('Approval needs at least one qualification valid today; add or renew a qualification first');
        }
        await assertProvidersAllowed();
      }
      return transition(signedIn, id, decision, { reviewComment: comment?.trim() || undefined }, expectedVersion);
    },

    async suspend(viewer: Viewer | null, id: string, reason: string | null | undefined, expectedVersion?: number | null) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      return transition(signedIn, id, 'SUSPEND', { reviewComment: reason?.trim() || undefined }, expectedVersion);
    },

    async reinstate(viewer: Viewer | null, id: string, comment: string | null | undefined, expectedVersion?: number | null) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      return transition(signedIn, id, 'REINSTATE', { reviewComment: comment?.trim() || undefined }, expectedVersion);
    },
  };
}

export type ProviderService = ReturnType<typeof createProviderService>;
