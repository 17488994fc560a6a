/**
 * Attachments of publications and tools (PDF, DOCX, ODT, XLSX, PNG, JPEG, WebP). The type is read
 * from the file's content, never trusted from its name or the browser; files live under
 * DATA_DIR/uploads with a random name, and are served only while their item is public.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { inTransaction, type Db, type Tx } from '../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../errors.js';
import { recordChange, type Actor } from '../audit/audit.service.js';
import * as repo from './content.repository.js';
import type { ItemType } from './content.model.js';
import { contentChanges, isPublic } from './content.service.js';

type Q = Db | Tx;

export const ATTACHMENT_TYPES: Record<string, { ext: string; label: string; inline: boolean }> = {
  'application/pdf': { ext: 'pdf', label: 'PDF', inline: false },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', label: 'Word', inline: false },
  'application/vnd.oasis.opendocument.text': { ext: 'odt', label: 'OpenDocument-tekst', inline: false },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: 'xlsx', label: 'Excel', inline: false },
  'image/png': { ext: 'png', label: 'PNG-afbeelding', inline: true },
  'image/jpeg': { ext: 'jpg', label: 'JPEG-afbeelding', inline: true },
  'image/webp': { ext: 'webp', label: 'WebP-afbeelding', inline: true },
};

/** The disk for uploads is full: nothing was stored; the editor can try again later. */
export class StorageFullError extends AppError {
  constructor() {
    super('storage_full', 507, 'De bijlage is niet opgeslagen: de schijf van de server is vol. Probeer het later opnieuw of verwittig de beheerder van de server.');
  }
}

export const TYPES_WITH_ATTACHMENTS: readonly ItemType[] = ['publication', 'tool'];

export interface Attachment {
  id: number;
  itemId: number;
  fileName: string;
  title: string;
  contentType: string;
  typeLabel: string;
  size: number;
  url: string;
  createdAt: string;
}

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

function toAttachment(row: Awaited<ReturnType<typeof repo.listAttachments>>[number]): Attachment {
  return {
    id: row.id,
    itemId: row.item_id,
    fileName: row.file_name,
    title: row.title,
    contentType: row.content_type,
    typeLabel: ATTACHMENT_TYPES[row.content_type]?.label ?? row.content_type,
    size: row.size,
    url: `/bijlagen/${row.id}/${encodeURIComponent(row.file_name)}`,
    createdAt: row.created_at,
  };
}

/** A safe file name: no path, only letters, digits, dot, dash and underscore, and the real extension. */
export function safeFileName(name: string, ext: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/\.[^.]*$/, '');
  const clean = base.normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 80) || 'bijlage';
  return `${clean}.${ext}`;
}

/**
 * Checks an upload and writes it under dir with a random name: the type is sniffed from the bytes
 * (one of ATTACHMENT_TYPES, else a 400 on the field 'file'); a full disk leaves nothing behind
 * (StorageFullError). Used by attachments and by the public contribution forms.
 */
export async function storeUpload(dir: string, originalName: string, data: Buffer): Promise<{ fileName: string; storedName: string; contentType: string; size: number; file: string }> {
  if (data.length === 0) throw new ValidationError('Kies een bestand.', { file: 'Kies een bestand.' });
  const sniffed = await fileTypeFromBuffer(data);
  const kind = sniffed ? ATTACHMENT_TYPES[sniffed.mime] : undefined;
  if (!sniffed || !kind) {
    throw new ValidationError('Dit soort bestand kan je niet toevoegen.', { file: 'Dit bestand is geen PDF, Word (docx), OpenDocument-tekst (odt), Excel (xlsx), PNG, JPEG of WebP.' });
  }
  const fileName = safeFileName(originalName, kind.ext);
  const storedName = `${randomBytes(16).toString('hex')}.${kind.ext}`;
  const file = path.join(dir, storedName);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, data, { flag: 'wx' });
  } catch (err) {
    // A full disk leaves part of the file behind: remove it, and say so in plain words.
    fs.rmSync(file, { force: true });
    if (['ENOSPC', 'EDQUOT', 'EFBIG'].includes((err as NodeJS.ErrnoException).code ?? '')) throw new StorageFullError();
    throw err;
  }
  return { fileName, storedName, contentType: sniffed.mime, size: data.length, file };
}

export async function listAttachments(db: Q, itemId: number): Promise<Attachment[]> {
  return (await repo.listAttachments(db, itemId)).map(toAttachment);
}

export async function addAttachment(
  db: Q,
  actor: Actor,
  input: { itemId: number; fileName: string; title: string; data: Buffer },
  options: { dataDir: string },
  now = new Date(),
): Promise<Attachment> {
  const item = await repo.findItemById(db, input.itemId);
  if (!item) throw new NotFoundError('item_not_found', 'Dit item bestaat niet (meer).');
  if (!TYPES_WITH_ATTACHMENTS.includes(item.type as ItemType)) throw new AppError('attachments_not_allowed', 400, 'Alleen publicaties en instrumenten hebben bijlagen.');
  if (input.data.length === 0) throw new ValidationError('Kies een bestand.', { file: 'Kies een bestand.' });
  if (input.title.length > 300) throw new ValidationError('De titel is te lang.', { title: 'Hoogstens 300 tekens.' });
  const { fileName, storedName, contentType, file } = await storeUpload(uploadsDir(options.dataDir), input.fileName, input.data);
  try {
    const attachment = await inTransaction(db, async (tx) => {
      const row = {
        item_id: input.itemId,
        file_name: fileName,
        stored_name: storedName,
        content_type: contentType,
        size: input.data.length,
        title: input.title.trim() || fileName,
        created_at: now.toISOString(),
      };
      const id = await repo.insertAttachment(tx, row);
      await recordChange(tx, actor, { action: 'attachment.add', entityType: 'item', entityId: input.itemId, after: { id, fileName, contentType, size: row.size } }, now);
      return toAttachment({ id, ...row });
    });
    contentChanges.emit('changed');
    return attachment;
  } catch (err) {
    fs.rmSync(file, { force: true });
    throw err;
  }
}

export async function deleteAttachment(db: Q, actor: Actor, itemId: number, id: number, options: { dataDir: string }, now = new Date()): Promise<void> {
  const row = await repo.findAttachment(db, id);
  if (!row || row.item_id !== itemId) throw new NotFoundError('attachment_not_found', 'Deze bijlage bestaat niet (meer).');
  await inTransaction(db, async (tx) => {
    await repo.deleteAttachment(tx, id);
    await recordChange(tx, actor, { action: 'attachment.delete', entityType: 'item', entityId: itemId, before: { id, fileName: row.file_name, contentType: row.content_type, size: row.size } }, now);
  });
  fs.rmSync(path.join(uploadsDir(options.dataDir), row.stored_name), { force: true });
  contentChanges.emit('changed');
}

/** The file of an attachment whose item is public (else a 404). */
export async function getPublicAttachment(db: Q, id: number, options: { dataDir: string }): Promise<Attachment & { path: string; inline: boolean }> {
  const row = await repo.findAttachment(db, id);
  const item = row ? await repo.findItemById(db, row.item_id) : undefined;
  if (!row || !item || !isPublic(item)) throw new NotFoundError('attachment_not_found', 'Deze bijlage bestaat niet (meer).');
  return { ...toAttachment(row), path: path.join(uploadsDir(options.dataDir), row.stored_name), inline: ATTACHMENT_TYPES[row.content_type]?.inline ?? false };
}
