// The meta query lives in lib/ since every feature with a file input reads its upload limits.
export { getMeta, useMeta } from '../../../lib/meta';
