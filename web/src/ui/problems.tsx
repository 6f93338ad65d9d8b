import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client';

/** The text of an API error code in the app's language; the English message of the API is never shown. */
export function useProblemText(): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    const field = problem.field?.[problem.field.length - 1];
    if (field && problem.code === 'VALIDATION') {
      const specific = `errors.VALIDATION_${field}`;
      const text = t(specific, { defaultValue: '' });
      if (text) return text;
    }
    return t(`errors.${problem.code}`, { defaultValue: t('errors.UNKNOWN') });
  };
}

/** Errors as an alert that screen readers announce. */
export function Problems({ problems }: { problems: ApiProblem[] | null | undefined }) {
  const text = useProblemText();
  if (!problems?.length) return null;
  const unique = [...new Set(problems.map(text))];
  return (
    <div role="alert" className="alert">
      {unique.length === 1 ? (
        <p>{unique[0]}</p>
      ) : (
        <ul>
          {unique.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}
