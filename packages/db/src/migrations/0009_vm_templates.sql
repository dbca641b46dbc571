CREATE TABLE "vm_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"spec" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "template_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "vm_templates_name_key" ON "vm_templates" USING btree ("name");