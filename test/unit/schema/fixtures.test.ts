import { join } from 'node:path';
import { describe } from 'node:test';
import { testFixtureFolder } from '../../support/fixtureRunner';
import { fixturesDir } from '../../support/paths';

// Every schema constraint has a passing and a failing fixture; each file carries its expected
// diagnostics as annotations (see test/support/annotations.ts).
describe('schema fixtures', () => testFixtureFolder(join(fixturesDir, 'schema')));
describe('yaml fixtures', () => testFixtureFolder(join(fixturesDir, 'yaml')));
