import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, ApiError, downloadExport } from '../api/client';
import { Problems } from './problems';

/**
 * Two buttons that download a report as a file: one for Excel set to Dutch (semicolons, decimal commas) and one
 * plain CSV (commas), both with headers in the app's language.
 */
export function DownloadButtons({
  name,
  params,
  what,
}: {
  name: string;
  params: Record<string, string>;
  /** What the file holds, for screen readers and to tell several download buttons on a page apart. */
  what: string;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[] | null>(null);
  const download = async (semicolon: boolean) => {
    setBusy(true);
    setProblems(null);
    try {
      await downloadExport(name, params, { language: i18n.language, semicolon });
    } catch (error) {
      setProblems(error instanceof ApiError ? error.problems : [{ code: 'UNKNOWN' }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="downloads">
      <button
        type="button"
        disabled={busy}
        aria-label={`${t('download.excel')}: ${what}`}
        onClick={() => void download(true)}
      >
        {t('download.excel')}
      </button>{' '}
      <button
        type="button"
        disabled={busy}
        aria-label={`${t('download.csv')}: ${what}`}
        onClick={() => void download(false)}
      >
        {t('download.csv')}
      </button>
      <Problems problems={problems} />
    </div>
  );
}
