import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../src/demo/province.js';
import { calendarFor, HOURS_PER_WORKING_DAY } from '../src/modules/calendar/index.js';
import { DEFAULT_WORKFLOW, NO_FEES, type FeeSchedule, type WorkflowStep } from '../src/modules/catalog/index.js';
import { formatDossierCode } from '../src/modules/dossiers/dossier-code.js';
import { hashPassword } from '../src/modules/identity/index.js';
import type { Role } from '../src/platform/principal.js';
import { localDay } from '../src/platform/time.js';
import { samplePdf } from './samples.js';
import type { ApiClient, TestApp } from './test-app.js';

/**
 * Records of a test's own, each with unique codes and names, so that a test (or a new module) needs
 * nothing from the demo seed but its province root. Written in plain SQL: they set up the world the
 * API is then tested against, and must not depend on the API they help test.
 */

let sequence = 0;
const next = () => ++sequence;
// Another test app of the same file, or a retried test, must not meet the same names.
const run = randomBytes(3).toString('hex');
const two = (n: number) => String(n % 100).padStart(2, '0');

// Hashing is deliberately slow (argon2): every factory-made account shares one hash of the demo password.
let passwordHash: Promise<string> | undefined;
const demoPasswordHash = () => (passwordHash ??= hashPassword(DEMO_PASSWORD));

export type AgencyKind = 'province' | 'department' | 'district' | 'commune' | 'unit';

