import { useEffect, useState } from 'react';
import { api, csrf, ensureOk, unwrap, type Reply } from '../../api/client';
import type { paths } from '../../api/schema';
import type { MapView } from './FeedbackMap';

type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Category = Reply<'/api/feedback/categories', 'get'>['items'][number];
export type PublicList = Reply<'/api/feedback/public/reports', 'get'>;
export type PublicSummary = PublicList['items'][number];
export type PublicReport = Reply<'/api/feedback/public/reports/{code}', 'get'>;
export type FeedbackStatus = PublicSummary['status'];
export type MyReport = Reply<'/api/feedback/mine', 'get'>['items'][number];
export type StaffList = Reply<'/api/feedback/reports', 'get'>;
export type StaffSummary = StaffList['items'][number];
export type StaffReport = Reply<'/api/feedback/reports/{id}', 'get'>;
export type StaffDirectory = Reply<'/api/feedback/directory', 'get'>;
export type StaffFilters = NonNullable<paths['/api/feedback/reports']['get']['parameters']['query']>;
export type AdminCategory = Reply<'/api/feedback/admin/categories', 'get'>['items'][number];
export type CategoryInput = Body<'/api/feedback/admin/categories', 'post'>;
export type Areas = Reply<'/api/feedback/admin/areas', 'get'>;
export type AreasLoaded = Reply<'/api/feedback/admin/areas', 'put'>;
export type Open311Key = Reply<'/api/feedback/open311-keys', 'get'>['items'][number];
export type Open311KeyIssued = Reply<'/api/feedback/open311-keys', 'post', 201>;
export type Submitted = Reply<'/api/feedback/reports', 'post', 201>;

/**
 * The JSON of the multipart field `report`: the server validates it against its SubmissionBody (the
 * OpenAPI document describes the route as multipart, so its JSON shape is written out here).
 */
export type Channel = 'email' | 'sms' | 'in_app';
export type Submission = {
  categoryId: number; title: string; description: string; location?: { lat: number; lng: number } | null; address?: string | null;
  anonymousToPublic: boolean; channels: Channel[]; reporter?: { fullName: string; email?: string | null; phone?: string | null };
};

/** The statuses the public list filters by (the server shows only these to the public). */
export const PUBLIC_STATUSES: FeedbackStatus[] = ['in_progress', 'answered', 'closed'];
export const ALL_STATUSES: FeedbackStatus[] = ['submitted', 'in_progress', 'awaiting_approval', 'answered', 'closed', 'rejected', 'merged'];

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
const forget = (reset: () => void) => (error: unknown) => {
  reset();
  throw error;
};
export const useCategories = () => useOnce(() => (categoriesOnce ??= unwrap(api.GET('/api/feedback/categories')).then((r) => r.items).catch(forget(() => (categoriesOnce = undefined)))));
export const useMapView = () => useOnce(() => (mapOnce ??= unwrap(api.GET('/api/feedback/map/settings')).catch(forget(() => (mapOnce = undefined)))));

export const listPublicReports = (query: NonNullable<paths['/api/feedback/public/reports']['get']['parameters']['query']>) =>
  unwrap(api.GET('/api/feedback/public/reports', { params: { query } }));
export const getPublicReport = (code: string) => unwrap(api.GET('/api/feedback/public/reports/{code}', { params: { path: { code } } }));
export const listMyReports = () => unwrap(api.GET('/api/feedback/mine'));

