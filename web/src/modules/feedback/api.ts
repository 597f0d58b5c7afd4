import { useEffect, useState } from 'react';
import { csrf, ensureOk } from '../../api/client';
import type { MapView } from './FeedbackMap';

// Hand-written until the server's feedback routes are in web/src/api/schema.d.ts.
export type FeedbackStatus = 'submitted' | 'in_progress' | 'awaiting_approval' | 'answered' | 'closed' | 'rejected' | 'merged';
export type Channel = 'email' | 'sms' | 'in_app';
type Point = { lat: number; lng: number };
export type Category = { id: number; code: string; name: string; description: string | null; deadlineDays: number };
export type PublicSummary = {
  code: string; title: string; categoryId: number; categoryName: string; status: FeedbackStatus; agencyName: string; location: Point | null;
  address: string | null; createdAt: string; answeredAt: string | null; photoCount: number; overdue: boolean;
};
export type PublicList = { items: PublicSummary[]; total: number };
export type PublicReport = PublicSummary & {
  description: string; reporterName: string | null; categoryDeadlineDays: number; dueAt: string | null;
  photos: { id: number; url: string; width: number; height: number }[];
  answer: { text: string; at: string; agencyName: string } | null;
  rating: { score: number; comment: string | null; at: string } | null;
  mergedInto: string | null; timeline: { at: string; action: string; label: string; note: string | null }[]; subscribed: boolean; mine: boolean;
};
export type MyReport = PublicSummary & { dueAt: string | null; rated: boolean };
export type Submission = {
  categoryId: number; title: string; description: string; location?: Point | null; address?: string | null; anonymousToPublic: boolean; channels: Channel[];
  reporter?: { fullName: string; email?: string | null; phone?: string | null };
};
export type Submitted = { trackingCode: string; status: FeedbackStatus; agencyName: string; dueAt: string; reporterKey: string; photos: number };

/** The statuses the public list filters by (the server shows only these). */
export const PUBLIC_STATUSES: FeedbackStatus[] = ['in_progress', 'answered', 'closed'];
export const ALL_STATUSES: FeedbackStatus[] = ['submitted', 'in_progress', 'awaiting_approval', 'answered', 'closed', 'rejected', 'merged'];

