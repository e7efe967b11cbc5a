import { describeMarks } from '../support/marks-suite';

describeMarks('firefox', 'Firefox');
