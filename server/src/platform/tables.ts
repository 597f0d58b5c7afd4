/** Tables the platform itself owns: migrations, the audit chain, events and their deliveries, stored files, rate-limit counts, personal-data keys. */
export const PLATFORM_TABLES = ['schema_migrations', 'audit_log', 'audit_chain_head', 'audit_checkpoints', 'events', 'job_deliveries', 'files', 'rate_limit_hits', 'data_keys'] as const;