const json = async <T,>(response: Response) => (await (await ensureOk(response)).json()) as T;
const get = async <T,>(path: string) => json<T>(await fetch(path, { credentials: 'same-origin' }));
const post = async <T,>(path: string, body?: unknown) => json<T>(await fetch(path, {
  method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', 'x-csrf-token': await csrf() }, body: JSON.stringify(body ?? {}),
}));
const query = (values: Record<string, string | number | boolean | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

// The categories and the map settings do not change while a page is open: read once.
let categoriesOnce: Promise<Category[]> | undefined;
let mapOnce: Promise<MapView> | undefined;
function useOnce<T>(read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    read().then((found) => live && setValue(found)).catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value;
}
export const useCategories = () => useOnce(() => (categoriesOnce ??= get<{ items: Category[] }>('/api/feedback/categories').then((r) => r.items).catch((e: unknown) => {
  categoriesOnce = undefined;
  throw e;
})));
export const useMapView = () => useOnce(() => (mapOnce ??= get<MapView>('/api/feedback/map/settings').catch((e: unknown) => {
  mapOnce = undefined;
  throw e;
})));

export const listPublicReports = (filters: { categoryId?: number; status?: string; q?: string; page: number; pageSize: number }) =>
  get<PublicList>(`/api/feedback/public/reports${query(filters)}`);
export const getPublicReport = (code: string) => get<PublicReport>(`/api/feedback/public/reports/${encodeURIComponent(code)}`);
export const listMyReports = () => get<{ items: MyReport[] }>('/api/feedback/mine');

/** The report as one multipart request: its JSON in the field `report`, then each photo as a file part. */
export async function sendReport(report: Submission, photos: File[]): Promise<Submitted> {
  const form = new FormData();
  form.append('report', JSON.stringify(report));
  for (const photo of photos) form.append('photos', photo, photo.name);
  const sent = await json<Submitted>(await fetch('/api/feedback/reports', { method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-csrf-token': await csrf() } }));
  rememberReporterKey(sent.trackingCode, sent.reporterKey);
  return sent;
}

// A visitor without an account proves they sent a report with the key it was sent with: kept on this device.
const keyName = (code: string) => `feedback.reporterKey.${code.toUpperCase()}`;
export const rememberReporterKey = (code: string, key: string) => {
  try {
    localStorage.setItem(keyName(code), key);
  } catch {
    // Private browsing without storage: the key is still shown once on the confirmation.
  }
};
export const reporterKeyFor = (code: string) => {
  try {
    return localStorage.getItem(keyName(code)) ?? undefined;
  } catch {
    return undefined;
  }
};

export const rateReport = (code: string, score: number, comment?: string) =>
  post<unknown>(`/api/feedback/public/reports/${encodeURIComponent(code)}/rating`, { score, ...(comment ? { comment } : {}), ...(reporterKeyFor(code) ? { reporterKey: reporterKeyFor(code) } : {}) });
export const subscribeToReport = (code: string, email?: string) =>
  post<{ ok: true; confirmation: 'account' | 'email' }>(`/api/feedback/public/reports/${encodeURIComponent(code)}/subscriptions`, email ? { email } : {});

// ---- staff ----

type Level = 'agency' | 'district' | 'commune';
export type StaffSummary = {
  id: number; code: string; title: string; categoryId: number; categoryName: string; status: FeedbackStatus; agencyId: number; agencyName: string;
  assigneeId: number | null; assigneeName: string | null; location: Point | null; address: string | null; createdAt: string; dueAt: string; overdue: boolean;
  escalatedAt: string | null; photoCount: number; anonymousToPublic: boolean;
};
export type StaffList = { items: StaffSummary[]; total: number };
export type StaffAction = 'accept' | 'assign' | 'reroute' | 'merge' | 'redact' | 'answer' | 'approve' | 'return' | 'reject' | 'close';
export type StaffReport = StaffSummary & {
  description: string; originalTitle: string; publicTitle: string; publicDescription: string; redacted: boolean;
  reporter: { userId: number | null; fullName: string | null; email: string | null; phone: string | null; channels: Channel[] };
  photos: { id: number; url: string; width: number; height: number; hidden: boolean }[];
  answer: { text: string; status: 'pending' | 'approved' | 'returned'; draftedBy: string | null; draftedAt: string; decidedBy: string | null; decidedAt: string | null; comment: string | null } | null;
  rating: { score: number; comment: string | null; at: string } | null;
  mergedInto: { id: number; code: string } | null; duplicates: { id: number; code: string }[]; subscribers: number;
  history: { at: string; actorName: string | null; action: string; label: string; note: string | null }[];
  can: string[];
};
export type StaffDirectory = { agencies: { id: number; code: string; name: string; parentId: number | null }[]; specialists: { id: number; fullName: string; agencyId: number }[] };
export type StaffFilters = { status?: FeedbackStatus; categoryId?: number; overdue?: boolean; mine?: boolean; q?: string; page: number; pageSize: number };

export const listStaffReports = (filters: StaffFilters) => get<StaffList>(`/api/feedback/reports${query(filters)}`);
export const getStaffReport = (id: number) => get<StaffReport>(`/api/feedback/reports/${id}`);
export const getStaffDirectory = () => get<StaffDirectory>('/api/feedback/directory');
/** The action's body as its schema on the server names it. */
export type ActionBody = {
  accept: { assigneeId?: number | null }; assign: { assigneeId: number }; reroute: { agencyId: number; reason: string };
  merge: { intoCode: string; note?: string | null }; redact: { title: string; description: string }; answer: { text: string };
  approve: Record<string, never>; return: { comment: string }; reject: { reason: string }; close: { note?: string | null };
};
const send = async <T,>(method: string, path: string, body?: unknown) => json<T>(await fetch(path, {
  method, credentials: 'same-origin', headers: { 'content-type': 'application/json', 'x-csrf-token': await csrf() }, body: JSON.stringify(body ?? {}),
}));
/** Where each action goes on the server. */
const ACTION_PATH: Record<StaffAction, [method: string, path: string]> = {
  accept: ['POST', 'accept'], assign: ['POST', 'assign'], reroute: ['POST', 'reroute'], merge: ['POST', 'merge'], redact: ['PUT', 'public-text'],
  answer: ['POST', 'answer'], approve: ['POST', 'answer/approve'], return: ['POST', 'answer/return'], reject: ['POST', 'reject'], close: ['POST', 'close'],
};
export const runStaffAction = <A extends StaffAction>(id: number, action: A, body: ActionBody[A]) =>
  send<unknown>(ACTION_PATH[action][0], `/api/feedback/reports/${id}/${ACTION_PATH[action][1]}`, action === 'approve' ? undefined : body);
export const setPhotoHidden = (id: number, photoId: number, hidden: boolean) => send<unknown>('PATCH', `/api/feedback/reports/${id}/photos/${photoId}`, { hidden });

// ---- province admin ----

export type AdminCategory = Category & { level: Level; agencyId: number; agencyName: string; active: boolean; position: number };
export type CategoryInput = { code: string; name: string; description?: string | null; deadlineDays: number; level: Level; agencyId: number; active?: boolean; position?: number };
export type Areas = { items: { id: number; name: string; agencyId: number; agencyCode: string; agencyName: string; level: 'district' | 'commune'; parentAreaId: number | null; bbox: number[] }[]; loadedAt: string | null };
export type Open311Key = { id: number; name: string; prefix: string; createdAt: string; revokedAt: string | null; lastUsedAt: string | null };

export const listAdminCategories = () => get<{ items: AdminCategory[] }>('/api/feedback/admin/categories');
export const createCategory = (input: CategoryInput) => post<{ id: number }>('/api/feedback/admin/categories', input);
export const updateCategory = (id: number, input: CategoryInput) => send<unknown>('PUT', `/api/feedback/admin/categories/${id}`, input);
export const listAreas = () => get<Areas>('/api/feedback/admin/areas');
export const loadAreas = (geojson: unknown) => send<{ areas: number; districts: number; communes: number }>('PUT', '/api/feedback/admin/areas', geojson);
export const listOpen311Keys = () => get<{ items: Open311Key[] }>('/api/feedback/open311-keys');
export const issueOpen311Key = (name: string) => post<{ id: number; name: string; key: string }>('/api/feedback/open311-keys', { name });
export const revokeOpen311Key = (id: number) => send<unknown>('DELETE', `/api/feedback/open311-keys/${id}`);
