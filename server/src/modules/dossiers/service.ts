import { agenciesWithRole, type CurrentUser } from '../../platform/auth.js';
import { writeAudit } from '../../platform/audit.js';
import { inTransaction, type Db, type Queryable, type Tx } from '../../platform/db.js';
import type { FileStore } from '../../platform/files.js';
import { signExistingPdf } from '../../platform/pdf.js';
import type { AgencyKey } from '../../platform/pki.js';
import { localDay } from '../../platform/time.js';
import { HOURS_PER_WORKING_DAY } from '../calendar/working-calendar.js';
import { agencyCalendars, workingDaysLeft } from './calendars.js';
import { formatDossierCode } from './dossier-code.js';
import { dossierErrors as errors } from './errors.js';
import { renderDossierForm, type FormDetails, type FormNumber } from './forms.js';
import { availableActions, checkTransition, type ActorRole, type DossierAction, type DossierStatus } from './lifecycle.js';
import { dossierRepository as repo, type Applicant, type DossierChanges, type DossierFile, type DossierRow, type ProcedureForDossier } from './repository.js';
import { cleanFormData, formProblems } from './eform.js';
import { DEFAULT_WORKFLOW, isLastStep, stepAgency, stepAt, stepHours, type WorkflowStep } from './workflow.js';

export type DossierDeps = {
  db: Db;
  files: FileStore;
  /** The agency's signing key (demo mode issues one on first use); null signs nothing. */
  agencyKey: (agencyCode: string, agencyName: string) => Promise<AgencyKey | null>;
};

// ---- who the user is to a dossier ----

/** The roles the user acts in on this dossier: applicant, reception of the receiving agency, staff of the current one. */
export function actorRoles(user: CurrentUser, d: Pick<DossierRow, 'applicantId' | 'receivingAgencyId' | 'currentAgencyId'>): ActorRole[] {
  const roles: ActorRole[] = [];
  if (d.applicantId === user.id) roles.push('applicant');
  if (agenciesWithRole(user, 'reception').includes(d.receivingAgencyId)) roles.push('reception');
  if (agenciesWithRole(user, 'specialist').includes(d.currentAgencyId)) roles.push('specialist');
  if (agenciesWithRole(user, 'leader').includes(d.currentAgencyId)) roles.push('leader');
  return roles;
}

/** The applicant looking at their own dossier, with no official role on it. */
export const isApplicantOnly = (user: CurrentUser, d: DossierRow) =>
  d.applicantId === user.id && actorRoles(user, d).every((r) => r === 'applicant');

/** The applicant sees results only once they are issued; officials always. */
const resultsVisibleTo = (user: CurrentUser, d: DossierRow) =>
  !isApplicantOnly(user, d) || ['result_ready', 'returned'].includes(d.status);

/** Read access: the applicant, and officials of every agency the dossier has been at (liên thông keeps the sender's). */
async function canRead(db: Queryable, user: CurrentUser, d: DossierRow): Promise<boolean> {
  if (d.applicantId === user.id) return true;
  const mine = new Set(user.roles.flatMap((r) => (r.agencyId === null ? [] : [r.agencyId])));
  if (mine.size === 0) return false;
  return (await repo.agenciesWithAccess(db, d.id)).some((a) => mine.has(a));
}

export async function readableDossier(db: Queryable, user: CurrentUser, id: number): Promise<DossierRow> {
  const d = await repo.get(db, id);
  if (!d || !(await canRead(db, user, d))) throw errors.notFound();
  return d;
}

// ---- calendar, steps, forms ----

const calendarFor = (db: Queryable, agencyId: number) => agencyCalendars(db)(agencyId);

export async function stepsOf(db: Queryable, procedureId: number): Promise<WorkflowStep[]> {
  const steps = await repo.steps(db, procedureId);
  return steps.length > 0 ? steps : DEFAULT_WORKFLOW;
}

