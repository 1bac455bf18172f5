import { describe } from 'vitest';
import { fuzzFamilies } from './fuzz.support';

// Property-based tests (fast-check) over the provider-side mutation families; see fuzz.support.ts.
describe('fuzz: providers, contracts, evaluations, exits', () => fuzzFamilies(['providers', 'contracts', 'evaluations', 'exits']));
