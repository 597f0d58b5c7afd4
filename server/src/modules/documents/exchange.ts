import type { ModuleDeps } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { AxisRefused, type AxisPackage } from '../../platform/document-axis.js';
import type { Subscription } from '../../platform/jobs.js';
import { systemPrincipal, type UserPrincipal } from '../../platform/principal.js';
import { repeat } from '../../platform/repeat.js';
import { trustedCaCertificates } from '../../platform/signing.js';
import { identity } from '../identity/index.js';
import { hasRoleAt, officialAgencies, readableDocument } from './access.js';
import {
  buildEdxml, buildStatus, EdxmlError, parseEdxml, signEdxml, verifyEdxml, verifyStatus, parseStatus,
  type EdxmlMessage, type EdxmlStatus, type EdxmlStatusCode,
} from './edxml.js';
import { documentErrors as e } from './errors.js';
import { documentRepository as repo, type DocumentRow, type Recipient } from './repository.js';
import { DOCUMENT_TYPES, documentType, EDXML_STATUS, recipientStatusOf, type RecipientStatus } from './rules.js';
import { announceNew, DOCUMENT_ISSUED, INCOMING_STATUS } from './service.js';

/**
 * Exchange with the national document axis: issued documents go out as signed edXML packages, through
 * the job registry (retried, sent once per delivery key); what arrives is verified before anything is
 * registered, and what fails verification is quarantined with its reason and answered with status 02.
 */

const AXIS = systemPrincipal('Trục liên thông văn bản quốc gia');

const STATUS_TEXT: Record<RecipientStatus, string> = {
  arrived: 'Đã đến', rejected: 'Từ chối tiếp nhận', registered: 'Đã vào sổ văn bản đến', assigned: 'Đã phân công xử lý',
  in_progress: 'Đang xử lý', done: 'Đã hoàn thành xử lý',
};

/** The signed edXML package of an issued document, addressed to `to` (all its recipients by default). */
async function packageOf(deps: ModuleDeps, d: DocumentRow, to: Recipient[]): Promise<string> {
  const [agency, place, attachments] = await Promise.all([identity.agencyProfile(deps.db, d.agencyId), identity.placeOf(deps.db, d.agencyId), repo.attachments(deps.db, d.id)]);
  const key = await deps.agencyKey(agency!.code, agency!.name);
  if (!key) throw e.noKey();
  const type = documentType(d.docType)!;
  const [codeNumber, ...rest] = d.numberSymbol!.split('/');
  const message: EdxmlMessage = {
    from: { organId: agency!.code, organName: agency!.name },
    to: to.map((r) => ({ organId: r.organId, organName: r.organName })),
    codeNumber: codeNumber!, codeNotation: rest.join('/'), place, promulgationDate: d.issuedOn!,
    documentType: { type: type.edxmlType, typeName: type.name }, subject: d.summary, content: d.body ?? undefined,
    signer: { competence: d.signerCompetence ?? '', position: d.signerPosition ?? '', fullName: d.signerName ?? '' },
    dueDate: d.dueOn, toPlaces: to.map((r) => r.organName), priority: d.urgency as EdxmlMessage['priority'],
    responseFor: await responseFor(deps, d), documentId: d.exchangeId!, traces: [{ organId: agency!.code, timestamp: d.issuedAt ?? new Date() }],
    business: { docType: 0, paper: 0, staff: { department: agency!.name } },
    attachments: [
      { contentId: 'van-ban', name: `${d.numberSymbol!.replace(/\//g, '_')}.pdf`, contentType: 'application/pdf', description: 'Văn bản điện tử đã ký số', content: await deps.files.read(d.fileSha256!) },
      ...await Promise.all(attachments.map(async (a) => ({ contentId: `dinh-kem-${a.id}`, name: a.name, contentType: a.contentType, content: await deps.files.read(a.sha256) }))),
    ],
  };
  return signEdxml(buildEdxml(message), key);
}

/** The document this one answers, when it came over the axis with its edXML identity. */
async function responseFor(deps: ModuleDeps, d: DocumentRow): Promise<EdxmlMessage['responseFor']> {
  const answered = d.respondsTo ? await repo.get(deps.db, d.respondsTo) : undefined;
  if (!answered?.exchangeId || !answered.issuerCode) return null;
  return { organId: answered.issuerCode, code: answered.numberSymbol ?? '', promulgationDate: answered.issuedOn ?? '', documentId: answered.exchangeId };
}

