import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './explorer.css';

interface DemoAccount {
  key: string;
  role: string;
  organisationName: string | null;
  memberName: string | null;
  token: string;
}

const ENDPOINT = '/graphql';

/** Demo users from the public signInOptions query (empty in production), for the token helper. */
async function loadDemoAccounts(): Promise<DemoAccount[]> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ signInOptions { demoAccounts { key role organisationName memberName token } } }',
    }),
  });
  const body = (await response.json()) as { data?: { signInOptions: { demoAccounts: DemoAccount[] } } };
  return body.data?.signInOptions.demoAccounts ?? [];
}

/**
 * The query explorer: GraphiQL from the project's own bundle (no CDN, no telemetry), with a helper that puts a
 * demo user's token in the request headers.
 */
function Explorer() {
  const [accounts, setAccounts] = useState<DemoAccount[]>([]);
  const [token, setToken] = useState('');
  useEffect(() => {
    void loadDemoAccounts().then(setAccounts, () => setAccounts([]));
  }, []);
  const fetcher = async (params: unknown, options?: { headers?: Record<string, unknown> }) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const [key, value] of Object.entries(options?.headers ?? {}))
      headers[key.toLowerCase()] = String(value);
    if (token && !headers.authorization) headers.authorization = `Bearer ${token}`;
    const response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(params) });
    return response.json();
  };
  return (
    <div className="explorer">
      <header className="explorer-bar">
        <strong>Meedoen query explorer</strong>
        {accounts.length > 0 && (
          <label>
            Send requests as{' '}
            <select value={token} onChange={(event) => setToken(event.target.value)}>
              <option value="">anonymous</option>
              {accounts.map((account) => (
                <option key={account.key} value={account.token}>
                  {account.role}
                  {account.memberName ? `: ${account.memberName}` : ''}
                  {account.organisationName && !account.memberName ? `: ${account.organisationName}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <a href="/">Web app</a>
      </header>
      <div className="explorer-main">
        <GraphiQL key={token} fetcher={fetcher} defaultQuery={'query {\n  me {\n    role\n  }\n}\n'} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
