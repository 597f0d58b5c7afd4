import type { ModuleDeps } from '../../platform/context.js';
import { signExistingPdf } from '../../platform/pdf.js';
import type { Principal } from '../../platform/principal.js';
import { localDay } from '../../platform/time.js';
import type { UnitOfWork } from '../../platform/unit-of-work.js';
import { calendarFor, HOURS_PER_WORKING_DAY } from '../calendar/index.js';
import { catalog, computeFee, FeeInputMissing, formatVnd, withPostage, isLastStep, stepAgency, stepAt, stepHours, type ProcedureForDossier, type WorkflowStep } from '../catalog/index.js';
import { identity } from '../identity/index.js';
import { actingRoles, actorRoles, canRead, SIGNED_SUFFIX } from './access.js';
import { formatDossierCode } from './dossier-code.js';
import type { FormDetails } from './forms.js';
import { dossierErrors as errors } from './errors.js';
import { afterPayment, checkTransition, type ActorRole, type DossierAction, type DossierStatus } from './lifecycle.js';
import { checkComplete } from './completeness.js';
import { dossierRepository as repo, type DossierChanges, type DossierEvent, type DossierFile, type DossierRow, type History, type NewFile } from './repository.js';
import { requestForm } from './slips.js';
import { digitisedAt, runChangeHooks, withChangeHooks } from './change-hooks.js';

export type TransitionInput = {
  version?: number;
  note?: string;
  reason?: string;
  items?: string[];
  extraWorkingDays?: number;
  /** At the counter: the documents the desk checked and received. */
  documents?: string[];
  /** return, by post: the consignment number of the postal item. */
  consignmentNumber?: string;
  /** record_payment: the payment confirmed by the payments module. */
  payment?: PaymentRecord;
};

/** A fee paid, as the payments module confirmed it. */
export type PaymentRecord = { reference: string; amount: number; paidAt: Date; channel: 'online' | 'counter' };

export const STATUS_CHANGED = 'dossier.status_changed';

/** `to`: where the action ends when it is not the life cycle's usual status (a fee to pay first). */
type Applied = { changes: DossierChanges; note?: string | null; data?: Record<string, unknown>; agencyId: number | null; to?: DossierStatus };
/** A reception number taken from the desk's daily counter before the transaction (see `receive`). */
export type ReceptionNumber = { day: string; value: number };
/** What was read or taken before the unit of work: the dossier's files, a desk number, a file id for a form. */
export type Prepared = { files: DossierFile[]; number?: ReceptionNumber; fileId?: number };
type Context = {
  deps: ModuleDeps; uow: UnitOfWork; d: DossierRow; actors: ActorRole[]; now: Date; input: TransitionInput; prepared: Prepared;
  /** Rows the transition's statement adds: forms to be rendered, the next agency's access. */
  added: { files: NewFile[]; grantTo: number | null };
};
/** A dossier after a transition, with what it added to its files and history. */
export type Transitioned = { dossier: DossierRow; files: DossierFile[]; event: DossierEvent };

/** Checks that the principal acts at the dossier's current workflow step, in that step's role. */
async function currentStep(ctx: Context): Promise<{ steps: WorkflowStep[]; step: WorkflowStep }> {
  const steps = await catalog.workflowOf(ctx.deps.db, ctx.d.procedureId);
  const step = stepAt(steps, ctx.d.currentStep);
  if (!step || !ctx.actors.includes(step.role)) throw errors.notAtStep();
  return { steps, step };
}

async function enterStep(ctx: Context, steps: WorkflowStep[], position: number): Promise<Applied> {
  const step = stepAt(steps, position)!;
  const agencyId = stepAgency(step, ctx.d.receivingAgencyId);
  const calendar = await calendarFor(ctx.deps.db, agencyId);
  // Liên thông: the next step is another agency's; it gains access and the sender keeps its own.
  const transferred = agencyId !== ctx.d.currentAgencyId;
  if (transferred) ctx.added.grantTo = agencyId;
  return {
    agencyId: ctx.d.currentAgencyId,
    note: ctx.input.note ?? null,
    data: { step: position, stepName: step.name, ...(transferred ? { transferredTo: agencyId } : {}) },
    changes: {
      currentStep: position, stepName: step.name, stepRole: step.role, currentAgencyId: agencyId, stepStartedAt: ctx.now,
      stepDueAt: calendar.addWorkingHours(ctx.now, stepHours(step, ctx.d.processingHours ?? 0)),
    },
  };
}