/** An agency under `parentId` (default: the province root), with a classic official code of its own. */
export async function buildAgency(t: TestApp, options: { parentId?: number; kind?: AgencyKind; name?: string } = {}): Promise<{ id: number; code: string }> {
  const parentId = options.parentId
    ?? (await t.db.query<{ id: number }>('SELECT id FROM agencies WHERE parent_id IS NULL ORDER BY id LIMIT 1')).rows[0]!.id;
  // Levels 2 and 3 from 90.00 up: the demo province uses low numbers only. A code already taken is skipped.
  for (;;) {
    const n = next();
    const code = `000.${two(90 + Math.floor(n / 100))}.${two(n)}.H37`;
    const created = await t.db.query<{ id: number }>(
      `INSERT INTO agencies (parent_id, code, name, kind, valid_from) VALUES ($1, $2, $3, $4, '2020-01-01')
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [parentId, code, options.name ?? `Cơ quan thử nghiệm ${n}-${run}`, options.kind ?? 'district'],
    );
    if (created.rows[0]) return { id: created.rows[0].id, code };
  }
}

type Account = { id: number; username: string; client: ApiClient };

async function insertUser(t: TestApp, user: { prefix: string; kind: 'citizen' | 'official'; fullName: string; identityNumber?: string }) {
  const username = `${user.prefix}.${next()}.${run}`;
  const created = await t.db.query<{ id: number }>(
    `INSERT INTO users (username, password_hash, kind, full_name, identity_number) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [username, await demoPasswordHash(), user.kind, user.fullName, user.identityNumber ?? null],
  );
  return { id: created.rows[0]!.id, username };
}

/** An official holding `roles` at one agency, not signed in: for tests that only need the account to exist. */
export async function insertOfficial(t: TestApp, agencyId: number, roles: Role | Role[]): Promise<{ id: number; username: string; roleIds: number[] }> {
  const user = await insertUser(t, { prefix: 'canbo', kind: 'official', fullName: 'Cán bộ thử nghiệm' });
  const roleIds: number[] = [];
  for (const role of Array.isArray(roles) ? roles : [roles]) {
    const grant = await t.db.query<{ id: number }>('INSERT INTO user_roles (user_id, role, agency_id) VALUES ($1, $2, $3) RETURNING id', [user.id, role, agencyId]);
    roleIds.push(grant.rows[0]!.id);
  }
  return { ...user, roleIds };
}

/** An official holding `roles` at one agency, signed in (the demo password works with `t.login`). */
export async function buildOfficial(t: TestApp, agencyId: number, roles: Role | Role[]): Promise<Account & { roleIds: number[] }> {
  const user = await insertOfficial(t, agencyId, roles);
  return { ...user, client: await t.login(user.username) };
}

/** A citizen account with an identity number of its own, signed in. */
export async function buildCitizen(t: TestApp): Promise<Account> {
  const identityNumber = `0${String(Date.now() % 1e6).padStart(6, '0')}${String(next()).padStart(5, '0')}`;
  const user = await insertUser(t, { prefix: 'congdan', kind: 'citizen', fullName: 'Công dân thử nghiệm', identityNumber });
  await t.db.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'citizen')`, [user.id]);
  return { ...user, client: await t.login(user.username) };
}

export type DocumentSpec = { name: string; original: number; copies: number; optional?: boolean };
export type FormFieldSpec = { name: string; label: string; type: 'text' | 'textarea' | 'date' | 'number'; required?: boolean };

/** A procedure of an agency, published by default, with one required document and the default workflow. */
export async function buildProcedure(
  t: TestApp,
  agencyId: number,
  options: { processingDays?: number; documents?: DocumentSpec[]; formFields?: FormFieldSpec[]; published?: boolean; steps?: Omit<WorkflowStep, 'position'>[]; feeSchedule?: FeeSchedule } = {},
): Promise<{ id: number; nationalCode: string }> {
  const n = next();
  const nationalCode = `9.${String(n).padStart(6, '0')}.${run}`;
  const created = await t.db.query<{ id: number }>(
    `INSERT INTO procedures (national_code, name, field_code, level, agency_id, documents, processing_days, online_level, published, form_fields, fee_schedule)
     SELECT $1, $2, 'HT', CASE a.kind WHEN 'commune' THEN 'commune' WHEN 'district' THEN 'district' ELSE 'province' END,
            a.id, $4, $5, 'full', $6, $7, $8
       FROM agencies a WHERE a.id = $3
     RETURNING id`,
    [nationalCode, `Thủ tục thử nghiệm ${n}-${run}`, agencyId,
      JSON.stringify(options.documents ?? [{ name: 'Đơn đề nghị', original: 1, copies: 0 }]), options.processingDays ?? 5,
      options.published ?? true, JSON.stringify(options.formFields ?? []), JSON.stringify(options.feeSchedule ?? NO_FEES)],
  );
  const id = created.rows[0]!.id;
  for (const [i, step] of (options.steps ?? DEFAULT_WORKFLOW).entries()) {
    await t.db.query(
      'INSERT INTO procedure_steps (procedure_id, position, name, role, agency_id, time_share) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, i + 1, step.name, step.role, step.agencyId, step.timeShare],
    );
  }
  return { id, nationalCode };
}

export type DossierState = 'draft' | 'submitted' | 'awaiting_payment' | 'received' | 'processing' | 'awaiting_supplement' | 'result_ready' | 'returned';
const ORDER: DossierState[] = ['draft', 'submitted', 'received', 'processing', 'result_ready', 'returned'];

/**
 * A dossier as the life cycle would have left it in `state`, written directly: code, reception and
 * due date once received; the workflow step (`step`, default 1; the last one once resolved) while
 * processing; the clock stopped while awaiting a supplement. With one history event.
 */
export async function buildDossier(
  t: TestApp,
  { procedureId, applicantId, state, step, unpaidFee }: { procedureId: number; applicantId?: number; state: DossierState; step?: number; unpaidFee?: number },
): Promise<{ id: number; code: string | null }> {
  const procedure = (await t.db.query<{ name: string; agencyId: number; agencyCode: string; processingDays: number }>(
    `SELECT p.name, p.agency_id AS "agencyId", a.code AS "agencyCode", p.processing_days AS "processingDays"
       FROM procedures p JOIN agencies a ON a.id = p.agency_id WHERE p.id = $1`, [procedureId])).rows[0]!;
  const person = applicantId === undefined ? undefined
    : (await t.db.query<{ fullName: string; identityNumber: string | null }>(
      'SELECT full_name AS "fullName", identity_number AS "identityNumber" FROM users WHERE id = $1', [applicantId])).rows[0]!;
  const reached = (s: DossierState) => ORDER.indexOf(state === 'awaiting_supplement' ? 'processing' : state === 'awaiting_payment' ? 'submitted' : state) >= ORDER.indexOf(s);
  const now = new Date();
  const calendar = await calendarFor(t.db, procedure.agencyId);

  const columns: Record<string, unknown> = {
    procedure_id: procedureId, procedure_name: procedure.name, receiving_agency_id: procedure.agencyId, current_agency_id: procedure.agencyId,
    applicant_id: applicantId ?? null,
    applicant: JSON.stringify(person ? { fullName: person.fullName, identityNumber: person.identityNumber ?? undefined, kind: 'citizen' } : { fullName: 'Người nộp tại quầy' }),
    channel: person ? 'online' : 'counter', status: state,
  };
  if (reached('submitted')) columns.submitted_at = now;
  // A fee owed before reception (awaiting payment) or, on a dossier further on, before the result.
  if (unpaidFee !== undefined || state === 'awaiting_payment') {
    const amount = unpaidFee ?? 50_000;
    Object.assign(columns, {
      payment_status: 'unpaid',
      fee: JSON.stringify({ lines: [{ code: 'LP', name: 'Lệ phí thử nghiệm', kind: 'le_phi', legalBasis: 'Dữ liệu thử nghiệm', basis: 'cố định', amount }],
        exemption: null, subtotal: amount, discount: 0, total: amount, payWhen: reached('received') ? 'before_result' : 'before_reception' }),
    });
  }
  if (reached('received')) {
    const sequence = await t.db.query<{ last_value: number }>(
      `INSERT INTO dossier_sequences (agency_id, day, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (agency_id, day) DO UPDATE SET last_value = dossier_sequences.last_value + 1 RETURNING last_value`,
      [procedure.agencyId, localDay(now)]);
    const processingHours = procedure.processingDays * HOURS_PER_WORKING_DAY;
    Object.assign(columns, {
      code: formatDossierCode(procedure.agencyCode, now, sequence.rows[0]!.last_value), received_at: now,
      processing_hours: processingHours, due_at: calendar.addWorkingHours(now, processingHours),
    });
  }
  if (reached('processing')) {
    const steps = (await t.db.query<{ position: number; name: string; role: string; timeShare: number }>(
      'SELECT position, name, role, time_share AS "timeShare" FROM procedure_steps WHERE procedure_id = $1 ORDER BY position', [procedureId])).rows;
    const at = steps.find((s) => s.position === (reached('result_ready') ? steps.length : step ?? 1))!;
    Object.assign(columns, {
      current_step: at.position, step_name: at.name, step_role: at.role, step_started_at: now,
      step_due_at: calendar.addWorkingHours(now, (procedure.processingDays * HOURS_PER_WORKING_DAY * at.timeShare) / 100),
    });
  }
  if (state === 'awaiting_supplement') {
    Object.assign(columns, { paused_at: now, remaining_hours: procedure.processingDays * HOURS_PER_WORKING_DAY, status_before_pause: 'processing', supplement_count: 1 });
  }
  if (reached('result_ready')) Object.assign(columns, { outcome: 'approved', resolved_at: now });
  if (reached('returned')) columns.returned_at = now;

  const names = Object.keys(columns);
  const created = await t.db.query<{ id: number; code: string | null }>(
    `INSERT INTO dossiers (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id, code`,
    Object.values(columns));
  const dossier = created.rows[0]!;
  await t.db.query('INSERT INTO dossier_agencies (dossier_id, agency_id) VALUES ($1, $2)', [dossier.id, procedure.agencyId]);
  await t.db.query(
    `INSERT INTO dossier_events (dossier_id, actor_id, agency_id, action, from_status, to_status, step, note)
     VALUES ($1, NULL, $2, $3, NULL, $4, $5, 'Tạo bởi dữ liệu thử nghiệm')`,
    [dossier.id, state === 'draft' ? null : procedure.agencyId, state === 'draft' ? 'create' : 'fixture', state, columns.current_step ?? null]);
  return dossier;
}

/** A small real PDF attached to a dossier (stored, so that it downloads). */
export async function buildDossierFile(
  t: TestApp, dossierId: number, { kind = 'submission', label = 'Đơn đề nghị' }: { kind?: 'submission' | 'supplement' | 'result'; label?: string } = {},
): Promise<{ id: number }> {
  const stored = await t.deps.files.save(t.db, Buffer.from(await samplePdf(`${label} ${dossierId}`)), 'application/pdf');
  const created = await t.db.query<{ id: number }>(
    `INSERT INTO dossier_files (dossier_id, kind, label, sha256, file_name, content_type, size)
     VALUES ($1, $2, $3, $4, 'tep-thu.pdf', 'application/pdf', $5) RETURNING id`,
    [dossierId, kind, label, stored.sha256, stored.size]);
  return { id: created.rows[0]!.id };
}

/** An unread in-app notification for a user. */
export async function buildNotification(t: TestApp, userId: number, dossierId?: number): Promise<{ id: number }> {
  const created = await t.db.query<{ id: number }>(
    `INSERT INTO notifications (user_id, dossier_id, title, body) VALUES ($1, $2, 'Thông báo thử nghiệm', 'Nội dung thử nghiệm') RETURNING id`,
    [userId, dossierId ?? null]);
  return { id: created.rows[0]!.id };
}

/** A day off declared far in the future, where it changes no deadline of a test. */
export async function buildCalendarDay(t: TestApp): Promise<{ id: number; date: string }> {
  for (;;) {
    const n = next();
    const date = `2099-${two(1 + (n % 12))}-${two(1 + (Math.floor(n / 12) % 28))}`;
    const created = await t.db.query<{ id: number }>(
      `INSERT INTO calendar_days (day, kind, note) VALUES ($1, 'day_off', 'Ngày nghỉ thử nghiệm') ON CONFLICT (day) DO NOTHING RETURNING id`, [date]);
    if (created.rows[0]) return { id: created.rows[0].id, date };
  }
}

/** A background delivery that ran out of attempts (a dead letter), for a subscriber that does not exist. */
export async function buildDeadDelivery(t: TestApp): Promise<{ id: number }> {
  const event = await t.db.query<{ id: number }>(`INSERT INTO events (topic, payload) VALUES ('test.event', '{}') RETURNING id`);
  const created = await t.db.query<{ id: number }>(
    `INSERT INTO job_deliveries (event_id, subscriber, state, attempts, last_error, finished_at)
     VALUES ($1, 'test.subscriber', 'dead', 8, 'lỗi thử nghiệm', now()) RETURNING id`, [event.rows[0]!.id]);
  return { id: created.rows[0]!.id };
}

/** A fee paid at the counter of `agencyId` for a dossier, its receipt not issued. */
export async function buildPayment(t: TestApp, dossierId: number, agencyId: number): Promise<{ id: number; reference: string }> {
  const created = await t.db.query<{ id: number; reference: string }>(
    `WITH n AS (SELECT nextval(pg_get_serial_sequence('payments', 'id')) AS id)
     INSERT INTO payments (id, reference, dossier_id, agency_id, amount, lines, payer, channel, status, paid_at, confirmed_by)
     SELECT n.id, 'TT20990101' || lpad(n.id::text, 8, '0'), $1, $2, 50000, '[]', '{"fullName": "Người nộp thử nghiệm"}', 'counter', 'paid', now(), 'counter'
       FROM n RETURNING id, reference`, [dossierId, agencyId]);
  return created.rows[0]!;
}

/** A reconciliation of a day far in the future (one per day), with nothing in it yet. */
export async function buildReconciliation(t: TestApp): Promise<{ id: number; day: string }> {
  for (;;) {
    const n = next();
    const day = `2098-${two(1 + (n % 12))}-${two(1 + (Math.floor(n / 12) % 28))}`;
    const created = await t.db.query<{ id: number }>(
      `INSERT INTO payment_reconciliations (day, platform_count, platform_total, our_count, our_total) VALUES ($1, 0, 0, 0, 0)
       ON CONFLICT (day) DO NOTHING RETURNING id`, [day]);
    if (created.rows[0]) return { id: created.rows[0].id, day };
  }
}

/** An unresolved reconciliation difference on a payment of `agencyId`. */
export async function buildDifference(t: TestApp, reconciliationId: number, agencyId: number): Promise<{ id: number }> {
  const created = await t.db.query<{ id: number }>(
    `INSERT INTO payment_differences (reconciliation_id, reference, kind, agency_id, our_amount, platform_amount)
     VALUES ($1, 'TT2098' || lpad($3::text, 12, '0'), 'amount', $2, 50000, 40000) RETURNING id`, [reconciliationId, agencyId, next()]);
  return { id: created.rows[0]!.id };
}

export type DocumentState = 'arrived' | 'registered' | 'in_progress' | 'draft' | 'in_review' | 'approved';

/**
 * A document of an agency in a given state: incoming ones (arrived electronically, registered with
 * `leaderId`, in progress with an open lead assignment for `assigneeId`), outgoing ones drafted by
 * `drafterId` to be signed by `leaderId` (in review by `reviewerId`), with an attachment.
 */
export async function buildDocument(t: TestApp, options: {
  agencyId: number; state: DocumentState; leaderId: number; drafterId?: number; reviewerId?: number; assigneeId?: number;
}): Promise<{ id: number; version: number; attachmentId: number; assignmentId: number | null }> {
  const outgoing = ['draft', 'in_review', 'approved'].includes(options.state);
  const n = Math.floor(Math.random() * 1e9);
  const created = await t.db.query<{ id: number }>(
    `INSERT INTO documents (agency_id, direction, status, doc_type, summary, body, number_symbol, issuer_name, issued_on, channel, received_at,
       leader_id, signer_id, signer_position, created_by)
     VALUES ($1, $2, $3, 'CV', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [options.agencyId, outgoing ? 'outgoing' : 'incoming', options.state, `Văn bản thử nghiệm ${n}`, outgoing ? 'Nội dung thử nghiệm.' : null,
      outgoing ? null : `${n % 1000}/UBND-VP`, outgoing ? null : 'UBND tỉnh thử nghiệm', outgoing ? null : '2026-11-20', outgoing ? null : 'platform',
      outgoing ? null : new Date(), options.state === 'arrived' ? null : options.leaderId, outgoing ? options.leaderId : null, outgoing ? 'Giám đốc' : null,
      options.drafterId ?? null]);
  const id = created.rows[0]!.id;
  if (!outgoing && options.state !== 'arrived') {
    const register = await t.db.query<{ id: number }>(`INSERT INTO document_registers (agency_id, direction, year, name, agency_symbol)
       VALUES ($1, 'incoming', 2026, 'Sổ văn bản đến năm 2026', 'UBND') ON CONFLICT (agency_id, direction, year, name) DO UPDATE SET name = EXCLUDED.name RETURNING id`, [options.agencyId]);
    await t.db.query(`WITH taken AS (UPDATE document_registers SET last_number = last_number + 1 WHERE id = $2 RETURNING last_number)
        UPDATE documents SET register_id = $2, number = (SELECT last_number FROM taken) WHERE id = $1`, [id, register.rows[0]!.id]);
  }
  const stored = await t.deps.files.save(t.db, Buffer.from(await samplePdf('Dinh kem thu nghiem')), 'application/pdf');
  const attachment = await t.db.query<{ id: number }>(`INSERT INTO document_attachments (document_id, name, sha256, size, content_type) VALUES ($1, 'dinh-kem.pdf', $2, $3, 'application/pdf') RETURNING id`, [id, stored.sha256, stored.size]);
  let assignmentId: number | null = null;
  if (options.state === 'in_progress') {
    assignmentId = (await t.db.query<{ id: number }>(`INSERT INTO document_assignments (document_id, agency_id, user_id, role, deadline, assigned_by)
       VALUES ($1, $2, $3, 'lead', '2099-12-31', $4) RETURNING id`, [id, options.agencyId, options.assigneeId ?? null, options.leaderId])).rows[0]!.id;
  }
  if (outgoing) {
    await t.db.query(`INSERT INTO document_recipients (document_id, organ_id, organ_name, channel) VALUES ($1, '000.00.00.G09', 'Bộ Tư pháp', 'axis')`, [id]);
  }
  if (options.state === 'in_review' && options.reviewerId) {
    await t.db.query('INSERT INTO document_reviews (document_id, reviewer_id, round) VALUES ($1, $2, 1)', [id, options.reviewerId]);
  }
  return { id, version: 1, attachmentId: attachment.rows[0]!.id, assignmentId };
}
