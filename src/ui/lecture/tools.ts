/**
 * Turning lecture tools and classroom panels on and off, shared by the toolbar and the
 * keyboard: one tool at a time (spotlight, pointer, pen), the timer, the concept checks
 * and the teacher notes. Turning a tool off never clears the ink; X does.
 */
import { clearInk, getClassroom, setClassroom, setLecture, type ToolName } from '../../store';
import { toggleTimer } from './timerControl';

export function toggleTool(tool: ToolName): void {
  setClassroom({ tool: getClassroom().tool === tool ? null : tool, ...(tool === 'pen' ? { penUsed: true } : {}) });
}

export function toggleChecks(): void {
  setClassroom({ checks: !getClassroom().checks });
}

export function openNotes(): void {
  setLecture({ dialog: 'notes' });
}

export { clearInk, toggleTimer };
