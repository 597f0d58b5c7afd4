import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKFLOW, isLastStep, stepAgency, stepHours, validateWorkflow, type WorkflowStep } from './workflow.js';

const step = (position: number, role: WorkflowStep['role'], timeShare: number, agencyId: number | null = null): WorkflowStep =>
  ({ position, name: `Bước ${position}`, role, agencyId, timeShare });

describe('workflow templates', () => {
  it('accepts the default template', () => {
    expect(validateWorkflow(DEFAULT_WORKFLOW)).toBeNull();
  });

  it('rejects templates that cannot finish', () => {
    expect(validateWorkflow([])).toBe('empty');
    expect(validateWorkflow([step(1, 'specialist', 50), step(3, 'leader', 50)])).toBe('positions');
    expect(validateWorkflow([step(1, 'specialist', 50), step(2, 'leader', 40)])).toBe('shares');
    expect(validateWorkflow([step(1, 'leader', 50), step(2, 'specialist', 50)])).toBe('last_step_not_leader');
  });

  it('gives each step its share of the time and its agency', () => {
    const transfer = [step(1, 'specialist', 25), step(2, 'leader', 15), step(3, 'specialist', 40, 12), step(4, 'leader', 20, 12)];
    expect(validateWorkflow(transfer)).toBeNull();
    expect(stepHours(transfer[2]!, 22 * 8)).toBeCloseTo(70.4);
    expect(stepAgency(transfer[0]!, 99)).toBe(99);
    expect(stepAgency(transfer[3]!, 99)).toBe(12);
    expect(isLastStep(transfer, 4)).toBe(true);
    expect(isLastStep(transfer, 2)).toBe(false);
  });
});
