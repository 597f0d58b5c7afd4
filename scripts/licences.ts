/**
 * The dependency and licence check run in CI (`npm run licences`).
 *
 * 1. Every package in package-lock.json (what `npm ci` installs, offline: no registry needed) must carry a
 *    licence the platform's own, AGPL-3.0-or-later, can be combined with: the lockfile's `license`, else the
 *    installed package.json's `license` or legacy `licenses`. An SPDX expression passes when one side of each
 *    OR and every side of each AND is allowed. A licence outside the allowlist fails; a package that states
 *    none fails too, unless reviewed below (listed on every run).
 * 2. `npm audit --omit=dev --audit-level=high` on what ships: a high or critical advisory fails. When the
 *    registry's audit endpoint cannot be reached the check says so and does not fail on it.
 *
 * Exit code 1 on any failure. `--no-audit` skips step 2.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Licences that can be combined with AGPL-3.0-or-later (permissive, weak copyleft, GPL-3/AGPL-3). */
export const ALLOWED = new Set([
  '0BSD', 'MIT', 'MIT-0', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'Zlib', 'Unlicense', 'CC0-1.0',
  'BlueOak-1.0.0', 'Python-2.0', 'PSF-2.0', 'Artistic-2.0', 'WTFPL', 'MPL-2.0', 'EPL-2.0',
  'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later',
  'GPL-3.0', 'GPL-3.0-only', 'GPL-3.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later',
  // Data, not code: the browser-support tables of the build tools.
  'CC-BY-4.0',
]);

/** Old or loose spellings found in package.json files, mapped to their SPDX identifiers. */
const ALIASES: Record<string, string> = {
  'MIT/X11': 'MIT', 'X11': 'MIT', BSD: 'BSD-3-Clause', 'Apache 2.0': 'Apache-2.0', 'Apache License 2.0': 'Apache-2.0',
  'EUPL-1.1+': 'EUPL-1.1-or-later', 'GPL-2.0+': 'GPL-2.0-or-later', 'LGPL-2.1+': 'LGPL-2.1-or-later', 'LGPL-3.0+': 'LGPL-3.0-or-later',
};

/**
 * Packages whose licence field a person read and decided on, with why. Keyed by name@version: an upgrade
 * is reviewed again.
 */
export const REVIEWED: Record<string, string> = {
  'dejavu-fonts-ttf@2.37.3': 'Bitstream Vera / Arev font licences (free to use, embed and redistribute); DejaVu changes public domain. Embedded in the PDFs.',
  'buffers@0.1.1': 'states no licence; pulled by exceljs → unzipper → binary (reading .xlsx). Kept until exceljs drops it: listed here so a reviewer sees it.',
  'humanize-number@0.0.2': 'MIT by its Readme (no licence field); development only, pulled by s3rver → koa-logger (the tests\' S3 server).',
  'only@0.0.2': 'MIT by its Readme (no licence field); development only, pulled by s3rver → koa (the tests\' S3 server).',
};

type LockPackage = { version?: string; license?: string; dev?: boolean; link?: boolean; optional?: boolean };

/** True when an SPDX expression is satisfied by the allowlist (OR: either side; AND: both sides; WITH: the licence). */
export function allowedExpression(expression: string): boolean {
  const tokens = expression.replace(/[()]/g, (p) => ` ${p} `).trim().split(/\s+/);
  let at = 0;
  const primary = (): boolean => {
    const token = tokens[at++];
    if (token === '(') {
      const value = or();
      at++; // ')'
      return value;
    }
    let id = ALIASES[token ?? ''] ?? token ?? '';
    if (tokens[at] === 'WITH') at += 2; // an exception only widens what the licence allows
    if (id.endsWith('+') && !ALLOWED.has(id)) id = `${id.slice(0, -1)}-or-later`;
    return ALLOWED.has(id);
  };
  const and = (): boolean => {
    let value = primary();
    while (tokens[at] === 'AND') {
      at++;
      value = primary() && value;
    }
    return value;
  };
  const or = (): boolean => {
    let value = and();
    while (tokens[at] === 'OR') {
      at++;
      value = and() || value;
    }
    return value;
  };
  // Loose strings ("MIT/X11", "Apache 2.0") are looked up whole before being parsed.
  if (ALIASES[expression]) return ALLOWED.has(ALIASES[expression]!);
  return or();
}

function installedLicence(dir: string): string | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as {
      license?: string | { type?: string }; licenses?: { type?: string }[] | string;
    };
    if (typeof manifest.license === 'string') return manifest.license;
    if (manifest.license?.type) return manifest.license.type;
    if (typeof manifest.licenses === 'string') return manifest.licenses;
    const types = manifest.licenses?.map((l) => l.type).filter(Boolean);
    return types?.length ? `(${types.join(' OR ')})` : undefined;
  } catch {
    return undefined;
  }
}

export function checkLicences() {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
  const refused: string[] = [];
  const unknown: string[] = [];
  const reviewed: string[] = [];
  let count = 0;
  for (const [dir, entry] of Object.entries(lock.packages)) {
    if (!dir || entry.link || !dir.includes('node_modules/')) continue; // the project and its workspaces
    const name = dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const id = `${name}@${entry.version ?? '?'}`;
    count++;
    const licence = entry.license ?? installedLicence(dir);
    const note = REVIEWED[id];
    if (note) reviewed.push(`${id} (${licence ?? 'no licence'}): ${note}`);
    else if (!licence) unknown.push(`${id}${entry.dev ? ' (dev)' : ''}`);
    else if (!allowedExpression(licence)) refused.push(`${id}${entry.dev ? ' (dev)' : ''}: ${licence}`);
  }
  return { count, refused, unknown, reviewed };
}

type AuditResult = { status: 'ok' | 'vulnerable' | 'unreachable'; summary: string };

export function audit(): AuditResult {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  let report: { message?: string; vulnerabilities?: Record<string, { severity: string; via: unknown[] }>; metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string } };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { status: 'unreachable', summary: (run.stderr || run.error?.message || 'no answer').trim().split('\n')[0]! };
  }
  if (report.error || !report.metadata) return { status: 'unreachable', summary: report.error?.summary || report.message || 'no answer from the audit endpoint' };
  const counts = report.metadata.vulnerabilities ?? {};
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical').map(([name, v]) => `${name} (${v.severity})`);
  const summary = Object.entries(counts).filter(([k, n]) => k !== 'total' && n > 0).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  return serious.length ? { status: 'vulnerable', summary: `${summary}: ${serious.join(', ')}` } : { status: 'ok', summary };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { count, refused, unknown, reviewed } = checkLicences();
  console.log(`Licences: ${count} packages in package-lock.json`);
  for (const line of reviewed) console.log(`  reviewed  ${line}`);
  for (const line of unknown) console.log(`  UNKNOWN   ${line}: no licence stated`);
  for (const line of refused) console.log(`  REFUSED   ${line}`);
  let failed = refused.length > 0 || unknown.length > 0;
  if (!failed) console.log('  every licence can be combined with AGPL-3.0-or-later');
  if (!process.argv.includes('--no-audit')) {
    const result = audit();
    if (result.status === 'unreachable') console.log(`Audit: the registry's audit endpoint did not answer (${result.summary}); not checked this time`);
    else console.log(`Audit (production dependencies): ${result.summary}`);
    if (result.status === 'vulnerable') failed = true;
  }
  process.exit(failed ? 1 : 0);
}
