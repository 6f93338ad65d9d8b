import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, ApiError, request } from '../api/client';
import { type MemberForecastQuery, MemberForecastDocument } from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { Problems } from '../ui/problems';

/**
 * Euros as people type them ("450", "450,50", "1.250,75", "450.5") to whole cents; null when it is not an amount.
 * A comma is the decimal sign as in Dutch; a dot followed by exactly three digits groups thousands.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[€\s]/g, '');
  if (!cleaned) return null;
  const normalised = cleaned.includes(',')
    ? cleaned.replace(/\./g, '').replace(',', '.')
    : /^\d{1,3}(\.\d{3})+$/.test(cleaned)
      ? cleaned.replace(/\./g, '')
      : cleaned;
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  const [whole, fraction = ''] = normalised.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

type Forecast = MemberForecastQuery['benefitForecast'];

/**
 * "Wat als?": the member tries an amount of earnings for a month and sees what they would keep, without anything
 * being recorded, and which limit comes next (disregard months left, the earnings at which the benefit stops).
 */
export function ForecastForm({ memberId, month }: { memberId: string; month: string }) {
  const { t } = useTranslation();
  const f = useFormats();
  const [amount, setAmount] = useState('');
  const [forecast, setForecast] = useState<Forecast | null>(null);
  const [problems, setProblems] = useState<ApiProblem[] | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const earningsCents = parseEuros(amount);
    if (earningsCents === null) {
      setForecast(null);
      setProblems([{ code: 'VALIDATION', field: ['input', 'forecastAmount'] }]);
      return;
    }
    setBusy(true);
    setProblems(null);
    try {
      const data = await request(MemberForecastDocument, { memberId, month, earningsCents });
      setForecast(data.benefitForecast);
    } catch (error) {
      setForecast(null);
      setProblems(error instanceof ApiError ? error.problems : [{ code: 'UNKNOWN' }]);
    } finally {
      setBusy(false);
    }
  };

  const limitText = (limit: NonNullable<Forecast['limits']>[number]) =>
    limit.code === 'BENEFIT_ZERO_FROM'
      ? t('forecast.limits.BENEFIT_ZERO_FROM', { amount: f.money(limit.amountCents ?? 0) })
      : t(`forecast.limits.${limit.code}`, {
          rule: limit.ruleCode ? t(`rules.${limit.ruleCode}`, { defaultValue: limit.ruleCode }) : '',
          left: limit.monthsLeft ?? 0,
          max: limit.maxMonths ?? 0,
          defaultValue: '',
        });

  return (
    <>
      <p>{t('forecast.intro', { month: f.month(month) })}</p>
      <form className="toolbar" onSubmit={(event) => void submit(event)}>
        <label htmlFor="forecast-amount">{t('forecast.amount')}</label>
        <input
          id="forecast-amount"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          {t('forecast.submit')}
        </button>
      </form>
      <Problems problems={problems} />
      {forecast && (
        <div className="forecast" aria-live="polite">
          <dl className="lines">
            {(
              [
                ['counted', forecast.countedIncomeCents],
                ['benefit', forecast.benefitCents],
                ['total', forecast.totalIncomeCents],
              ] as const
            ).map(([key, cents]) => (
              <div key={key} className={key === 'counted' ? 'line' : 'line strong'} data-forecast={key}>
                <dt>{t(`member.lines.${key}`)}</dt>
                <dd className="amount">{f.money(cents)}</dd>
              </div>
            ))}
          </dl>
          {!!forecast.limits?.length && (
            <ul className="limits">
              {forecast.limits.map((limit, index) => (
                <li key={`${limit.code}-${index}`}>{limitText(limit)}</li>
              ))}
            </ul>
          )}
          <p className="muted">{t('forecast.nothingSaved')}</p>
        </div>
      )}
    </>
  );
}