/** The report as one multipart request: its JSON in the field `report` first, then each photo as a file part `photos`. */
export async function sendReport(report: Submission, photos: File[]): Promise<Submitted> {
  const form = new FormData();
  form.append('report', JSON.stringify(report));
  for (const photo of photos) form.append('photos', photo, photo.name);
  const response = await ensureOk(await fetch('/api/feedback/reports', { method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-csrf-token': await csrf() } }));
  const sent = (await response.json()) as Submitted;
  rememberReporterKey(sent.trackingCode, sent.reporterKey);
  return sent;
}

// A visitor without an account proves they sent a report with the key it was sent with: kept on this device.
const keyName = (code: string) => `feedback.reporterKey.${code.toUpperCase()}`;
export const rememberReporterKey = (code: string, key: string) => {
  try {
    localStorage.setItem(keyName(code), key);
  } catch {
    // Storage refused (private browsing): the key is still shown once on the confirmation.
  }
};
export const reporterKeyFor = (code: string) => {
  try {
    return localStorage.getItem(keyName(code)) ?? undefined;
  } catch {
    return undefined;
  }
};

export const rateReport = (code: string, score: number, comment?: string) => {
  const reporterKey = reporterKeyFor(code);
  return unwrap(api.POST('/api/feedback/public/reports/{code}/rating', {
    params: { path: { code } }, body: { score, ...(comment ? { comment } : {}), ...(reporterKey ? { reporterKey } : {}) },
  }));
};
export const subscribeToReport = (code: string, email?: string) =>
  unwrap(api.POST('/api/feedback/public/reports/{code}/subscriptions', { params: { path: { code } }, body: email ? { email } : {} }));

// ---- staff ----

export type StaffAction = 'accept' | 'assign' | 'reroute' | 'merge' | 'redact' | 'answer' | 'approve' | 'return' | 'reject' | 'close';
/** What each action sends, as its route's schema says. */
export type ActionBody = {
  accept: Body<'/api/feedback/reports/{id}/accept', 'post'>; assign: Body<'/api/feedback/reports/{id}/assign', 'post'>;
  reroute: Body<'/api/feedback/reports/{id}/reroute', 'post'>; merge: Body<'/api/feedback/reports/{id}/merge', 'post'>;
  redact: Body<'/api/feedback/reports/{id}/public-text', 'put'>; answer: Body<'/api/feedback/reports/{id}/answer', 'post'>;
  approve: Record<string, never>; return: Body<'/api/feedback/reports/{id}/answer/return', 'post'>;
  reject: Body<'/api/feedback/reports/{id}/reject', 'post'>; close: Body<'/api/feedback/reports/{id}/close', 'post'>;
};

export const listStaffReports = (query: StaffFilters) => unwrap(api.GET('/api/feedback/reports', { params: { query } }));
export const getStaffReport = (id: number) => unwrap(api.GET('/api/feedback/reports/{id}', { params: { path: { id } } }));
export const getStaffDirectory = () => unwrap(api.GET('/api/feedback/directory'));

export function runStaffAction<A extends StaffAction>(id: number, action: A, body: ActionBody[A]): Promise<unknown> {
  const path = { id };
  const b = body as never;
  switch (action) {
    case 'accept': return unwrap(api.POST('/api/feedback/reports/{id}/accept', { params: { path }, body: b }));
    case 'assign': return unwrap(api.POST('/api/feedback/reports/{id}/assign', { params: { path }, body: b }));
    case 'reroute': return unwrap(api.POST('/api/feedback/reports/{id}/reroute', { params: { path }, body: b }));
    case 'merge': return unwrap(api.POST('/api/feedback/reports/{id}/merge', { params: { path }, body: b }));
    case 'redact': return unwrap(api.PUT('/api/feedback/reports/{id}/public-text', { params: { path }, body: b }));
    case 'answer': return unwrap(api.POST('/api/feedback/reports/{id}/answer', { params: { path }, body: b }));
    case 'approve': return unwrap(api.POST('/api/feedback/reports/{id}/answer/approve', { params: { path } }));
    case 'return': return unwrap(api.POST('/api/feedback/reports/{id}/answer/return', { params: { path }, body: b }));
    case 'reject': return unwrap(api.POST('/api/feedback/reports/{id}/reject', { params: { path }, body: b }));
    case 'close': return unwrap(api.POST('/api/feedback/reports/{id}/close', { params: { path }, body: b }));
    default: throw new Error(`unknown action ${String(action)}`);
  }
}
export const setPhotoHidden = (id: number, photoId: number, hidden: boolean) =>
  unwrap(api.PATCH('/api/feedback/reports/{id}/photos/{photoId}', { params: { path: { id, photoId } }, body: { hidden } }));

// ---- the province admin ----

export const listAdminCategories = () => unwrap(api.GET('/api/feedback/admin/categories'));
export const createCategory = (body: CategoryInput) => unwrap(api.POST('/api/feedback/admin/categories', { body }));
export const updateCategory = (id: number, body: CategoryInput) => unwrap(api.PUT('/api/feedback/admin/categories/{id}', { params: { path: { id } }, body }));
export const listAreas = () => unwrap(api.GET('/api/feedback/admin/areas'));
/** The file's GeoJSON as read: the server checks its shape and geometry and says what is wrong. */
export const loadAreas = (geojson: unknown) => unwrap(api.PUT('/api/feedback/admin/areas', { body: geojson as Body<'/api/feedback/admin/areas', 'put'> }));
export const listOpen311Keys = () => unwrap(api.GET('/api/feedback/open311-keys'));
export const issueOpen311Key = (name: string) => unwrap(api.POST('/api/feedback/open311-keys', { body: { name } }));
export const revokeOpen311Key = (id: number) => unwrap(api.DELETE('/api/feedback/open311-keys/{id}', { params: { path: { id } } }));

/** Stops the email updates the token in an update's link was sent for. */
export const unsubscribeByToken = (token: string) => unwrap(api.POST('/api/feedback/unsubscribe', { body: { token } }));
