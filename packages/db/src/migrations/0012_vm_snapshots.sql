CREATE TABLE "vm_snapshots" (
	"id" text PRIMARY KEY NOT NULL,
	"vm_id" text NOT NULL,
	"vm_name" text NOT NULL,
	"host_id" text NOT NULL,
	"spec" jsonb NOT NULL,
	"snapshot_path" text NOT NULL,
	"mem_file_path" text,
	"size_bytes" double precision NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "vm_snapshots_vm_idx" ON "vm_snapshots" USING btree ("vm_id","created_at");