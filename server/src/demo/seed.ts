import type { Db } from '../platform/db.js';
import { inTransaction } from '../platform/db.js';
import { writeAudit } from '../platform/audit.js';
import { hashPassword } from '../modules/identity/index.js';
import { demoAgencies, demoCitizens, demoCounters, DEMO_PASSWORD, DEMO_RP, demoStaff } from './province.js';
import { demoFeeSchedules, demoFields, demoProcedures, demoWorkflows, type DemoProcedure } from './procedures.js';
import { DEFAULT_WORKFLOW, NO_FEES } from '../modules/catalog/index.js';
import { seedDemoFeedback } from './feedback.js';
import { seedDemoContent } from './content.js';
import { seedDemoIntegration } from './integration.js';
import { seedDemoInterop } from './interop.js';
import { seedDemoOperations } from './operations.js';
import { seedDemoMeetings } from './meetings.js';
import { seedDemoMail } from './mail.js';

/**
 * Seeds the demo province once: agencies, demo accounts and the procedure catalog. Idempotent: an
 * existing province root means the seed already ran, and nothing is touched.
 */
/** Who applies, by field (đối tượng thực hiện), as the national catalog words it. */
const APPLICANTS: Record<string, string> = {
  HT: 'Công dân Việt Nam', CT: 'Cá nhân, tổ chức', LLTP: 'Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam',
  TLDN: 'Tổ chức, doanh nghiệp', HKD: 'Cá nhân, thành viên hộ gia đình', HDXD: 'Cá nhân, tổ chức', DB: 'Cá nhân, tổ chức',
  DD: 'Cá nhân, hộ gia đình, tổ chức', BTXH: 'Cá nhân, hộ gia đình', LTHH: 'Thương nhân',
};

/** The usual steps of a one-stop procedure (Decree 61/2018/NĐ-CP, amended by 107/2021/NĐ-CP), one per line. */
function oneStopSteps(p: DemoProcedure, agency: string): string {
  return [
    'Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo thành phần hồ sơ của thủ tục.',
    `Bước 2: Nộp hồ sơ trực tuyến trên Cổng dịch vụ công, hoặc trực tiếp, qua bưu chính tại Bộ phận tiếp nhận và trả kết quả của ${agency}.`,
    'Bước 3: Cán bộ tiếp nhận kiểm tra hồ sơ: đủ thì tiếp nhận, cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01); chưa đủ thì hướng dẫn bổ sung một lần (mẫu 02); không đủ điều kiện thì từ chối và nêu rõ lý do (mẫu 03).',
    `Bước 4: ${agency} giải quyết hồ sơ trong ${p.processingDays.toLocaleString('vi-VN')} ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.`,
    p.onlineLevel === 'full'
      ? 'Bước 5: Nhận kết quả điện tử có chữ ký số trên Cổng dịch vụ công, hoặc bản giấy tại Bộ phận tiếp nhận và trả kết quả, hoặc qua bưu chính.'
      : 'Bước 5: Nhận kết quả tại Bộ phận tiếp nhận và trả kết quả, hoặc qua bưu chính.',
  ].join('\n');
}