/** Adds a form (01–05) to the transition, in the file id taken with the read when there is one. */
async function addForm(ctx: Context, d: DossierRow, agencyId: number, details: FormDetails, kind?: DossierFile['kind']) {
  const fileId = ctx.prepared.fileId ?? await repo.reserveFileId(ctx.uow.tx);
  ctx.prepared.fileId = undefined;
  ctx.added.files.push(requestForm(ctx.uow, fileId, d, agencyId, details, kind));
}

const requireText = (value: string | undefined) => {
  const text = value?.trim();
  if (!text) throw errors.reasonRequired();
  return text;
};

const ACTIONS: Record<DossierAction, (ctx: Context) => Promise<Applied>> = {
  async submit(ctx) {
    const procedure = await checkComplete(ctx.deps.db, ctx.d, ctx.prepared.files);
    const fee = feeOwed(procedure, ctx.d, ctx.deps.config.postageVnd);
    // Paid before reception: the desk sees the dossier once it is paid (or paid at the counter).
    const to = fee.paymentStatus === 'unpaid' && fee.fee!.payWhen === 'before_reception' ? 'awaiting_payment' : undefined;
    return { agencyId: null, changes: { submittedAt: ctx.now, ...fee }, to, data: fee.fee ? { fee: fee.fee.total } : undefined };
  },

  async receive(ctx) {
    const { deps: { db }, d, now } = ctx;
    const agency = await identity.agencyProfile(db, d.receivingAgencyId);
    const procedure = await catalog.procedureForDossier(db, d.procedureId);
    const processingHours = procedure!.processingDays * HOURS_PER_WORKING_DAY;
    // The time runs from the next working moment after reception (after closing: the next morning).
    const dueAt = (await calendarFor(db, d.receivingAgencyId)).addWorkingHours(now, processingHours);
    // The number is taken before the unit of work, so that receptions at one desk do not wait for each
    // other's commits; a reception that then fails leaves a gap, never a reused number. Past midnight,
    // it is taken again for the new day.
    const sequence = ctx.prepared.number?.day === localDay(now) ? ctx.prepared.number.value : (await takeReceptionNumber(ctx.deps, d.receivingAgencyId)).value;
    const changes: DossierChanges = { code: formatDossierCode(agency!.code, now, sequence), receivedAt: now, receivedBy: ctx.uow.actor.id ?? undefined, processingHours, dueAt };
    // The receipt lists what was received (ticked at the counter, attached online) and links to the lookup.
    const attached = [...new Set(ctx.prepared.files.filter((f) => f.kind === 'submission').map((f) => f.label))];
    const documents = ctx.input.documents ?? (attached.length > 0 ? attached : undefined);
    await addForm(ctx, { ...d, ...changes } as DossierRow, d.receivingAgencyId, { form: '01', documents, lookupUrl: `${ctx.deps.config.publicUrl}/tra-cuu` });
    return { agencyId: d.receivingAgencyId, changes, data: { code: changes.code, dueAt } };
  },

  async reject(ctx) {
    const reason = requireText(ctx.input.reason);
    await addForm(ctx, ctx.d, ctx.d.receivingAgencyId, { form: '03', reason });
    return { agencyId: ctx.d.receivingAgencyId, note: reason, changes: { closedReason: reason } };
  },

  async start_processing(ctx) {
    return enterStep(ctx, await catalog.workflowOf(ctx.deps.db, ctx.d.procedureId), 1);
  },

  async forward(ctx) {
    const { steps, step } = await currentStep(ctx);
    if (isLastStep(steps, step.position)) throw errors.lastStep();
    // The last step approves a result: it is attached before the dossier goes there.
    if (isLastStep(steps, step.position + 1) && !ctx.prepared.files.some((f) => f.kind === 'result')) throw errors.resultMissing();
    return enterStep(ctx, steps, step.position + 1);
  },

  async send_back(ctx) {
    const { steps, step } = await currentStep(ctx);
    if (step.position === 1) throw errors.firstStep();
    // The previous step is told why, in the history.
    const reason = requireText(ctx.input.reason);
    return { ...(await enterStep(ctx, steps, step.position - 1)), note: reason };
  },

  async request_supplement(ctx) {
    const { d, now } = ctx;
    // The one-stop desk may always ask; otherwise only whoever holds the current processing step.
    if (!ctx.actors.includes('reception')) await currentStep(ctx);
    const reason = requireText(ctx.input.reason);
    const calendar = await calendarFor(ctx.deps.db, d.currentAgencyId);
    await addForm(ctx, d, d.status === 'received' ? d.receivingAgencyId : d.currentAgencyId, { form: '02', reason, items: ctx.input.items ?? [] });
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
    const { d, now } = ctx;
    if (!ctx.actors.includes('reception')) {
      if (!ctx.prepared.files.some((f) => f.kind === 'supplement' && d.pausedAt && f.createdAt >= d.pausedAt)) throw errors.supplementFilesMissing();
    }
    const calendar = await calendarFor(ctx.deps.db, d.currentAgencyId);
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
    const { uow: { tx }, deps: { db }, d, now } = ctx;
    const { steps, step } = await currentStep(ctx);
    if (!isLastStep(steps, step.position)) throw errors.notLastStep();
    const results = ctx.prepared.files.filter((f) => f.kind === 'result');
    if (results.length === 0) throw errors.resultMissing();
    // The result is issued signed by the agency (PAdES), next to the unsigned draft; a result that
    // cannot be signed is the leader's to know now, so this one signs inside the transaction.
    const agency = (await identity.agencyProfile(db, d.currentAgencyId))!;
    const key = await ctx.deps.agencyKey(agency.code, agency.name);
    if (key) {
      const place = await identity.placeOf(db, agency.id);
      for (const file of results.filter((f) => f.sha256 && f.contentType === 'application/pdf' && !f.label.endsWith(SIGNED_SUFFIX))) {
        let signed: Buffer;
        try {
          signed = await signExistingPdf(await ctx.deps.files.read(file.sha256!), { key, signerName: agency.name, reason: `Kết quả giải quyết hồ sơ ${d.code}`, location: place });
        } catch {
          throw errors.resultNotSignable();
        }
        const stored = await ctx.deps.files.save(tx, signed, 'application/pdf');
        ctx.added.files.push({ id: await repo.reserveFileId(tx), kind: 'result', label: `${file.label}${SIGNED_SUFFIX}`, sha256: stored.sha256,
          fileName: file.fileName.replace(/\.pdf$/i, '') + '-da-ky.pdf', contentType: 'application/pdf', size: stored.size, uploadedBy: ctx.uow.actor.id });
      }
    }
    // A fee due before the result: the result waits for it (national status 6, awaiting payment).
    const to = d.paymentStatus === 'unpaid' && d.fee?.payWhen === 'before_result' ? 'awaiting_payment' : undefined;
    return { agencyId: d.currentAgencyId, note: ctx.input.note ?? null, changes: { outcome: 'approved', resolvedAt: now }, to };
  },

  async refuse(ctx) {
    const { step } = await currentStep(ctx);
    if (step.role !== 'leader') throw errors.notAtStep();
    const reason = requireText(ctx.input.reason);
    await addForm(ctx, ctx.d, ctx.d.currentAgencyId, { form: '03', reason }, 'result');
    return { agencyId: ctx.d.currentAgencyId, note: reason, changes: { outcome: 'refused', resolvedAt: ctx.now, closedReason: reason } };
  },

  async return(ctx) {
    const { d, input } = ctx;
    // By post: handed to the postal service under its consignment number, then followed until delivered.
    if (d.resultDelivery === 'post') {
      if (!input.consignmentNumber) throw errors.consignmentRequired();
      return {
        agencyId: d.receivingAgencyId, note: input.note ?? `Gửi kết quả qua bưu chính, số hiệu bưu gửi ${input.consignmentNumber}`,
        data: { consignmentNumber: input.consignmentNumber },
        changes: { returnedAt: ctx.now, consignmentNumber: input.consignmentNumber, deliveryStatus: 'sent', deliveryUpdatedAt: ctx.now },
      };
    }
    return { agencyId: d.receivingAgencyId, note: input.note ?? null, changes: { returnedAt: ctx.now } };
  },

  async withdraw(ctx) {
    const reason = requireText(ctx.input.reason);
    return { agencyId: null, note: reason, changes: { closedReason: reason, pausedAt: null } };
  },

  async stop(ctx) {
    const reason = requireText(ctx.input.reason);
    await addForm(ctx, ctx.d, ctx.d.currentAgencyId, { form: '05', reason });
    return { agencyId: ctx.d.currentAgencyId, note: reason, changes: { closedReason: reason, pausedAt: null } };
  },

  async record_payment(ctx) {
    const { d } = ctx;
    const payment = ctx.input.payment!;
    return {
      agencyId: d.receivingAgencyId,
      note: `Đã nộp ${formatVnd(payment.amount)} ${payment.channel === 'online' ? 'trực tuyến' : 'tại quầy'} (mã thanh toán ${payment.reference})`,
      data: { ...payment },
      changes: { paymentStatus: 'paid', paidAt: payment.paidAt },
      to: d.status === 'awaiting_payment' ? afterPayment(d) : undefined,
    };
  },

  async extend(ctx) {
    const { d, now } = ctx;
    const reason = requireText(ctx.input.reason);
    const calendar = await calendarFor(ctx.deps.db, d.currentAgencyId);
    const promised = d.extendedDueAt ?? d.dueAt ?? now;
    const newDueAt = calendar.addWorkingDays(promised > now ? promised : now, ctx.input.extraWorkingDays ?? 1);
    await addForm(ctx, d, d.currentAgencyId, { form: '04', reason, newDueAt });
    return { agencyId: d.currentAgencyId, note: reason, changes: { extendedDueAt: newDueAt }, data: { newDueAt } };
  },
};

