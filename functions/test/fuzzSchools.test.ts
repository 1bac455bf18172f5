import { describe } from 'vitest';
import { fuzzFamilies } from './fuzz.support';

// Property-based tests (fast-check) over the school-side mutation families; see fuzz.support.ts.
describe('fuzz: schools, terms, timetable, policy, imports', () => fuzzFamilies(['schools', 'terms', 'activities', 'policy', 'imports']));
