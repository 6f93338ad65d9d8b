import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { roleNeedsOrganisation, signToken } from '../auth';
import { Role } from '../auth';
import { loadConfigOrExit } from '../config';
import { openDatabase } from '../db/database';
import { isId } from '../shared/ids';
import { describeTokenHolder } from './token.check';

function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}

/**
 * `npm run -s token -- --role ORG_STAFF --org <id> [--sub <name>] [--days N]` prints a local token as its last
 * line, signed with the server's secret, after checking in the database (DATABASE_URL, or the embedded one,
 * also while `npm start` runs) that the organisation or member exists and fits the role. Every token gets its
 * own subject (`--sub`, or a fresh one), so the audit log tells two people apart.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      member: { type: 'string' },
      sub: { type: 'string' },
      subject: { type: 'string' },
      days: { type: 'string', default: '30' },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || !Object.values(Role).includes(role))
    refuse(`--role must be one of ${Object.values(Role).join(', ')}.`);
  const needsOrganisation = roleNeedsOrganisation(role);
  if (needsOrganisation && values.org === undefined)
    refuse(`--org <organisation id> is required for ${role}.`);
  if (needsOrganisation && !isId(values.org)) {
    refuse(`--org must be an organisation id (a UUID such as 3f1c…); "${values.org}" is not one.`);
  }
  if (!needsOrganisation && values.org !== undefined) refuse(`--org is not used for ${role}; leave it out.`);
  if (role === Role.MEMBER && values.member === undefined)
    refuse('--member <member id> is required for MEMBER.');
  if (role === Role.MEMBER && !isId(values.member)) {
    refuse(`--member must be a member id (a UUID); "${values.member}" is not one.`);
  }
  if (role !== Role.MEMBER && values.member !== undefined) refuse(`--member is only used for MEMBER.`);
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 365)
    refuse('--days must be a whole number from 1 to 365.');
  const subject =
    values.sub ?? values.subject ?? `local-${role.toLowerCase()}-${randomBytes(4).toString('hex')}`;
  if (!/^[\w.@:-]{1,255}$/.test(subject))
    refuse('--sub may hold letters, digits and . _ @ : - (at most 255).');

  const config = loadConfigOrExit();
  if (days * 24 * 60 * 60 > config.maxTokenLifetime) {
    console.error(`--days must be at most ${config.maxTokenLifetime / 86400} (TOKEN_MAX_LIFETIME_DAYS)`);
    process.exit(2);
  }
  let description: string = role;
  if (values.org || values.member) {
    const database = await openDatabase(config, { shareRunningEmbedded: true });
    try {
      const holder = await describeTokenHolder(database.orm.em.fork(), role, {
        organisationId: values.org,
        memberId: values.member,
      });
      if (!holder.ok) {
        console.error(holder.message);
        process.exitCode = 1;
        return;
      }
      description = holder.description;
    } finally {
      await database.close();
    }
  }
  const token = signToken(
    config.jwtSecret,
    { subject, role, organisationId: values.org ?? null, memberId: values.member ?? null },
    days * 24 * 60 * 60,
  );
  console.error(`Token for ${description}, subject ${subject}, valid ${days} days:`);
  console.log(token);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
