/** A refused lesson file or draft: every problem with its field and reason, in the person's language. */
import { useT } from '../../i18n';
import type { LessonError } from '../../lessons/schema';

export function LessonErrors({ errors, title }: { errors: readonly LessonError[]; title: string }) {
  const t = useT();
  return (
    <div role="alert" data-testid="lesson-errors">
      <p className="form-error-title">{title}</p>
      <ul className="form-error">
        {errors.map((e, i) => (
          <li key={i}>
            <code>{e.path === '' ? t('lecture.editor.wholeFile') : e.path}</code>: {t(e.key, e.params)}
          </li>
        ))}
      </ul>
    </div>
  );
}
