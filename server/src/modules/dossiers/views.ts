import type { Queryable } from '../../platform/db.js';
import { agenciesWithRole, type Principal, type UserPrincipal } from '../../platform/principal.js';
import { agencyCalendars, HOURS_PER_WORKING_DAY, type WorkingCalendar } from '../calendar/index.js';
import { catalog, displayValue, isLastStep, stepAgency, stepAt, type ProcedureForDossier } from '../catalog/index.js';
import type { ModuleDeps } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { feeOwed } from './transitions.js';
import { documentsOf, procedureOfDossier } from './completeness.js';
import { identity } from '../identity/index.js';
import { actorRoles, visibleResults } from './access.js';
import { dossierErrors } from './errors.js';
import { availableActions, isPayableStatus, NATIONAL_STATUS_CODE, STATUS_LABEL, type DossierStatus } from './lifecycle.js';
import { dossierQueries, dossierRepository as repo, type QueueFilter, type DossierFile, type DossierRow, type History, type QueueItem } from './repository.js';

/** A file as clients see it: a form still being rendered is listed, not yet ready to download. */
export const presentFile = (f: DossierFile) => ({ ...f, size: f.size ?? 0, ready: f.sha256 !== null });

type Timed = { status: DossierStatus; currentAgencyId: number; pausedAt: Date | null; remainingHours: number | null };

/**
 * Working days left before `due`, to one decimal and negative once overdue; while the clock is stopped
 * for a supplement, what was left when it stopped; null when nothing is running.
 */
export async function workingDaysLeft(calendarOf: (agencyId: number) => Promise<WorkingCalendar>, d: Timed, due: Date | null, now: Date): Promise<number | null> {
  const hours = d.pausedAt ? (d.remainingHours ?? 0)
    : (d.status === 'received' || d.status === 'processing') && due ? (await calendarOf(d.currentAgencyId)).hoursUntil(due, now) : null;
  return hours === null ? null : Math.round((hours / HOURS_PER_WORKING_DAY) * 10) / 10;
}

/** A dossier as its viewer sees it: names, steps, files they may see, history, and the actions open to them. */
export async function describeDossier({ db, config }: Pick<ModuleDeps, 'db' | 'config'>, principal: Principal, d: DossierRow, known?: History) {
  const [procedure, receiving, current, { files, events }, steps] = await Promise.all([
    procedureOfDossier(db, d), identity.agencyProfile(db, d.receivingAgencyId), identity.agencyProfile(db, d.currentAgencyId),
    known ?? repo.filesAndEvents(db, d.id), catalog.workflowOf(db, d.procedureId),
  ]);
  const actors = actorRoles(principal, d);
  const step = stepAt(steps, d.currentStep);
  const results = new Set(visibleResults(principal, d, files));
  const actions = availableActions(d.status, actors).filter((action) => {
    if (['forward', 'send_back', 'approve', 'refuse'].includes(action)) {
      if (!step || !actors.includes(step.role)) return false;
      if (action === 'forward') return !isLastStep(steps, step.position);
      if (action === 'send_back') return step.position > 1;
      if (action === 'approve' || action === 'refuse') return isLastStep(steps, step.position);
    }
    if (action === 'request_supplement' && !actors.includes('reception')) return !!step && actors.includes(step.role) && d.status === 'processing';
    return true;
  });
  return {
    ...d,
    feePreview: d.status === 'draft' ? feePreview(procedure, d, config.postageVnd) : null,
    postageVnd: config.postageVnd,
    payable: d.paymentStatus === 'unpaid' && isPayableStatus(d.status),
    feeExemptions: procedure.feeSchedule.exemptions,
    procedureDocuments: documentsOf(procedure, d.formData),
    formFields: procedure.formFields,
    formDisplay: Object.fromEntries(procedure.formFields.map((f) => [f.name, displayValue(f, d.formData[f.name])]).filter(([, v]) => v !== '')),
    receivingAgencyName: receiving!.name,
    currentAgencyName: current!.name,
    steps: steps.map((s) => ({ ...s, agencyId: stepAgency(s, d.receivingAgencyId) })),
    workingDaysLeft: await workingDaysLeft(agencyCalendars(db), d, d.dueAt, new Date()),
    files: files.filter((f) => f.kind !== 'result' || results.has(f)).map(presentFile),
    events: events.map((e) => ({
      ...e,
      stepName: typeof e.data.stepName === 'string' ? e.data.stepName : null,
      items: Array.isArray(e.data.items) ? e.data.items.filter((item): item is string => typeof item === 'string') : [],
    })),
    actions,
    viewerRoles: actors,
  };
}

