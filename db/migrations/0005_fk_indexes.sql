CREATE INDEX "plan_comments_author_idx" ON "plan_comments" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "template_comments_author_idx" ON "template_comments" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "template_endorsements_employee_idx" ON "template_endorsements" USING btree ("employee_id");