const SIGNER_POSITION: Record<FormNumber, string> = {
  '01': 'Người tiếp nhận hồ sơ', '02': 'Người tiếp nhận hồ sơ', '03': 'Thủ trưởng cơ quan', '04': 'Thủ trưởng cơ quan', '05': 'Thủ trưởng cơ quan',
};

async function attachForm(deps: DossierDeps, tx: Tx, d: DossierRow, agencyId: number, user: CurrentUser, details: FormDetails, kind: DossierFile['kind'] = 'slip') {
  // One connection runs one query at a time: inside a transaction the reads go one after the other.
  const agency = await repo.agency(tx, agencyId);
  const procedure = await repo.procedure(tx, d.procedureId);
  const place = await repo.place(tx, agencyId);
  const key = await deps.agencyKey(agency!.code, agency!.name);
  const signerPosition = details.form === '03' && d.status === 'submitted' ? 'Người tiếp nhận hồ sơ' : SIGNER_POSITION[details.form];
  const pdf = await renderDossierForm(
    { name: agency!.name, parentName: agency!.parentName, place, key },
    { code: d.code, procedureName: procedure!.name, processingDays: procedure!.processingDays, applicant: d.applicant,
      documents: procedure!.documents, receivedAt: d.receivedAt, dueAt: d.dueAt },
    { position: signerPosition, name: user.fullName },
    details,
  );
  const stored = await deps.files.save(tx, pdf, 'application/pdf');
  return repo.addFile(tx, {
    dossierId: d.id, kind, label: `Mẫu ${details.form}`, sha256: stored.sha256, fileName: `mau-${details.form}-${d.code ?? d.id}.pdf`,
    contentType: 'application/pdf', size: stored.size, uploadedBy: user.id,
  });
}

// ---- transitions ----

export type TransitionInput = {
  version?: number;
  note?: string;
  reason?: string;
  items?: string[];
  extraWorkingDays?: number;
};

type Applied = { changes: DossierChanges; note?: string | null; data?: Record<string, unknown>; agencyId: number | null };
type Context = { deps: DossierDeps; tx: Tx; d: DossierRow; user: CurrentUser; actors: ActorRole[]; now: Date; input: TransitionInput };

/** Checks that the user acts at the dossier's current workflow step, in that step's role. */
async function currentStep(ctx: Context): Promise<{ steps: WorkflowStep[]; step: WorkflowStep }> {
  const steps = await stepsOf(ctx.tx, ctx.d.procedureId);
  const step = stepAt(steps, ctx.d.currentStep);
  if (!step || !ctx.actors.includes(step.role)) throw errors.notAtStep();
  return { steps, step };
}

async function enterStep(ctx: Context, steps: WorkflowStep[], position: number): Promise<Applied> {
  const step = stepAt(steps, position)!;
  const agencyId = stepAgency(step, ctx.d.receivingAgencyId);
  const calendar = await calendarFor(ctx.tx, agencyId);
  // Liên thông: the next step is another agency's; it gains access and the sender keeps its own.
  const transferred = agencyId !== ctx.d.currentAgencyId;
  if (transferred) await repo.grantAgencyAccess(ctx.tx, ctx.d.id, agencyId);
  return {
    agencyId: ctx.d.currentAgencyId,
    note: ctx.input.note ?? null,
    data: { step: position, stepName: step.name, ...(transferred ? { transferredTo: agencyId } : {}) },
    changes: {
      currentStep: position, currentAgencyId: agencyId, stepStartedAt: ctx.now,
      stepDueAt: calendar.addWorkingHours(ctx.now, stepHours(step, ctx.d.processingHours ?? 0)),
    },
  };
}

const requireText = (value: string | undefined) => {
  const text = value?.trim();
  if (!text) throw errors.reasonRequired();
  return text;
};

