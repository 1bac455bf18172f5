import { describe } from 'vitest';
import { fuzzFamilies } from './support/fuzz';

// Property-based tests (fast-check) over the provider-side mutation families; see support/fuzz.ts.
describe('fuzz: providers, contracts, evaluations, exits', () => fuzzFamilies(['providers', 'contracts', 'evaluations', 'exits']));
