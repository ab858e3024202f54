export type {
  ApiTokenView as ApiToken,
  AuthSessionView as AuthSession,
  CreatedTokenView as CreatedToken,
} from '../../../domain/auth/view';

export const tokenKeys = { all: ['auth', 'tokens'] as const };
export const sessionKeys = { all: ['auth', 'sessions'] as const };
export type {
  RecoveryCodesView as RecoveryCodes,
  TotpSetupView as TotpSetup,
  TotpStatusView as TotpStatus,
} from '../../../domain/auth/view';
export const totpKeys = { all: ['auth', 'totp'] as const };