const ACTIONS: Record<DossierAction, (ctx: Context) => Promise<Applied>> = {
  async submit(ctx) {
    await checkComplete(ctx.tx, ctx.d);
    return { agencyId: null, changes: { submittedAt: ctx.now } };
  },

  async receive(ctx) {
    const { tx, d, now } = ctx;
    const agency = await repo.agency(tx, d.receivingAgencyId);
    const procedure = await repo.procedure(tx, d.procedureId);
    // The day's counter row stays locked until commit: receptions at one desk are numbered one after
    // another, without gaps (a number is lost only when its reception rolls back).
    const sequence = await repo.nextSequence(tx, d.receivingAgencyId, localDay(now));
    const processingHours = procedure!.processingDays * HOURS_PER_WORKING_DAY;
    // The time runs from the next working moment after reception (after closing: the next morning).
    const dueAt = (await calendarFor(tx, d.receivingAgencyId)).addWorkingHours(now, processingHours);
    const changes: DossierChanges = { code: formatDossierCode(agency!.code, now, sequence), receivedAt: now, receivedBy: ctx.user.id, processingHours, dueAt };
    await attachForm(ctx.deps, tx, { ...d, ...changes } as DossierRow, d.receivingAgencyId, ctx.user, { form: '01' });
    return { agencyId: d.receivingAgencyId, changes, data: { code: changes.code, dueAt } };
  },

  async reject(ctx) {
    const reason = requireText(ctx.input.reason);
    await attachForm(ctx.deps, ctx.tx, ctx.d, ctx.d.receivingAgencyId, ctx.user, { form: '03', reason });
    return { agencyId: ctx.d.receivingAgencyId, note: reason, changes: { closedReason: reason } };
  },

  async start_processing(ctx) {
    return enterStep(ctx, await stepsOf(ctx.tx, ctx.d.procedureId), 1);
  },

  async forward(ctx) {
    const { steps, step } = await currentStep(ctx);
    if (isLastStep(steps, step.position)) throw errors.lastStep();
    return enterStep(ctx, steps, step.position + 1);
  },

  async send_back(ctx) {
    const { steps, step } = await currentStep(ctx);
    if (step.position === 1) throw errors.firstStep();
    return enterStep(ctx, steps, step.position - 1);
  },

  async request_supplement(ctx) {
    const { tx, d, now } = ctx;
    // The one-stop desk may always ask; otherwise only whoever holds the current processing step.
    if (!ctx.actors.includes('reception')) await currentStep(ctx);
    const reason = requireText(ctx.input.reason);
    const calendar = await calendarFor(tx, d.currentAgencyId);
    await attachForm(ctx.deps, tx, d, d.status === 'received' ? d.receivingAgencyId : d.currentAgencyId, ctx.user, { form: '02', reason, items: ctx.input.items ?? [] });
    // Decree 118/2025: the clock stops while the applicant completes the dossier.
    return {
      agencyId: d.currentAgencyId, note: reason, data: { items: ctx.input.items ?? [] },
      changes: {
        pausedAt: now, remainingHours: d.dueAt ? calendar.hoursUntil(d.dueAt, now) : null,
        statusBeforePause: d.status, supplementCount: d.supplementCount + 1,
      },
    };
  },

  async resubmit(ctx) {
    const { tx, d, now } = ctx;
    if (!ctx.actors.includes('reception')) {
      const files = await repo.files(tx, d.id);
      if (!files.some((f) => f.kind === 'supplement' && d.pausedAt && f.createdAt >= d.pausedAt)) throw errors.supplementFilesMissing();
    }
    const calendar = await calendarFor(tx, d.currentAgencyId);
    const remaining = d.remainingHours ?? 0;
    // The clock resumes with the working time it had left; a dossier already late stays late.
    const dueAt = d.dueAt && remaining >= 0 ? calendar.addWorkingHours(now, remaining) : d.dueAt;
    const stepDueAt = d.stepDueAt && d.pausedAt
      ? calendar.addWorkingHours(now, Math.max(0, calendar.hoursUntil(d.stepDueAt, d.pausedAt)))
      : d.stepDueAt;
    return {
      agencyId: ctx.actors.includes('reception') ? d.receivingAgencyId : null, note: ctx.input.note ?? null,
      changes: { pausedAt: null, remainingHours: null, statusBeforePause: null, dueAt, stepDueAt },
      data: { pausedFrom: d.pausedAt, dueAt },
    };
  },

  async approve(ctx) {
    const { tx, d, now } = ctx;
    const { steps, step } = await currentStep(ctx);
    if (!isLastStep(steps, step.position)) throw errors.notLastStep();
    const results = (await repo.files(tx, d.id)).filter((f) => f.kind === 'result');
    if (results.length === 0) throw errors.resultMissing();
    // The result is issued signed by the agency (PAdES), next to the unsigned draft.
    const agency = (await repo.agency(tx, d.currentAgencyId))!;
    const key = await ctx.deps.agencyKey(agency.code, agency.name);
    if (key) {
      const place = await repo.place(tx, agency.id);
      for (const file of results.filter((f) => f.contentType === 'application/pdf' && !f.label.endsWith('(đã ký số)'))) {
        let signed: Buffer;
        try {
          signed = await signExistingPdf(await ctx.deps.files.read(file.sha256), { key, signerName: agency.name, reason: `Kết quả giải quyết hồ sơ ${d.code}`, location: place });
        } catch {
          throw errors.resultNotSignable();
        }
        const stored = await ctx.deps.files.save(tx, signed, 'application/pdf');
        await repo.addFile(tx, { dossierId: d.id, kind: 'result', label: `${file.label} (đã ký số)`, sha256: stored.sha256,
          fileName: file.fileName.replace(/\.pdf$/i, '') + '-da-ky.pdf', contentType: 'application/pdf', size: stored.size, uploadedBy: ctx.user.id });
      }
    }
    return { agencyId: d.currentAgencyId, note: ctx.input.note ?? null, changes: { outcome: 'approved', resolvedAt: now } };
  },

  async refuse(ctx) {
    const { step } = await currentStep(ctx);
    if (step.role !== 'leader') throw errors.notAtStep();
    const reason = requireText(ctx.input.reason);
    await attachForm(ctx.deps, ctx.tx, ctx.d, ctx.d.currentAgencyId, ctx.user, { form: '03', reason }, 'result');
    return { agencyId: ctx.d.currentAgencyId, note: reason, changes: { outcome: 'refused', resolvedAt: ctx.now, closedReason: reason } };
  },

  async return(ctx) {
    return { agencyId: ctx.d.receivingAgencyId, note: ctx.input.note ?? null, changes: { returnedAt: ctx.now } };
  },

  async withdraw(ctx) {
    const reason = requireText(ctx.input.reason);
    return { agencyId: null, note: reason, changes: { closedReason: reason, pausedAt: null } };
  },

  async stop(ctx) {
    const reason = requireText(ctx.input.reason);
    await attachForm(ctx.deps, ctx.tx, ctx.d, ctx.d.currentAgencyId, ctx.user, { form: '05', reason });
    return { agencyId: ctx.d.currentAgencyId, note: reason, changes: { closedReason: reason, pausedAt: null } };
  },

  async extend(ctx) {
    const { tx, d, now } = ctx;
    const reason = requireText(ctx.input.reason);
    const calendar = await calendarFor(tx, d.currentAgencyId);
    const promised = d.extendedDueAt ?? d.dueAt ?? now;
    const newDueAt = calendar.addWorkingDays(promised > now ? promised : now, ctx.input.extraWorkingDays ?? 1);
    await attachForm(ctx.deps, tx, d, d.currentAgencyId, ctx.user, { form: '04', reason, newDueAt });
    return { agencyId: d.currentAgencyId, note: reason, changes: { extendedDueAt: newDueAt }, data: { newDueAt } };
  },
};

