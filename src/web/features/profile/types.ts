export type { ApiTokenView as ApiToken, CreatedTokenView as CreatedToken } from '../../../domain/auth/view';

export const tokenKeys = { all: ['auth', 'tokens'] as const };
