import { parseSkillsCsv, splitCsv } from '../../src/skills/skills-csv';
import { STARTER_GROUPS, STARTER_SKILLS } from '../../src/skills/starter-skills.data';

describe('starter vocabulary', () => {
  it('has about forty skills with unique codes, both labels and a known group', () => {
    expect(STARTER_SKILLS.length).toBeGreaterThanOrEqual(38);
    expect(new Set(STARTER_SKILLS.map((s) => s.code)).size).toBe(STARTER_SKILLS.length);
    for (const skill of STARTER_SKILLS) {
      expect(skill.labelNl.trim()).not.toBe('');
      expect(skill.labelEn.trim()).not.toBe('');
      expect(STARTER_GROUPS).toContain(skill.group);
    }
    expect(STARTER_SKILLS.filter((s) => s.group === 'work-habits').map((s) => s.code)).toEqual(
      expect.arrayContaining([
        'work-habits.punctuality',
        'work-habits.teamwork',
        'work-habits.instructions',
        'work-habits.customer-contact',
        'work-habits.safe-working',
      ]),
    );
  });
});

describe('splitCsv', () => {
  it('keeps commas, quotes and newlines inside quoted fields and numbers records by their first line', () => {
    const { records, error } = splitCsv('a,b\r\n"x, y","say ""hi""\nthere"\n\nlast,1');
    expect(error).toBeNull();
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nthere'] },
      { line: 5, fields: ['last', '1'] },
    ]);
  });

  it('reports an unclosed quote at the line where its record starts', () => {
    expect(splitCsv('a\n"open\nstill').error).toEqual({
      line: 2,
      column: null,
      message: 'A quoted field is not closed.',
    });
  });
});

describe('parseSkillsCsv', () => {
  it('reads rows in any column order, with optional columns defaulting', () => {
    const csv =
      '\ufefflabel_en,code,group,label_nl,external_code\nBaking,bake.1,kitchen,Bakken,\nSawing,saw.1,crafts,Zagen,http://data.europa.eu/esco/skill/x\n';
    const result = parseSkillsCsv(csv, '2026-12-01');
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          code: 'bake.1',
          labelNl: 'Bakken',
          labelEn: 'Baking',
          group: 'kitchen',
          externalCode: null,
          validFrom: '2026-12-01',
        },
        {
          line: 3,
          code: 'saw.1',
          labelNl: 'Zagen',
          labelEn: 'Sawing',
          group: 'crafts',
          externalCode: 'http://data.europa.eu/esco/skill/x',
          validFrom: '2026-12-01',
        },
      ],
    });
  });

  it('reports every bad row by line and column, and returns no rows at all', () => {
    const csv = [
      'code,label_nl,label_en,group,valid_from',
      'ok.1,Goed,Good,g,2026-01-01',
      ',Leeg,Empty,g,',
      'ok.1,Dubbel,Double,g,',
      'bad code,Spatie,Space,g,2026-02-30',
      'short,row',
    ].join('\n');
    const result = parseSkillsCsv(csv, '2026-12-01');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 3, column: 'code', message: 'code is empty.' },
      { line: 4, column: 'code', message: 'Code "ok.1" is already on line 2.' },
      { line: 5, column: 'code', message: 'code may hold only letters, digits and . _ - : /' },
      { line: 5, column: 'valid_from', message: 'valid_from is not a date written YYYY-MM-DD.' },
      { line: 6, column: null, message: 'Expected 5 fields, found 2.' },
    ]);
  });

  it('refuses a header with unknown, doubled or missing columns', () => {
    const result = parseSkillsCsv('code,code,name\nx,y,z', '2026-12-01');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual([
      'Column "code" appears twice.',
      'Column "code" appears twice.',
      'Unknown column "name".',
      'Column "label_nl" is missing.',
      'Column "label_en" is missing.',
      'Column "group" is missing.',
    ]);
    expect(parseSkillsCsv('', '2026-12-01').ok).toBe(false);
    expect(parseSkillsCsv('code,label_nl,label_en,group\n', '2026-12-01')).toEqual({
      ok: false,
      errors: [{ line: 2, column: null, message: 'The file has no skills.' }],
    });
  });
});