/** `GET /documents/{id}/edxml`: the package of an issued document, for anyone who may read it. */
export async function edxmlOf(deps: ModuleDeps, user: UserPrincipal, id: number): Promise<{ d: DocumentRow; xml: string }> {
  const d = await readableDocument(deps.db, user, id);
  if (d.direction !== 'outgoing' || d.status !== 'issued') throw e.notIssued();
  return { d, xml: await packageOf(deps, d, await repo.recipients(deps.db, id)) };
}

/** Sends an issued document to its recipients outside the platform, once per delivery, retried while the axis is away. */
export function axisSender(deps: ModuleDeps): Subscription {
  return {
    name: 'documents.axis-send',
    topics: [DOCUMENT_ISSUED],
    maxAttempts: 12,
    retryDelayMs: 5_000,
    async handle(delivery) {
      const d = await repo.get(deps.db, Number(delivery.payload.documentId));
      if (!d) return;
      const to = (await repo.recipients(deps.db, d.id)).filter((r) => r.channel === 'axis' && r.status === 'pending');
      if (to.length === 0) return;
      const mark = (status: string, note: string | null, xml: string | null, messageKey: string) => deps.uow(AXIS, async ({ tx, audit }) => {
        for (const r of to) await repo.setRecipientStatus(tx, { id: r.id }, status, note);
        if (xml) {
          await tx.query(`INSERT INTO axis_messages (direction, kind, message_key, document_id, from_organ, to_organs, xml, status)
              VALUES ('out', 'edxml', $1, $2, $3, $4, $5, 'sent') ON CONFLICT DO NOTHING`, [messageKey, d.id, d.exchangeId!.split(',')[0], to.map((r) => r.organId), xml]);
        }
        audit({ action: 'document.axis.send', entity: 'document', entityId: d.id, agencyId: d.agencyId, data: { status, to: to.map((r) => r.organId) } });
      });
      if (!deps.documentAxis) return void (await mark('failed', 'Chưa kết nối trục liên thông văn bản quốc gia.', null, delivery.idempotencyKey));
      const xml = await packageOf(deps, d, to);
      try {
        await deps.documentAxis.send('edxml', xml, delivery.idempotencyKey);
      } catch (error) {
        if (!(error instanceof AxisRefused)) throw error;
        return void (await mark('failed', `Trục từ chối: ${error.message}`, null, delivery.idempotencyKey));
      }
      await mark('sent', null, xml, delivery.idempotencyKey);
    },
  };
}

/** Tells the sender over the axis what became of its document (edXML status 01–06), signed by the recipient agency. */
export function axisStatusSender(deps: ModuleDeps): Subscription {
  return {
    name: 'documents.axis-status',
    topics: [INCOMING_STATUS],
    maxAttempts: 12,
    retryDelayMs: 5_000,
    async handle(delivery) {
      if (!deps.documentAxis) return;
      const status = delivery.payload.status as RecipientStatus;
      const about = await statusSubject(deps, delivery.payload);
      if (!about) return;
      const agency = await identity.agencyProfile(deps.db, about.agencyId);
      const key = await deps.agencyKey(agency!.code, agency!.name);
      if (!key) throw new Error(`no signing key for agency ${agency!.code}`);
      const message: EdxmlStatus = {
        responseFor: about.responseFor, from: { organId: agency!.code, organName: agency!.name },
        statusCode: EDXML_STATUS[status] as EdxmlStatusCode, description: (delivery.payload.note as string | null) ?? STATUS_TEXT[status], timestamp: delivery.occurredAt,
      };
      try {
        await deps.documentAxis.send('status', await signEdxml(buildStatus(message), key), delivery.idempotencyKey);
      } catch (error) {
        if (!(error instanceof AxisRefused)) throw error;
      }
    },
  };
}

