CREATE TABLE "builds" (
	"id" text PRIMARY KEY NOT NULL,
	"image_id" text NOT NULL,
	"image_name" text NOT NULL,
	"status" text NOT NULL,
	"trigger" text NOT NULL,
	"reason" text NOT NULL,
	"requested_by" text NOT NULL,
	"justification" text,
	"provider" text NOT NULL,
	"run" jsonb,
	"digest" text,
	"message" text,
	"logs" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "builds" ADD CONSTRAINT "builds_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "builds_image_idx" ON "builds" USING btree ("image_id","created_at");--> statement-breakpoint
CREATE INDEX "builds_created_idx" ON "builds" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "builds_one_open_per_image" ON "builds" USING btree ("image_id") WHERE status in ('queued', 'running');