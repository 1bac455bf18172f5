// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { badInput, forbidden, notFound } from '../core/errors';
import { newId, typeOfId } from '../core/ids';
import { parseInput, text } from '../core/validation';
import type { AuditRepository } from '../audit/auditRepository';
import type { ContractRepository } from '../contracts/contractRepository';
import type { ProviderRepository } from '../providers/providerRepository';
import type { ProviderRecord } from '../providers/providerEntity';
import { allowedContentTypes, MAX_DOCUMENT_BYTES, type DocumentRecord } from './documentEntity';
import type { DocumentRepository } from './documentRepository';
import type { MemberSource } from '../db/memberLists';
import { contentFits, extensionFits, fileTypes, SNIFF_BYTES } from './fileTypes';
import { uploadKeyOf, type DocumentStorage } from './storage';
import { param, summary } from '../audit/auditSummaries';

const uploadSchema = z
  .object({
    ownerId: z.string().min(1),
    // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what a file name must not contain.
    fileName: text(200).refine((name) => !/[\\/\u0000]/.test(name), 'must be a plain file name'),
    contentType: z.enum(allowedContentTypes, { message: `must be one of ${allowedContentTypes.join(', ')}` }),
    size: z.number().int().min(1, 'must be at least 1 byte').max(MAX_DOCUMENT_BYTES, 'must be at most 10 MB'),
  })
  // The name's extension must be one of the declared type's: `x.html` is stored neither as a PDF nor at all.
  .superRefine((input, ctx) => {
    if (input.contentType in fileTypes && !extensionFits(input.fileName, input.contentType)) {
      const expected = fileTypes[input.contentType].extensions.map((extension) => `.${extension}`).join(' or ');
      ctx.addIssue({ code: 'custom', path: ['fileName'], message: `must end with ${expected} for ${input.contentType}` });
    }
  });

type Access = 'read' | 'write';

