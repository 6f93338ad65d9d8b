/**
 * What `npm start` prints once the API listens (not in production). Demo tokens appear only on the embedded demo
 * database: with DATABASE_URL set the data may be real, and a printed ADMIN token would open all of it to anyone
 * who reads the terminal or its log.
 */
export async function startBanner(start: {
  url: string;
  embedded: boolean;
  dataDir: string;
  seeded: boolean;
  /** Time from the process start to listening, in milliseconds (module loading included). */
  startedInMs: number;
  demoTokens: () => Promise<{ label: string; token: string }[]>;
}): Promise<string> {
  const seconds = (start.startedInMs / 1000).toFixed(1);
  const lines = [`\nMeedoen API ready at ${start.url} (started in ${seconds} s)`];
  if (start.embedded) {
    lines.push(
      `Embedded PostgreSQL with data in ${start.dataDir}${start.seeded ? ' (demo data loaded)' : ''}`,
    );
    const tokens = await start.demoTokens();
    if (tokens.length) {
      lines.push('Demo tokens (send as "Authorization: Bearer <token>"):');
      for (const { label, token } of tokens) lines.push(`  ${label}:\n    ${token}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}
