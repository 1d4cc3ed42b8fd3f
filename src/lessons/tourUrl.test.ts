/**
 * The address bar follows the tour step (tourUrl.ts): a reload or a copied address
 * reopens the step on screen.
 */
import { describe, expect, it } from 'vitest';
import { tourSearch } from './tourUrl';

describe('tourSearch', () => {
  it('writes the step shown (1-based) beside the other parameters', () => {
    expect(tourSearch('?tour=course&lang=en', { id: 'course', step: 1 })).toBe('tour=course&lang=en&step=2');
    expect(tourSearch('?lang=en&tour=course&step=1', { id: 'course', step: 4 })).toBe('lang=en&tour=course&step=5');
    expect(tourSearch('?lang=ko', { id: 'scheduling', step: 0 })).toBe('lang=ko&tour=scheduling&step=1');
  });

  it('changes nothing when the address already says so, for a state link, or for an unknown tour', () => {
    expect(tourSearch('?tour=course&step=2', { id: 'course', step: 1 })).toBeNull();
    expect(tourSearch('?state=abc&lang=en', { id: 'course', step: 3 })).toBeNull();
    expect(tourSearch('?lang=en', { id: 'nope', step: 3 })).toBeNull();
  });

  it('an own lesson keeps its lesson and gets its step; leaving a tour drops tour and step', () => {
    expect(tourSearch('?lesson=xyz&step=1', { id: 'my-lesson', step: 2 })).toBe('lesson=xyz&step=3');
    expect(tourSearch('?lang=en&tour=course&step=3', null)).toBe('lang=en');
    expect(tourSearch('?lesson=xyz&step=3', null)).toBe('lesson=xyz');
    expect(tourSearch('?lang=en', null)).toBeNull();
    expect(tourSearch('?lesson=xyz&step=3', { id: 'course', step: 0 })).toBe('step=1&tour=course');
  });
});
