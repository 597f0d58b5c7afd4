import { randomBytes } from 'node:crypto';
import type { ModuleDeps } from '../../platform/context.js';
import type { UserPrincipal } from '../../platform/principal.js';
import { issueComposed } from '../documents/index.js';
import { identity } from '../identity/index.js';
import { organises, requireOrganiser, staffAgencies, visibleMeeting } from './access.js';
import { endpointToken, presentEndpoint } from './endpoints.js';
import { meetingErrors as e } from './errors.js';
import type { Jitsi } from './jitsi.js';
import { meetingRepository as repo, type MeetingRow } from './repository.js';
import { invitationBody, isOnline, levelCount, MAX_DURATION_MS, mayTakeMinutes, minutesBody, type Level } from './rules.js';

/** Announced when a meeting is scheduled (its invitation issued) and when its minutes are issued. */
export const MEETING_SCHEDULED = 'meetings.scheduled';
export const MEETING_MINUTES_ISSUED = 'meetings.minutes-issued';

/** Every active endpoint of the province with its level, for the organiser to choose from (no contacts). */
export async function endpointDirectory(deps: ModuleDeps, user: UserPrincipal) {
  await staffAgencies(deps.db, user);
  const endpoints = await repo.endpoints(deps.db, null, true);
  const levels = await identity.agencyLevels(deps.db, [...new Set(endpoints.map((x) => x.agencyId))]);
  const now = new Date();
  return endpoints.flatMap((x) => {
    const level = levels.get(x.agencyId);
    return level ? [{ id: x.id, name: x.name, room: x.room, agencyId: x.agencyId, agencyName: x.agencyName, level, online: presentEndpoint(x, now).online }] : [];
  });
}

export type ScheduleInput = {
  agencyId: number; title: string; agenda?: string; startsAt: Date; endsAt: Date; central?: boolean;
  /** Whole levels, agencies and single endpoints invited; the organising agency's own endpoints always take part. */
  levels?: Level[]; agencyIds?: number[]; endpointIds?: number[];
  /** The signer's position on the invitation (Chủ tịch, Giám đốc...). */
  signerPosition: string;
};

/**
 * The organiser (a leader of the organising agency) schedules a meeting: its endpoints are those of the
 * chosen levels and agencies and the chosen endpoints, with the organiser's own; the invitation (Giấy mời)
 * is issued in the same unit of work, signed by the organiser, numbered in the agency's outgoing register,
 * sealed and sent to every participating agency.
 */
export async function scheduleMeeting(deps: ModuleDeps, user: UserPrincipal, input: ScheduleInput) {
  requireOrganiser(user, input.agencyId);
  const now = Date.now();
  const duration = input.endsAt.getTime() - input.startsAt.getTime();
  if (duration <= 0 || duration > MAX_DURATION_MS || input.endsAt.getTime() <= now) throw e.badTime();
  const directory = await endpointDirectory(deps, user);
  const levels = new Set(input.levels ?? []);
  const agencies = new Set([...(input.agencyIds ?? []), input.agencyId]);
  const endpointIds = new Set(input.endpointIds ?? []);
  const chosen = directory.filter((x) => levels.has(x.level) || agencies.has(x.agencyId) || endpointIds.has(x.id));
  const named = [...(input.agencyIds ?? []).map((a) => chosen.some((x) => x.agencyId === a)), ...[...endpointIds].map((id) => chosen.some((x) => x.id === id))];
  if (named.includes(false)) throw e.badParticipant();
  if (chosen.length < 2) throw e.tooFewEndpoints();
  const organiser = await identity.agencyProfile(deps.db, input.agencyId);
  const room = `tinhso-${randomBytes(8).toString('hex')}`;
  const meeting = { title: input.title.trim(), agenda: input.agenda?.trim() ?? '', startsAt: input.startsAt, endsAt: input.endsAt, central: input.central ?? false };
  return deps.uow(user, async (uow) => {
    const id = await repo.insertMeeting(uow.tx, { ...meeting, agencyId: input.agencyId, room, createdBy: user.id });
    await repo.addParticipants(uow.tx, id, chosen.map((x) => ({ endpointId: x.id, agencyId: x.agencyId, level: x.level })));
    const invitation = await issueComposed(deps, uow, user, {
      agencyId: input.agencyId, docType: 'GM', summary: `Mời dự cuộc họp trực tuyến: ${meeting.title}`, signerPosition: input.signerPosition,
      body: invitationBody({ ...meeting, organiser: organiser!.name, endpoints: chosen.map((x) => ({ agencyName: x.agencyName, endpointName: x.name, room: x.room })) }),
      recipientAgencyIds: chosen.map((x) => x.agencyId),
    });
    await repo.setDocument(uow.tx, id, 'invitation', invitation.documentId, invitation.numberSymbol);
    const count = levelCount(chosen.map((x) => x.level), meeting.central);
    uow.audit({ action: 'meeting.schedule', entity: 'meeting', entityId: id, agencyId: input.agencyId, data: { endpoints: chosen.length, levels: count, invitation: invitation.numberSymbol } });
    uow.emit(MEETING_SCHEDULED, { meetingId: id, agencyId: input.agencyId, levels: count, invitationDocumentId: invitation.documentId });
    return { id, levels: count, endpoints: chosen.length, invitationDocumentId: invitation.documentId, invitationNumber: invitation.numberSymbol };
  });
}