/** Which document a status is about: one we registered, or a package we quarantined (read as far as it can be). */
async function statusSubject(deps: ModuleDeps, payload: Record<string, unknown>): Promise<{ agencyId: number; responseFor: EdxmlStatus['responseFor'] } | null> {
  if (payload.documentId) {
    const d = await repo.get(deps.db, Number(payload.documentId));
    if (!d || d.channel !== 'axis' || !d.exchangeId) return null;
    return { agencyId: d.agencyId, responseFor: { organId: d.issuerCode ?? '', code: d.numberSymbol ?? '', documentId: d.exchangeId, promulgationDate: d.issuedOn ?? '' } };
  }
  const row = (await deps.db.query<{ xml: string; agencyId: number | null }>(`SELECT m.xml, a.id AS "agencyId" FROM axis_messages m
      LEFT JOIN agency_directory a ON a.code = m.to_organs[1] WHERE m.id = $1`, [payload.axisMessageId])).rows[0];
  if (!row?.agencyId) return null;
  try {
    const m = parseEdxml(row.xml);
    return { agencyId: row.agencyId, responseFor: { organId: m.from.organId, code: `${m.codeNumber}/${m.codeNotation}`, documentId: m.documentId, promulgationDate: m.promulgationDate } };
  } catch {
    return null; // too broken to say whom to answer
  }
}

/** Takes what the axis holds for our organs; returns how many messages were handled. */
export async function pollAxis(deps: ModuleDeps): Promise<number> {
  if (!deps.documentAxis) return 0;
  const packages = await deps.documentAxis.pending(50);
  for (const p of packages) {
    await receive(deps, p);
    await deps.documentAxis.ack(p.packageId, p.to);
  }
  return packages.length;
}

type Verdict = { ok: true } | { ok: false; code: string; reason: string };

