import { describe, expect, test } from 'vitest';
import { ROOM_MIN_PX, roomFor } from './frameRoom';

describe('roomFor: a picture ends where its lens frame does', () => {
  test('what stands above the picture and its controls below are taken off', () => {
    // A lens frame ending at 600 px; the picture starts at 180 px (a mode switch and a line above it); its controls take 44 px.
    expect(roomFor({ panelEnd: 600, frameTop: 180, below: 44 })).toBe(376);
  });
  test('more text above leaves the picture less room, px for px', () => {
    expect(roomFor({ panelEnd: 600, frameTop: 230, below: 44 })).toBe(326);
  });
  test('never under the least useful size (the lens frame scrolls instead)', () => {
    expect(roomFor({ panelEnd: 290, frameTop: 200, below: 44 })).toBe(ROOM_MIN_PX);
  });
  test('a least room of its own (the Containers nodes take 0: their own height is their floor)', () => {
    expect(roomFor({ panelEnd: 290, frameTop: 200, below: 44 }, 0)).toBe(46);
    expect(roomFor({ panelEnd: 200, frameTop: 200, below: 44 }, 0)).toBe(0);
  });
  test('whole px, never more than the room', () => {
    expect(roomFor({ panelEnd: 500.7, frameTop: 100.2, below: 40 })).toBe(360);
  });
});
