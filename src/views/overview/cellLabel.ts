/**
 * What a pCPU cell says about the vCPU running on it, so the cells of one host can be told
 * apart however narrow they are (the hyperthreads lesson is which VM's vCPU shares a core
 * with which). Like the Storage lens's block labels, a cell shows the first of these forms
 * that fits whole, never a name cut in the middle of the part that tells it apart:
 *   1. the full name and vCPU ("calc-1:0"; a VM's only vCPU, its name alone: vcpuForms);
 *   2. the name's shortest end after a separator that no other VM on its host has, marked as cut ("…1:0");
 *   3. that distinguishing end alone ("1:0");
 *   4. the VM's name alone ("web-1"; which of its vCPUs is in the cell's title);
 *   5. the name's starts before a separator that no other VM on its host has, longest first ("batch" for
 *      batch-1 beside web-1 and db-1: a word, where "batc…" is none);
 *   6. the distinguishing end of the name alone ("1").
 * The vCPU's index alone (":0") is no form: it would read the same for every VM's first vCPU.
 * When none fits, the last (shortest) is cut from its end (the whole name stays in the title). Pure.
 */
import type { Topology } from '../../engine';
import { fitText, textWidth } from '../fitText';

const SEPARATORS = new Set(['-', '_', '.', ':']);

/** Where `name` has a separator, that is neither its first nor its last character. */
function cuts(name: string): number[] {
  const at: number[] = [];
  for (let i = 1; i < name.length - 1; i++) if (SEPARATORS.has(name[i] ?? '')) at.push(i);
  return at;
}

/** The shortest end of `name` after a separator that no name of `others` is, or ends with after a separator; null when none. */
export function distinctEnd(name: string, others: readonly string[]): string | null {
  for (const i of cuts(name).toReversed()) {
    const end = name.slice(i + 1);
    if (!others.some((o) => o === end || (o.endsWith(end) && SEPARATORS.has(o[o.length - end.length - 1] ?? '')))) return end;
  }
  return null;
}

/** The starts of `name` before a separator that no name of `others` is, or starts with before a separator; longest first. */
export function distinctLeads(name: string, others: readonly string[]): string[] {
  return cuts(name)
    .toReversed()
    .map((i) => name.slice(0, i))
    .filter((lead) => !others.some((o) => o === lead || (o.startsWith(lead) && SEPARATORS.has(o[lead.length] ?? ''))));
}

/** What tells a VM's name apart from the others' on its host: its distinguishing end and starts. */
export interface NameParts {
  end: string | null;
  leads: readonly string[];
}

export function nameParts(name: string, others: readonly string[]): NameParts {
  return { end: distinctEnd(name, others), leads: distinctLeads(name, others) };
}

/**
 * The forms a vCPU's cell may show, longest first: `name` is its VM's, `parts` what tells it apart on its host. A VM's
 * only vCPU (`only`) is told by the VM's name alone, whole ("desktop-1", where "desktop-1:0" read "…1:0" at the
 * projector); its index stays in the cell's title.
 */
export function vcpuForms(name: string, index: number, parts: NameParts, only = false): string[] {
  const { end, leads } = parts;
  if (only) return [name, ...(end === null ? [] : [`…${end}`]), ...leads, ...(end === null ? [] : [end])];
  const forms = [`${name}:${index}`];
  if (end !== null) forms.push(`…${end}:${index}`, `${end}:${index}`);
  forms.push(name, ...leads);
  if (end !== null) forms.push(end);
  return forms;
}

/** The first form that fits `maxPx` whole at `fontPx`, or else the last one (the shortest) cut to it. */
export function pickForm(forms: readonly string[], maxPx: number, fontPx: number): string {
  return forms.find((f) => textWidth(f, fontPx) <= maxPx) ?? fitText(forms.at(-1) ?? '', maxPx, fontPx);
}

/** Each topology's VMs' name parts, found once (the cells ask at every snapshot; the topology changes only with the world). */
const partsByVm = new WeakMap<Topology, Map<number, NameParts>>();
function partsOf(t: Topology, vm: number): NameParts {
  let m = partsByVm.get(t);
  if (m === undefined) partsByVm.set(t, (m = new Map()));
  let p = m.get(vm);
  if (p === undefined) {
    const me = t.vms[vm];
    const others = me === undefined ? [] : t.vms.filter((x, i) => i !== vm && x.host === me.host).map((x) => x.name);
    m.set(vm, (p = nameParts(me?.name ?? '', others)));
  }
  return p;
}

/** What the cell of a pCPU running entity `e` shows, `maxPx` wide at `fontPx` (a container: its name, cut). */
export function cellText(t: Topology, e: number, maxPx: number, fontPx: number): string {
  const i = t.vms.findIndex((x) => e >= x.entOffset && e < x.entOffset + x.vcpus);
  const vm = t.vms[i];
  if (vm === undefined) {
    const c = t.containers.find((x) => x.ent === e);
    return fitText(c === undefined ? '?' : c.name, maxPx, fontPx);
  }
  return pickForm(vcpuForms(vm.name, e - vm.entOffset, partsOf(t, i), vm.vcpus === 1), maxPx, fontPx);
}