async function applyTransition(deps: DossierDeps, tx: Tx, user: CurrentUser, d: DossierRow, action: DossierAction, input: TransitionInput): Promise<DossierRow> {
  const actors = actorRoles(user, d);
  if (actors.length === 0) throw (await canRead(tx, user, d)) ? errors.forbidden() : errors.notFound();
  if (input.version !== undefined && input.version !== d.version) throw errors.versionConflict();
  const check = checkTransition(action, d.status, actors, d.statusBeforePause);
  if (!check.ok) throw check.reason === 'role' ? errors.forbidden() : errors.stateConflict(d.status);
  const now = new Date();
  const applied = await ACTIONS[action]({ deps, tx, d, user, actors, now, input });
  const updated = await repo.update(tx, d.id, { ...applied.changes, status: check.to });
  await repo.addEvent(tx, {
    dossierId: d.id, actorId: user.id, agencyId: applied.agencyId, action, fromStatus: d.status, toStatus: check.to,
    step: updated.currentStep, note: applied.note, data: applied.data,
  });
  await repo.enqueue(tx, 'dossier.status_changed', { dossierId: d.id, action, from: d.status, to: check.to });
  await writeAudit(tx, {
    actorId: user.id, agencyId: applied.agencyId, action: `dossier.${action}`, entity: 'dossier', entityId: d.id,
    data: { from: d.status, to: check.to, code: updated.code, note: applied.note ?? null },
  });
  return updated;
}

