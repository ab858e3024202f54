export {
  bufferSource,
  sniff,
  sniffBuffer,
  withFileSource,
  type ByteSource,
  type SniffedType,
} from './sniff.js';
export { evidenceStorage, LocalFileStorage, newStorageKey, type FileStorage } from './storage.js';
export { attachmentDisposition, cleanFilename, stageUpload, type StagedFile } from './upload.js';
