/**
 * Korean and English are typeset, not patched: no "이(가)"-style particle in either
 * catalogue (Korean picks the form from the value with `{name:이/가}`), no "host(s)"
 * (English agrees the word with the number through Intl.PluralRules, `{n|host|hosts}`),
 * and no stray English word in a Korean sentence. Terms Korean writers keep in Latin
 * letters (units, acronyms, product and algorithm names, the literal ids and fields of
 * a scenario file) are listed here; any other English word needs a Korean gloss first,
 * "낮음(low)", or quotes when it is a name the screen shows as is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogues, loadLanguage, t } from './index';
import { HANGUL_SHORT_UNITS, HANGUL_UNITS, keepUnitsWithNumbers, LATIN_UNITS, NBSP, UNIT_AHEAD } from './units';

beforeAll(async () => {
  await Promise.all([loadLanguage('ko'), loadLanguage('en')]);
});

const KEPT_IN_LATIN = new Set(
  (
    'vCPU pCPU vCPUs ms MiB GiB KiB OS CPU I O Type VLAN s VirtLab DRS Credit JSON vNIC NIC id SAN vSwitch TLB VM VMs Xen cgroup ' +
    'BOOST HA RUN OVER UNDER RDY CSTP WAIT popf POPF VT-x AMD-V vs vruntime FIFO QR IOPS x86 virtio EPT NPT CFS EEVDF x C B ' +
    'RAM VDI CSV xapi PID OOM KVM SJF MLFQ i px https WebM LRU PFN Mbit Gbit VMkernel PC eax ebx cli mov cr3 CR3 out add BSD URL max ' +
    'ko en VMX UTS SMP log2 S T A HT HTML postMessage md ID PNG SVG API VPID ASID CLOCK OPT OSTEP PA VPN HTTP SQL iSCSI NFS MAC ' +
    'true false null RAID XOR LS LA P R W VMM GHz H Enter Home Page Up Down mod random ESXi ext4 Linux Windows Docker Dockerfile ' +
    'eth0 OneDrive UI PWA QR WCAG cap co-stop Co-stop exit entry MLMTD SPIN libvirt ring CLI Adams Agesen MEM IOMMU DMA VF SR-IOV GPU MIG vGPU Ctrl F ' +
    'esxtop SWPWT SSD HLT PV VMware ESX Workstation VirtualBox'
  ).split(' '),
);

/** Latin words in a Korean text that are neither kept terms, ids, glossed "(…)" nor quoted. */
function strayEnglish(text: string): string[] {
  const bare = text
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/[“"'‘][^”"'’]*[”"'’]/g, ' ')
    // A gloss in parentheses is Latin alone ("해제(clear)"); a Korean aside in parentheses is checked like the rest.
    .replace(/\([^()가-힣]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return (bare.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []).filter((w) => !KEPT_IN_LATIN.has(w) && !/[0-9-]|[a-z][A-Z]/.test(w));
}

describe('typesetting', () => {
  it('no catalogue writes a particle or plural in parentheses', () => {
    const bad: string[] = [];
    for (const lang of ['ko', 'en'] as const) {
      for (const [key, text] of Object.entries(catalogues[lang])) {
        if (/\((이|가|을|를|은|는|으|과|와)\)|\((s|es)\)/.test(text)) bad.push(`${lang} ${key}: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no Korean text carries an untranslated English word', () => {
    const bad = Object.entries(catalogues.ko).flatMap(([key, text]) => strayEnglish(text).map((w) => `${key}: ${w}`));
    expect(bad).toEqual([]);
  });

  it('a particle after an English term follows how Korean reads it ("exit", 엑시트, ends in a vowel: exit가, exit를, exit로)', () => {
    const WRONG = /\bexit(을|이|은|과|으로)(?![가-힣])/g;
    const bad = Object.entries(catalogues.ko).flatMap(([key, text]) => [...text.matchAll(WRONG)].map((m) => `${key}: exit${m[1]}`));
    // The teacher notes and the lessons' own Korean files, which load apart from the catalogue.
    const src = join(import.meta.dirname, '..');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ko.ts') && !f.startsWith('i18n'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) for (const m of readFileSync(join(src, f), 'utf8').matchAll(WRONG)) bad.push(`${f}: exit${m[1]}`);
    expect(bad).toEqual([]);
  });
  it('English words agree with their numbers', () => {
    expect(t('en', 'storage.vmLabel', { vm: 'db-1', n: 1 })).toBe('VM db-1: 1 volume');
    expect(t('en', 'storage.vmLabel', { vm: 'db-1', n: 2 })).toBe('VM db-1: 2 volumes');
    const summary = t('en', 'overview.summary', { hosts: 1, pcpus: 4, vms: 3, vmsOn: 3, containers: 0, running: 4, ready: 1, blocked: 2 });
    expect(summary).toContain(`1 host with 4${NBSP}pCPUs runs 3 VMs`);
    expect(summary).toContain('1 is waiting for a pCPU and 2 are waiting for I/O');
    expect(t('en', 'overview.san.title', { n: 1, used: 10, cap: 20 })).toContain('SAN: 1 storage array pooled');
    expect(t('en', 'overview.san.title', { n: 4, used: 10, cap: 20 })).toContain('SAN: 4 storage arrays pooled');
    expect(t('en', 'storage.event.placed.most-free', { volume: 'v', arrays: 'a', have: 1, want: 1 })).toContain('(1 of 1 replica)');
    expect(t('en', 'storage.event.placed.round-robin', { volume: 'v', arrays: 'a, b', have: 2, want: 3 })).toContain('(2 of 3 replicas)');
  });

  it('word one measure the same way while it happens and after (auto-converge throttles "by", never "to")', () => {
    for (const lang of ['en', 'ko'] as const) {
      const live = t(lang, 'cluster.mig.throttle', { pct: 60 });
      const after = t(lang, 'cluster.hist.throttled', { pct: 70 });
      const phrase = lang === 'en' ? / by (60|70)\u00a0%/ : /vCPU를 (60|70)\u00a0% 늦/;
      expect(live).toMatch(phrase);
      expect(after).toMatch(phrase);
    }
  });

  it('Korean particles follow the value, and file errors name things in Korean', () => {
    expect(t('ko', 'reason.vmAlreadyOn', { vm: 'web-1' })).toBe('가상머신 web-1은 이미 켜져 있습니다.');
    expect(t('ko', 'reason.vmAlreadyOn', { vm: 'db-2' })).toBe('가상머신 db-2는 이미 켜져 있습니다.');
    expect(t('ko', 'error.ref.unknown', { kind: 'schema.kind.host', id: 'h9' })).toBe('id가 "h9"인 호스트가 없음');
    expect(t('ko', 'error.schema.type', { expected: 'schema.expected.array' })).not.toMatch(/array/);
  });
});

/** Every placeholder of a template given a number (a plural's count, a particle's word, a plain value alike). */
function sampleParams(template: string): Record<string, number> {
  return Object.fromEntries([...template.matchAll(/\{(\w+)[^{}]*\}/g)].map((m) => [m[1] ?? '', 14336]));
}

/** "digit (and a magnitude: 'M', '백만', '천만' or '억'), ordinary space, unit" wherever it occurs in `text`. */
function brokenUnits(text: string): string[] {
  return [...text.matchAll(new RegExp(`\\S*\\d(?:${NBSP}?M|백만|천만|억)? (?=${UNIT_AHEAD})\\S*`, 'g'))].map((m) => m[0]);
}

describe('numbers and their units', () => {
  it('never part at a line break: every message in both languages binds a number to its unit', () => {
    const bad: string[] = [];
    for (const lang of ['ko', 'en'] as const) {
      for (const [key, template] of Object.entries(catalogues[lang])) {
        const text = t(lang, key, sampleParams(template));
        for (const piece of brokenUnits(text)) bad.push(`${lang} ${key}: ${piece}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('binds the units the catalogues write, and only after a number', () => {
    expect(t('ko', 'cluster.mig.throttle', { pct: 400 })).toContain(`400${NBSP}%`);
    expect(t('en', 'overview.san.title', { n: 4, used: 7800, cap: 16000 })).toContain(`7800 of 16000${NBSP}GiB used`);
    for (const unit of [...LATIN_UNITS, ...HANGUL_UNITS]) expect(keepUnitsWithNumbers(`14336 ${unit}`)).toBe(`14336${NBSP}${unit}`);
    for (const unit of HANGUL_SHORT_UNITS) expect(keepUnitsWithNumbers(`3 ${unit}의`)).toBe(`3${NBSP}${unit}의`);
    // A unit's letters at the start of a longer word, or a unit after a word, stay as written.
    expect(keepUnitsWithNumbers('2 seconds, 3 Mars, 4 초과, 5 분배, web-1 is, host MiB')).toBe('2 seconds, 3 Mars, 4 초과, 5 분배, web-1 is, host MiB');
    expect(keepUnitsWithNumbers('0.12 M cycles; 1.12백만 사이클')).toBe(`0.12${NBSP}M${NBSP}cycles; 1.12백만${NBSP}사이클`);
    expect(keepUnitsWithNumbers('20 ms마다 400 %가 1.5 GiB를 12288 / 14336 MiB/s')).toBe(`20${NBSP}ms마다 400${NBSP}%가 1.5${NBSP}GiB를 12288 / 14336${NBSP}MiB/s`);
  });

  it('Korean particles still follow their word: a name, or the unit written after a number', () => {
    const text = t('ko', 'cluster.why.haNoRoom', { vm: 'web-1', need: 4096, largest: 2048 });
    expect(text).toBe(`HA가 web-1을 재시작할 수 없음: 4096${NBSP}MiB가 필요한데 남은 호스트 중 가장 여유 있는 곳이 2048${NBSP}MiB입니다. 꺼진 채로 남습니다.`);
  });
});

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? cssFiles(join(dir, d.name)) : d.name.endsWith('.css') ? [join(dir, d.name)] : []));
}

describe('Korean line breaking', () => {
  it('keeps words whole from the root down, and no stylesheet undoes it', () => {
    const files = cssFiles(join(import.meta.dirname, '..'));
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).toMatch(/:root:lang\(ko\)\s*\{[^}]*word-break:\s*keep-all/);
    expect([...all.matchAll(/word-break:\s*([\w-]+)/g)].map((m) => m[1]).filter((v) => v !== 'keep-all')).toEqual([]);
  });
});