/**
 * Takes an action on a dossier in one transaction: the state change, the history entry, the form PDF,
 * the outbox message and the audit record. The row lock makes concurrent actions run one after the
 * other; the later one then finds the new status and gets a 409.
 */
export function transition(deps: DossierDeps, user: CurrentUser, id: number, action: DossierAction, input: TransitionInput = {}): Promise<DossierRow> {
  return inTransaction(deps.db, async (tx) => {
    const d = await repo.getForUpdate(tx, id);
    if (!d) throw errors.notFound();
    return applyTransition(deps, tx, user, d, action, input);
  });
}

// ---- creating dossiers ----

export type DraftInput = { procedureId: number; applicant?: Partial<Applicant>; formData?: Record<string, string> };

async function publishedProcedure(db: Queryable, procedureId: number) {
  const procedure = await repo.procedure(db, procedureId);
  if (!procedure || !procedure.published) throw errors.procedureUnavailable();
  return procedure;
}

function checkFormData(procedure: ProcedureForDossier, formData: Record<string, string>) {
  const { missing, invalid } = formProblems(procedure.formFields, formData);
  if (missing.length > 0) throw errors.missingFormFields(missing);
  if (invalid.length > 0) throw errors.invalidFormFields(invalid);
}

async function checkComplete(db: Queryable, d: DossierRow) {
  const procedure = (await repo.procedure(db, d.procedureId))!;
  checkFormData(procedure, d.formData);
  const attached = new Set((await repo.files(db, d.id)).filter((f) => f.kind === 'submission').map((f) => f.label));
  const missing = procedure.documents.filter((doc) => !doc.optional && !attached.has(doc.name)).map((doc) => doc.name);
  if (missing.length > 0) throw errors.missingDocuments(missing);
}

/** A citizen's or business's draft; the applicant's identity comes from their account. */
export async function createDraft(deps: DossierDeps, user: CurrentUser, input: DraftInput): Promise<DossierRow> {
  const procedure = await publishedProcedure(deps.db, input.procedureId);
  const profile = await deps.db.query<{ full_name: string; identity_number: string | null; phone: string | null; email: string | null; kind: string; organization: string | null }>(
    'SELECT full_name, identity_number, phone, email, kind, organization FROM users WHERE id = $1', [user.id]);
  const p = profile.rows[0]!;
  const applicant: Applicant = {
    fullName: p.kind === 'business' && p.organization ? p.organization : p.full_name,
    identityNumber: p.identity_number ?? undefined, phone: input.applicant?.phone ?? p.phone ?? undefined,
    email: input.applicant?.email ?? p.email ?? undefined, address: input.applicant?.address,
    kind: p.kind === 'business' ? 'business' : 'citizen',
  };
  return inTransaction(deps.db, async (tx) => {
    const id = await repo.insert(tx, {
      procedureId: procedure.id, receivingAgencyId: procedure.agencyId, applicantId: user.id, applicant,
      formData: cleanFormData(procedure.formFields, input.formData ?? {}), channel: 'online', status: 'draft',
    });
    await repo.addEvent(tx, { dossierId: id, actorId: user.id, agencyId: null, action: 'create', fromStatus: null, toStatus: 'draft', step: null });
    await writeAudit(tx, { actorId: user.id, agencyId: procedure.agencyId, action: 'dossier.create', entity: 'dossier', entityId: id, data: { procedureId: procedure.id } });
    return (await repo.get(tx, id))!;
  });
}

