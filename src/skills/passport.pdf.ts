/**
 * The skills passport as a PDF (A4, Dutch first), rendered with PDFKit from the same view as the printable page.
 * Uses PDFKit's built-in Helvetica, whose WinAnsi encoding covers Dutch (ë, é, ï).
 */
import PDFDocument from 'pdfkit';
import { LEVEL_LABEL_EN, LEVEL_LABEL_NL } from './skill-level';
import { dutchDate, PASSPORT_TEXT, type PassportView } from './passport.view';

/** Renders the passport; resolves with the whole file. `creationDate` keeps the output reproducible in tests. */
export function renderPassportPdf(view: PassportView, creationDate = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: `${PASSPORT_TEXT.title}: ${view.holderName}`,
      Creator: 'Meedoen',
      CreationDate: creationDate,
    },
    lang: 'nl-NL',
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(20).text(PASSPORT_TEXT.title);
  doc.font('Helvetica').fontSize(11).fillColor('#555').text(PASSPORT_TEXT.titleEn).fillColor('#000');
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text(view.holderName);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`${view.organisationName} · ${dutchDate(view.printedOn)}`);
  doc.moveDown();
  doc.fontSize(10).text(PASSPORT_TEXT.intro);
  doc.moveDown();

  if (view.lines.length === 0) doc.text(PASSPORT_TEXT.empty);
  const left = doc.page.margins.left;
  const widths = [190, 130, 80, 95];
  for (const line of view.lines) {
    if (doc.y > doc.page.height - 110) doc.addPage();
    const top = doc.y;
    const cells = [
      [line.labelNl, line.labelEn],
      [LEVEL_LABEL_NL[line.level], LEVEL_LABEL_EN[line.level]],
      [dutchDate(line.date), ''],
      [[line.workshopName, line.placeName].filter(Boolean).join(', ') || '-', ''],
    ];
    let bottom = top;
    let x = left;
    cells.forEach(([main, sub], i) => {
      doc
        .font('Helvetica')
        .fontSize(10)
        .fillColor('#000')
        .text(main, x, top, { width: widths[i] - 8 });
      if (sub)
        doc
          .fontSize(8)
          .fillColor('#555')
          .text(sub, x, doc.y, { width: widths[i] - 8 });
      bottom = Math.max(bottom, doc.y);
      x += widths[i];
    });
    doc.fillColor('#000');
    doc
      .moveTo(left, bottom + 4)
      .lineTo(left + widths.reduce((a, b) => a + b, 0), bottom + 4)
      .strokeColor('#999')
      .stroke();
    doc.x = left;
    doc.y = bottom + 10;
  }
  doc.end();
  return done;
}
