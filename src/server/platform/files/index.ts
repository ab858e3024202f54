export {
  bufferSource,
  extensionMismatch,
  sniff,
  sniffBuffer,
  withFileSource,
  type ByteSource,
  type SniffedType,
} from './sniff.js';
export { evidenceStorage, LocalFileStorage, newStorageKey, type FileStorage } from './storage.js';
export { ORPHAN_MIN_AGE_MS, removeOrphanFiles, type CleanupResult } from './cleanup.js';
export { parseSheetOffThread, type SheetResult, type SheetRow } from './sheet-pool.js';
export { attachmentDisposition, cleanFilename, stageUpload, type StagedFile } from './upload.js';
