import { describe } from 'vitest';
import { fuzzFamilies } from './support/fuzz';

// Property-based tests (fast-check) over daily care: roll call, leave, pickup persons and handovers, alerts and the
// care log, as every role including the teacher and a parent; see support/fuzz.ts.
describe('fuzz: care', () => fuzzFamilies(['care']));
