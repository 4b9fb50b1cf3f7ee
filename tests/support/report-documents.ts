/**
 * PDFs and Word files the tests make from a plain report: a PDF laid out as a newspaper's or ministry's print
 * (a centred title, indented paragraphs that wrap over lines and pages, a running header and a page number on
 * every page) with a real CJK font, an encrypted one, a scanned one (pictures, no text layer), and a .docx.
 */
import { access } from 'node:fs/promises';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import type { PlainReport } from './report-pages.ts';

/** The CJK font the PDFs are set in: Debian's fonts-noto-cjk, which .ci/run installs. */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** Fails, saying what is missing, when the CJK font is not installed. */
export async function requireCjkFont(): Promise<void> {
  await access(CJK_FONT).catch(() => {
    throw new Error(`${CJK_FONT} is missing: install Debian's fonts-noto-cjk (apt-get install -y fonts-noto-cjk), as .ci/run does`);
  });
}

function collect(document: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
}

/** A printed report: title, indented paragraphs, and on every page a running header and a page number. */
export async function buildReportPdf(report: PlainReport, options: { header: string; userPassword?: string }): Promise<Buffer> {
  await requireCjkFont();
  const document = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    bufferPages: true,
    ...(options.userPassword && { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner` }),
  });
  const done = collect(document);
  document.font(CJK_FONT, 'NotoSansCJKsc-Regular');
  document.fontSize(16).text(report.title, { align: 'center' });
  document.moveDown(1);
  document.fontSize(11);
  for (const lines of report.paragraphs) {
    if (lines.length !== 1) throw new Error('a printed paragraph is one line of the plain report');
    document.text(lines[0]!, { indent: 22, paragraphGap: 6, lineGap: 3 });
  }
  const pages = document.bufferedPageRange();
  for (let page = pages.start; page < pages.start + pages.count; page += 1) {
    document.switchToPage(page);
    // Outside the margins, so written at fixed places without pdfkit adding a page for them.
    document.fontSize(9).text(options.header, 72, 36, { lineBreak: false });
    document.fontSize(9).text(`— ${page + 1} —`, 280, 790, { lineBreak: false });
  }
  document.end();
  return done;
}

/** A scan: every page a picture (grey bands where the lines were), and no text layer. */
export async function buildScannedPdf(pages: number): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', autoFirstPage: false });
  const done = collect(document);
  for (let page = 0; page < pages; page += 1) {
    document.addPage();
    for (let line = 0; line < 30; line += 1) document.rect(72, 90 + line * 22, 380 + ((line * 37) % 70), 9).fill('#555');
  }
  document.end();
  return done;
}

/** A Word file of a plain report: its first block as a centred title, each block a paragraph, its lines as line breaks. */
export async function buildReportDocx(plainText: string): Promise<Buffer> {
  const [title, ...blocks] = plainText
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.split('\n'));
  const runs = (lines: string[]) => lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
  const document = new Document({
    creator: 'ecokg tests',
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: runs(title!) }),
          ...blocks.map((lines) => new Paragraph({ indent: { firstLine: 480 }, children: runs(lines) })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
