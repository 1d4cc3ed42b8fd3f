/**
 * Where a lens animates discrete changes with framer-motion (a block placed, a chip
 * moved to another host), it wraps its view in this: motion follows the person's
 * reduced-motion setting. The library loads with the lenses that use it, not with the
 * first screen.
 */
import { MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

export function MotionScope({ children }: { children: ReactNode }) {
  return <MotionConfig reducedMotion="user">{children}</MotionConfig>;
}