async function receive(deps: ModuleDeps, p: AxisPackage): Promise<void> {
  const key = `${p.packageId}:${p.to}`;
  const trusted = await trustedCaCertificates(deps.config.pkiDir);
  const agency = (await deps.db.query<{ id: number; name: string }>('SELECT id, name FROM agency_directory WHERE code = $1', [p.to])).rows[0];
  let verdict: Verdict = { ok: true };
  let message: EdxmlMessage | undefined;
  let status: EdxmlStatus | undefined;
  const files: { name: string; data: Buffer; contentType: string }[] = [];
  try {
    if (!agency) throw new EdxmlError('missing_field', `Không có cơ quan nhận với mã định danh ${p.to} trên hệ thống.`);
    if (p.kind === 'status') {
      status = signedOrPlainStatus(p.xml, trusted);
    } else {
      message = verifyEdxml(p.xml, { trustedCaPem: trusted }).message;
      for (const a of message.attachments) files.push({ name: a.name, data: a.content, contentType: await deps.files.checkUpload(a.content) });
    }
  } catch (error) {
    if (error instanceof EdxmlError) verdict = { ok: false, code: error.reason, reason: error.message };
    else if (error instanceof AppError) verdict = { ok: false, code: 'bad_attachment', reason: `Tệp đính kèm không hợp lệ: ${error.message}` };
    else throw error;
  }
  await deps.uow(AXIS, async (uow) => {
    const { tx } = uow;
    const recorded = await tx.query<{ id: number }>(`INSERT INTO axis_messages (direction, kind, message_key, from_organ, to_organs, xml, status, reason_code, reason)
        VALUES ('in', $1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
    [p.kind, key, p.from, [p.to], p.xml, verdict.ok ? 'accepted' : 'quarantined', verdict.ok ? null : verdict.code, verdict.ok ? null : verdict.reason]);
    const messageId = recorded.rows[0]?.id;
    if (!messageId) return; // delivered twice: handled the first time
    if (!verdict.ok) {
      uow.audit({ action: 'document.axis.quarantine', entity: 'axis_message', entityId: messageId, agencyId: agency?.id ?? null, data: { code: verdict.code, from: p.from } });
      if (p.kind === 'edxml' && agency) uow.emit(INCOMING_STATUS, { axisMessageId: messageId, status: 'rejected', note: verdict.reason });
      return;
    }
    if (status) {
      const target = (await tx.query<{ id: number }>(`SELECT id FROM documents WHERE direction = 'outgoing' AND exchange_id = $1 AND agency_id = $2`,
        [status.responseFor.documentId, agency!.id])).rows[0];
      const next = recipientStatusOf(status.statusCode);
      if (target && next) {
        await repo.setRecipientStatus(tx, { documentId: target.id, organId: status.from.organId }, next, status.description);
        await repo.addHistory(tx, target.id, { id: null, fullName: status.from.organName || status.from.organId }, `Nơi nhận: ${STATUS_TEXT[next]}`, status.description);
      }
      return;
    }
    const m = message!;
    const main = files.findIndex((f) => f.contentType === 'application/pdf');
    const stored = await Promise.all(files.map((f) => deps.files.save(tx, f.data, f.contentType)));
    const type = DOCUMENT_TYPES.find((t) => t.edxmlType === m.documentType.type) ?? documentType('CV')!;
    const inserted = await tx.query<{ id: number }>(`INSERT INTO documents (agency_id, direction, status, doc_type, summary, urgency, number_symbol, issuer_name, issuer_code,
        issued_on, channel, received_at, due_on, file_sha256, exchange_id)
      VALUES ($1, 'incoming', 'arrived', $2, $3, $4, $5, $6, $7, $8, 'axis', now(), $9, $10, $11) ON CONFLICT DO NOTHING RETURNING id`,
    [agency!.id, type.code, m.subject.slice(0, 1000), Math.min(m.priority, 4), `${m.codeNumber}/${m.codeNotation}`.slice(0, 60), m.from.organName.slice(0, 300),
      m.from.organId, m.promulgationDate, m.dueDate ?? null, main >= 0 ? stored[main]!.sha256 : null, m.documentId]);
    const id = inserted.rows[0]?.id;
    if (!id) return; // the same document sent again under another package: registered once
    await tx.query('UPDATE axis_messages SET document_id = $2 WHERE id = $1', [messageId, id]);
    for (const [i, f] of files.entries()) if (i !== main) await repo.addAttachment(tx, id, f.name, stored[i]!, null);
    await repo.addHistory(tx, id, AXIS, 'Văn bản đến (qua trục liên thông quốc gia)', m.from.organName);
    uow.audit({ action: 'document.axis.receive', entity: 'document', entityId: id, agencyId: agency!.id, data: { exchangeId: m.documentId, from: m.from.organId } });
    uow.emit(INCOMING_STATUS, { documentId: id, status: 'arrived' });
    announceNew(uow, id, agency!.id, 'incoming', 'arrived');
  });
}

/** Statuses are checked when signed; the axis's own notices come unsigned and are taken as information only. */
function signedOrPlainStatus(xml: string, trusted: string[]): EdxmlStatus {
  try {
    return verifyStatus(xml, { trustedCaPem: trusted }).status;
  } catch (error) {
    if (error instanceof EdxmlError && error.reason === 'unsigned') return parseStatus(xml);
    throw error;
  }
}

/** Packages refused on arrival, for the clerks of the agencies they were addressed to. */
export async function quarantine(deps: ModuleDeps, user: UserPrincipal) {
  const agencies = officialAgencies(user).filter((a) => hasRoleAt(user, a, 'clerk', 'admin'));
  if (agencies.length === 0) throw e.clerkOnly();
  return (await deps.db.query(`SELECT m.id, m.message_key AS "messageKey", m.from_organ AS "fromOrgan", m.to_organs AS "toOrgans", m.reason_code AS "reasonCode",
      m.reason, m.created_at AS "createdAt" FROM axis_messages m
      WHERE m.status = 'quarantined' AND m.to_organs && (SELECT array_agg(code) FROM agency_directory WHERE id = ANY($1::bigint[]))
      ORDER BY m.id DESC LIMIT 200`, [agencies])).rows;
}

/** Polls the axis every few seconds on nodes that run jobs (safe on several: each message is recorded once). */
export function startAxisPolling(deps: ModuleDeps, log: { error: (obj: unknown, msg: string) => void }, intervalMs = 5_000): () => Promise<void> {
  if (!deps.documentAxis) return async () => undefined;
  const polling = repeat(async () => {
    while ((await pollAxis(deps)) > 0);
  }, { intervalMs, firstDelayMs: 2_000, onError: (error) => log.error({ err: error }, 'document axis poll failed') });
  return polling.stop;
}
