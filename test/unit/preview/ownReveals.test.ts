// The preview's record of editor scrolls it caused: the visible-range event a reveal brings is
// recognised by where the editor went (however late it comes), and only once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OwnReveals } from '../../../client/src/preview/ownReveals';

test('an event at the revealed line, or up to the slack above it, is ours; once', () => {
  let now = 0;
  const reveals = new OwnReveals(() => now);
  reveals.add(40);
  now = 900; // late, as over a slow link
  assert.equal(reveals.take(35, 5), true, 'five lines above: the sticky header');
  assert.equal(reveals.take(35, 5), false, 'consumed');
  reveals.add(40);
  assert.equal(reveals.take(41, 5), false, 'below the revealed line: the user');
  assert.equal(reveals.take(34, 5), false, 'above the slack: the user');
  assert.equal(reveals.take(40, 0), true);
});

test('a match consumes the reveals before it; reveals expire', () => {
  let now = 0;
  const reveals = new OwnReveals(() => now);
  reveals.add(10);
  reveals.add(20);
  reveals.add(30);
  assert.equal(reveals.take(20, 0), true);
  assert.equal(reveals.take(10, 0), false, 'an older reveal is superseded');
  assert.equal(reveals.take(30, 0), true);
  reveals.add(50);
  now = 5000;
  assert.equal(reveals.take(50, 0), false, 'too old: the user scrolled there');
});
