DROP INDEX "employees_nip_trgm_idx";--> statement-breakpoint
CREATE INDEX "employees_nip_trgm_idx" ON "employees" USING gin (lower("nip") gin_trgm_ops);