import { csrf, ensureOk, type Reply } from '../../api/client';

export type Dossier = Reply<'/api/dossiers/{id}', 'get'>;
export type DossierAction = Dossier['actions'][number];
export type DossierStatus = Dossier['status'];
export type QueueItem = Reply<'/api/queue', 'get'>['items'][number];
export type FileKind = 'submission' | 'supplement' | 'result';

/** Uploads one file to a dossier (multipart: the fields first, then the file). */
export async function uploadDossierFile(dossierId: number, kind: FileKind, label: string, file: File): Promise<void> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('label', label);
  form.append('file', file, file.name);
  await ensureOk(await fetch(`/api/dossiers/${dossierId}/files`, {
    method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-csrf-token': await csrf() },
  }));
}

export const fileUrl = (dossierId: number, fileId: number) => `/api/dossiers/${dossierId}/files/${fileId}`;
