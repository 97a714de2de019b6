import { join } from 'node:path';
import { describe } from 'node:test';
import { testFixtureFolder } from '../../support/fixtureRunner';
import { fixturesDir } from '../../support/paths';

// Every redaction rule and identifier kind has failing and passing fixtures, with exact ranges.
describe('redaction fixtures', () => testFixtureFolder(join(fixturesDir, 'redaction')));
