import { join } from 'node:path';
import { describe } from 'node:test';
import { testFixtureFolder } from '../../../support/fixtureRunner';
import { fixturesDir } from '../../../support/paths';

// Every numbering rule (numbers, part labels, empty texts) has passing and failing fixtures,
// each carrying its expected diagnostics as annotations (see test/support/annotations.ts).
describe('numbering fixtures', () => testFixtureFolder(join(fixturesDir, 'numbering')));
