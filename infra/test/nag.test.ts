import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { buildStack, createApp } from './synth';

const { app, stack } = buildStack();

/** Every `Validations.of(x).acknowledge(...)` in the stack, as rule id → reason. */
function acknowledgements(): Map<string, string> {
  const found = new Map<string, string>();
  for (const construct of stack.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [key, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.set(key.replace(/^annotation::/i, ''), reason);
      }
    }
  }
  return found;
}

const describeViolations = (violations: { ruleName: string; violatingResources: { constructPath?: string }[] }[]) =>
  violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);

describe('cdk-nag AWS Solutions checks', () => {
  it('find nothing that is not acknowledged', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    // Warnings too: the pack's warnings (e.g. DynamoDB PITR) are fixed, not tolerated.
    expect(describeViolations(report.violations)).toEqual([]);
  });

  it('acknowledge only these rules, each with a reason a reviewer can check', () => {
    const acks = acknowledgements();
    // Adding an acknowledgement is a security decision: it must show up in this list in review.
    expect([...acks.keys()].sort()).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-COG2',
      'AwsSolutions-COG8',
      'AwsSolutions-L1',
    ]);
    for (const reason of acks.values()) expect(reason.length).toBeGreaterThan(80);
  });

  it('have no stale acknowledgements: each one hides a finding that really occurs', () => {
    const pack = new AwsSolutionsChecks(app);
    // cdk-nag 3 has no public switch to ignore acknowledgements; its private check is overridden here only.
    (pack as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
    const findings = new Set(pack.validateScope(stack).violations.map((v) => v.ruleName));
    expect([...findings].sort()).toEqual([...acknowledgements().keys()].sort());
  });
});

describe('the app-level plugin (as bin/app.ts registers it)', () => {
  it('lets the whole app synthesise, together with the CloudFormation checks of aws-cdk-lib', () => {
    const { app: fresh } = createApp({ stage: 'nag' });
    Validations.of(fresh).addPlugins(new AwsSolutionsChecks(fresh));
    // A finding of any severity makes synthesis throw ValidationFailed.
    expect(() => fresh.synth()).not.toThrow();
  });
});
