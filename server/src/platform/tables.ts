/** Tables the platform itself owns: migrations, the audit chain, events and their deliveries, stored files. */
export const PLATFORM_TABLES = ['schema_migrations', 'audit_log', 'audit_chain_head', 'audit_checkpoints', 'events', 'job_deliveries', 'files', 'data_keys'] as const;
