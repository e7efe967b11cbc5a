/**
 * Readability's own module, imported without the package index, which also
 * loads isProbablyReaderable (never used here; about 1.3 KB of the analyzer).
 */
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
