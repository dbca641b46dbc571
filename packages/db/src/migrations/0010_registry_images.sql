CREATE TABLE "registry_images" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"path" text NOT NULL,
	"size_bytes" double precision NOT NULL,
	"sha256" text NOT NULL,
	"project" text,
	"category" text,
	"source_url" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "registry_images_name_key" ON "registry_images" USING btree ("name");