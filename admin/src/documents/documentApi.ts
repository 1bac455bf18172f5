import { existing } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  ConfirmDocumentUploadDocument,
  DeleteDocumentDocument,
  DocumentDownloadDocument,
  DocumentsDocument,
  RequestDocumentUploadDocument,
} from '../generated/graphql';

function ownerOf({ filter }: PageRequest): string {
  const ownerId = filter.ownerId;
  if (typeof ownerId !== 'string' || !ownerId) throw new Error('documents needs filter.ownerId');
  return ownerId;
}

/** A provider or contract has a handful of documents: the API returns them all, not a connection. */
export const documentApi: ResourceApi = {
  list: (request) =>
    operation(DocumentsDocument, { ownerId: ownerOf(request) }, (d) => ({
      data: d.documents,
      total: d.documents.length,
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
      meta: { endCursor: null },
    })),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: () => {
    throw new Error('documents are read per owner');
  },
  remove: (id) => operation(DeleteDocumentDocument, { id: String(id) }, (d) => ({ id: d.deleteDocument })),
};

export interface UploadFile {
  name: string;
  type: string;
  size: number;
}

export const documentOperations = {
  requestUpload: (ownerId: string, file: UploadFile) =>
    operation(
      RequestDocumentUploadDocument,
      { input: { ownerId, fileName: file.name, contentType: file.type, size: file.size } },
      (d) => d.requestDocumentUpload,
    ),
  confirmUpload: (id: string) => operation(ConfirmDocumentUploadDocument, { id }, (d) => d.confirmDocumentUpload),
  download: (id: string) => operation(DocumentDownloadDocument, { id }, (d) => existing(d.documentDownload, 'DocumentDownload', id)),
};
