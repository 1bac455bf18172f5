import { describe } from 'vitest';
import { fuzzFamilies } from './support/fuzz';

// Property-based tests (fast-check) over the school-side mutation families; see support/fuzz.ts.
describe('fuzz: schools, terms, timetable, policy, imports', () => fuzzFamilies(['schools', 'terms', 'activities', 'policy', 'imports']));
