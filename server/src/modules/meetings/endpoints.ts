import { createHash, randomBytes } from 'node:crypto';
import type { ModuleDeps } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import { systemPrincipal, type UserPrincipal } from '../../platform/principal.js';
import { adminScope } from '../identity/index.js';
import { meetingErrors as e } from './errors.js';
import type { Jitsi } from './jitsi.js';
import { meetingRepository as repo, type EndpointInput, type EndpointRow } from './repository.js';
import { isOnline, roomOpen, tokenValidity } from './rules.js';

/**
 * Endpoints (điểm cầu): registered by the administrators of their agency, and their room pages, reached
 * without a login by a link carrying the endpoint's key. Only the key's SHA-256 is stored: the link is
 * shown once, when the endpoint is registered or its key replaced.
 */

export const keyHash = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');
const newKey = () => randomBytes(24).toString('base64url');

export const presentEndpoint = (row: EndpointRow, now = new Date()) => ({ ...row, online: isOnline(row.lastSeenAt, now) });

/** The endpoint's room page, as the admin hands it to the endpoint's technician. */
const roomLink = (deps: ModuleDeps, key: string) => `${deps.config.publicUrl}/diem-cau/phong/${key}`;

async function endpointInScope(deps: ModuleDeps, user: UserPrincipal, id: number) {
  const scope = await adminScope(deps.db, user);
  const endpoint = await repo.endpoint(deps.db, id);
  if (!endpoint || !scope.agencyIds.has(endpoint.agencyId)) throw e.endpointNotFound();
  return endpoint;
}

export async function listEndpoints(deps: ModuleDeps, user: UserPrincipal) {
  const scope = await adminScope(deps.db, user);
  const now = new Date();
  return (await repo.endpoints(deps.db, [...scope.agencyIds])).map((row) => presentEndpoint(row, now));
}

const uniqueName = (error: unknown) => {
  if (isUniqueViolation(error)) throw e.endpointNameTaken();
  throw error;
};

export async function registerEndpoint(deps: ModuleDeps, user: UserPrincipal, input: EndpointInput) {
  const scope = await adminScope(deps.db, user);
  if (!scope.agencyIds.has(input.agencyId)) throw e.agencyUnknown();
  const key = newKey();
  const id = await deps.uow(user, async ({ tx, audit }) => {
    const created = await repo.insertEndpoint(tx, input, keyHash(key)).catch(uniqueName);
    audit({ action: 'meeting.endpoint.register', entity: 'meeting_endpoint', entityId: created, agencyId: input.agencyId, data: { name: input.name, room: input.room } });
    return created;
  });
  return { id, key, link: roomLink(deps, key) };
}

export async function updateEndpoint(deps: ModuleDeps, user: UserPrincipal, id: number, input: Omit<EndpointInput, 'agencyId'> & { active: boolean; version: number }) {
  const endpoint = await endpointInScope(deps, user, id);
  await deps.uow(user, async ({ tx, audit }) => {
    if (!(await repo.updateEndpoint(tx, id, input.version, input).catch(uniqueName))) throw errors.conflict();
    audit({ action: 'meeting.endpoint.update', entity: 'meeting_endpoint', entityId: id, agencyId: endpoint.agencyId, data: { name: input.name, active: input.active } });
  });
  return presentEndpoint((await repo.endpoint(deps.db, id))!);
}

/** A new key, when the link leaked or the room's computer changed: the old link stops working at once. */
export async function replaceKey(deps: ModuleDeps, user: UserPrincipal, id: number) {
  const endpoint = await endpointInScope(deps, user, id);
  const key = newKey();
  await deps.uow(user, async ({ tx, audit }) => {
    await repo.replaceKey(tx, id, keyHash(key));
    audit({ action: 'meeting.endpoint.key', entity: 'meeting_endpoint', entityId: id, agencyId: endpoint.agencyId });
  });
  return { id, key, link: roomLink(deps, key) };
}

// ---- the room page ----

async function endpointByKey(deps: ModuleDeps, key: string) {
  const endpoint = await repo.endpointByKey(deps.db, keyHash(key));
  if (!endpoint) throw e.keyUnknown();
  return endpoint;
}

export async function heartbeat(deps: ModuleDeps, key: string) {
  const endpoint = await endpointByKey(deps, key);
  await repo.heartbeat(deps.db, endpoint.id);
  return { ok: true as const };
}

/** A room token for an endpoint: named after it, grouped by its agency's code, valid while the room is open. */
export async function endpointToken(jitsi: Jitsi, m: { room: string; startsAt: Date; endsAt: Date }, who: { id: string; name: string; group: string; moderator: boolean }) {
  const { notBefore, expires } = tokenValidity(m);
  const token = await jitsi.sign({ room: m.room, user: { id: who.id, name: who.name, moderator: who.moderator }, group: who.group, notBefore, expires });
  return jitsi.joinUrl(m.room, token);
}

/**
 * What the room page shows: the endpoint, and its meetings from twelve hours ago on; each open room with
 * the link that enters it. Opening the page counts as a heartbeat.
 */
export async function roomView(deps: ModuleDeps, jitsi: () => Promise<Jitsi>, key: string) {
  const endpoint = await endpointByKey(deps, key);
  await repo.heartbeat(deps.db, endpoint.id);
  const now = new Date();
  const meetings = await repo.endpointMeetings(deps.db, endpoint.id, new Date(now.getTime() - 12 * 3_600_000));
  const items = [];
  for (const m of meetings) {
    const open = roomOpen(m, now);
    items.push({
      id: m.id, title: m.title, agenda: m.agenda, organiser: m.agencyName, startsAt: m.startsAt, endsAt: m.endsAt, invitationNumber: m.invitationNumber,
      attendance: m.attendance, attendanceAt: m.attendanceAt, open,
      joinUrl: open ? await endpointToken(await jitsi(), m, { id: `diem-cau-${endpoint.id}`, name: endpoint.name, group: endpoint.agencyName, moderator: false }) : null,
    });
  }
  return { endpoint: { id: endpoint.id, name: endpoint.name, room: endpoint.room, agencyName: endpoint.agencyName }, meetings: items };
}

/** The endpoint checks in from its room page while the room is open; checking in again changes nothing. */
export async function checkIn(deps: ModuleDeps, key: string, meetingId: number) {
  const endpoint = await endpointByKey(deps, key);
  const meeting = await repo.participation(deps.db, meetingId, endpoint.id);
  if (!meeting) throw e.notParticipant();
  if (!roomOpen(meeting, new Date())) throw e.roomClosed();
  if (meeting.attendance === 'present') return { ok: true as const };
  await deps.uow(systemPrincipal(`Điểm cầu ${endpoint.name}`), async ({ tx, audit }) => {
    await repo.setAttendance(tx, meetingId, endpoint.id, { attendance: 'present', by: 'room' });
    audit({ action: 'meeting.check_in', entity: 'meeting', entityId: meetingId, agencyId: endpoint.agencyId, data: { endpointId: endpoint.id } });
  });
  await repo.heartbeat(deps.db, endpoint.id);
  return { ok: true as const };
}
