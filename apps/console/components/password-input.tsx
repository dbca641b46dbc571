"use client";

import { Dices, Eye, EyeOff } from "lucide-react";
import { useState } from "react";
import { CopyButton } from "@/components/copy-button";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

// No look-alikes (0/O, 1/l/I), so a password read out or copied by hand survives.
const passwordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";

/** A random password from the browser's CSPRNG, with rejection sampling so every character is equally likely. */
export function generatePassword(length = 20) {
  const limit = 256 - (256 % passwordAlphabet.length);
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += passwordAlphabet[byte % passwordAlphabet.length];
    }
  }
  return out;
}

/**
 * A password input, hidden until its show/hide toggle is pressed. With `generate` it also has Generate
 * (a random password, then shown) and Copy: for a password an administrator sets and hands to someone.
 * Put a `<Label htmlFor={id}>` before it; `name` words the buttons ("Show new password").
 */
export function PasswordInput({
  id,
  value,
  onChange,
  name = "password",
  autoComplete,
  invalid,
  describedBy,
  autoFocus,
  generate = false,
}: {
  id: string;
  value: string;
  /** `generated` is true when the value came from the Generate button. */
  onChange: (value: string, generated: boolean) => void;
  name?: string;
  autoComplete: "current-password" | "new-password";
  invalid?: boolean;
  describedBy?: string | undefined;
  autoFocus?: boolean;
  generate?: boolean;
}) {
  const [shown, setShown] = useState(false);
  return (
    <div className="flex items-center gap-1">
      <Input
        id={id}
        type={shown ? "text" : "password"}
        autoComplete={autoComplete}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        value={value}
        maxLength={256}
        onChange={(e) => onChange(e.target.value, false)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        className="font-mono"
      />
      <Button
        variant="ghost"
        size="icon-sm"
        onClick={() => setShown((s) => !s)}
        aria-label={shown ? `Hide ${name}` : `Show ${name}`}
        aria-pressed={shown}
      >
        {shown ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
      </Button>
      {generate && value && <CopyButton value={value} label={name} />}
      {generate && (
        <Button
          variant="outline"
          size="sm"
          onClick={() => {
            onChange(generatePassword(), true);
            setShown(true);
          }}
        >
          <Dices aria-hidden="true" /> Generate
        </Button>
      )}
    </div>
  );
}
