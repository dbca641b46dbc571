"use client";

import { LoginRequest } from "@shipyard/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, LoaderCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import type * as React from "react";
import { useEffect, useId, useState } from "react";
import { BrandMark } from "@/components/shell/brand";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { api, describeError, queryKeys, safeNextPath } from "@/lib/api";

function nextPath() {
  return safeNextPath(new URLSearchParams(window.location.search).get("next"));
}

export function LoginForm() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [signedOut, setSignedOut] = useState(false);

  useEffect(() => {
    setSignedOut(new URLSearchParams(window.location.search).has("signed-out"));
  }, []);

  // Someone who already has a session goes straight on.
  const existing = useQuery({
    queryKey: queryKeys.me,
    queryFn: () => api("me"),
    retry: false,
    meta: { silent: true },
  });
  useEffect(() => {
    if (existing.data) router.replace(nextPath());
  }, [existing.data, router]);

  const login = useMutation({
    mutationFn: (body: LoginRequest) => api("login", { body }),
    meta: { inlineErrors: true },
    onSuccess: (me) => {
      queryClient.setQueryData(queryKeys.me, me);
      router.replace(nextPath());
    },
  });

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = LoginRequest.safeParse({ email, password });
    if (!parsed.success) {
      const errors: { email?: string; password?: string } = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === "email" && !errors.email) errors.email = `Email ${issue.message}`;
        if (field === "password" && !errors.password) errors.password = "Enter your password";
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    login.mutate(parsed.data);
  };

  const error = login.error ? describeError(login.error) : undefined;

  return (
    <main className="flex min-h-dvh items-center justify-center bg-background p-4">
      <div className="flex w-full max-w-sm flex-col items-center gap-6">
        <div className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <BrandMark className="size-8" />
          Shipyard
        </div>
        <Card className="w-full">
          <CardHeader className="pb-1">
            <h1 className="text-base leading-none font-semibold">Log in</h1>
            <CardDescription>Use the email and password of your Shipyard account.</CardDescription>
          </CardHeader>
          <CardContent>
            <form
              noValidate
              onSubmit={onSubmit}
              className="flex flex-col gap-4"
              aria-describedby={error ? `${id}-error` : undefined}
            >
              {signedOut && !error && (
                <p
                  role="status"
                  className="flex items-center gap-2 rounded-md border border-success/30 bg-success/10 px-3 py-2 text-sm"
                >
                  <CircleCheck className="size-4 text-success" aria-hidden="true" />
                  You are logged out.
                </p>
              )}
              {error && (
                <div
                  id={`${id}-error`}
                  role="alert"
                  className="flex gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm"
                >
                  <CircleAlert className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden="true" />
                  <div className="space-y-1">
                    <p className="font-medium">{error.message}</p>
                    {error.suggestion && <p className="text-muted-foreground">{error.suggestion}</p>}
                  </div>
                </div>
              )}
              <div className="flex flex-col gap-2">
                <Label htmlFor={`${id}-email`}>Email</Label>
                <Input
                  id={`${id}-email`}
                  name="email"
                  type="email"
                  autoComplete="username"
                  autoFocus
                  required
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                  aria-invalid={fieldErrors.email ? true : undefined}
                  aria-describedby={fieldErrors.email ? `${id}-email-error` : undefined}
                />
                {fieldErrors.email && (
                  <p id={`${id}-email-error`} className="text-xs text-destructive">
                    {fieldErrors.email}
                  </p>
                )}
              </div>
              <div className="flex flex-col gap-2">
                <Label htmlFor={`${id}-password`}>Password</Label>
                <Input
                  id={`${id}-password`}
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  aria-invalid={fieldErrors.password ? true : undefined}
                  aria-describedby={fieldErrors.password ? `${id}-password-error` : undefined}
                />
                {fieldErrors.password && (
                  <p id={`${id}-password-error`} className="text-xs text-destructive">
                    {fieldErrors.password}
                  </p>
                )}
              </div>
              <Button type="submit" className="w-full" disabled={login.isPending || login.isSuccess}>
                {(login.isPending || login.isSuccess) && <LoaderCircle className="animate-spin" aria-hidden="true" />}
                {login.isPending || login.isSuccess ? "Logging in…" : "Log in"}
              </Button>
            </form>
          </CardContent>
        </Card>
        <p className="text-center text-xs text-muted-foreground">
          No account? Ask a Shipyard administrator to create one for you.
        </p>
      </div>
    </main>
  );
}
