import type { Queryable } from '../../platform/db.js';
import type { FinalStatement } from '../../platform/unit-of-work.js';
import type { DossierAction } from './lifecycle.js';
import type { DossierFile, DossierRow } from './repository.js';

/**
 * A change of a dossier as a higher module sees it inside the change's own statement: the row before and
 * after, what was done, the payment's channel when one was recorded, and whether the dossier had an
 * electronic file when received (from the files the transition read; the same on both sides otherwise).
 */
export type DossierChange = {
  before: DossierRow; after: DossierRow; action: DossierAction | 'rate';
  paymentChannel: 'online' | 'counter' | null; digitised: boolean;
};

/**
 * A higher module's addition to the statement that writes a dossier change: one common table expression
 * (`name AS (...)`) written only if `changed` (the name of the CTE whose rows say the change took place)
 * returns a row, or null when the change is nothing to it. `param` adds a value and returns its `$n`.
 */
export type ChangeHook = (change: DossierChange, param: (value: unknown) => string, changed: string) => string | null;

const hooks: ChangeHook[] = [];

/**
 * Registers a hook run with every change of a dossier (the operations center's rollups): it is written by
 * the change's own statement, so it commits with it or not at all, in the same unit of work, while the
 * dossiers module never names the hook's tables. Registered once per process, at import.
 */
export function onDossierChange(hook: ChangeHook): void {
  if (!hooks.includes(hook)) hooks.push(hook);
}

/** The statement of a change with the hooks' additions. */
export function withChangeHooks(statement: FinalStatement, change: DossierChange): FinalStatement {
  const values = [...statement.values];
  const param = (value: unknown) => `$${values.push(value)}`;
  const parts = hooks.map((hook) => hook(change, param, statement.changed)).filter((p): p is string => !!p);
  if (parts.length === 0) return statement;
  return { ...statement, with: [statement.with, ...parts].join(',\n'), values };
}

/** Runs the hooks for a change already written in `tx` (a rating): their additions as one statement. */
export async function runChangeHooks(tx: Queryable, change: DossierChange): Promise<void> {
  const statement = withChangeHooks({ with: 'hook_done AS (SELECT 1)', changed: 'hook_done', select: 'SELECT 1', values: [] }, change);
  if (statement.with === 'hook_done AS (SELECT 1)') return;
  await tx.query(`WITH ${statement.with} ${statement.select}`, statement.values);
}

/** Whether a dossier had an electronic file when it was received, from its files. */
export function digitisedAt(files: DossierFile[], receivedAt: Date | null): boolean {
  return receivedAt !== null && files.some((f) => f.kind === 'submission' && f.sha256 !== null && f.createdAt <= receivedAt);
}