export async function updateDraft(deps: DossierDeps, user: CurrentUser, id: number, input: Omit<DraftInput, 'procedureId'>): Promise<DossierRow> {
  return inTransaction(deps.db, async (tx) => {
    const d = await repo.getForUpdate(tx, id);
    if (!d || d.applicantId !== user.id) throw errors.notFound();
    if (d.status !== 'draft') throw errors.stateConflict(d.status);
    const procedure = (await repo.procedure(tx, d.procedureId))!;
    const updated = await repo.update(tx, id, {
      applicant: { ...d.applicant, ...input.applicant, fullName: d.applicant.fullName, identityNumber: d.applicant.identityNumber },
      formData: input.formData ? cleanFormData(procedure.formFields, input.formData) : d.formData,
    });
    await writeAudit(tx, { actorId: user.id, agencyId: null, action: 'dossier.update_draft', entity: 'dossier', entityId: id });
    return updated;
  });
}

/** A walk-in applicant at the one-stop counter: created and received at once, the receipt printed. */
export async function receiveAtCounter(deps: DossierDeps, user: CurrentUser, input: { procedureId: number; applicant: Applicant; formData?: Record<string, string> }): Promise<DossierRow> {
  const procedure = await publishedProcedure(deps.db, input.procedureId);
  if (!agenciesWithRole(user, 'reception').includes(procedure.agencyId)) throw errors.forbidden();
  const formData = cleanFormData(procedure.formFields, input.formData ?? {});
  checkFormData(procedure, formData);
  return inTransaction(deps.db, async (tx) => {
    const id = await repo.insert(tx, {
      procedureId: procedure.id, receivingAgencyId: procedure.agencyId, applicantId: null, applicant: input.applicant,
      formData, channel: 'counter', status: 'submitted',
    });
    const submitted = await repo.update(tx, id, { submittedAt: new Date() });
    await repo.addEvent(tx, { dossierId: id, actorId: user.id, agencyId: procedure.agencyId, action: 'submit', fromStatus: null, toStatus: 'submitted', step: null, note: 'Nộp trực tiếp tại bộ phận một cửa' });
    return applyTransition(deps, tx, user, submitted, 'receive', {});
  });
}

// ---- files ----

/** Who may attach what, when: the applicant's documents, a supplement, the counter's scans, the result. */
function attachableKind(actors: ActorRole[], status: DossierStatus, kind: DossierFile['kind']): boolean {
  if (kind === 'submission') return (actors.includes('applicant') && status === 'draft') || (actors.includes('reception') && ['submitted', 'received'].includes(status));
  if (kind === 'supplement') return status === 'awaiting_supplement' && (actors.includes('applicant') || actors.includes('reception'));
  if (kind === 'result') return status === 'processing' && (actors.includes('specialist') || actors.includes('leader'));
  return false;
}

