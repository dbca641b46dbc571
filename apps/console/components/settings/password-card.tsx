"use client";

import { KeyRound } from "lucide-react";
import { useState } from "react";
import { ChangePasswordDialog } from "@/components/settings/change-password-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useCan, useMe } from "@/lib/session";

/** The password you log in to the console with, and the way to change it. */
export function PasswordCard() {
  const me = useMe();
  const canTokens = useCan("tokens:own");
  const [open, setOpen] = useState(false);
  return (
    <Card id="password" aria-labelledby="password-title" className="scroll-mt-20">
      <CardHeader>
        <CardTitle id="password-title">Password</CardTitle>
        <CardDescription>You log in to the console as {me.user.email} with this password.</CardDescription>
        <CardAction>
          <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
            <KeyRound aria-hidden="true" /> Change password
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent className="pt-2 text-xs text-muted-foreground">
        Changing it signs you out of the console everywhere but here. Your API tokens keep working
        {canTokens ? "; revoke any you no longer trust below." : "."}
      </CardContent>
      <ChangePasswordDialog open={open} onOpenChange={setOpen} />
    </Card>
  );
}