/** Thrown when the dossier changed between reading it and writing the transition: the caller reads it again. */
class ConcurrentChange extends Error {}

/**
 * Takes an action on a dossier read at version `d.version`, as the last statement of the caller's unit of
 * work: state, history, forms and access, events and audit together, only if the dossier is still at
 * that version (otherwise `ConcurrentChange`, nothing written).
 */
export async function applyTransition(deps: ModuleDeps, uow: UnitOfWork, principal: Principal, d: DossierRow, action: DossierAction, input: TransitionInput, prepared: Prepared, asActors?: ActorRole[]): Promise<Transitioned> {
  const actors = asActors ?? await actingRoles(deps.db, principal, d);
  if (input.version !== undefined && input.version !== d.version) throw errors.versionConflict();
  const check = checkTransition(action, d.status, actors, d.statusBeforePause);
  if (!check.ok) throw check.reason === 'role' ? errors.forbidden() : errors.stateConflict(d.status);
  const now = new Date();
  const ctx: Context = { deps, uow, d, actors, now, input, prepared, added: { files: [], grantTo: null } };
  const applied = await ACTIONS[action](ctx);
  const to = applied.to ?? check.to;
  const changes: DossierChanges = { ...applied.changes, status: to };
  const after = { ...d, ...changes };
  uow.emit(STATUS_CHANGED, {
    dossierId: d.id, code: after.code, action, from: d.status, to, applicantId: d.applicantId,
    procedureName: d.procedureName, agencyId: after.currentAgencyId, note: applied.note ?? null,
  });
  uow.audit({ agencyId: applied.agencyId, action: `dossier.${action}`, entity: 'dossier', entityId: d.id, data: { from: d.status, to, code: after.code, note: applied.note ?? null } });
  const event = { actorId: principal.id, actorName: principal.fullName, agencyId: applied.agencyId, action, fromStatus: d.status, note: applied.note ?? null, data: applied.data ?? {} };
  // Higher modules' rollups are written by the same statement (see change-hooks.ts).
  const hooked = withChangeHooks(repo.transitionStatement(d, changes, event, ctx.added), {
    before: d, after: after as DossierRow, action, paymentChannel: input.payment?.channel ?? null, digitised: digitisedAt(prepared.files, after.receivedAt ?? null),
  });
  const [row] = await uow.finish<{ version: number; updatedAt: Date; eventId: number; eventAt: Date }>(hooked);
  if (!row) throw new ConcurrentChange();
  const { eventId, eventAt, version, updatedAt } = row;
  const { receivedBy: _by, ...changed } = changes;
  const dossier: DossierRow = { ...d, ...changed, version, updatedAt };
  const agencyName = event.agencyId === null ? null : (await identity.agencyProfile(deps.db, event.agencyId))?.name ?? null;
  return {
    dossier,
    files: ctx.added.files.map(({ uploadedBy: _, ...file }) => ({ ...file, createdAt: eventAt })),
    event: { ...event, id: eventId, at: eventAt, agencyName, toStatus: to, step: dossier.currentStep },
  };
}

