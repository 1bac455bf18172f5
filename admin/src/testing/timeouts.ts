/**
 * For the first find of a page test: the whole console renders and Vite compiles the lazy page on
 * demand, which takes seconds on a cold run (Testing Library's default wait is one second).
 */
export const slow = { timeout: 20_000 };