const ymd = (value: string) => new Date(`${value}T00:00:00+07:00`);

export async function listMeetings(deps: ModuleDeps, user: UserPrincipal, q: { from?: string; to?: string; page?: number; pageSize?: number }) {
  const scope = await staffAgencies(deps.db, user);
  const pageSize = q.pageSize ?? 20;
  const to = q.to ? new Date(ymd(q.to).getTime() + 86_400_000) : undefined;
  return repo.list(deps.db, scope, { from: q.from ? ymd(q.from) : undefined, to, limit: pageSize, offset: ((q.page ?? 1) - 1) * pageSize });
}

/** The room link of the organiser (moderator) and of each endpoint, when the video server is configured. */
async function roomLinks(jitsi: () => Promise<Jitsi>, m: MeetingRow, user: UserPrincipal, endpoints: { endpointId: number; endpointName: string; agencyName: string }[]) {
  const video = await jitsi().catch(() => null);
  if (!video) return { host: null, endpoints: new Map<number, string>() };
  const host = await endpointToken(video, m, { id: `can-bo-${user.id}`, name: user.fullName, group: m.agencyName, moderator: true });
  const links = new Map<number, string>();
  for (const p of endpoints) links.set(p.endpointId, await endpointToken(video, m, { id: `diem-cau-${p.endpointId}`, name: p.endpointName, group: p.agencyName, moderator: false }));
  return { host, endpoints: links };
}

export async function meetingDetail(deps: ModuleDeps, jitsi: () => Promise<Jitsi>, user: UserPrincipal, id: number) {
  const m = await visibleMeeting(deps.db, user, id);
  const participants = await repo.participants(deps.db, id);
  const canManage = organises(user, m.agencyId);
  const links = canManage ? await roomLinks(jitsi, m, user, participants) : null;
  const now = new Date();
  return {
    ...m, canManage, levels: levelCount(participants.map((p) => p.level), m.central), hostJoinUrl: links?.host ?? null,
    participants: participants.map((p) => ({ ...p, online: isOnline(p.lastSeenAt, now), joinUrl: links?.endpoints.get(p.endpointId) ?? null })),
  };
}