/**
 * Takes an action on a dossier in one unit of work, without a lock: the dossier is read, the action
 * worked out, and the transition written only if nobody changed the dossier meanwhile (its version);
 * otherwise it starts again from the new state, where a concurrent action usually makes it a 409.
 * Returns the dossier with its files and history.
 */
export async function transition(deps: ModuleDeps, principal: Principal, id: number, action: DossierAction, input: TransitionInput = {}): Promise<{ dossier: DossierRow } & History> {
  let number: ReceptionNumber | undefined;
  for (let attempt = 1; ; attempt++) {
    const read = await repo.withHistory(deps.db, id, FORM_ACTIONS.includes(action));
    if (!read) throw errors.notFound();
    const d = read.dossier;
    if (action === 'receive' && !number && d.status === 'submitted' && actorRoles(principal, d).includes('reception')) {
      number = await takeReceptionNumber(deps, d.receivingAgencyId);
    }
    try {
      const done = await deps.uow(principal, (uow) => applyTransition(deps, uow, principal, d, action, input, { files: read.files, number, fileId: read.reservedFileId }));
      return { dossier: done.dossier, files: [...read.files, ...done.files], events: [...read.events, done.event] };
    } catch (error) {
      if (!(error instanceof ConcurrentChange)) throw error;
      if (attempt === MAX_ATTEMPTS) throw errors.versionConflict();
    }
  }
}

