import type { Config } from '../config.js';
import type { Db } from './db.js';
import type { JobRegistry } from './jobs.js';
import type { RunUnitOfWork } from './unit-of-work.js';

/** What every module is built with: the database, the unit of work, the job registry and the configuration. */
export type ModuleDeps = { db: Db; uow: RunUnitOfWork; jobs: JobRegistry; config: Config };
