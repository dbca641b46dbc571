CREATE TABLE "image_updates" (
	"id" text PRIMARY KEY NOT NULL,
	"image_id" text NOT NULL,
	"tag" text NOT NULL,
	"digest" text NOT NULL,
	"previous_digest" text,
	"seen_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "images" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"image" text NOT NULL,
	"tags" jsonb NOT NULL,
	"source" jsonb,
	"build" jsonb,
	"rebuild" jsonb NOT NULL,
	"poll_interval" text,
	"description" text,
	"base_images" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"analysis_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"current_digest" text,
	"last_updated_at" timestamp (3) with time zone,
	"last_checked_at" timestamp (3) with time zone,
	"last_built_at" timestamp (3) with time zone,
	"rebuild_eligible_at" timestamp (3) with time zone,
	"rebuild_pending" boolean DEFAULT false NOT NULL,
	"watch" text DEFAULT 'unknown' NOT NULL,
	"watch_error" text,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "image_updates" ADD CONSTRAINT "image_updates_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "image_updates_image_idx" ON "image_updates" USING btree ("image_id","seen_at");--> statement-breakpoint
CREATE UNIQUE INDEX "image_updates_digest_key" ON "image_updates" USING btree ("image_id","tag","digest");--> statement-breakpoint
CREATE UNIQUE INDEX "images_name_key" ON "images" USING btree ("name");--> statement-breakpoint
CREATE INDEX "images_image_idx" ON "images" USING btree ("image");