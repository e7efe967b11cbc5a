import { pipelineSuite } from '../support/pipeline';

pipelineSuite('chromium');