/** What a draft would owe if submitted now; null while its e-form lacks a quantity the fee needs. */
function feePreview(procedure: ProcedureForDossier, d: DossierRow, postageVnd: number) {
  try {
    return feeOwed(procedure, d, postageVnd).fee ?? null;
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/** Adds the working days left (negative when overdue) to list rows, with one calendar per agency. */
async function withDeadlines(db: Queryable, items: QueueItem[], now = new Date()) {
  const calendarOf = agencyCalendars(db);
  const rows = [];
  for (const item of items) {
    // In processing, an officer's list counts down to the end of the current step; otherwise to the
    // dossier's due date as extended. The list shows that same date.
    const stepDeadline = item.status === 'processing' && !!item.stepDueAt;
    const due = stepDeadline ? item.stepDueAt : item.extendedDueAt ?? item.dueAt;
    rows.push({
      ...item,
      deadline: due, deadlineOfStep: stepDeadline,
      workingDaysLeft: await workingDaysLeft(calendarOf, item, due, now),
      overdue: (item.status === 'received' || item.status === 'processing') && !!due && due < now,
    });
  }
  return rows;
}

/** Where an official works: the desks, the processing steps (agency and role) and every agency of theirs. */
function workScope(principal: Principal) {
  const stepPairs = principal.roles.filter((r) => (r.role === 'specialist' || r.role === 'leader') && r.agencyId !== null)
    .map((r) => ({ agencyId: r.agencyId as number, role: r.role }));
  const agencies = [...new Set(principal.roles.filter((r) => ['reception', 'specialist', 'leader'].includes(r.role) && r.agencyId !== null).map((r) => r.agencyId as number))];
  return { receptionAgencies: agenciesWithRole(principal, 'reception'), stepPairs, agencies };
}

type QueueRequest = Omit<QueueFilter, 'receptionAgencies' | 'stepPairs' | 'agencies' | 'limit' | 'offset'> & { page?: number; pageSize?: number };

export async function officialQueue(db: Queryable, principal: Principal, filter: QueueRequest) {
  const pageSize = filter.pageSize ?? 20;
  const { page: _page, pageSize: _size, ...rest } = filter;
  const page = await dossierQueries.queue(db, {
    ...workScope(principal), ...rest, q: filter.q?.trim() || undefined, limit: pageSize, offset: ((filter.page ?? 1) - 1) * pageSize,
  });
  return { items: await withDeadlines(db, page.items), total: page.total };
}

export async function queueSummary(db: Queryable, principal: Principal) {
  return dossierQueries.queueSummary(db, workScope(principal));
}

export async function myDossiers(db: Queryable, user: UserPrincipal, page = 1, pageSize = 20) {
  const found = await dossierQueries.mine(db, user.id, pageSize, (page - 1) * pageSize);
  return { items: await withDeadlines(db, found.items), total: found.total };
}

/** Public lookup by code: status, agency and dates, never the applicant. */
type PublicStatus = NonNullable<Awaited<ReturnType<typeof dossierQueries.publicStatus>>>;

/** What anybody may see of a dossier: no personal data; on time or not, as far as it can be told yet. */
function publicView(found: PublicStatus, now: Date) {
  const { pausedAt: _paused, outcome: _outcome, ...visible } = found;
  const onTime = found.dueAt === null ? null : found.resolvedAt ? found.resolvedAt <= found.dueAt
    : ['received', 'processing', 'awaiting_supplement'].includes(found.status) ? (found.pausedAt !== null || now <= found.dueAt) : null;
  return { ...visible, status: found.status, statusLabel: STATUS_LABEL[found.status], nationalStatusCode: NATIONAL_STATUS_CODE[found.status as Exclude<typeof found.status, 'draft'>], onTime };
}

/** Codes are printed upper-case and may be typed with spaces, or read from a QR code: both are ignored. */
const normalizeDossierCode = (code: string) => code.replace(/\s+/g, '').toUpperCase();

export async function lookupByCode(db: Queryable, code: string, now = new Date()) {
  const found = await dossierQueries.publicStatus(db, normalizeDossierCode(code));
  if (!found || found.status === 'draft') throw dossierErrors.dossierCodeNotFound();
  return publicView(found, now);
}

/** The national portal's other way in: the applicant's ID number and the phone number given in the dossier. */
export async function lookupByApplicant(db: Queryable, identityNumber: string, phone: string, now = new Date()) {
  // +84 912 345 678 and 0912345678 are the same number.
  const digits = phone.replace(/\D/g, '').replace(/^84(?=\d{9}$)/, '0');
  const found = await dossierQueries.publicStatusesOfApplicant(db, identityNumber.replace(/\s+/g, ''), digits);
  return { items: found.map((row) => publicView(row, now)) };
}
