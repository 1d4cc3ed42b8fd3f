/**
 * A read-only text field with a Copy button: links and embed snippets. The text is
 * selectable by hand too, for browsers that refuse clipboard access.
 */
import { useState } from 'react';
import { useT } from '../../i18n';

export function CopyField({ label, value, testId, multiline = false }: { label: string; value: string; testId: string; multiline?: boolean }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void navigator.clipboard?.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="copy-field">
      <label>
        <span>{label}</span>
        {multiline ? (
          <textarea readOnly value={value} data-testid={testId} rows={4} onFocus={(e) => e.target.select()} />
        ) : (
          <input readOnly value={value} data-testid={testId} onFocus={(e) => e.target.select()} />
        )}
      </label>
      <button type="button" onClick={copy} data-testid={`${testId}-copy`}>
        {copied ? `✓ ${t('lecture.copied')}` : t('lecture.copy')}
      </button>
    </div>
  );
}
