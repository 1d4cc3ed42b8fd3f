/**
 * What a pCPU cell says about the vCPU running on it, so the cells of one host can be told
 * apart however narrow they are (the hyperthreads lesson is which VM's vCPU shares a core
 * with which). Like the Storage lens's block labels, a cell shows the first of these forms
 * that fits whole, never a name cut in the middle of the part that tells it apart:
 *   1. the full name and vCPU ("calc-1:0");
 *   2. the name without the start every VM on its host shares, marked as cut ("…1:0");
 *   3. that distinguishing end alone ("1:0");
 *   4. the VM's name alone ("web-1"; which of its vCPUs is in the cell's title);
 *   5. the distinguishing end of the name alone ("1").
 * The vCPU's index alone (":0") is no form: it would read the same for every VM's first vCPU.
 * When none fits, the last (shortest) is cut from its end (the whole name stays in the title). Pure.
 */
import type { Topology } from '../../engine';
import { fitText, textWidth } from '../fitText';

/** The start every name shares, ending at a separator ('-', '_', '.', ':') and leaving each name something after it. */
export function sharedStart(names: readonly string[]): string {
  const distinct = [...new Set(names)];
  if (distinct.length < 2) return '';
  let n = Math.min(...distinct.map((s) => s.length - 1));
  const first = distinct[0] ?? '';
  for (let i = 0; i < n; i++) {
    if (distinct.some((s) => s[i] !== first[i])) {
      n = i;
      break;
    }
  }
  const start = first.slice(0, n);
  const cut = Math.max(start.lastIndexOf('-'), start.lastIndexOf('_'), start.lastIndexOf('.'), start.lastIndexOf(':'));
  return cut < 0 ? '' : start.slice(0, cut + 1);
}

/** The forms a vCPU's cell may show, longest first: `name` is its VM's, `shared` the start its host's VMs share. */
export function vcpuForms(name: string, index: number, shared: string): string[] {
  const tail = shared !== '' && name.startsWith(shared) && name.length > shared.length ? name.slice(shared.length) : null;
  const forms = [`${name}:${index}`];
  if (tail !== null) forms.push(`…${tail}:${index}`, `${tail}:${index}`);
  forms.push(name);
  if (tail !== null) forms.push(tail);
  return forms;
}

/** The first form that fits `maxPx` whole at `fontPx`, or else the last one (the shortest) cut to it. */
export function pickForm(forms: readonly string[], maxPx: number, fontPx: number): string {
  return forms.find((f) => textWidth(f, fontPx) <= maxPx) ?? fitText(forms.at(-1) ?? '', maxPx, fontPx);
}

/** Each topology's hosts' shared name starts, found once (the cells ask at every snapshot; the topology changes only with the world). */
const sharedByHost = new WeakMap<Topology, Map<number, string>>();
function sharedOf(t: Topology, host: number): string {
  let m = sharedByHost.get(t);
  if (m === undefined) sharedByHost.set(t, (m = new Map()));
  let s = m.get(host);
  if (s === undefined) m.set(host, (s = sharedStart(t.vms.filter((x) => x.host === host).map((x) => x.name))));
  return s;
}

/** What the cell of a pCPU on host `host` running entity `e` shows, `maxPx` wide at `fontPx` (a container: its name, cut). */
export function cellText(t: Topology, host: number, e: number, maxPx: number, fontPx: number): string {
  const vm = t.vms.find((x) => e >= x.entOffset && e < x.entOffset + x.vcpus);
  if (vm === undefined) {
    const c = t.containers.find((x) => x.ent === e);
    return fitText(c === undefined ? '?' : c.name, maxPx, fontPx);
  }
  const shared = sharedOf(t, host);
  return pickForm(vcpuForms(vm.name, e - vm.entOffset, shared), maxPx, fontPx);
}
