CREATE TABLE "containers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"engine_id" text,
	"spec" jsonb NOT NULL,
	"desired" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "containers_name_key" ON "containers" USING btree ("name");