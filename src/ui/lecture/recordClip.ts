/**
 * A short WebM clip of the running lens for slides: the lens is redrawn into a canvas
 * ten times a second while the simulation plays, and MediaRecorder encodes the
 * canvas's stream. Returns null when the browser cannot record WebM.
 */
import { simClient } from '../../client/simClient';
import { useStore } from '../../store';
import { drawLens } from './lensImage';

const FPS = 10;

export function canRecord(): boolean {
  return typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm');
}

export async function recordClip(seconds: number, onProgress: (s: number) => void): Promise<Blob | null> {
  if (!canRecord()) return null;
  const canvas = document.createElement('canvas');
  if (!(await drawLens(canvas, 1))) return null;
  const type = MediaRecorder.isTypeSupported('video/webm;codecs=vp9') ? 'video/webm;codecs=vp9' : 'video/webm';
  // Frames are pushed by hand after each redraw (captureStream(0) + requestFrame), so a
  // busy machine still records every drawn frame instead of sampling a stale canvas.
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  const rec = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 2_500_000 });
  const chunks: Blob[] = [];
  rec.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  const stopped = new Promise<void>((ok) => (rec.onstop = () => ok()));
  // Frames pushed before the recorder has started are not recorded: wait for its start.
  // A recorder that fails instead of starting must not leave the button recording forever: its clip is empty and refused.
  const recording = new Promise<void>((ok) => {
    rec.onstart = () => ok();
    rec.onerror = () => ok();
  });
  rec.start(500);
  await recording;
  const wasPlaying = useStore.getState().playing;
  if (!wasPlaying) simClient.play();
  const started = performance.now();
  let frames = 0;
  while (performance.now() - started < seconds * 1000 || frames < 3) {
    await drawLens(canvas, 1);
    track?.requestFrame();
    frames += 1;
    onProgress((performance.now() - started) / 1000);
    await new Promise((r) => setTimeout(r, 1000 / FPS));
  }
  rec.stop();
  await stopped;
  if (!wasPlaying) simClient.pause();
  const blob = new Blob(chunks, { type: 'video/webm' });
  return blob.size === 0 ? null : blob;
}
