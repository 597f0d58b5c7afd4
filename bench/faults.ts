/**
 * Faults under load (issue 14). `npm run cluster` (N nodes behind Debian's nginx, the simulators once) on a
 * private PostgreSQL primary with a streaming replica, reached by a multi-host DATABASE_URL; citizens submit
 * dossiers and a desk receives them without pause while, one after the other:
 *   1. a node is killed with SIGKILL in the middle of its transitions (the cluster starts it again, as systemd would);
 *   2. PostgreSQL is restarted after an immediate shutdown (what a crash leaves);
 *   3. the primary is stopped for good and the replica promoted (fail-over): the nodes find the new primary;
 *   4. the file store's disk is full (a small tmpfs filled to the last byte), then freed;
 *   5. the outside systems answer slowly, then fail every call, then recover: the national portal (which also loses
 *      acknowledgements and repeats its lists), the document axis, the mail server and the payment platform (whose
 *      callbacks are then never sent, then sent twice) while a citizen pays fees online.
 * Then it lets the queues drain and prints what was lost, which must be nothing: every transition a client was told
 * succeeded is in the database once; none is applied twice; every event is delivered to every subscriber, none dead
 * or left waiting; the national portal holds every status change once, in order per dossier; the audit chain and the
 * integration message log verify; every fee the payment platform collected is recorded paid once, its dossier moved on
 * once; every 503 carried Retry-After and no answer was a 500; every node answers /healthz.
 * Exit status 1 when anything was lost.
 *
 *   npm run faults    # FAULTS_NODES=2 FAULTS_CLIENTS=6 FAULTS_SECONDS=12 (per phase)
 *
 * Needs root for the tmpfs of the disk fault; without the right to mount, that fault is skipped and the report says so.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { sealMessages, verifyMessageLog } from '../server/src/modules/integration/index.js';
import { sealAudit, verifyAuditChain } from '../server/src/platform/audit.js';
import { createPool, type Db } from '../server/src/platform/db.js';
import { startPrimary, startStandby } from '../server/test/private-postgres.js';
import { freePort } from '../server/test/mail-server.js';
import { samplePdf } from '../server/test/samples.js';
import { Browser } from './api.js';
import { BENCH_PROCEDURE } from './data.js';
import { setting } from './processes.js';
import { atEnd, repoRoot, runBench, scratchFolder } from './run.js';

const NODES = setting('FAULTS_NODES', 2);
/** Sở Tư pháp's criminal record certificate: 200.000 đồng, paid before reception. */
const FEE_PROCEDURE = '2.000488';
const CLIENTS = setting('FAULTS_CLIENTS', 6);
const PHASE_MS = setting('FAULTS_SECONDS', 12) * 1000;
const run = promisify(execFile);
const say = (line: string) => console.log(`[faults] ${new Date().toISOString().slice(11, 19)} ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- what the clients saw ----

type Action = 'submit' | 'receive';
/** Transitions the clients were told succeeded (2xx), and those whose outcome they never learnt (a cut connection, a 502). */
const acknowledged: { dossierId: number; action: Action }[] = [];
const uncertain: { dossierId: number; action: Action }[] = [];
const answers = { total: 0, byStatus: new Map<number, number>(), unavailableWithoutRetryAfter: 0, networkErrors: 0 };

/** One API call through nginx, retried while the platform says to come back (503, 507, 502/504 of a node going away). */
async function call(browser: Browser, method: 'GET' | 'POST', url: string, body?: Record<string, unknown>, file?: Uint8Array): Promise<{ status: number; json: any }> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await browser.raw(method, url, body, file);
    } catch {
      answers.networkErrors++;
      if (attempt > 120) throw new Error(`${method} ${url}: no answer after ${attempt} tries`);
      await sleep(500);
      continue;
    }
    answers.total++;
    answers.byStatus.set(response.status, (answers.byStatus.get(response.status) ?? 0) + 1);
    let text: string;
    try {
      text = await response.text();
    } catch {
      // The answer was cut off after its status (the node died while sending it): a POST may have committed.
      answers.networkErrors++;
      if (method === 'POST') return { status: 0, json: null };
      await sleep(500);
      continue;
    }
    if ([502, 503, 504, 507].includes(response.status)) {
      const retryAfter = Number(response.headers.get('retry-after'));
      if (response.status === 503 && !(retryAfter > 0)) answers.unavailableWithoutRetryAfter++;
      if (attempt > 120) throw new Error(`${method} ${url}: still ${response.status} after ${attempt} tries`);
      await sleep(Math.min(2_000, (retryAfter > 0 ? retryAfter * 1000 : 500)));
      // A POST cut off by a node's death may have committed: the caller learns it from the dossier's state.
      if (method === 'POST' && response.status !== 503 && response.status !== 507) return { status: response.status, json: null };
      continue;
    }
    return { status: response.status, json: text ? JSON.parse(text) : null };
  }
}

/** What a citizen fills in for a procedure: its e-form answered, and the labels of its required documents. */
type Application = { procedureId: number; formData: Record<string, string>; documents: string[] };

async function application(db: Db, citizen: Browser, nationalCode: string): Promise<Application> {
  const procedureId = (await db.query<{ id: number }>('SELECT id::int FROM procedures WHERE national_code = $1 ORDER BY id LIMIT 1', [nationalCode])).rows[0]!.id;
  const procedure = await citizen.call<{ documents: { name: string; optional?: boolean }[]; formFields: { name: string; type: string }[] }>('GET', `/api/procedures/${procedureId}`);
  const formData = Object.fromEntries(procedure.formFields.map((f) => [f.name, f.type === 'date' ? '2026-01-15' : f.type === 'number' ? '1' : 'Giấy khai sinh']));
  return { procedureId, formData, documents: procedure.documents.filter((d) => !d.optional).map((d) => d.name) };
}

/** Notes a transition's outcome as the client learnt it; true when it is known to have happened. */
function noted(dossierId: number, action: Action, done: { status: number; json: unknown }): boolean {
  if (done.status >= 200 && done.status < 300) acknowledged.push({ dossierId, action });
  else if (done.json === null) uncertain.push({ dossierId, action });
  return done.status >= 200 && done.status < 300;
}

/** A draft with its documents uploaded, then submitted: the dossier's id once the submission is acknowledged. */
async function submitted(citizen: Browser, { procedureId, formData, documents }: Application): Promise<number | undefined> {
  const draft = await call(citizen, 'POST', '/api/dossiers', { procedureId, applicant: { address: 'Số 5 Trần Đăng Ninh, phường Chi Lăng' }, formData });
  if (draft.status !== 201 && draft.status !== 200) return undefined;
  const id = draft.json.id as number;
  // A file of its own: the store keeps one copy per content, so the same bytes again would write nothing.
  const pdf = await samplePdf(`Don de nghi ${id}`);
  for (const label of documents) {
    if ((await call(citizen, 'POST', `/api/dossiers/${id}/files`, { kind: 'submission', label }, pdf)).status >= 300) return undefined;
  }
  return noted(id, 'submit', await call(citizen, 'POST', `/api/dossiers/${id}/submit`, {})) ? id : undefined;
}

/** One citizen's dossier, from draft to reception; loops until `until`. */
async function journeys(citizen: Browser, desk: Browser, form: Application, until: () => boolean) {
  while (!until()) {
    const id = await submitted(citizen, form);
    if (id) noted(id, 'receive', await call(desk, 'POST', `/api/dossiers/${id}/receive`, {}));
  }
}

/**
 * One citizen's fee-paying dossiers: submitted, then the fee paid online on the payment platform's page (the
 * platform's list of transactions is what was collected, whatever the citizen's browser heard); loops until `until`.
 */
async function payingJourneys(citizen: Browser, form: Application, until: () => boolean) {
  while (!until()) {
    const id = await submitted(citizen, form);
    if (!id) continue;
    let started: { paymentUrl: string } | undefined;
    while (!started && !until()) {
      // A platform that does not answer is a 502 PAYMENT_PLATFORM_UNAVAILABLE: the citizen tries again a little later.
      const answer = await call(citizen, 'POST', `/api/dossiers/${id}/payments`, {});
      if (answer.status === 200 || answer.status === 201) started = answer.json;
      else await sleep(1_000);
    }
    if (started) await fetch(started.paymentUrl, { method: 'POST', body: new URLSearchParams({ action: 'pay', bank: 'BIDV' }), redirect: 'manual' }).catch(() => undefined);
  }
}

// ---- the faults ----

async function nodePids(clusterPid: number): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const [stat, cmdline] = await Promise.all([fs.readFile(`/proc/${name}/stat`, 'utf8').catch(() => ''), fs.readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '')]);
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === clusterPid && cmdline.includes('server/src/main.ts')) pids.push(Number(name));
  }
  return pids;
}

/** Fills the file store's filesystem to the last byte, whatever it already holds; the answer frees it. */
async function fillDisk(dir: string): Promise<() => Promise<void>> {
  const filler = path.join(dir, 'filler');
  const { bavail, bsize } = await fs.statfs(dir);
  await fs.writeFile(filler, Buffer.alloc(bavail * bsize + 1024 * 1024)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOSPC') throw error;
  });
  return () => fs.rm(filler, { force: true });
}

// ---- the run ----

async function main() {
  const scratch = await scratchFolder('tinhso-faults');
  say('starting a private PostgreSQL primary and its streaming replica');
  const primary = await startPrimary();
  atEnd(() => primary.remove());
  const standby = await startStandby(primary);
  const databaseUrl = `postgres://postgres@127.0.0.1:${primary.port},127.0.0.1:${standby.port}/tinhso?target_session_attrs=read-write`;

  // The file store on a small filesystem of its own, to be filled.
  const dataDir = path.join(scratch, 'data');
  const filesDir = path.join(dataDir, 'files');
  await fs.mkdir(filesDir, { recursive: true });
  const diskFault = await run('mount', ['-t', 'tmpfs', '-o', 'size=256m', 'tmpfs', filesDir]).then(() => true, (error: Error) => {
    say(`the disk fault is skipped: cannot mount a tmpfs (${error.message.split('\n')[0]})`);
    return false;
  });
  if (diskFault) atEnd(() => run('umount', ['-l', filesDir]));

  const port = await freePort();
  say(`starting ${NODES} nodes behind nginx on port ${port} (npm run cluster)`);
  const cluster = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(repoRoot, 'scripts/cluster.ts')], {
    cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), CLUSTER_NODES: String(NODES), DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOOKUP_RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_MAX: '1000' },
  });
  atEnd(async () => {
    if (cluster.exitCode !== null || cluster.signalCode !== null) return;
    const exited = new Promise((resolve) => cluster.once('exit', resolve));
    cluster.kill('SIGTERM');
    await Promise.race([exited, sleep(30_000)]);
  });
  const clusterLog: string[] = [];
  cluster.stdout!.on('data', (chunk: Buffer) => clusterLog.push(...chunk.toString().split('\n').filter(Boolean)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; !clusterLog.some((l) => l.includes('[cluster] ready')); i++) {
    if (cluster.exitCode !== null) throw new Error(`the cluster exited:\n${clusterLog.slice(-30).join('\n')}`);
    if (i > 600) throw new Error('the cluster was not ready within 5 minutes');
    await sleep(500);
  }
  // The simulators npm run cluster starts, on the ports npm start gives them.
  const [mail, payment, axis, portal] = [1, 2, 3, 5].map((offset) => `http://127.0.0.1:${port + offset}`);
  let db = createPool(databaseUrl, 2);
  atEnd(() => db.end());

  const citizen = await Browser.signIn(base, 'citizen');
  const desk = await Browser.signIn(base, 'tiepnhan.chilang');
  const [plain, paying] = await Promise.all([application(db, citizen, BENCH_PROCEDURE), application(db, citizen, FEE_PROCEDURE)]);

  let stop = false;
  say(`load: ${CLIENTS - 1} citizens submitting, a desk receiving, and a citizen paying fees online, through nginx`);
  const load = Promise.all([
    ...Array.from({ length: CLIENTS - 1 }, () => journeys(citizen, desk, plain, () => stop)),
    payingJourneys(citizen, paying, () => stop),
  ]);
  const phase = async (name: string, fault: () => Promise<void>) => {
    const before = acknowledged.length;
    say(`${name}`);
    await fault();
    await sleep(PHASE_MS);
    say(`  ${acknowledged.length - before} transitions acknowledged meanwhile`);
  };
  await sleep(PHASE_MS);
  await phase('1. kill -9 a node in the middle of its transitions', async () => {
    const [victim] = await nodePids(cluster.pid!);
    if (!victim) throw new Error('no node process found');
    process.kill(victim, 'SIGKILL');
  });
  await phase('2. PostgreSQL restarted after an immediate shutdown', async () => {
    await primary.stop('immediate');
    await sleep(3_000);
    await primary.start();
  });
  await phase('3. fail-over: the primary stopped for good, the replica promoted', async () => {
    await primary.stop('immediate');
    await standby.run('pg_ctl', ['promote', '-w', '-D', standby.dir]);
  });
  if (diskFault) {
    await phase('4. the file store\'s disk full, then freed', async () => {
      const free = await fillDisk(filesDir);
      await sleep(PHASE_MS);
      await free();
    });
  }
  await phase('5. the outside systems slow, then failing, then well: the national portal (also losing acknowledgements), the document axis, the mail server, the payment platform (then its callbacks lost, then sent twice)', async () => {
    const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const portalSwitches = (body: unknown) => post(`${portal}/__switches`, body);
    const axisSwitches = (body: unknown) => post(`${axis}/__switches`, body);
    const mailSwitches = (body: unknown) => post(`${mail}/switches`, body);
    const paymentSwitches = (body: unknown) => post(`${payment}/__switches`, body);
    await Promise.all([portalSwitches({ slowMs: 3_000 }), axisSwitches({ slowMs: 3_000 }), mailSwitches({ delayMs: 2_000 }), paymentSwitches({ slowMs: 3_000 })]);
    await sleep(PHASE_MS / 2);
    await Promise.all([portalSwitches({ slowMs: 0, failNext: 50 }), axisSwitches({ slowMs: 0, failNext: 50 }), mailSwitches({ delayMs: 0, fail: true }), paymentSwitches({ slowMs: 0, failNext: 20 })]);
    await sleep(PHASE_MS / 2);
    await Promise.all([portalSwitches({ failNext: 0, loseAckNext: 20, duplicates: true }), axisSwitches({ failNext: 0 }), mailSwitches({ fail: false }), paymentSwitches({ failNext: 0, callback: 'none' })]);
    await sleep(PHASE_MS / 2);
    await Promise.all([portalSwitches({ loseAckNext: 0, duplicates: false }), paymentSwitches({ callback: 'duplicate' })]);
    await sleep(PHASE_MS / 2);
    await paymentSwitches({ callback: 'normal' });
  });
  stop = true;
  await load;
  // A pool of the fault script's own, made before the fail-over: a new one finds the promoted server as the nodes did.
  await db.end();
  db = createPool(databaseUrl, 2);

  // ---- what was lost ----
  // A delivery that failed many times waits its backoff (up to 10 minutes for the national portal): the wait follows the latest one due.
  say('load stopped; waiting for the queues to drain');
  const queue = async () => (await db.query<{ state: string; n: number }>('SELECT state, count(*)::int AS n FROM job_deliveries GROUP BY state')).rows;
  // A fee collected while the callbacks were lost is found by the payment query job (its first query 2 minutes on).
  const collected = async () => ((await (await fetch(`${payment}/__transactions`)).json()) as { reference: string; state: number }[])
    .filter((t) => t.state === 1).map((t) => t.reference);
  const unrecorded = async () => {
    const references = await collected();
    const recorded = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM payments WHERE reference = ANY($1) AND status = 'paid'`, [references])).rows[0]!.n;
    return references.length - recorded;
  };
  const drainLimit = Date.now() + 15 * 60_000;
  for (;;) {
    const waiting = (await db.query<{ subscriber: string; n: number; due: Date }>(
      `SELECT subscriber, count(*)::int AS n, max(next_attempt_at) AS due FROM job_deliveries WHERE state IN ('pending', 'running') GROUP BY subscriber`)).rows;
    const fees = await unrecorded();
    if ((waiting.length === 0 && fees === 0) || Date.now() > drainLimit) break;
    say(`  waiting: ${[...waiting.map((w) => `${w.subscriber} ${w.n} (last due ${w.due.toISOString().slice(11, 19)})`), ...(fees > 0 ? [`fees collected, not yet recorded ${fees}`] : [])].join(', ')}`);
    await sleep(10_000);
  }
  const states = Object.fromEntries((await queue()).map((q) => [q.state, q.n]));
  const touched = [...new Set([...acknowledged, ...uncertain].map((t) => t.dossierId))];
  const events = (await db.query<{ dossier_id: number; action: string; n: number }>(
    `SELECT dossier_id::int, action, count(*)::int AS n FROM dossier_events WHERE dossier_id = ANY($1) AND action IN ('submit', 'receive') GROUP BY 1, 2`, [touched])).rows;
  const count = new Map(events.map((e) => [`${e.dossier_id}/${e.action}`, e.n]));
  const lost = acknowledged.filter((t) => !count.get(`${t.dossierId}/${t.action}`));
  const twice = events.filter((e) => e.n > 1);
  const statuses = (await db.query<{ id: number; code: string | null }>('SELECT id::int, code FROM dossiers WHERE id = ANY($1)', [touched])).rows;

  // A change sent again under another key would be recorded again, with the same content.
  const received = (await (await fetch(`${portal}/__received`)).json()) as { changes: { change: { MaHoSo: string } }[] };
  const contents = received.changes.map((r) => JSON.stringify(r.change));
  const portalTwice = contents.length - new Set(contents).size;
  const onPortal = new Set(received.changes.map((r) => r.change.MaHoSo));
  const expectedOnPortal = statuses.filter((s) => s.code && count.get(`${s.id}/receive`));
  const portalMissing = expectedOnPortal.filter((s) => !onPortal.has(s.code!));

  // Every fee the platform collected recorded paid here, once; its dossier moved on once; nothing paid here the platform did not collect.
  const references = await collected();
  const fees = (await db.query<{ reference: string; status: string; dossier_id: number; moved: number }>(
    `SELECT p.reference, p.status, p.dossier_id::int,
            (SELECT count(*)::int FROM dossier_events e WHERE e.dossier_id = p.dossier_id AND e.action = 'record_payment') AS moved
       FROM payments p WHERE p.channel = 'online' AND (p.reference = ANY($1) OR p.status = 'paid')`, [references])).rows;
  const feesMissing = references.filter((r) => !fees.some((f) => f.reference === r && f.status === 'paid'));
  const feesInvented = fees.filter((f) => f.status === 'paid' && !references.includes(f.reference));
  const feesTwice = fees.filter((f) => f.moved !== 1).length + (fees.length - new Set(fees.map((f) => f.dossier_id)).size);
  const callbacks = ((await (await fetch(`${payment}/__callbacks`)).json()) as unknown[]).length;

  const emails = Object.fromEntries((await db.query<{ state: string; n: number }>(
    `SELECT state, count(*)::int AS n FROM outbound_messages WHERE channel = 'email' GROUP BY state`)).rows.map((r) => [r.state, r.n]));
  // Mail is at least once: a node that dies (or loses the database) between the mail server's acceptance and
  // recording it as sent sends it again under the same Message-ID, which the mailbox keeps once.
  const resent = ((await (await fetch(`${mail}/duplicates`)).json()) as { duplicates: number }).duplicates;
  const inMailbox = ((await (await fetch(`${mail}/messages`)).json()) as unknown[]).length;

  await sealAuditAll(db);
  const audit = await verifyAuditChain(db);
  while ((await sealMessages(db, 5000)) > 0);
  const messages = await verifyMessageLog(db);
  const healthy = await Promise.all(Array.from({ length: NODES }, (_, i) => fetch(`http://127.0.0.1:${port + 11 + i}/healthz`).then((r) => r.ok, () => false)));

  const lines: [string, string | number, boolean][] = [
    ['transitions acknowledged to clients', acknowledged.length, true],
    ['transitions whose answer was cut off (found applied / not applied)', `${uncertain.filter((t) => count.get(`${t.dossierId}/${t.action}`)).length} / ${uncertain.filter((t) => !count.get(`${t.dossierId}/${t.action}`)).length}`, true],
    ['LOST: acknowledged but not in the database', lost.length, lost.length === 0],
    ['APPLIED TWICE: a submission or reception recorded twice', twice.length, twice.length === 0],
    ['event deliveries done / dead / still waiting', `${states.done ?? 0} / ${states.dead ?? 0} / ${(states.pending ?? 0) + (states.running ?? 0)}`, !states.dead && !states.pending && !states.running],
    ['national portal: dossiers received / expected / missing', `${onPortal.size} / ${expectedOnPortal.length} / ${portalMissing.length}`, portalMissing.length === 0],
    ['national portal: a status change recorded twice', portalTwice, portalTwice === 0],
    ['payments: fees collected by the platform / recorded paid here / missing (callbacks sent)', `${references.length} / ${references.length - feesMissing.length} / ${feesMissing.length} (${callbacks})`, feesMissing.length === 0],
    ['payments: recorded paid without the platform / a dossier charged or moved on twice', `${feesInvented.length} / ${feesTwice}`, feesInvented.length === 0 && feesTwice === 0],
    ['mail: emails sent / still sending / in the mailbox, once each (sent again after a crash, same Message-ID)', `${emails.sent ?? 0} / ${emails.sending ?? 0} / ${inMailbox} (${resent})`, !emails.sending && inMailbox === (emails.sent ?? 0)],
    ['audit chain', audit.ok ? `verified (${audit.rows} entries)` : `BROKEN: ${JSON.stringify(audit)}`, audit.ok],
    ['integration message log', messages.ok ? `verified (${messages.entries} entries)` : `BROKEN: ${messages.broken?.reason}`, messages.ok],
    ['answers: total / 2xx / 503 / 507 / 502-504 / 500', `${answers.total} / ${[...answers.byStatus].filter(([s]) => s < 300).reduce((a, [, n]) => a + n, 0)} / ${answers.byStatus.get(503) ?? 0} / ${answers.byStatus.get(507) ?? 0} / ${(answers.byStatus.get(502) ?? 0) + (answers.byStatus.get(504) ?? 0)} / ${answers.byStatus.get(500) ?? 0}`, !answers.byStatus.get(500)],
    ['503 answers without Retry-After', answers.unavailableWithoutRetryAfter, answers.unavailableWithoutRetryAfter === 0],
    ['nodes answering /healthz at the end', `${healthy.filter(Boolean).length} of ${NODES}`, healthy.every(Boolean)],
  ];
  console.log('\n| check | result | |\n|---|---|---|');
  for (const [check, result, ok] of lines) console.log(`| ${check} | ${result} | ${ok ? 'ok' : 'FAILED'} |`);
  const failed = lines.filter(([, , ok]) => !ok);
  console.log(failed.length === 0 ? '\nNothing was lost.' : `\n${failed.length} check(s) failed.`);
  if (twice.length > 0) console.log(`applied twice: ${JSON.stringify(twice.slice(0, 10))}`);
  if (lost.length > 0) console.log(`lost: ${JSON.stringify(lost.slice(0, 10))}`);
  process.exitCode = failed.length === 0 ? 0 : 1;
}

async function sealAuditAll(db: Db) {
  while ((await sealAudit(db)) > 0);
}

await runBench('faults', main);
