/**
 * The scenario editor's form view: one table per part of the world (hosts, VMs,
 * containers, arrays, vSwitches, scheduled events), a row per item with typed inputs,
 * Add and Remove. It edits the same JSON text as the JSON view, so both always agree;
 * cells the last Apply found wrong are marked (aria-invalid, with the reason as text).
 */
import type { ScenarioError } from '../../engine';
import { useT, type Translate } from '../../i18n';
import { addToScenarioText, type AddKind } from './editorTemplates';
import { FIELDS, TABLES, cell, ids, isObj, parseInput, removeRow, rows, setCell, type Field, type Table } from './scenarioForm';

const ADD: Record<Table, AddKind> = { hosts: 'host', vms: 'vm', containers: 'container', storageArrays: 'array', vswitches: 'vswitch', events: 'event' };
type Obj = Record<string, unknown>;
const toText = (s: Obj): string => `${JSON.stringify(s, null, 2)}\n`;

interface CellProps {
  s: Obj;
  table: Table;
  index: number;
  field: Field;
  label: string;
  error: ScenarioError | undefined;
  onChange: (next: Obj) => void;
  t: Translate;
}

function Cell({ s, table, index, field, label, error, onChange, t }: CellProps) {
  const v = cell(rows(s, table)[index], field.path);
  const set = (raw: string): void => onChange(setCell(s, table, index, field.path, parseInput(field.type, raw)));
  const common = { 'aria-label': label, 'aria-invalid': error !== undefined, title: error === undefined ? undefined : t(error.key, error.params) };
  const ty = field.type;
  switch (ty.kind) {
    case 'int':
    case 'number':
      return <input {...common} type="number" min={ty.min} max={ty.max} step={ty.kind === 'int' ? 1 : 'any'} value={typeof v === 'number' ? v : ''} onChange={(e) => set(e.target.value)} />;
    case 'bool':
      return <input {...common} type="checkbox" checked={v !== false} onChange={(e) => set(String(e.target.checked))} />;
    case 'choice':
    case 'ref': {
      const options = ty.kind === 'choice' ? ty.options : ids(s, ty.table);
      const blank = ty.kind === 'ref' && ty.optional;
      return (
        <select {...common} value={typeof v === 'string' ? v : ''} onChange={(e) => set(e.target.value)}>
          {(blank || typeof v !== 'string') && <option value="">—</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    }
    case 'json':
      return <input {...common} type="text" key={JSON.stringify(v)} defaultValue={JSON.stringify(v ?? null)} onBlur={(e) => set(e.target.value)} className="json-cell" />;
    case 'text':
      return <input {...common} type="text" value={typeof v === 'string' ? v : ''} onChange={(e) => set(e.target.value)} />;
  }
}

function TableEditor({ s, table, errors, onChange }: { s: Obj; table: Table; errors: ScenarioError[]; onChange: (next: Obj) => void }) {
  const t = useT();
  const list = rows(s, table);
  const errorAt = (path: string): ScenarioError | undefined => errors.find((e) => e.path === path);
  return (
    <fieldset className="form-table" data-testid={`form-${table}`}>
      <legend>
        {t(`lecture.table.${table}`)} ({list.length})
      </legend>
      {list.length > 0 && (
        <table>
          <thead>
            <tr>
              {FIELDS[table].map((fl) => (
                <th key={fl.path.join('.')} scope="col">
                  {t(`lecture.field.${fl.path.join('.')}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('lecture.editor.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((row, i) => {
              const name = isObj(row) && typeof row['id'] === 'string' ? row['id'] : `#${i + 1}`;
              const rowError = errorAt(`${table}.${i}`);
              return (
                <tr key={i} aria-invalid={rowError !== undefined} title={rowError === undefined ? undefined : t(rowError.key, rowError.params)}>
                  {FIELDS[table].map((fl) => {
                    const col = t(`lecture.field.${fl.path.join('.')}`);
                    return (
                      <td key={fl.path.join('.')}>
                        <Cell s={s} table={table} index={i} field={fl} label={`${name}: ${col}`} error={errorAt(`${table}.${i}.${fl.path.join('.')}`)} onChange={onChange} t={t} />
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" aria-label={t('lecture.editor.removeItem', { name })} onClick={() => onChange(removeRow(s, table, i))}>
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" data-testid={`form-add-${table}`} onClick={() => onChange(JSON.parse(addToScenarioText(toText(s), ADD[table]) ?? toText(s)) as Obj)}>
        + {t(`lecture.editor.add.${ADD[table]}`)}
      </button>
    </fieldset>
  );
}

export function ScenarioForm({ text, errors, onText }: { text: string; errors: ScenarioError[]; onText: (next: string) => void }) {
  const t = useT();
  let s: unknown;
  try {
    s = JSON.parse(text);
  } catch {
    s = null;
  }
  if (!isObj(s)) return <p className="form-error">{t('lecture.editor.fixJsonFirst')}</p>;
  const obj = s;
  const onChange = (next: Obj): void => onText(toText(next));
  return (
    <div className="scenario-form">
      <label>
        <span>{t('lecture.field.name')}</span>
        <input type="text" value={typeof obj['name'] === 'string' ? obj['name'] : ''} maxLength={80} onChange={(e) => onChange({ ...obj, name: e.target.value })} />
      </label>
      <label>
        <span>{t('lecture.field.seed')}</span>
        <input type="number" min={0} max={4294967295} value={typeof obj['seed'] === 'number' ? obj['seed'] : ''} onChange={(e) => onChange({ ...obj, seed: Number(e.target.value) })} />
      </label>
      {TABLES.map((table) => (
        <TableEditor key={table} s={obj} table={table} errors={errors} onChange={onChange} />
      ))}
    </div>
  );
}
