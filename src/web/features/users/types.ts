import type { z } from 'zod';
import type { createUserSchema, updateUserSchema } from '../../../domain/auth/schemas';

export type { UserView as UserAccount } from '../../../domain/auth/view';

export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const userKeys = {
  all: ['users'] as const,
  list: (q: string, limit: number, offset: number) => ['users', 'list', q, limit, offset] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};
