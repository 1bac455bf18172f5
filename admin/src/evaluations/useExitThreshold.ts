import { useGetOne } from 'react-admin';
import { POLICY_ID } from '../policy/policyApi';

/** The district's evaluation exit threshold (a total below it proposes a provider exit). */
export function useExitThreshold(): number | undefined {
  const { data } = useGetOne('districtPolicy', { id: POLICY_ID });
  return typeof data?.evaluationExitThreshold === 'number' ? data.evaluationExitThreshold : undefined;
}