const MAX_ATTEMPTS = 5;
/** The actions that ask for a form (01–05), whose file id is taken with the read. */
const FORM_ACTIONS: DossierAction[] = ['receive', 'reject', 'request_supplement', 'refuse', 'stop', 'extend'];

export async function takeReceptionNumber(deps: ModuleDeps, agencyId: number): Promise<ReceptionNumber> {
  const day = localDay(new Date());
  return { day, value: await repo.nextSequence(deps.db, agencyId, day) };
}

/**
 * Records a fee paid, inside the caller's unit of work (the payments module's, which has written the
 * payment): the dossier is locked, so the transition is written at the version read. A dossier waiting
 * for the payment goes on; any other only notes it.
 */
export async function recordPayment(deps: ModuleDeps, uow: UnitOfWork, dossierId: number, payment: PaymentRecord): Promise<{ dossier: DossierRow; surplus: boolean }> {
  const d = await repo.getForUpdate(uow.tx, dossierId);
  if (!d) throw errors.notFound();
  const check = checkTransition('record_payment', d.status, ['cashier']);
  if (!check.ok || d.paymentStatus === 'paid') {
    // Paid twice, or after the dossier closed: the money is recorded by the payments module, refunded by the finance officer.
    await uow.finish(repo.noteStatement(d, { actorId: uow.actor.id, actorName: uow.actor.fullName, agencyId: d.receivingAgencyId, action: 'record_payment',
      fromStatus: d.status, note: `Khoản nộp ${formatVnd(payment.amount)} (mã ${payment.reference}) không còn cần cho hồ sơ: chuyển kế toán hoàn trả.`, data: { ...payment, surplus: true } }));
    return { dossier: d, surplus: true };
  }
  const principal: Principal = uow.actor.type === 'system' ? uow.actor : { ...uow.actor, username: '', kind: 'official', roles: [] };
  return { dossier: (await applyTransition(deps, uow, principal, d, 'record_payment', { payment }, { files: [] }, ['cashier'])).dossier, surplus: false };
}

