/** Workflow templates: the ordered steps a procedure's dossiers go through after reception. */

export type StepRole = 'specialist' | 'leader';
export type WorkflowStep = {
  position: number;
  name: string;
  role: StepRole;
  /** The agency doing the step; null means the receiving agency. */
  agencyId: number | null;
  /** Share of the processing time, in percent. */
  timeShare: number;
};

/** Used when a procedure has no template yet: the receiving agency's specialist, then its leader. */
export const DEFAULT_WORKFLOW: WorkflowStep[] = [
  { position: 1, name: 'Thụ lý, thẩm định hồ sơ', role: 'specialist', agencyId: null, timeShare: 70 },
  { position: 2, name: 'Phê duyệt kết quả', role: 'leader', agencyId: null, timeShare: 30 },
];

export type WorkflowProblem =
  | 'empty' | 'positions' | 'shares' | 'last_step_not_leader';

/**
 * A template is usable when its positions run 1..n, its shares add up to 100% and its last step is a
 * leader's (only a leader approves or refuses the result).
 */
export function validateWorkflow(steps: WorkflowStep[]): WorkflowProblem | null {
  if (steps.length === 0) return 'empty';
  const sorted = [...steps].sort((a, b) => a.position - b.position);
  if (sorted.some((s, i) => s.position !== i + 1)) return 'positions';
  const total = sorted.reduce((sum, s) => sum + s.timeShare, 0);
  if (Math.abs(total - 100) > 0.01) return 'shares';
  if (sorted.at(-1)!.role !== 'leader') return 'last_step_not_leader';
  return null;
}

export const stepAt = (steps: WorkflowStep[], position: number | null) => steps.find((s) => s.position === position) ?? null;
export const isLastStep = (steps: WorkflowStep[], position: number | null) => position !== null && position === Math.max(...steps.map((s) => s.position));

/** The agency that does a step: its own, or the dossier's receiving agency. */
export const stepAgency = (step: WorkflowStep, receivingAgencyId: number) => step.agencyId ?? receivingAgencyId;

/** Working hours a step may take: its share of the procedure's time. */
export const stepHours = (step: WorkflowStep, processingHours: number) => (processingHours * step.timeShare) / 100;
