import type { RecordAccess } from '../access/recordAccess';
import { requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { localDate, nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { definedOnly, parseInput } from '../core/validation';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { MemberSource } from '../db/memberLists';
import type { DocumentRepository } from '../documents/documentRepository';
import type { PolicyService } from '../policy/policyService';
import type { ProviderRepository } from '../providers/providerRepository';
import { draftableProviderStatuses, qualificationCovering } from '../providers/providerRules';
import type { TermRepository } from '../terms/termRepository';
import type { ContractRecord } from './contractEntity';
import type { ContractStatus } from './contractStatus';
import { createContractSchema, totalOf, updateContractSchema } from './contractInput';
import type { ContractRepository } from './contractRepository';
import { param, summary } from '../audit/auditSummaries';

/** EXPIRED is not stored: an ACTIVE contract whose end date has passed is expired from the next day on. */

export interface ContractListInput extends PageArgs {
  filter?: {
    ids?: readonly string[] | null;
    schoolId?: string | null;
    providerId?: string | null;
    termId?: string | null;
    status?: ContractStatus | null;
    endsOnOrBefore?: string | null;
  } | null;
}

export function createContractService(deps: {
  contracts: ContractRepository;
  providers: ProviderRepository;
  terms: TermRepository;
  documents: DocumentRepository;
  audit: AuditRepository;
  policy: PolicyService;
  access: RecordAccess;
}) {
  const { contracts, providers, terms, documents, audit, policy, access } = deps;

  async function load(id: string): Promise<ContractRecord> {
    const contract = await contracts.get(id);
    if (!contract) throw notFound('Contract', id);
    return contract;
  }

  async function loadForChange(viewer: Viewer | null, id: string) {
    const contract = await load(id);
    return { contract, signedIn: requireSchoolAccess(viewer, contract.schoolId) };
  }

  function assertPeriod(contract: Pick<ContractRecord, 'startDate' | 'endDate'>) {
    if (contract.endDate < contract.startDate) throw badInput('endDate', 'endDate must not be before startDate');
  }

  async function step(
    viewer: Viewer,
    previous: ContractRecord,
    action: string,
    change: Partial<ContractRecord>,
    expectedVersion?: number | null,
    extra = [] as Parameters<ContractRepository['transition']>[3],
  ) {
    const next: ContractRecord = { ...previous, ...change, version: previous.version + 1, updatedAt: nowIso() };
    return contracts.transition(previous, next, expectedVersion, [
      ...(extra ?? []),
      audit.entry({
        viewer,
        action,
        entityType: 'Contract',
        entityId: previous.id,
        summary: summary('contract.statusChanged', { from: param.enum('ContractStatus', previous.status), to: param.enum('ContractStatus', next.status) }),
        before: previous,
        after: next,
      }),
    ]);
  }

  return {
    async get(viewer: Viewer | null, id: string): Promise<ContractRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'Contract', await load(id));
    },

    /** `members`: the provider's kept contracts (Query otherwise); the same checks and access rules either way. */
    async list(viewer: Viewer | null, input: ContractListInput, members?: MemberSource): Promise<Page<ContractRecord>> {
      const signedIn = requireViewer(viewer);
      pageSize(input.first);
      const { ids, ...filter } = { ...(input.filter ?? {}) };
      if (ids) {
        const { schoolId, providerId, termId } = filter;
        return access.page(
          signedIn,
          'Contract',
          await idsPage(ids, contracts.getMany, (contract) => matchesFilters(contract, { schoolId, providerId, termId })),
        );
      }
      if (signedIn.role === 'SCHOOL_ADMIN') {
        if (filter.schoolId && filter.schoolId !== signedIn.schoolId) throw forbidden('School admins see only their own school’s contracts');
        filter.schoolId = signedIn.schoolId;
      }
      if (signedIn.role === 'PROVIDER') {
        if (filter.providerId && filter.providerId !== signedIn.providerId) throw forbidden('Provider users see only their own contracts');
        filter.providerId = signedIn.providerId;
      }
      const today = localDate();
      const { status, endsOnOrBefore, ...rest } = filter;
      // EXPIRED and ACTIVE are told apart by the end date, so both become a stored status plus a date range.
      const stored = status === 'EXPIRED' ? 'ACTIVE' : status;
      const endDateTo = status === 'EXPIRED' ? localDate(-1) : endsOnOrBefore;
      const endDateFrom = status === 'ACTIVE' ? today : undefined;
      return access.page(
        signedIn,
        'Contract',
        await contracts.list({ first: input.first, after: input.after, ...rest, status: stored, endDateFrom, endDateTo }, members),
      );
    },

    /** Drafts a contract for a school; dates default to the term's. */
    async create(viewer: Viewer | null, input: unknown): Promise<ContractRecord> {
      const values = parseInput(createContractSchema, input);
      const signedIn = requireSchoolAccess(viewer, values.schoolId);
      const term = await terms.get(values.termId);
      if (!term || term.schoolId !== values.schoolId) throw badInput('termId', 'termId must be a term of this school', { reason: 'WRONG_RECORD' });
      const provider = await providers.get(values.providerId);
      if (!provider) throw badInput('providerId', `Provider ${values.providerId} does not exist`, { reason: 'UNKNOWN_RECORD' });
      const now = nowIso();
      const record: ContractRecord = {
        ...values,
        id: newId('Contract'),
        version: 1,
        status: 'DRAFT',
        startDate: values.startDate ?? term.startDate,
        endDate: values.endDate ?? term.endDate,
        totalAmount: totalOf(values.ratePerHour, values.hours),
        createdAt: now,
        updatedAt: now,
      };
      assertPeriod(record);
      return contracts.create(record, [
        // Counting the contract on its provider also proves the provider is not leaving (EXITING/EXITED).
        providers.dependentDelta(record.providerId, 1, draftableProviderStatuses, { list: 'contractIds', id: record.id, provider }),
        audit.entry({
          viewer: signedIn,
          action: 'CREATE',
          entityType: 'Contract',
          entityId: record.id,
          summary: summary('contract.created', { provider: param.ref(provider.id, provider.name) }),
          after: record,
        }),
      ]);
    },

    async update(viewer: Viewer | null, id: string, input: unknown, expectedVersion: number): Promise<ContractRecord> {
      const changes = definedOnly(parseInput(updateContractSchema, input));
      const { contract: previous, signedIn } = await loadForChange(viewer, id);
      if (previous.status !== 'DRAFT')
        throw invalidTransition(`A ${previous.status} contract cannot be edited; terminate it and draft a new one`, {
          reason: 'WRONG_STATUS',
          status: previous.status,
          statusType: 'ContractStatus',
        });
      const next = { ...previous, ...changes, version: expectedVersion + 1, updatedAt: nowIso() } as ContractRecord;
      next.totalAmount = totalOf(next.ratePerHour, next.hours);
      assertPeriod(next);
      return contracts.transition(previous, next, expectedVersion, [
        audit.entry({
          viewer: signedIn,
          action: 'UPDATE',
          entityType: 'Contract',
          entityId: id,
          summary: summary('contract.updated'),
          before: previous,
          after: next,
        }),
      ]);
    },

    async delete(viewer: Viewer | null, id: string): Promise<string> {
      const { contract: previous, signedIn } = await loadForChange(viewer, id);
      if (previous.status !== 'DRAFT')
        throw invalidTransition(`A ${previous.status} contract stays on record; terminate it instead`, {
          reason: 'WRONG_STATUS',
          status: previous.status,
          statusType: 'ContractStatus',
        });
      await contracts.delete(previous, [
        providers.dependentDelta(previous.providerId, -1, undefined, { list: 'contractIds', id }),
        audit.entry({ viewer: signedIn, action: 'DELETE', entityType: 'Contract', entityId: id, summary: summary('contract.deleted'), before: previous }),
      ]);
      return id;
    },

    /** DRAFT → SIGNED: an APPROVED provider, qualified for the whole period, where outside providers are allowed. */
    async sign(viewer: Viewer | null, id: string, signedDocumentId: string | null | undefined, expectedVersion?: number | null) {
      const { contract: previous, signedIn } = await loadForChange(viewer, id);
      if (previous.status !== 'DRAFT')
        throw invalidTransition(`Only a DRAFT contract can be signed; this one is ${previous.status}`, {
          reason: 'WRONG_STATUS',
          status: previous.status,
          statusType: 'ContractStatus',
        });
      if (!(await policy.current()).outsideProvidersAllowed)
        throw invalidTransition('The district policy does not allow outside providers', { reason: 'PROVIDERS_NOT_ALLOWED' });
      const provider = await providers.get(previous.providerId);
      if (!provider) throw notFound('Provider', previous.providerId);
      if (provider.status !== 'APPROVED')
        throw invalidTransition(`The provider is ${provider.status}; only APPROVED providers can sign`, {
          reason: 'WRONG_STATUS',
          status: provider.status,
          statusType: 'ProviderStatus',
        });
      if (!qualificationCovering(provider, previous.startDate, previous.endDate)) {
        throw invalidTransition(`No qualification of ${provider.name} is valid for the whole period ${previous.startDate} – ${previous.endDate}`, {
          reason: 'NO_QUALIFICATION_FOR_PERIOD',
        });
      }
      // Proves, at commit time, that the provider was not suspended or sent into exit meanwhile.
      const extra = [providers.statusCheck(provider.id, ['APPROVED'])];
      if (signedDocumentId) {
        const document = await documents.get(signedDocumentId);
        if (!document || document.ownerId !== id)
          throw badInput('signedDocumentId', 'signedDocumentId must be a document uploaded for this contract', { reason: 'WRONG_RECORD' });
        extra.push(...documents.archiveSteps([document], nowIso()));
      }
      return step(
        signedIn,
        previous,
        'SIGN',
        { status: 'SIGNED', signedAt: nowIso(), signedDocumentId: signedDocumentId ?? undefined },
        expectedVersion,
        extra,
      );
    },

    async activate(viewer: Viewer | null, id: string, expectedVersion?: number | null) {
      const { contract: previous, signedIn } = await loadForChange(viewer, id);
      if (previous.status !== 'SIGNED')
        throw invalidTransition(`Only a SIGNED contract can be activated; this one is ${previous.status}`, {
          reason: 'WRONG_STATUS',
          status: previous.status,
          statusType: 'ContractStatus',
        });
      return step(signedIn, previous, 'ACTIVATE', { status: 'ACTIVE', activatedAt: nowIso() }, expectedVersion);
    },

    async terminate(viewer: Viewer | null, id: string, reason: string | null | undefined, expectedVersion?: number | null) {
      const { contract: previous, signedIn } = await loadForChange(viewer, id);
      if (previous.status !== 'SIGNED' && previous.status !== 'ACTIVE')
        throw invalidTransition(`A ${previous.status} contract cannot be terminated`, {
          reason: 'WRONG_STATUS',
          status: previous.status,
          statusType: 'ContractStatus',
        });
      return step(
        signedIn,
        previous,
        'TERMINATE',
        { status: 'TERMINATED', terminatedAt: nowIso(), terminationReason: reason?.trim() || undefined },
        expectedVersion,
      );
    },
  };
}

export type ContractService = ReturnType<typeof createContractService>;
