import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config';
import { openDatabase } from '../db/database';
import { Organisation } from '../organisations';
import { isId } from '../shared/ids';
import { roleNeedsOrganisation, signToken } from '../auth';
import { Role } from '../auth';

/**
 * `npm run -s token -- --role ORG_STAFF --org <id>` prints a local token as its last line, signed with the
 * server's secret. With DATABASE_URL set it checks that the organisation exists.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      member: { type: 'string' },
      subject: { type: 'string' },
      days: { type: 'string', default: '30' },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || !Object.values(Role).includes(role)) {
    console.error(`--role must be one of ${Object.values(Role).join(', ')}`);
    process.exit(2);
  }
  if (roleNeedsOrganisation(role) && !isId(values.org)) {
    console.error(`--org <organisation id> is required for ${role}`);
    process.exit(2);
  }
  if (role === Role.MEMBER && !isId(values.member)) {
    console.error('--member <member id> is required for MEMBER');
    process.exit(2);
  }
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    console.error('--days must be between 1 and 365');
    process.exit(2);
  }
  const config = loadConfigOrExit();
  if (config.databaseUrl && values.org) {
    const database = await openDatabase(config);
    try {
      const organisation = await database.orm.em.fork().findOne(Organisation, values.org);
      if (!organisation) {
        console.error(`No organisation has id ${values.org} in the database.`);
        process.exitCode = 1;
        return;
      }
      console.error(`Token for ${role} of ${organisation.name}:`);
    } finally {
      await database.close();
    }
  }
  const token = signToken(
    config.jwtSecret,
    {
      subject: values.subject ?? `local-${role.toLowerCase()}`,
      role,
      organisationId: values.org ?? null,
      memberId: values.member ?? null,
    },
    days * 24 * 60 * 60,
  );
  console.log(token);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
