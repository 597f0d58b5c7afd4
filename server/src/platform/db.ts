import pg from 'pg';

// bigint (int8) and numeric arrive as strings by default; our ids and VND amounts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
// Calendar dates stay 'yyyy-MM-dd' strings: no time zone shifts.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = pg.Pool;
/** Anything that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Pick<pg.ClientBase, 'query'>;
/** A query runner inside a transaction (a unit of work opens it at its first query). */
export type Tx = Queryable;

export type PoolOptions = {
  /**
   * How long a query waits for a connection (a new one, or a free one of the pool) before it fails as
   * "database unavailable": a request never hangs on a database that is away.
   */
  connectTimeoutMs?: number;
};

/**
 * A pool on `connectionString`, which may name several hosts the way libpq does
 * (`postgres://u:p@h1:5432,h2:5433/db?target_session_attrs=read-write`): see `HostList`.
 */
export function createPool(connectionString: string, max = 10, options: PoolOptions = {}): Db {
  const { url, urlFor, hosts, readWrite } = parseHosts(connectionString);
  const connectionTimeoutMillis = options.connectTimeoutMs ?? 5_000;
  const config: pg.PoolConfig = { connectionString: url, max, connectionTimeoutMillis, keepAlive: true };
  if (hosts.length > 1 || readWrite) config.Client = routedClient(new HostList(hosts, readWrite, urlFor, connectionTimeoutMillis));
  const pool = new pg.Pool(config);
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Nor one in use: the pool listens for errors only while a client is idle or runs a pool.query, and a
  // connection reset can come just after (a released client being ended, a unit of work between two
  // queries) - an 'error' event with no listener would end the process when PostgreSQL restarts. The
  // client is unusable then: its next query fails as "database unavailable", and the pool drops it.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** Runs `work` in one transaction: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(db: Db, work: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A unique constraint refused the row (SQLSTATE 23505): the caller turns it into its own 409. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Raised when a host of a multi-host URL that must be read-write turns out to be a standby. */
export const READ_ONLY_HOST = 'TINHSO_READ_ONLY_HOST';

const UNAVAILABLE_CODES = new Set([
  // The network: nobody listening, the connection cut, the host unreachable or unknown.
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (starting, stopping, in recovery),
  // the connection exception class, too_many_connections, and a write on a standby (a failover under way).
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300', '25006', READ_ONLY_HOST,
]);
// node-postgres reports these without a code.
const UNAVAILABLE_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|Query read timeout)/;

/**
 * Whether `error` says the database is away (stopped, restarting, unreachable, failing over) rather
 * than that the query was wrong: the request gets a 503 with Retry-After, and the same query would work
 * once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  // Connecting to a name with several addresses fails with all of their errors.
  return Array.isArray(errors) && errors.length > 0 && errors.every(isDatabaseUnavailable);
}

type Host = { host: string; port: number };

/**
 * The hosts of a libpq-style URL, and the URL with only the first of them (what node-postgres parses).
 * `target_session_attrs=read-write` (or `primary`) asks for the host that is not a standby.
 */
export function parseHosts(connectionString: string): { url: string; urlFor: (host: Host) => string; hosts: Host[]; readWrite: boolean } {
  const match = /^(postgres(?:ql)?:\/\/)([^@/?#]*@)?([^/?#]*)(.*)$/.exec(connectionString);
  if (!match) return { url: connectionString, urlFor: () => connectionString, hosts: [], readWrite: false };
  const [, scheme, auth = '', hostList = '', rest = ''] = match;
  const hosts = hostList.split(',').filter(Boolean).map((entry): Host => {
    const parts = /^(\[[^\]]+\]|[^:]*)(?::(\d+))?$/.exec(entry);
    return { host: (parts?.[1] ?? entry).replace(/^\[|\]$/g, '') || 'localhost', port: parts?.[2] ? Number(parts[2]) : 5432 };
  });
  const [pathPart = '', query = ''] = rest.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query ?? '');
  const attrs = params.get('target_session_attrs');
  params.delete('target_session_attrs');
  const search = params.toString();
  const urlFor = (host: Host | undefined) =>
    `${scheme}${auth}${host ? `${host.host.includes(':') ? `[${host.host}]` : host.host}:${host.port}` : ''}${pathPart}${search ? `?${search}` : ''}`;
  return { url: urlFor(hosts[0]), urlFor, hosts, readWrite: attrs === 'read-write' || attrs === 'primary' };
}

/**
 * The hosts of a multi-host URL, as libpq uses them: the one in use until a connection to it fails (or,
 * with read-write, finds a standby); then each host is tried in turn, from the next one on, and the
 * first that answers (and is not in recovery, with read-write) is used from then on. So after a
 * failover the nodes reach the promoted replica by themselves, without a restart.
 */
class HostList {
  private current = 0;
  private resolving: Promise<void> | undefined;

  constructor(readonly hosts: Host[], readonly readWrite: boolean, private readonly urlFor: (host: Host) => string, private readonly timeoutMs: number) {}

  private resolved = false;

  async pick(): Promise<Host> {
    // The first connection looks for the right host from the first one on, as libpq does.
    if (!this.resolved) {
      this.resolved = true;
      this.resolving = this.resolve(0).finally(() => (this.resolving = undefined));
    }
    if (this.resolving) await this.resolving;
    return this.hosts[this.current]!;
  }

  failed(host: Host): void {
    if (this.hosts.length < 2 || this.hosts[this.current] !== host || this.resolving) return;
    this.resolving = this.resolve(1).finally(() => (this.resolving = undefined));
  }

  /** The first host, from `current + from` on, that answers (and is not a standby, with read-write). */
  private async resolve(from: number): Promise<void> {
    for (let step = from; step < from + this.hosts.length; step++) {
      const index = (this.current + step) % this.hosts.length;
      // The host is in the connection string: node-postgres lets the string's values win over the options.
      const probe = new pg.Client({ connectionString: this.urlFor(this.hosts[index]!), connectionTimeoutMillis: this.timeoutMs });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        if (this.readWrite && (await probe.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby')).rows[0]?.standby) continue;
        this.current = index;
        return;
      } catch {
        // not this one
      } finally {
        await probe.end().catch(() => undefined);
      }
    }
  }
}

/** A client class for the pool that connects to the host list's current host, and reports one that fails. */
function routedClient(hosts: HostList): typeof pg.Client {
  return class RoutedClient extends pg.Client {
    override connect(): Promise<pg.Client>;
    override connect(callback: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): void;
    override connect(callback?: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): Promise<pg.Client> | void {
      const connecting = (async () => {
        const target = await hosts.pick();
        const self = this as unknown as { host: string; port: number; connectionParameters: { host: string; port: number } };
        self.host = self.connectionParameters.host = target.host;
        self.port = self.connectionParameters.port = target.port;
        try {
          await super.connect();
        } catch (error) {
          hosts.failed(target);
          throw error;
        }
        if (hosts.readWrite) {
          const standby = await super.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby').then((r) => r.rows[0]?.standby, () => true);
          if (standby) {
            hosts.failed(target);
            await this.end().catch(() => undefined);
            throw Object.assign(new Error(`${target.host}:${target.port} is a standby (target_session_attrs=read-write)`), { code: READ_ONLY_HOST });
          }
        }
        return this;
      })();
      if (!callback) return connecting;
      const done = callback as (err: Error | null, c?: pg.Client) => void;
      connecting.then((client) => done(null, client), (error: Error) => done(error));
    }
  };
}
