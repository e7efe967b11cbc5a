/** The pseudo-source under which discovery results and their health are kept. */
import type { Source } from './types';

export const DISCOVERY_SOURCE: Readonly<Source> = Object.freeze({
  id: 'gdelt-discovery',
  name: 'Discovery (GDELT)',
  domain: 'api.gdeltproject.org',
  feeds: [],
  region: 'international',
  enabled: true,
  trusted: false,
  builtin: true,
});
