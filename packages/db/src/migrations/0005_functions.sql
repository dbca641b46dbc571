CREATE TABLE "function_invocations" (
	"id" text PRIMARY KEY NOT NULL,
	"function_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"duration_ms" double precision NOT NULL,
	"memory_used_mb" double precision NOT NULL,
	"request_id" text NOT NULL,
	"event" jsonb,
	"response" jsonb,
	"logs" jsonb NOT NULL,
	"error" text,
	"cold_start" boolean NOT NULL,
	"invoked_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "function_versions" (
	"function_id" text NOT NULL,
	"version" integer NOT NULL,
	"runtime" text NOT NULL,
	"handler" text NOT NULL,
	"code" text NOT NULL,
	"files" jsonb NOT NULL,
	"env" jsonb NOT NULL,
	"secret_env" text,
	"secret_env_names" jsonb NOT NULL,
	"timeout_ms" integer NOT NULL,
	"memory_mb" integer NOT NULL,
	"concurrency" integer NOT NULL,
	"draft" boolean NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "function_versions_function_id_version_pk" PRIMARY KEY("function_id","version")
);
--> statement-breakpoint
CREATE TABLE "functions" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"runtime" text NOT NULL,
	"deployed_version" integer NOT NULL,
	"latest_version" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_invoked_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "function_invocations" ADD CONSTRAINT "function_invocations_function_id_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."functions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "function_versions" ADD CONSTRAINT "function_versions_function_id_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."functions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "function_invocations_fn_idx" ON "function_invocations" USING btree ("function_id","invoked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "functions_name_key" ON "functions" USING btree ("name");