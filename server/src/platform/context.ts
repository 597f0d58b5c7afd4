import type { Config } from '../config.js';
import type { Db } from './db.js';
import type { DocumentAxis } from './document-axis.js';
import type { FileStore } from './files.js';
import type { JobRegistry } from './jobs.js';
import type { MailProvider } from './mail.js';
import type { TextMessageProvider } from './messaging.js';
import type { PaymentProvider } from './payment-platform.js';
import type { AgencyKey } from './pki.js';
import type { SigningDevice } from './signing.js';
import type { ReadDb } from './read-replica.js';
import type { RunUnitOfWork } from './unit-of-work.js';

/** What every module is built with: the database, the unit of work, jobs, files, mail, signing keys and the configuration. */
export type ModuleDeps = {
  db: Db;
  /**
   * Reads that may come from the streaming replica (DATABASE_READ_URL; the primary when unset): for the
   * public pages that can show a state a moment old. The client who just changed something reads its change.
   */
  read: ReadDb;
  uow: RunUnitOfWork;
  jobs: JobRegistry;
  config: Config;
  files: FileStore;
  /** Mail to the outside world, sent by jobs after commit. */
  mail: MailProvider;
  /** SMS and app messages (a logging provider when no gateway is configured). */
  sms: TextMessageProvider;
  appMessage: TextMessageProvider;
  /** The national payment platform; null when only counter payments are taken. */
  payment: PaymentProvider | null;
  /** The national document axis; null when documents go to agencies on the platform only. */
  documentAxis: DocumentAxis | null;
  /** An agency's signing key (demo mode issues one on first use); null signs nothing. */
  agencyKey: (agencyCode: string, agencyName: string) => Promise<AgencyKey | null>;
  /**
   * An official's personal signing device: a PKCS#12 file today (demo mode issues one on first use), a
   * USB token or a remote signing service tomorrow; null when the official has none.
   */
  personalKey: (user: { id: number; fullName: string }) => Promise<SigningDevice | null>;
};
