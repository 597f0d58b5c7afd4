import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { api, csrf, ensureOk, unwrap, type Reply } from '../../api/client';
import type { paths } from '../../api/schema';
import type { MessageKey } from '../../i18n/vi';
import type { Me, Role } from '../identity/session';

export type DocumentDetail = Reply<'/api/documents/{id}', 'get'>;
export type Doc = DocumentDetail['document'];
export type DocAssignment = DocumentDetail['assignments'][number];
export type DocListItem = Reply<'/api/documents', 'get'>['items'][number];
export type DocStatus = Doc['status'];
export type DocTypes = Reply<'/api/documents/types', 'get'>;
export type Directory = Reply<'/api/documents/directory', 'get'>;
export type DraftBody = paths['/api/documents']['post']['requestBody']['content']['application/json'];
export type DraftUpdateBody = paths['/api/documents/{id}']['put']['requestBody']['content']['application/json'];
export type IncomingBody = paths['/api/documents/incoming']['post']['requestBody']['content']['application/json'];
export type AssignmentBody = paths['/api/documents/{id}/direction']['post']['requestBody']['content']['application/json']['assignments'][number];
export type DocTypeCode = DraftBody['docType'];

export const INCOMING_STATUSES: DocStatus[] = ['arrived', 'registered', 'in_progress', 'done', 'returned'];
export const OUTGOING_STATUSES: DocStatus[] = ['draft', 'in_review', 'approved', 'signed', 'issued'];

/** Organs outside the province, reached over the national document axis. */
export const EXTERNAL_ORGANS = [
  { organId: '000.00.00.H06', organName: 'UBND tỉnh Bắc Giang' },
  { organId: '000.00.00.G09', organName: 'Bộ Tư pháp' },
];

export const statusKey = (status: string) => `doc.status.${status}` as MessageKey;
export const recipientStatusKey = (status: string) => `doc.recipientStatus.${status}` as MessageKey;

/** Dates as Vietnamese officials write them. */
export const day = (value: string | null | undefined) => (value ? dayjs(value).format('DD/MM/YYYY') : '—');
export const dayTime = (value: string | null | undefined) => (value ? dayjs(value).format('DD/MM/YYYY HH:mm') : '—');
export const isoDay = (value: dayjs.Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** The roles the user holds at one agency. */
export const rolesAt = (user: Me | null, agencyId: number): Role[] => (user?.roles ?? []).filter((r) => r.agencyId === agencyId).map((r) => r.role);
/** The agencies where the user holds one of the roles, once each. */
export const agenciesWith = (user: Me | null, ...roles: Role[]) => {
  const seen = new Map<number, string>();
  for (const r of user?.roles ?? []) if (r.agencyId !== null && roles.includes(r.role)) seen.set(r.agencyId, r.agencyName ?? '');
  return [...seen].map(([id, name]) => ({ id, name }));
};

// The types and grades never change while the page is open: read once.
let typesOnce: Promise<DocTypes> | undefined;
export function useDocumentTypes(): DocTypes | undefined {
  const [types, setTypes] = useState<DocTypes>();
  useEffect(() => {
    typesOnce ??= unwrap(api.GET('/api/documents/types')).catch((error: unknown) => {
      typesOnce = undefined;
      throw error;
    });
    let live = true;
    typesOnce.then((found) => live && setTypes(found)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return types;
}

/** The units and people the user routes and assigns work to (their agencies and those below). */
export function useDirectory(enabled = true): Directory | undefined {
  const [directory, setDirectory] = useState<Directory>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    unwrap(api.GET('/api/documents/directory')).then((found) => live && setDirectory(found)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [enabled]);
  return directory;
}

export const leadersOf = (directory: Directory | undefined, agencyId: number | undefined) =>
  (directory?.people ?? []).filter((p) => p.agencyId === agencyId && p.roles.includes('leader'));

/** Attaches a file (a draft's attachment, or the scan of a paper document) as multipart. */
export async function uploadAttachment(documentId: number, file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name);
  await ensureOk(await fetch(`/api/documents/${documentId}/attachments`, {
    method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-csrf-token': await csrf() },
  }));
}

export const fileUrl = (id: number) => `/api/documents/${id}/file.pdf`;
export const attachmentUrl = (id: number, attachmentId: number) => `/api/documents/${id}/attachments/${attachmentId}`;
export const edxmlUrl = (id: number) => `/api/documents/${id}/edxml`;

/** Searching a picker's options without diacritics: "thanh pho" finds "thành phố". */
export const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
export const filterOption = (input: string, option?: { label?: unknown }) => fold(String(option?.label ?? '')).includes(fold(input));
