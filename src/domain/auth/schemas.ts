import { z } from 'zod';
import { ROLES } from '../permissions.js';

export const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const passwordSchema = z.string().min(8).max(200);

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/);

export const createUserSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  employeeId: z.uuid().nullish(),
});

export const updateUserSchema = z.object({
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
  active: z.boolean().optional(),
  employeeId: z.uuid().nullable().optional(),
  version: z.int().positive().optional(),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const resetPasswordSchema = z.object({ password: passwordSchema });

export const createTokenSchema = z.object({ name: z.string().trim().min(1).max(100) });
