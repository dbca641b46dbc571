CREATE TABLE "host_join_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp (3) with time zone,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "hosts" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"local" boolean NOT NULL,
	"status" text NOT NULL,
	"capacity" jsonb NOT NULL,
	"runtimes" jsonb NOT NULL,
	"metrics" jsonb,
	"labels" jsonb NOT NULL,
	"agent_version" text NOT NULL,
	"sealed_secret" text,
	"registered_at" timestamp (3) with time zone NOT NULL,
	"last_heartbeat_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "containers" ADD COLUMN "host_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "host_join_tokens_hash_key" ON "host_join_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "hosts_name_key" ON "hosts" USING btree ("name");