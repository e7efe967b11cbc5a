import { pipelineSuite } from '../support/pipeline';

pipelineSuite('firefox');
