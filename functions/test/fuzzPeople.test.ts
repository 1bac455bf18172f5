import { describe } from 'vitest';
import { fuzzFamilies } from './support/fuzz';

// Property-based tests (fast-check) over children and families: staff, classes, students, binding codes, the
// class-list import, the enrolment workflow and rosters; see support/fuzz.ts.
describe('fuzz: people, enrolment', () => fuzzFamilies(['people', 'enrolment']));
