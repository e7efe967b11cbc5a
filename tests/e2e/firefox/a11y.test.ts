import { describeA11y } from '../support/a11y-suite';

describeA11y('firefox', 'Firefox');
