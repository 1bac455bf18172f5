import { createTableInput, timeToLiveAttribute } from '@kehou/functions/table';
import { describe, expect, it } from 'vitest';
import { buildStack } from './synth';

const { template } = buildStack();
const [table] = Object.values(template.findResources('AWS::DynamoDB::GlobalTable'));
const props = table.Properties;
// The CreateTable request the local engine uses: the deployed table must have the same shape.
const shared = createTableInput('unused');

describe('single table', () => {
  it('is the only table', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.resourceCountIs('AWS::DynamoDB::Table', 0);
  });

  it('has the key schema, attributes and GSIs of the shared definition', () => {
    expect(props.KeySchema).toEqual(shared.KeySchema);
    expect(props.AttributeDefinitions).toEqual(shared.AttributeDefinitions);
    expect(props.GlobalSecondaryIndexes).toEqual(shared.GlobalSecondaryIndexes);
  });

  it('is on demand, with a stage-scoped name and the shared TTL attribute', () => {
    expect(props.BillingMode).toBe('PAY_PER_REQUEST');
    expect(props.TableName).toBe('kehou-test');
    expect(props.TimeToLiveSpecification).toEqual({ AttributeName: timeToLiveAttribute, Enabled: true });
  });

  it('keeps its data: PITR, deletion protection and retain on delete and on replacement', () => {
    const [replica] = props.Replicas;
    expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(replica.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  it('is encrypted with the AWS managed KMS key (no customer key to manage)', () => {
    expect(props.SSESpecification).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
    expect(props.SSESpecification.KMSMasterKeyId).toBeUndefined();
  });
});