export async function attachFile(deps: DossierDeps, user: CurrentUser, id: number, upload: { kind: DossierFile['kind']; label: string; fileName: string; data: Buffer }): Promise<DossierFile> {
  const d = await repo.get(deps.db, id);
  if (!d) throw errors.notFound();
  const actors = actorRoles(user, d);
  if (actors.length === 0) throw (await canRead(deps.db, user, d)) ? errors.forbidden() : errors.notFound();
  if (!attachableKind(actors, d.status, upload.kind)) throw errors.attachNotAllowed();
  if (upload.kind === 'submission') {
    const procedure = (await repo.procedure(deps.db, d.procedureId))!;
    if (!procedure.documents.some((doc) => doc.name === upload.label)) throw errors.unknownDocument();
  }
  const stored = await deps.files.saveUpload(deps.db, upload.data);
  return inTransaction(deps.db, async (tx) => {
    const locked = await repo.getForUpdate(tx, id);
    if (locked!.status !== d.status) throw errors.stateConflict(locked!.status);
    const file = await repo.addFile(tx, { dossierId: id, kind: upload.kind, label: upload.label, sha256: stored.sha256, fileName: upload.fileName.slice(0, 200), contentType: stored.contentType, size: stored.size, uploadedBy: user.id });
    await writeAudit(tx, { actorId: user.id, agencyId: null, action: 'dossier.attach', entity: 'dossier', entityId: id, data: { fileId: file.id, kind: upload.kind, label: upload.label, sha256: stored.sha256 } });
    return file;
  });
}

export async function removeDraftFile(deps: DossierDeps, user: CurrentUser, id: number, fileId: number): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    const d = await repo.getForUpdate(tx, id);
    if (!d || d.applicantId !== user.id) throw errors.notFound();
    if (d.status !== 'draft') throw errors.attachNotAllowed();
    if (!(await repo.deleteFile(tx, id, fileId))) throw errors.notFound();
    await writeAudit(tx, { actorId: user.id, agencyId: null, action: 'dossier.detach', entity: 'dossier', entityId: id, data: { fileId } });
  });
}

/** A file of a readable dossier; the applicant sees results only once they are issued. */
export async function fileForDownload(deps: DossierDeps, user: CurrentUser, id: number, fileId: number) {
  const d = await readableDossier(deps.db, user, id);
  const file = (await repo.files(deps.db, id)).find((f) => f.id === fileId);
  if (!file) throw errors.notFound();
  if (file.kind === 'result' && !resultsVisibleTo(user, d)) throw errors.resultNotReady();
  return { file, data: await deps.files.read(file.sha256) };
}

// ---- rating ----

export async function rate(deps: DossierDeps, user: CurrentUser, id: number, rating: NonNullable<DossierRow['rating']>, comment?: string) {
  return inTransaction(deps.db, async (tx) => {
    const d = await repo.getForUpdate(tx, id);
    if (!d || d.applicantId !== user.id) throw errors.notFound();
    if (d.status !== 'returned') throw errors.notRateable();
    if (d.rating) throw errors.alreadyRated();
    const updated = await repo.update(tx, id, { rating, ratingComment: comment?.trim() || null });
    await writeAudit(tx, { actorId: user.id, agencyId: d.receivingAgencyId, action: 'dossier.rate', entity: 'dossier', entityId: id, data: { rating } });
    return updated;
  });
}

// ---- views ----

export async function describeDossier(deps: DossierDeps, user: CurrentUser, d: DossierRow) {
  const db = deps.db;
  const [procedure, receiving, current, files, events, steps] = await Promise.all([
    repo.procedure(db, d.procedureId), repo.agency(db, d.receivingAgencyId), repo.agency(db, d.currentAgencyId),
    repo.files(db, d.id), repo.events(db, d.id), stepsOf(db, d.procedureId),
  ]);
  const actors = actorRoles(user, d);
  const step = stepAt(steps, d.currentStep);
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
    procedureName: procedure!.name,
    procedureDocuments: procedure!.documents,
    formFields: procedure!.formFields,
    receivingAgencyName: receiving!.name,
    currentAgencyName: current!.name,
    steps: steps.map((s) => ({ ...s, agencyId: stepAgency(s, d.receivingAgencyId) })),
    stepName: step?.name ?? null,
    workingDaysLeft: await workingDaysLeft(agencyCalendars(db), d, d.dueAt, new Date()),
    files: files.filter((f) => f.kind !== 'result' || resultsVisibleTo(user, d)),
    events,
    actions,
    viewerRoles: actors,
  };
}