/** The organiser records an endpoint present (with how many attended) or absent, whatever the room page said. */
export async function recordAttendance(deps: ModuleDeps, user: UserPrincipal, id: number, endpointId: number, input: { attendance: 'present' | 'absent'; attendees?: number | null; note?: string | null }) {
  const m = await visibleMeeting(deps.db, user, id);
  requireOrganiser(user, m.agencyId);
  await deps.uow(user, async ({ tx, audit }) => {
    if (!(await repo.setAttendance(tx, id, endpointId, { ...input, by: 'organiser' }))) throw e.notParticipant();
    audit({ action: 'meeting.attendance', entity: 'meeting', entityId: id, agencyId: m.agencyId, data: { endpointId, ...input } });
  });
}

/**
 * The organiser issues the minutes (Biên bản) once the meeting has begun: the attendance per endpoint and
 * what was concluded, signed, numbered in the outgoing register and sent to the participating agencies.
 */
export async function issueMinutes(deps: ModuleDeps, user: UserPrincipal, id: number, input: { text: string; signerPosition: string }) {
  const m = await visibleMeeting(deps.db, user, id);
  requireOrganiser(user, m.agencyId);
  if (!mayTakeMinutes(m, new Date())) throw e.notStarted();
  if (m.minutesDocumentId) throw e.minutesExist();
  const participants = await repo.participants(deps.db, id);
  return deps.uow(user, async (uow) => {
    const locked = await repo.meeting(uow.tx, id, true);
    if (locked!.minutesDocumentId) throw e.minutesExist();
    const minutes = await issueComposed(deps, uow, user, {
      agencyId: m.agencyId, docType: 'BB', summary: `Cuộc họp trực tuyến: ${m.title}`, signerPosition: input.signerPosition,
      body: minutesBody({ ...m, organiser: m.agencyName, lines: participants, text: input.text }),
      recipientAgencyIds: participants.map((p) => p.agencyId),
    });
    await repo.setDocument(uow.tx, id, 'minutes', minutes.documentId, minutes.numberSymbol);
    uow.audit({ action: 'meeting.minutes', entity: 'meeting', entityId: id, agencyId: m.agencyId, data: { minutes: minutes.numberSymbol } });
    uow.emit(MEETING_MINUTES_ISSUED, { meetingId: id, agencyId: m.agencyId, minutesDocumentId: minutes.documentId });
    return { minutesDocumentId: minutes.documentId, minutesNumber: minutes.numberSymbol };
  });
}

const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
};

/**
 * Meetings organised by the agencies the official oversees (or one of them), by month and organising
 * agency, and how many spanned one, two, three or four levels, as the province reports them.
 */
export async function meetingStatistics(deps: ModuleDeps, user: UserPrincipal, q: { from: string; to: string; agencyId?: number }) {
  const months = monthsBetween(q.from, q.to);
  if (months < 1 || months > 36) throw e.dateRange();
  const scope = await staffAgencies(deps.db, user);
  if (q.agencyId && !scope.includes(q.agencyId)) throw e.agencyUnknown();
  const rows = await repo.statistics(deps.db, q.agencyId ? [q.agencyId] : scope, q.from, q.to);
  const tally = (list: typeof rows) => {
    const by = new Map<number, number>();
    for (const r of list) by.set(r.levels, (by.get(r.levels) ?? 0) + r.meetings);
    return { total: list.reduce((n, r) => n + r.meetings, 0), byLevels: [...by].sort(([a], [b]) => a - b).map(([levels, meetings]) => ({ levels, meetings })) };
  };
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.month}|${r.agencyId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return {
    from: q.from, to: q.to, ...tally(rows),
    rows: [...groups.values()].map((list) => ({ month: list[0]!.month, agencyId: list[0]!.agencyId, agencyName: list[0]!.agencyName, ...tally(list) })),
  };
}

/** Checks a room token as Jitsi would: signature, application, domain, time window and room. */
export async function verifyRoomToken(jitsi: () => Promise<Jitsi>, input: { token: string; room: string }) {
  const checked = await (await jitsi()).verify(input.token, input.room);
  return { valid: true as const, room: input.room, user: { id: checked.user.id, name: checked.user.name, moderator: checked.user.moderator === true }, group: checked.group, expiresAt: checked.expires };
}