/**
 * What a submitted dossier owes under its procedure's schedule, and the postage when its result goes by
 * post; quantities come from its e-form, never from the client.
 */
export function feeOwed(procedure: ProcedureForDossier, d: Pick<DossierRow, 'formData' | 'feeCategory' | 'resultDelivery'>, postageVnd: number): Pick<DossierChanges, 'fee' | 'paymentStatus'> {
  try {
    const fees = procedure.feeSchedule.lines.length === 0 ? null : computeFee(procedure.feeSchedule, d.formData, d.feeCategory);
    const fee = d.resultDelivery === 'post' && postageVnd > 0 ? withPostage(fees, postageVnd) : fees;
    if (!fee) return { fee: null, paymentStatus: 'none' };
    return { fee, paymentStatus: fee.total === 0 ? 'exempt' : 'unpaid' };
  } catch (error) {
    if (error instanceof FeeInputMissing) throw errors.missingFormFields([procedure.formFields.find((f) => f.name === error.field)?.label ?? error.field]);
    throw error;
  }
}

/** The desk records how the postal delivery of a result went (delivered, or not and returned to the desk). */
export async function recordDelivery(deps: ModuleDeps, principal: Principal, id: number, outcome: { status: 'delivered' | 'failed'; note?: string }): Promise<DossierRow> {
  return deps.uow(principal, async ({ tx, audit }) => {
    const d = await repo.getForUpdate(tx, id);
    if (!d) throw errors.notFound();
    if (!actorRoles(principal, d).includes('reception')) throw (await canRead(tx, principal, d)) ? errors.forbidden() : errors.notFound();
    if (d.status !== 'returned' || d.resultDelivery !== 'post' || !d.consignmentNumber) throw errors.notSentByPost();
    const updated = await repo.update(tx, id, { deliveryStatus: outcome.status, deliveryUpdatedAt: new Date() });
    const note = outcome.note?.trim() || (outcome.status === 'delivered' ? 'Bưu điện đã phát kết quả cho người nhận' : 'Bưu điện phát không thành công, kết quả chuyển về bộ phận một cửa');
    await repo.addEvent(tx, { dossierId: id, actorId: principal.id, actorName: principal.fullName, agencyId: d.receivingAgencyId, action: 'delivery',
      fromStatus: d.status, toStatus: d.status, step: d.currentStep, note, data: { deliveryStatus: outcome.status, consignmentNumber: d.consignmentNumber } });
    audit({ agencyId: d.receivingAgencyId, action: 'dossier.delivery', entity: 'dossier', entityId: id, data: { status: outcome.status, consignmentNumber: d.consignmentNumber } });
    return updated;
  });
}

export async function rate(deps: ModuleDeps, principal: Principal, id: number, rating: NonNullable<DossierRow['rating']>, comment?: string) {
  return deps.uow(principal, async ({ tx, audit }) => {
    const d = await repo.getForUpdate(tx, id);
    if (!d || principal.type !== 'user' || d.applicantId !== principal.id) throw errors.notFound();
    if (d.status !== 'returned') throw errors.notRateable();
    if (d.rating) throw errors.alreadyRated();
    const updated = await repo.update(tx, id, { rating, ratingComment: comment?.trim() || null });
    await runChangeHooks(tx, { before: d, after: updated, action: 'rate', paymentChannel: null, digitised: false });
    audit({ agencyId: d.receivingAgencyId, action: 'dossier.rate', entity: 'dossier', entityId: id, data: { rating } });
    return updated;
  });
}
