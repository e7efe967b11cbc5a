import { describeMarks } from '../support/marks-suite';

describeMarks('chromium', 'Chromium');
