import { inflateSync } from 'node:zlib';
import { renderPassportPdf } from '../../src/skills/passport.pdf';
import { dutchDate, type PassportView, renderPassportHtml } from '../../src/skills/passport.view';

const view: PassportView = {
  holderName: 'Samira <b>',
  organisationName: 'Stichting De Brug',
  printedOn: '2026-12-01',
  lines: [
    {
      labelNl: 'Klantcontact',
      labelEn: 'Customer contact',
      group: 'work-habits',
      level: 'INDEPENDENT',
      date: '2026-11-20',
      workshopName: 'Eet',
      placeName: 'Huis van de Wijk',
    },
  ],
};

/** The text shown by a PDFKit file: its content streams inflated, the hex strings of each TJ joined. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const texts: string[] = [];
  for (const [, stream] of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(stream, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const [, array] of content.matchAll(/\[(.*?)\] TJ/g)) {
      texts.push(
        [...array.matchAll(/<([0-9a-f]*)>/g)]
          .map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1'))
          .join(''),
      );
    }
  }
  return texts.join(' ').replace(/\s+/g, ' ');
}

describe('passport page and PDF', () => {
  it('writes dates the Dutch way', () => {
    expect(dutchDate('2026-12-01')).toBe('1 december 2026');
  });

  it('prints skill, level, date and place in Dutch and English, with names escaped', () => {
    const html = renderPassportHtml(view);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Samira &#60;b&#62;');
    expect(html).toContain('Klantcontact');
    expect(html).toContain('zelfstandig');
    expect(html).toContain('20 november 2026');
    expect(html).toContain('Eet, Huis van de Wijk');
    expect(renderPassportHtml({ ...view, lines: [] })).toContain('nog geen vaardigheden');
  });

  it('renders a PDF with the same content', async () => {
    const pdf = await renderPassportPdf(view, new Date('2026-12-01T00:00:00Z'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    const text = pdfText(pdf);
    for (const part of [
      'Vaardighedenpaspoort',
      'Samira <b>',
      'Klantcontact',
      'zelfstandig',
      '20 november 2026',
      'Eet, Huis van de Wijk',
    ]) {
      expect(text).toContain(part);
    }
  });
});
