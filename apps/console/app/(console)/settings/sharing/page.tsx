import type { Metadata } from "next";
import { SharingView } from "@/components/settings/sharing-view";

export const metadata: Metadata = { title: "Sharing" };

export default function SharingPage() {
  return <SharingView />;
}
