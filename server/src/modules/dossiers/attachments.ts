import type { Principal, UserPrincipal } from '../../platform/principal.js';
import { documentsOf, procedureOfDossier } from './completeness.js';
import { actingRoles, readableDossier, resultsVisibleTo, visibleResults } from './access.js';
import { dossierErrors as errors } from './errors.js';
import type { ActorRole, DossierStatus } from './lifecycle.js';
import { dossierRepository as repo, type DossierFile } from './repository.js';
import type { ModuleDeps } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';

/** Who may attach what, when: the applicant's documents, a supplement, the counter's scans, the result. */
function attachableKind(actors: ActorRole[], status: DossierStatus, kind: DossierFile['kind']): boolean {
  if (kind === 'submission') return (actors.includes('applicant') && status === 'draft') || (actors.includes('reception') && ['submitted', 'received'].includes(status));
  if (kind === 'supplement') return status === 'awaiting_supplement' && (actors.includes('applicant') || actors.includes('reception'));
  if (kind === 'result') return status === 'processing' && (actors.includes('specialist') || actors.includes('leader'));
  return false;
}

export async function attachFile(deps: ModuleDeps, principal: Principal, id: number, upload: { kind: DossierFile['kind']; label: string; fileName: string; data: Buffer }): Promise<DossierFile> {
  const d = await repo.get(deps.db, id);
  if (!d) throw errors.notFound();
  const actors = await actingRoles(deps.db, principal, d);
  if (!attachableKind(actors, d.status, upload.kind)) throw errors.attachNotAllowed();
  if (upload.kind === 'submission') {
    const procedure = await procedureOfDossier(deps.db, d);
    if (!documentsOf(procedure, d.formData).some((doc) => doc.name === upload.label)) throw errors.unknownDocument();
  }
  const contentType = await deps.files.checkUpload(upload.data);
  // The bytes first, outside the transaction: a store full or away fails the upload before anything is written.
  const stored = await deps.files.put(upload.data, contentType);
  return deps.uow(principal, async ({ tx, audit }) => {
    // A new version: a transition worked out on the files as they were is written no more.
    const locked = await repo.touch(tx, id);
    if (locked!.status !== d.status) throw errors.stateConflict(locked!.status);
    await deps.files.index(tx, stored);
    const file = await repo.addFile(tx, { dossierId: id, kind: upload.kind, label: upload.label, sha256: stored.sha256, fileName: upload.fileName.slice(0, 200), contentType: stored.contentType, size: stored.size, uploadedBy: principal.id });
    audit({ action: 'dossier.attach', entity: 'dossier', entityId: id, data: { fileId: file.id, kind: upload.kind, label: upload.label, sha256: stored.sha256 } });
    return file;
  });
}

export async function removeDraftFile(deps: ModuleDeps, user: UserPrincipal, id: number, fileId: number): Promise<void> {
  await deps.uow(user, async ({ tx, audit }) => {
    const d = await repo.touch(tx, id);
    if (!d || d.applicantId !== user.id) throw errors.notFound();
    if (d.status !== 'draft') throw errors.attachNotAllowed();
    if (!(await repo.deleteFile(tx, id, fileId))) throw errors.notFound();
    audit({ action: 'dossier.detach', entity: 'dossier', entityId: id, data: { fileId } });
  });
}

/** A file of a readable dossier; the applicant sees results only once they are issued. */
export async function fileForDownload(deps: ModuleDeps, principal: Principal, id: number, fileId: number) {
  const d = await readableDossier(deps.db, principal, id);
  const files = await repo.files(deps.db, id);
  const file = files.find((f) => f.id === fileId);
  if (!file) throw errors.notFound();
  if (file.kind === 'result' && !visibleResults(principal, d, files).includes(file)) {
    throw resultsVisibleTo(principal, d) ? errors.notFound() : errors.resultNotReady();
  }
  if (!file.sha256) throw errors.fileNotReady();
  return { file, data: await deps.files.read(file.sha256) };
}

/** The citizen's store of documents, to reuse in a new dossier. */
export async function storedDocuments(deps: ModuleDeps, user: UserPrincipal) {
  return repo.storedDocuments(deps.db, user.id);
}

/**
 * Attaches a document from the citizen's store to their draft, as the document `label` of its procedure:
 * the same content (no upload), marked with the dossier it came from, for the officers to see.
 */
export async function reuseStoredDocument(deps: ModuleDeps, user: UserPrincipal, id: number, input: { fileId: number; label: string }): Promise<DossierFile> {
  const d = await repo.get(deps.db, id);
  if (!d || d.applicantId !== user.id) throw errors.notFound();
  if (d.status !== 'draft') throw errors.attachNotAllowed();
  const procedure = await procedureOfDossier(deps.db, d);
  if (!documentsOf(procedure, d.formData).some((doc) => doc.name === input.label)) throw errors.unknownDocument();
  const [source] = await repo.storedDocuments(deps.db, user.id, input.fileId);
  const sha256 = source && await repo.fileContent(deps.db, source.fileId);
  if (!source || !sha256) throw errors.storedDocumentNotFound();
  return deps.uow(user, async ({ tx, audit }) => {
    const locked = await repo.touch(tx, id);
    if (locked!.status !== 'draft') throw errors.stateConflict(locked!.status);
    const file = await repo.addReusedFile(tx, id, { ...source, sha256 }, input.label, user.id);
    audit({ action: 'dossier.reuse_document', entity: 'dossier', entityId: id, data: { fileId: file.id, fromFileId: source.fileId, fromDossierId: source.dossierId, label: input.label } });
    return { ...file, reusedFrom: { dossierId: source.dossierId, reference: source.reference } };
  });
}

/**
 * A result another module produced for the dossier (an outgoing document issued in the register),
 * added inside the caller's unit of work while the dossier is being processed; false otherwise.
 */
export async function addIssuedResult(tx: Tx, dossierId: number, file: { sha256: string; size: number; contentType: string; fileName: string; label: string }, by: number): Promise<boolean> {
  const d = await repo.get(tx, dossierId);
  if (d?.status !== 'processing') return false;
  await repo.addFile(tx, { dossierId, kind: 'result', label: file.label, sha256: file.sha256, fileName: file.fileName, contentType: file.contentType, size: file.size, uploadedBy: by });
  return true;
}