export function createDocumentService(deps: {
  documents: DocumentRepository;
  providers: ProviderRepository;
  contracts: ContractRepository;
  storage: DocumentStorage;
  audit: AuditRepository;
}) {
  const { documents, providers, contracts, storage, audit } = deps;

  /** Who may see or change the documents of an owner (SPEC §4): see the README's access table. */
  async function checkOwner(viewer: Viewer | null, ownerId: string, access: Access): Promise<Viewer> {
    const signedIn = requireViewer(viewer);
    if (signedIn.role === 'DISTRICT_ADMIN') return signedIn;
    if (typeOfId(ownerId) === 'Provider') {
      const provider = await providers.get(ownerId);
      if (!provider) throw notFound('Provider', ownerId);
      if (signedIn.role === 'PROVIDER' && signedIn.providerId === ownerId) return signedIn;
      if (access === 'read' && signedIn.role === 'SCHOOL_ADMIN' && provider.status === 'APPROVED') return signedIn;
    } else if (typeOfId(ownerId) === 'Contract') {
      const contract = await contracts.get(ownerId);
      if (!contract) throw notFound('Contract', ownerId);
      if (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === contract.schoolId) return signedIn;
      if (access === 'read' && signedIn.role === 'PROVIDER' && signedIn.providerId === contract.providerId) return signedIn;
    } else {
      throw badInput('ownerId', 'ownerId must be a provider or contract id', { reason: 'WRONG_RECORD' });
    }
    throw forbidden('You may not access these documents');
  }

  /** A document is attached to a provider or contract that exists (for every role, district admins included): that owner. */
  async function requireOwnerExists(ownerId: string) {
    const kind = typeOfId(ownerId);
    const owner = kind === 'Provider' ? await providers.get(ownerId) : kind === 'Contract' ? await contracts.get(ownerId) : undefined;
    if (owner) return owner;
    throw badInput('ownerId', kind === 'Provider' || kind === 'Contract' ? `${kind} ${ownerId} does not exist` : 'ownerId must be a provider or contract id', {
      reason: 'UNKNOWN_RECORD',
    });
  }

  async function load(id: string): Promise<DocumentRecord> {
    const document = await documents.get(id);
    if (!document) throw notFound('Document', id);
    return document;
  }

  return {
    /** `members`: the provider's kept documents (Query otherwise); the same owner check either way. */
    async list(viewer: Viewer | null, ownerId: string, members?: MemberSource): Promise<DocumentRecord[]> {
      await checkOwner(viewer, ownerId, 'read');
      return documents.listByOwner(ownerId, members);
    },

    /** One document, for whoever may read its owner's documents; undefined when there is none (`node`). */
    async find(viewer: Viewer | null, id: string): Promise<DocumentRecord | undefined> {
      const document = await documents.get(id);
      if (document) await checkOwner(viewer, document.ownerId, 'read');
      return document;
    },

    /** Records the document (PENDING) and returns where to PUT its bytes (a staging key, content type and size signed). */
    async requestUpload(viewer: Viewer | null, input: unknown) {
      const values = parseInput(uploadSchema, input);
      requireViewer(viewer);
      const owner = await requireOwnerExists(values.ownerId);
      const signedIn = await checkOwner(viewer, values.ownerId, 'write');
      const now = nowIso();
      const id = newId('Document');
      const record: DocumentRecord = {
        ...values,
        id,
        storageKey: `documents/${values.ownerId}/${id}/${values.fileName}`,
        status: 'PENDING',
        archived: false,
        uploadedBy: signedIn.sub,
        createdAt: now,
        updatedAt: now,
      };
      await documents.create(record, [
        // A provider's document joins its kept list (Provider.documents) in the same transaction.
        ...(typeOfId(record.ownerId) === 'Provider' ? providers.memberSteps(record.ownerId, 'documentIds', 1, id, owner as ProviderRecord) : []),
        audit.entry({
          viewer: signedIn,
          action: 'UPLOAD',
          entityType: 'Document',
          entityId: record.ownerId,
          summary: summary('document.uploaded', { fileName: param.text(record.fileName) }),
          after: { documentId: id, fileName: record.fileName },
        }),
      ]);
      const target = await storage.uploadTarget(uploadKeyOf(record.storageKey), record.contentType, record.size);
      return { document: record, ...target };
    },

    /**
     * Marks the document UPLOADED once its bytes arrived with the announced size and really are of the declared type
     * (magic bytes), and moves exactly those bytes to the document's key. Confirming again changes nothing: whatever
     * is PUT to the upload URL afterwards never reaches the document.
     */
    async confirmUpload(viewer: Viewer | null, id: string): Promise<DocumentRecord> {
      const document = await load(id);
      await checkOwner(viewer, document.ownerId, 'write');
      if (document.status === 'UPLOADED') return document;
      const uploadKey = uploadKeyOf(document.storageKey);
      const upload = await storage.inspect(uploadKey, SNIFF_BYTES);
      if (!upload) throw badInput('id', 'The file has not been uploaded yet', { reason: 'NOT_UPLOADED' });
      if (upload.size !== document.size)
        throw badInput('size', `The uploaded file has ${upload.size} bytes, not the announced ${document.size}`, { reason: 'FILE_SIZE_MISMATCH' });
      if (!contentFits(upload.head, document.contentType)) {
        // Dropped, so nothing of it can ever be served; the same upload URL may send the right file while it is valid.
        await storage.remove(uploadKey);
        throw badInput(
          'contentType',
          `The uploaded file is not a ${fileTypes[document.contentType].label} file (${document.contentType}); upload the document itself`,
          { reason: 'FILE_TYPE_MISMATCH' },
        );
      }
      if (!(await storage.promote(uploadKey, document.storageKey, upload.tag))) {
        const current = await load(id);
        if (current.status === 'UPLOADED') return current;
        throw badInput('id', 'The file changed while it was being checked; confirm again', { reason: 'FILE_CHANGED' });
      }
      const updatedAt = nowIso();
      await documents.markUploaded(id, updatedAt);
      return { ...document, status: 'UPLOADED', updatedAt };
    },

    async download(viewer: Viewer | null, id: string) {
      const document = await load(id);
      await checkOwner(viewer, document.ownerId, 'read');
      if (document.status !== 'UPLOADED') throw badInput('id', 'The file has not been uploaded yet', { reason: 'NOT_UPLOADED' });
      return storage.downloadTarget(document.storageKey, document.fileName, document.contentType);
    },

    /** Deletes an unarchived document and its bytes. */
    async delete(viewer: Viewer | null, id: string): Promise<string> {
      const document = await load(id);
      const signedIn = await checkOwner(viewer, document.ownerId, 'write');
      // A provider removed meanwhile has no list to leave (documents do not hold a provider back from deletion).
      const provider = typeOfId(document.ownerId) === 'Provider' ? await providers.get(document.ownerId) : undefined;
      const listedOn = provider ? providers.memberSteps(provider.id, 'documentIds', -1, id, provider) : [];
      await documents.delete(document, [
        ...listedOn,
        audit.entry({
          viewer: signedIn,
          action: 'DELETE_DOCUMENT',
          entityType: 'Document',
          entityId: document.ownerId,
          summary: summary('document.deleted', { fileName: param.text(document.fileName) }),
          before: { documentId: id, fileName: document.fileName },
        }),
      ]);
      await storage.remove(document.storageKey);
      if (document.status === 'PENDING') await storage.remove(uploadKeyOf(document.storageKey));
      return id;
    },

    /** A document of this owner that the caller wants to reference (qualification scan, signed contract). */
    async requireOwned(ownerId: string, documentId: string, field: string): Promise<DocumentRecord> {
      const document = await documents.get(documentId);
      if (!document || document.ownerId !== ownerId) throw badInput(field, `${field} must be a document uploaded for ${ownerId}`, { reason: 'WRONG_RECORD' });
      return document;
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
