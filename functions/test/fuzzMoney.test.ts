import { describe } from 'vitest';
import { fuzzFamilies } from './support/fuzz';

// Property-based tests (fast-check) over money: bills, funds, stipend sheets, disclosures; see support/fuzz.ts.
describe('fuzz: money', () => fuzzFamilies(['money']));
