import type { Queryable } from '../platform/db.js';
import { localPartOf } from '../modules/mail/index.js';

/**
 * The demo province's official mail: Sở Tư pháp and UBND thành phố Lạng Sơn have their own domains (the
 * city's wards use the city's), every official of theirs a mailbox by the naming rule, and each a văn thư
 * address reaching its clerk and leader. Without MAIL_LDAP_URL they wait "chưa đồng bộ"; with it, they are
 * provisioned when the platform starts.
 */
const domains: { agency: string; domain: string; quotaMb: number }[] = [
  { agency: 'stp', domain: 'stp.langson.gov.vn', quotaMb: 2048 },
  { agency: 'tpls', domain: 'tpls.langson.gov.vn', quotaMb: 1024 },
];

export async function seedDemoMail(tx: Queryable, agencyIds: Map<string, number>): Promise<void> {
  for (const d of domains) {
    const agencyId = agencyIds.get(d.agency)!;
    await tx.query('INSERT INTO mail_domains (agency_id, domain, default_quota_mb) VALUES ($1, $2, $3)', [agencyId, d.domain, d.quotaMb]);
    const officials = await tx.query<{ id: number; username: string; fullName: string }>(
      `SELECT DISTINCT u.id, u.username, u.full_name AS "fullName" FROM users u JOIN user_roles r ON r.user_id = u.id
        WHERE r.agency_id = $1 AND u.kind = 'official' ORDER BY u.id`, [agencyId]);
    const taken = new Set<string>();
    const byUser = new Map<string, number>();
    for (const o of officials.rows) {
      const local = localPartOf(o.fullName);
      let address = `${local}@${d.domain}`;
      for (let n = 2; taken.has(address); n++) address = `${local}${n}@${d.domain}`;
      taken.add(address);
      const created = await tx.query<{ id: number }>(
        'INSERT INTO mailboxes (agency_id, user_id, address, display_name, quota_mb) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [agencyId, o.id, address, o.fullName, d.quotaMb]);
      byUser.set(o.username, created.rows[0]!.id);
    }
    const members = [`vanthu.${d.agency}`, `lanhdao.${d.agency}`].map((u) => byUser.get(u)).filter((id): id is number => id !== undefined);
    await tx.query('INSERT INTO mail_aliases (agency_id, address, description, member_ids) VALUES ($1, $2, $3, $4)',
      [agencyId, `vanthu@${d.domain}`, 'Văn thư cơ quan: nhận văn bản, giấy mời gửi đến cơ quan', members]);
  }
}
