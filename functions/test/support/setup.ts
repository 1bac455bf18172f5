import { inject } from 'vitest';

// Local state (token secret, uploaded documents) goes to the run's temporary directory, never the repo's .data/.
process.env.KEHOU_DATA_DIR = inject('dataDir');
