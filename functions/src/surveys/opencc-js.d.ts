// opencc-js publishes types for its entry points but not for the per-direction dictionary modules (`./*` export).
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  /** OpenCC's Traditional → Simplified (Mainland) dictionaries: phrases, then characters. */
  const toSimplified: readonly DictGroup[];
  export default toSimplified;
}
