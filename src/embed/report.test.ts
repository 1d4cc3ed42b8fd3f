/** Reports go only where the host page allowed, or to the parent's own origin; `report=` is parsed strictly. */
import { describe, expect, it } from 'vitest';
import { reportTargets } from './report';
import { parseBootParams } from './urlParams';

describe('reporting', () => {
  it('goes to the allow-list when set, else to the parent origin the browser reports, else nowhere', () => {
    expect(reportTargets(['https://a.edu', 'https://b.edu'], 'https://evil.example', '')).toEqual(['https://a.edu', 'https://b.edu']);
    expect(reportTargets(null, 'https://lms.example.edu', '')).toEqual(['https://lms.example.edu']);
    expect(reportTargets(null, undefined, 'https://lms.example.edu/course/7?x=1')).toEqual(['https://lms.example.edu']);
    expect(reportTargets(null, 'null', '')).toEqual([]);
    expect(reportTargets(null, undefined, 'not a url')).toEqual([]);
  });

  it('is opted into with report=xapi, height, both or 1; anything else is refused with a notice', () => {
    expect(parseBootParams('?report=xapi').params.report).toEqual({ xapi: true, height: false });
    expect(parseBootParams('?report=height,xapi').params.report).toEqual({ xapi: true, height: true });
    expect(parseBootParams('?report=1').params.report).toEqual({ xapi: true, height: true });
    expect(parseBootParams('').params.report).toEqual({ xapi: false, height: false });
    const bad = parseBootParams('?report=grades');
    expect(bad.params.report).toEqual({ xapi: false, height: false });
    expect(bad.notices[0]).toMatchObject({ key: 'notice.badParam', params: { name: 'report' } });
  });
});
