import { join } from 'node:path';
import { describe } from 'node:test';
import { testFixtureFolder } from '../../support/fixtureRunner';
import { fixturesDir } from '../../support/paths';

// Each agency rule has passing and failing fixtures; expected diagnostics are annotations.
describe('agency fixtures', () => testFixtureFolder(join(fixturesDir, 'agency')));
