import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const documentQueries: Pick<QueryResolvers, 'documents' | 'documentDownload'> = {
  documents: (_parent, { ownerId }, { viewer, services }) => services.documents.list(viewer, ownerId),
  documentDownload: (_parent, { id }, { viewer, services }) => services.documents.download(viewer, id),
};

export const documentMutations: Pick<MutationResolvers, 'requestDocumentUpload' | 'confirmDocumentUpload' | 'deleteDocument'> = {
  requestDocumentUpload: (_parent, { input }, { viewer, services }) => services.documents.requestUpload(viewer, input),
  confirmDocumentUpload: (_parent, { id }, { viewer, services }) => services.documents.confirmUpload(viewer, id),
  deleteDocument: (_parent, { id }, { viewer, services }) => services.documents.delete(viewer, id),
};