export async function seedDemoProvince(db: Db): Promise<boolean> {
  const root = demoAgencies[0]!;
  const exists = await db.query('SELECT 1 FROM agencies WHERE code = $1', [root.code]);
  if ((exists.rowCount ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await inTransaction(db, async (tx) => {
    // Two nodes starting at once: the second waits here, then finds the province and stops.
    await tx.query('LOCK TABLE agencies IN EXCLUSIVE MODE');
    const again = await tx.query('SELECT 1 FROM agencies WHERE code = $1', [root.code]);
    if ((again.rowCount ?? 0) > 0) return;

    const agencyIds = new Map<string, number>();
    for (const agency of demoAgencies) {
      const created = await tx.query<{ id: number }>(
        `INSERT INTO agencies (parent_id, code, name, kind, valid_from) VALUES ($1, $2, $3, $4, '2020-01-01') RETURNING id`,
        [agency.parent ? agencyIds.get(agency.parent) : null, agency.code, agency.name, agency.kind],
      );
      agencyIds.set(agency.key, created.rows[0]!.id);
    }

    for (const person of demoStaff) {
      const user = await tx.query<{ id: number }>(
        `INSERT INTO users (username, password_hash, kind, full_name) VALUES ($1, $2, 'official', $3) RETURNING id`,
        [person.username, passwordHash, person.fullName],
      );
      await tx.query('INSERT INTO user_roles (user_id, role, agency_id) VALUES ($1, $2, $3)', [
        user.rows[0]!.id, person.role, agencyIds.get(person.agency),
      ]);
    }
    for (const person of demoCitizens) {
      const user = await tx.query<{ id: number }>(
        `INSERT INTO users (username, password_hash, kind, full_name, identity_number, phone, email, organization)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [person.username, passwordHash, person.kind, person.fullName, person.identityNumber, person.phone, person.email,
          'organization' in person ? person.organization : null],
      );
      await tx.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'citizen')`, [user.rows[0]!.id]);
    }

    for (const field of demoFields) {
      await tx.query('INSERT INTO procedure_fields (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [field.code, field.name]);
    }
    for (const p of demoProcedures) {
      const created = await tx.query<{ id: number }>(
        `INSERT INTO procedures (national_code, name, field_code, level, agency_id, documents, fee_vnd, fee_note,
           processing_days, online_level, legal_basis, result, form_fields, steps, applicants, fee_schedule)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [p.nationalCode, p.name, p.field, p.level, agencyIds.get(p.agency), JSON.stringify(p.documents), p.feeVnd,
          p.feeNote ?? null, p.processingDays, p.onlineLevel, p.legalBasis, p.result, JSON.stringify(p.formFields ?? []),
          oneStopSteps(p, demoAgencies.find((a) => a.key === p.agency)!.name), APPLICANTS[p.field] ?? 'Cá nhân, tổ chức',
          JSON.stringify(demoFeeSchedules[p.nationalCode] ?? NO_FEES)],
      );
      const steps = demoWorkflows[p.nationalCode]?.map((s) => ({ ...s, agencyId: s.agency ? agencyIds.get(s.agency)! : null })) ?? DEFAULT_WORKFLOW;
      for (const [i, step] of steps.entries()) {
        await tx.query(
          'INSERT INTO procedure_steps (procedure_id, position, name, role, agency_id, time_share) VALUES ($1, $2, $3, $4, $5, $6)',
          [created.rows[0]!.id, i + 1, step.name, step.role, step.agencyId, step.timeShare],
        );
      }
    }
    // Reception counters taking appointments at the busiest one-stop units.
    for (const [agency, names] of Object.entries(demoCounters)) {
      for (const name of names) {
        await tx.query('INSERT INTO reception_counters (agency_id, name, capacity, slot_minutes) VALUES ($1, $2, 2, 30)', [agencyIds.get(agency), name]);
      }
    }
    // A relying party anyone can try against the OpenID provider from their own machine (README).
    await tx.query('INSERT INTO oidc_clients (client_id, name, metadata, client_secret) VALUES ($1, $2, $3, $4)',
      [DEMO_RP.clientId, DEMO_RP.name, DEMO_RP.metadata, DEMO_RP.secret]);
    await seedDemoFeedback(tx, agencyIds);
    await seedDemoContent(tx, agencyIds);
    await seedDemoIntegration(tx, agencyIds);
    await seedDemoInterop(tx, agencyIds);
    await seedDemoOperations(tx, agencyIds);
    await seedDemoMeetings(tx, agencyIds);
    await seedDemoMail(tx, agencyIds);
    await writeAudit(tx, {
      actorId: null, agencyId: agencyIds.get('province')!, action: 'demo.seed', entity: 'agency', entityId: agencyIds.get('province')!,
      data: { agencies: demoAgencies.length, users: demoStaff.length + demoCitizens.length, procedures: demoProcedures.length },
    });
  });
  return true;
}
