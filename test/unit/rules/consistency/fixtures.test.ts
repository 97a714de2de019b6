import { join } from 'node:path';
import { describe } from 'node:test';
import { testFixtureFolder } from '../../../support/fixtureRunner';
import { fixturesDir } from '../../../support/paths';

// The consistency rules read the clock; the fixtures run on a fixed date so that they mean the
// same next year ("published: 2024-07" is in the future on 15 June 2024).
export const fixtureClock = new Date('2024-06-15T12:00:00Z');

describe('consistency fixtures', () => testFixtureFolder(join(fixturesDir, 'consistency'), { settings: { now: fixtureClock } }));
