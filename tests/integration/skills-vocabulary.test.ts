import { ImportSkillsDocument, SkillsDocument } from '../generated/graphql';
import { STARTER_SKILLS } from '../../src/skills/starter-skills.data';
import { startTestServer, type TestServer, unique } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const csvOf = (lines: string[]) => lines.join('\n');

describe('skills vocabulary', () => {
  it('ships the starter set: anyone can list it by group, search it and page through it', async () => {
    const anonymous = server.client();
    const habits = await anonymous.request(SkillsDocument, { group: 'work-habits', first: 100 });
    expect(habits.skills.edges.map((e) => e.node.code)).toEqual(
      STARTER_SKILLS.filter((s) => s.group === 'work-habits')
        .map((s) => s.code)
        .sort(),
    );
    const contact = habits.skills.edges.find((e) => e.node.code === 'work-habits.customer-contact')!.node;
    expect(contact).toMatchObject({
      labelNl: 'Klantcontact',
      labelEn: 'Customer contact',
      externalCode: null,
    });

    const search = await anonymous.request(SkillsDocument, { search: 'FIETS' });
    expect(search.skills.edges.map((e) => e.node.code)).toEqual(['technical.bicycle-repair']);

    const first = await anonymous.request(SkillsDocument, { group: 'kitchen', first: 3 });
    const rest = await anonymous.request(SkillsDocument, {
      group: 'kitchen',
      first: 100,
      after: first.skills.pageInfo.endCursor,
    });
    expect(first.skills.pageInfo.hasNextPage).toBe(true);
    expect(first.skills.totalCount).toBe(8);
    expect([...first.skills.edges, ...rest.skills.edges].map((e) => e.node.code)).toHaveLength(8);
  });

  it('imports a CSV file: new codes added, known codes updated, in one go', async () => {
    const group = unique('taxonomy').replace(' ', '-');
    const code = `${group}.weld`;
    const created = await server.admin.request(ImportSkillsDocument, {
      input: {
        csv: csvOf([
          'code,label_nl,label_en,group,external_code,valid_from',
          `${code},Lassen,Welding,${group},http://data.europa.eu/esco/skill/example,2026-01-01`,
          `${group}.solder,Solderen,"Soldering, electronics",${group},,`,
        ]),
      },
    });
    expect(created.importSkills).toMatchObject({ created: 2, updated: 0, rowErrors: [], errors: [] });

    const again = await server.admin.request(ImportSkillsDocument, {
      input: { csv: csvOf(['code,label_nl,label_en,group', `${code},Lassen (MIG),Welding (MIG),${group}`]) },
    });
    expect(again.importSkills).toMatchObject({ created: 0, updated: 1 });
    const listed = await server.client().request(SkillsDocument, { group });
    expect(listed.skills.edges.map((e) => [e.node.code, e.node.labelEn, e.node.externalCode])).toEqual([
      [`${group}.solder`, 'Soldering, electronics', null],
      [code, 'Welding (MIG)', null],
    ]);
  });

  it('reports every bad line and imports nothing when one line is wrong', async () => {
    const group = unique('broken').replace(' ', '-');
    const result = await server.admin.request(ImportSkillsDocument, {
      input: {
        csv: csvOf([
          'code,label_nl,label_en,group',
          `${group}.ok,Goed,Good,${group}`,
          `${group}.ok,Dubbel,Double,${group}`,
          `,Geen code,No code,${group}`,
        ]),
      },
    });
    expect(result.importSkills.created).toBe(0);
    expect(result.importSkills.rowErrors).toEqual([
      { line: 3, column: 'code', message: `Code "${group}.ok" is already on line 2.` },
      { line: 4, column: 'code', message: 'code is empty.' },
    ]);
    expect(result.importSkills.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'csv'] }),
    ]);
    const listed = await server.client().request(SkillsDocument, { group });
    expect(listed.skills.totalCount).toBe(0);
  });
});
